// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's dispatcher: global options, logging, translation, then one command.

#include "commands.h"

#include "clioutput.h"
#include "domain/language.h"
#include "workflow/applog.h"
#include "workflow/processcontrol.h"

namespace ra::cli {

int run(const QStringList &arguments)
{
    // Global options may stand anywhere; take them out before the command parses its own.
    QStringList args;
    QString lang;
    QString level;
    QString caseStore;
    bool verbose = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto takeValue = [&](const QString &name, QString &into) {
            if (a == name && i + 1 < arguments.size()) {
                into = arguments[++i];
                return true;
            }
            if (a.startsWith(name + u'=')) {
                into = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (i > 0 && (takeValue(QStringLiteral("--lang"), lang) || takeValue(QStringLiteral("--log-level"), level)
                      || takeValue(QStringLiteral("--case-store"), caseStore)))
            continue;
        if (i > 0 && a == QLatin1String("--verbose")) {
            verbose = true;
            continue;
        }
        args << a;
    }
    // stderr carries one sentence; the log goes to the log file, and to stderr only when asked.
    applog::init(level, verbose || !level.isEmpty());
    // Whatever the command: release what a killed run of ours left mounted, then let
    // SIGTERM/INT/HUP/QUIT act like Stop (the fix command polls them between steps).
    processcontrol::releaseStaleMounts();
    processcontrol::installStopSignals();
    const Language language = lang.isEmpty() ? systemLanguage() : languageFromCode(lang, Language::English);
    installAppTranslator(language);

    if (!caseStore.isEmpty())  // the address only: a password never goes on the command line
        qputenv("RA_CASE_STORE", caseStore.toUtf8());

    const QString command = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);  // "prog cmd --x" -> "prog --x" for the command's own parser
    if (command == QLatin1String("check-key"))
        return cmdCheckKey(rest);
    if (command == QLatin1String("scan"))
        return cmdScan(rest);
    if (command == QLatin1String("fix"))
        return cmdFix(rest);
    if (command == QLatin1String("escrow"))
        return cmdEscrow(args.mid(2));
    if (command == QLatin1String("cases"))
        return cmdCases(args.mid(2));
    if (command == QLatin1String("guide"))
        return cmdGuide(rest);
    if (command == QLatin1String("--version")) {
        out() << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QString help = Cli::tr(
        "Usage: recovery-assistant-cli COMMAND [options]\n"
        "Commands:\n"
        "  check-key   check a recovery key read from standard input\n"
        "  scan        list volumes, BitLocker Key IDs and channel files (changes nothing)\n"
        "  fix         quarantine and delete the faulty channel files, write the ticket\n"
        "  escrow      check a recovery-key export, or look a key up in it\n"
        "  guide       print the phone guide through Windows' recovery screens (text, Markdown, PDF)\n"
        "  cases       the case store: import, list, report, key-rotation list\n"
        "Global options: --lang ja|en, --log-level trace|debug|info|warn|error, --verbose (the log also on stderr),\n"
        "  --case-store FILE|postgresql://user@host/db (default: the SQLite file in the data folder)\n"
        "Run 'recovery-assistant-cli COMMAND --help' for a command's options.");
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << help << Qt::endl;
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << Cli::tr("Unknown command: %1").arg(command) << Qt::endl << help << Qt::endl;
    return ExitUsage;
}

}  // namespace ra::cli
