// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli fix: open, quarantine and delete, close, write the case and ticket.

#include "commands.h"

#include "clioutput.h"
#include "fixbatch.h"
#include "keyoptions.h"

#include "domain/case.h"
#include "domain/language.h"
#include "domain/ticket.h"
#include "workflow/applog.h"
#include "workflow/casefiling.h"
#include "workflow/casefolder.h"
#include "workflow/fixoperation.h"
#include "workflow/processcontrol.h"
#include "workflow/recoverysession.h"
#include "workflow/remediation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra::cli {

namespace {

// An output path is checked before anything on the disk changes: its folder exists and can be
// written, and it is not a folder or a special file itself.
Status checkOutputFile(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (info.exists() && !info.isFile())
        return makeError(ErrorKind::BadInput, Cli::tr("The ticket cannot be written to %1: it is not a regular file. Nothing was changed.").arg(path));
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorKind::BadInput, Cli::tr("The ticket cannot be written to %1: the folder %2 does not exist. Nothing was changed.").arg(path, folder));
    // Opened for real: access() says yes to root everywhere, and a read-only file system, /proc
    // or /sys say no only then. An existing file is opened to append, so nothing in it changes;
    // a new one is created and removed again.
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const bool existed = info.exists();
    const int fd = existed ? ::open(native.constData(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC)
                           : ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM)
            return makeError(ErrorKind::NeedsAdmin, Cli::tr("The ticket cannot be written to %1: permission denied. Nothing was changed.").arg(path));
        return makeError(ErrorKind::BadInput,
                         Cli::tr("The ticket cannot be written to %1: its file system does not accept it. Nothing was changed.").arg(path),
                         QString::fromLocal8Bit(strerror(error)));
    }
    ::close(fd);
    if (!existed)
        ::unlink(native.constData());
    return {};
}

Status checkOutputFolder(const QString &path)
{
    QFileInfo info(path);
    while (!info.exists() && info.absoluteFilePath() != info.absolutePath())
        info = QFileInfo(info.absolutePath());  // the nearest folder that exists will hold it
    if (!info.isDir())
        return makeError(ErrorKind::BadInput, Cli::tr("The quarantine folder %1 cannot be used: %2 is not a folder. Nothing was changed.").arg(path, info.absoluteFilePath()));
    if (::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK | X_OK) != 0)
        return makeError(ErrorKind::NeedsAdmin, Cli::tr("The quarantine folder %1 cannot be used: permission denied. Nothing was changed.").arg(path));
    return {};
}

Error stoppedBeforeChange()
{
    return makeError(ErrorKind::Cancelled, Cli::tr("Stopped (signal %1): nothing was changed.").arg(processcontrol::stopSignal()));
}

// The operation's sentences are the user's words; the CLI adds the option that helps.
Error withCliHint(Error error, const FixResult &result, const KeyOptions &keys, bool exportGiven)
{
    if (result.kind == FixResult::Kind::NoKey) {
        error.kind = ErrorKind::BadInput;
        error.message = exportGiven
            ? Cli::tr("The key export %1 has no recovery key for Key ID %2.").arg(keys.exportName(), result.keyIds.join(QStringLiteral(", ")))
            : Cli::tr("This drive is locked by BitLocker. Give its recovery key (Key ID %1) with --key-stdin, --key-file or --escrow.")
                  .arg(result.keyIds.join(QStringLiteral(", ")));
        return error;
    }
    if (error.kind == ErrorKind::NoWindows)
        error.message += u' ' + Cli::tr("If the disk has another volume, name it with --partition N.");
    else if (result.choosingVolume && error.kind == ErrorKind::BadInput)
        error.message += u' ' + Cli::tr("Name it with --partition N.");
    else if (error.kind == ErrorKind::ReadOnly && (error.details == QLatin1String("hibernated") || error.details == QLatin1String("fast-startup")))
        error.message += u' ' + Cli::tr("To allow it, run again with --remove-hiberfile.");
    return error;
}

}  // namespace

