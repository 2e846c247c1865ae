// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two languages of the product, and translation into a language other than the one the UI
// shows (a ticket in Japanese from an English session). Mark such strings with
// QT_TRANSLATE_NOOP(context, text) so lupdate collects them.

#include <QString>

namespace ra {

enum class Language { English, Japanese };

QString languageCode(Language language);                  // "en" / "ja"
Language languageFromCode(const QString &code, Language fallback = Language::English);
// The separator of an inline list: ", " in English, "、" in Japanese.
QString listSeparator(Language language);

// The language of the system locale (Japanese when it is ja*, otherwise English).
Language systemLanguage();

// Translates through the compiled-in catalogue of that language; falls back to source text.
QString translate(Language language, const char *context, const char *sourceText,
                  const char *disambiguation = nullptr, int n = -1);

// The language of the installed application translator (English before any is installed).
Language uiLanguage();

// Installs the catalogue of that language (ours and Qt's own) as the application's translator,
// replacing the previous one. Safe to call again when the user switches language.
void installAppTranslator(Language language);

}  // namespace ra
