// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ra {

namespace {
Language g_uiLanguage = Language::English;

QTranslator *catalogue(Language language)
{
    // One per language, loaded once, kept for the life of the process.
    static std::unique_ptr<QTranslator> translators[2];
    auto &t = translators[int(language)];
    if (!t) {
        t = std::make_unique<QTranslator>();
        // A missing catalogue leaves the translator empty: texts then stay in English.
        (void)t->load(QStringLiteral(":/i18n/recovery-assistant_%1.qm").arg(languageCode(language)));
    }
    return t.get();
}
}  // namespace

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Language languageFromCode(const QString &code, Language fallback)
{
    const QString c = code.trimmed().toLower();
    if (c.startsWith(QStringLiteral("ja")))
        return Language::Japanese;
    if (c.startsWith(QStringLiteral("en")))
        return Language::English;
    return fallback;
}

QString listSeparator(Language language)
{
    return language == Language::Japanese ? QStringLiteral("、") : QStringLiteral(", ");
}

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

QString translate(Language language, const char *context, const char *sourceText, const char *disambiguation, int n)
{
    QString text = catalogue(language)->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // QTranslator leaves %n alone (QCoreApplication::translate would replace it).
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

Language uiLanguage()
{
    return g_uiLanguage;
}

void installAppTranslator(Language language)
{
    g_uiLanguage = language;
    static QTranslator *installed = nullptr;
    static std::unique_ptr<QTranslator> qtBase;
    if (installed)
        QCoreApplication::removeTranslator(installed);
    installed = catalogue(language);
    QCoreApplication::installTranslator(installed);

    if (qtBase)
        QCoreApplication::removeTranslator(qtBase.get());
    qtBase = std::make_unique<QTranslator>();
    if (qtBase->load(QLocale(languageCode(language)), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase.get());
    QLocale::setDefault(QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English,
                                language == Language::Japanese ? QLocale::Japan : QLocale::UnitedStates));
}

}  // namespace ra
