// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli guide [--key-id ID] [--escrow FILE] [--host NAME] [--windows-lang ja|en]
//     [--windows 10|11] [--drive LETTER] [--format text|markdown|html] [--show-key]
//     [--barcode FILE.png] [--pdf FILE]
// Prints the whole phone guide (for a chat message or an e-mail) in the technician's language
// (--lang) with every screen as the user's Windows shows it. The key is masked unless --show-key;
// --barcode writes the key's Code 128 and QR code (only with --show-key); --pdf writes the
// one-page printable sheet. main.cpp starts a QGuiApplication (offscreen) for those two.

#include "commands.h"

#include "clioutput.h"
#include "guidepdf.h"
#include "keysymbols.h"
#include "workflow/guidesession.h"
#include "workflow/inputfiles.h"
#include "workflow/guidesheet.h"

#include <QCommandLineParser>

namespace ra::cli {

namespace {

struct GuideOptions {
    QCommandLineOption keyId{QStringLiteral("key-id"), Cli::tr("The Key ID the user reads out (its first 8 characters are enough)."), QStringLiteral("ID")};
    QCommandLineOption escrow{QStringLiteral("escrow"), Cli::tr("A key export (CSV or JSON) to look the key up in; may be given more than once."), QStringLiteral("FILE")};
    QCommandLineOption host{QStringLiteral("host"), Cli::tr("The computer name, to look the key up by host."), QStringLiteral("NAME")};
    QCommandLineOption windowsLang{QStringLiteral("windows-lang"), Cli::tr("The language of the user's Windows: ja or en (default: --lang)."), QStringLiteral("LANG")};
    QCommandLineOption windowsVersion{QStringLiteral("windows"), Cli::tr("The user's Windows: 11 (default) or 10."), QStringLiteral("VERSION")};
    QCommandLineOption drive{QStringLiteral("drive"), Cli::tr("The letter of the Windows volume in the Recovery Environment (default D)."), QStringLiteral("LETTER")};
    QCommandLineOption format{QStringLiteral("format"), Cli::tr("text (default), markdown or html."), QStringLiteral("FORMAT")};
    QCommandLineOption showKey{QStringLiteral("show-key"), Cli::tr("Print the recovery key in full (masked otherwise).")};
    QCommandLineOption barcode{QStringLiteral("barcode"), Cli::tr("Write the key as Code 128 and QR code to FILE.png (needs --show-key)."), QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"), Cli::tr("Write the one-page printable guide sheet to FILE."), QStringLiteral("FILE")};
};

int fail(const Error &error)
{
    return failWith(error, false);
}

}  // namespace

int cmdGuide(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Prints the phone guide through Windows' own recovery screens."));
    parser.addHelpOption();
    GuideOptions o;
    parser.addOptions({o.keyId, o.escrow, o.host, o.windowsLang, o.windowsVersion, o.drive, o.format, o.showKey, o.barcode, o.pdf});
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(Cli::tr("guide takes no file or device; use --escrow for key exports."));

    const Language technician = uiLanguage();
    const QString winLang = parser.value(o.windowsLang);
    if (!winLang.isEmpty() && winLang != QLatin1String("ja") && winLang != QLatin1String("en"))
        return usage(Cli::tr("--windows-lang is ja or en."));
    const Language windows = winLang.isEmpty() ? technician : languageFromCode(winLang);
    const QString version = parser.value(o.windowsVersion);
    if (!version.isEmpty() && version != QLatin1String("10") && version != QLatin1String("11"))
        return usage(Cli::tr("--windows is 10 or 11."));
    const auto format = GuideSheet::formatFromKey(parser.value(o.format).isEmpty() ? QStringLiteral("text") : parser.value(o.format));
    if (!format)
        return usage(Cli::tr("--format is text, markdown or html."));
    const bool showKey = parser.isSet(o.showKey);
    if (parser.isSet(o.barcode) && !showKey)
        return usage(Cli::tr("--barcode writes the key itself: give --show-key as well."));
    const QString query = parser.isSet(o.keyId) ? parser.value(o.keyId) : parser.value(o.host);
    if (!query.isEmpty() && !parser.isSet(o.escrow))
        return usage(Cli::tr("Name the key export to look the key up in (--escrow FILE)."));
    if (parser.isSet(o.barcode) && query.isEmpty())
        return usage(Cli::tr("--barcode needs a key: give --key-id or --host with --escrow."));
    // A FIFO, a device or a folder named as the image or the sheet would block the write.
    for (const QCommandLineOption *file : {&o.barcode, &o.pdf})
        if (parser.isSet(*file))
            if (Status ok = InputFile::checkOutput(parser.value(*file)); !ok)
                return fail(ok.error());

    auto playbook = Playbook::builtin();
    if (!playbook)
        return fail(playbook.error());
    auto script = GuideScript::builtin();
    if (!script)
        return fail(script.error());
    GuideSession session(*playbook, *script);
    for (const QString &file : parser.values(o.escrow)) {
        auto summary = session.loadExport(file);
        if (!summary)
            return fail(summary.error());
    }
    if (!query.isEmpty()) {
        auto found = session.findKey(query);
        if (!found && found.error().kind == ErrorKind::NotFound) {
            err() << found.error().message << Qt::endl;
            return ExitNotFound;  // a lookup that found nothing, as escrow lookup
        }
        if (!found)
            return fail(found.error());
    }
    if (parser.isSet(o.host))
        session.setHost(parser.value(o.host));
    if (parser.isSet(o.drive)) {
        if (auto drive = session.setDrive(parser.value(o.drive)); !drive)
            return fail(drive.error());
    }

    GuideSheetInput input;
    input.script = &session.script();
    input.values = session.values(showKey);
    input.technician = technician;
    input.windows = windows;
    input.version = version == QLatin1String("10") ? WindowsVersion::Windows10 : WindowsVersion::Windows11;
    input.keyId = session.keyId();
    input.host = session.host();
    if (session.hasKey())
        input.keyGroups = (showKey ? session.key().revealForInputFields() : session.key().masked()).split(u'-');
    out() << GuideSheet::render(input, *format);
    out().flush();

    if (parser.isSet(o.pdf)) {
        const QString html = GuideSheet::render(input, GuideFormat::Html);
        if (auto written = GuidePdf::write(html, session.script().title.text(technician), parser.value(o.pdf)); !written)
            return fail(written.error());
    }
    if (parser.isSet(o.barcode)) {
        auto image = KeySymbols::sheet(session.key(), session.keyId());
        if (!image)
            return fail(image.error());
        if (!image->save(parser.value(o.barcode), "PNG"))
            return fail(makeError(ErrorKind::Failed, Cli::tr("The barcode image cannot be written to %1.").arg(parser.value(o.barcode))));
    }
    return ExitOk;
}

}  // namespace ra::cli