int cmdFix(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Opens TARGET, quarantines and deletes the faulty channel files, closes it and writes the ticket."));
    parser.addHelpOption();
    KeyOptions keys;
    keys.addTo(parser);
    QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Show the findings and the plan; change nothing."));
    QCommandLineOption all(QStringLiteral("all"), Cli::tr("Remove every channel file 291, also good versions (the vendor procedure)."));
    QCommandLineOption quarantine(QStringLiteral("quarantine"), Cli::tr("Quarantine copies go to DIR/<case id> instead of the case folder."), QStringLiteral("DIR"));
    QCommandLineOption ticketFile(QStringLiteral("ticket"), Cli::tr("Also save the ticket to FILE."), QStringLiteral("FILE"));
    QCommandLineOption format(QStringLiteral("format"), Cli::tr("Ticket format: text, markdown or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    QCommandLineOption technician(QStringLiteral("technician"), Cli::tr("Technician name for the ticket."), QStringLiteral("NAME"));
    QCommandLineOption ticketRef(QStringLiteral("ticket-ref"), Cli::tr("Helpdesk ticket reference."), QStringLiteral("REF"));
    QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    QCommandLineOption allDisks(QStringLiteral("all-disks"), Cli::tr("Fix every attached disk with a BitLocker or NTFS volume (keys from --escrow or --bundle)."));
    QCommandLineOption jobs(QStringLiteral("jobs"), Cli::tr("Fix up to N targets at once (default: the number of cores)."), QStringLiteral("N"));
    QCommandLineOption everyVolume(QStringLiteral("every-volume"),
                                   Cli::tr("Fix every volume of each target that can hold Windows, each with its own key and case (a disk with two encrypted Windows volumes is two targets)."));
    parser.addOptions({dryRun, all, quarantine, ticketFile, format, technician, ticketRef, json, allDisks, jobs, everyVolume});
    parser.addPositionalArgument(QStringLiteral("TARGET..."), Cli::tr("Block device, disk image or folder; several for a batch."));
    if (const auto early = parseArguments(parser, args))
        return *early;
    const bool asJson = parser.isSet(json);
    // Before anything runs: no key, control character or 128 KiB name goes into a ticket or case.
    if (Status fields = checkFieldOptions(parser, {{technician.names().constFirst(), FieldText::Field::Technician},
                                                   {ticketRef.names().constFirst(), FieldText::Field::TicketReference}}); !fields)
        return failWith(fields.error(), asJson);

    const QStringList targets = parser.positionalArguments();
    if (targets.size() > 1 || parser.isSet(allDisks) || parser.isSet(jobs) || parser.isSet(everyVolume)) {
        BatchCli batch{targets, parser.isSet(allDisks), parser.isSet(everyVolume), asJson, {}};
        bool ok = !parser.isSet(jobs);
        batch.options.jobs = parser.isSet(jobs) ? parser.value(jobs).toInt(&ok) : 0;
        if (!ok || (parser.isSet(jobs) && (batch.options.jobs < 1 || batch.options.jobs > 64)))
            return usage(Cli::tr("--jobs needs a number from 1 to 64."));
        if (parser.isSet(dryRun) || parser.isSet(ticketFile))
            return usage(Cli::tr("--dry-run and --ticket are for one target; a batch writes one case folder with its ticket per target."));
        batch.options.technician = parser.value(technician);
        batch.options.ticketReference = parser.value(ticketRef);
        batch.options.ticketLanguage = uiLanguage();
        batch.options.quarantineDir = parser.value(quarantine);
        batch.options.vendorProcedure = parser.isSet(all);
        batch.options.removeHiberfile = parser.isSet(keys.removeHiberfile);
        return runBatchFix(parser, keys, batch);
    }
    if (targets.size() != 1)
        return usage(Cli::tr("fix needs exactly one TARGET."));
    const auto ticketFormat = Ticket::formatFromKey(parser.value(format));
    if (!ticketFormat)
        return usage(Cli::tr("Unknown ticket format %1: use text, markdown or json.").arg(parser.value(format)));

    if (parser.isSet(ticketFile))
        if (Status ok = checkOutputFile(parser.value(ticketFile)); !ok)
            return failWith(ok.error(), asJson);
    if (parser.isSet(quarantine))
        if (Status ok = checkOutputFolder(parser.value(quarantine)); !ok)
            return failWith(ok.error(), asJson);
    int partition = 0;
    if (parser.isSet(keys.partition)) {
        bool ok = false;
        partition = parser.value(keys.partition).toInt(&ok);
        if (!ok || partition <= 0)
            return failWith(makeError(ErrorKind::BadInput, Cli::tr("There is no partition %1 on this target.").arg(parser.value(keys.partition))), asJson);
    }

    RecoverySession session;
    session.setTechnician(parser.value(technician));
    session.setTicketReference(parser.value(ticketRef));
    session.setTicketLanguage(uiLanguage());
    if (parser.isSet(quarantine))
        session.setQuarantineDir(parser.value(quarantine));
    if (Status keyRead = keys.read(parser, session); !keyRead)
        return failWith(keyRead.error(), asJson);

    FixRequest request;
    request.target = targets.constFirst();
    request.partition = partition;
    request.planOnly = parser.isSet(dryRun);
    request.vendorProcedure = parser.isSet(all);
    request.removeHiberfile = parser.isSet(keys.removeHiberfile);
    request.key = keys.given();
    FixOperation::Hooks hooks;
    hooks.stopRequested = [] { return processcontrol::stopRequested(); };
    hooks.planned = [&](const FixResult &planned) {
        if (asJson)
            return;
        // The duplicate-machine warning: another bench may have had this machine already. A
        // warning, never a block; on stdout (stderr carries the one failure sentence).
        for (const QString &warning : planned.earlierCases)
            out() << warning << Qt::endl;
        out() << session.volumeSummary(*session.selectedVolume()) << Qt::endl;
        printFindings(session);
        out() << Cli::tr("Plan:") << Qt::endl;
        for (const QString &step : planned.planSteps)
            out() << "  - " << step << Qt::endl;
    };
    FixOperation operation(session, request, hooks);
    const FixResult result = operation.run();

    if (result.kind == FixResult::Kind::Planned) {
        QJsonObject o = findingsJson(session);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("dryRun"), true);
        o.insert(QStringLiteral("earlierCases"), QJsonArray::fromStringList(result.earlierCases));
        o.insert(QStringLiteral("plan"), QJsonArray::fromStringList(result.planSteps));
        if (asJson)
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            out() << Cli::tr("Dry run: nothing was changed.") << Qt::endl;
        return ExitOk;
    }
    if (!result.remediated) {
        if (result.kind == FixResult::Kind::Stopped && processcontrol::stopRequested())
            return failWith(stoppedBeforeChange(), asJson);
        return failWith(withCliHint(result.error, result, keys, keys.hasKeySource(parser)), asJson);
    }

    const Case &c = session.currentCase();
    const bool good = result.kind == FixResult::Kind::Fixed || result.kind == FixResult::Kind::NotAffected;
    if (!asJson)
        for (const QString &line : result.interruptedRuns)
            out() << line << Qt::endl;
    Status ticketSaved;
    if (parser.isSet(ticketFile))
        ticketSaved = CaseFolder::saveTicket(parser.value(ticketFile), c, session.playbook(), *ticketFormat, session.ticketLanguage());
    if (asJson) {
        QJsonObject o = findingsJson(session);
        o.insert(QStringLiteral("ok"), good);
        o.insert(QStringLiteral("ticketWritten"), ticketSaved.ok());
        o.insert(QStringLiteral("interruptedRuns"), QJsonArray::fromStringList(result.interruptedRuns));
        o.insert(QStringLiteral("earlierCases"), QJsonArray::fromStringList(result.earlierCases));
        o.insert(QStringLiteral("caseId"), c.id);
        o.insert(QStringLiteral("caseFolder"), c.folder);
        o.insert(QStringLiteral("outcome"), Case::outcomeKey(c.outcome));
        o.insert(QStringLiteral("message"), good ? session.outcomeSentence() : result.error.message);
        o.insert(QStringLiteral("quarantine"), session.quarantineDir());
        o.insert(QStringLiteral("ticket"), QJsonDocument::fromJson(session.ticket(TicketFormat::Json, session.ticketLanguage()).toUtf8()).object());
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out() << Qt::endl << session.ticket(*ticketFormat, session.ticketLanguage());
        out() << Qt::endl << Cli::tr("Case folder: %1").arg(c.folder) << Qt::endl;
    }
    if (result.kind == FixResult::Kind::Stopped)
        return failWith(makeError(ErrorKind::Cancelled,
                                  Cli::tr("Stopped: %n file(s) had been removed and kept in quarantine before the stop; the others were left as they were. The case folder says what was done.",
                                          nullptr, int(c.removed.size()))),
                        false);
    if (!good)
        return failWith(withCliHint(result.error, result, keys, keys.hasKeySource(parser)), false);
    if (!ticketSaved) {
        err() << Cli::tr("%1 But the ticket could not be written to %2; it is in the case folder %3.")
                     .arg(session.outcomeSentence(), parser.value(ticketFile), c.folder)
              << Qt::endl;
        applog::warning(QStringLiteral("ticket: ") + ticketSaved.error().details);
        return ExitOutputFailed;
    }
    err() << session.outcomeSentence() << Qt::endl;
    return ExitOk;
}

}  // namespace ra::cli
