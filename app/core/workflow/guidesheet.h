// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The whole phone guide as one document: for a chat message or an e-mail (text, Markdown) and
// for the one-page printable sheet (HTML, laid out by the GUI side's QTextDocument). Labels
// are in the technician's language; every screen text is as the user's Windows shows it.
// The key appears only when the caller passes it (--show-key); otherwise masked.
#include "domain/guidescript.h"

namespace ra {

enum class GuideFormat { Text, Markdown, Html };

struct GuideSheetInput {
    const GuideScript *script = nullptr;
    GuideValues values;               // drive, folder, pattern; values.key masked or shown
    Language technician = Language::English;
    Language windows = Language::English;
    WindowsVersion version = WindowsVersion::Windows11;
    QString keyId;                    // short Key ID; empty when no key was looked up
    QString host;
    QStringList keyGroups;            // 8 groups, shown or masked; empty when no key
};

class GuideSheet {
public:
    static std::optional<GuideFormat> formatFromKey(const QString &key);   // "text", "markdown", "html"
    static QString render(const GuideSheetInput &input, GuideFormat format);
};

}  // namespace ra
