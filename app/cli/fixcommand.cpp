// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli fix: open, quarantine and delete, close, write the case and ticket.

#include "commands.h"

#include "clioutput.h"
#include "keyoptions.h"

#include "domain/case.h"
#include "domain/language.h"
#include "domain/ticket.h"
#include "workflow/casefolder.h"
#include "workflow/recoverysession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ra::cli {

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
    parser.addOptions({dryRun, all, quarantine, ticketFile, format, technician, ticketRef, json});
    parser.addPositionalArgument(QStringLiteral("TARGET"), Cli::tr("Block device, disk image or folder."));
    parser.process(args);
    const bool asJson = parser.isSet(json);

    const QStringList targets = parser.positionalArguments();
    if (targets.size() != 1)
        return usage(Cli::tr("fix needs exactly one TARGET."));
    const auto ticketFormat = Ticket::formatFromKey(parser.value(format));
    if (!ticketFormat)
        return usage(Cli::tr("Unknown ticket format %1: use text, markdown or json.").arg(parser.value(format)));

    RecoverySession session;
    session.setTechnician(parser.value(technician));
    session.setTicketReference(parser.value(ticketRef));
    session.setTicketLanguage(uiLanguage());
    if (parser.isSet(quarantine))
        session.setQuarantineDir(parser.value(quarantine));
    if (Status keyRead = keys.read(parser, session); !keyRead)
        return failWith(keyRead.error(), asJson);
    if (Status detected = session.detect(targets); !detected)
        return failWith(detected.error(), asJson);
    const auto index = chooseVolume(session, parser, keys);
    if (!index)
        return failWith(index.error(), asJson);
    session.selectVolume(index.value());

    auto material = keys.materialFor(session);
    if (!material)
        return failWith(material.error(), asJson);
    if (session.needsKey() && material->kind == UnlockMaterial::Kind::None) {
        return failWith(makeError(ErrorKind::BadInput,
                                  Cli::tr("This drive is locked by BitLocker. Give its recovery key (Key ID %1) with --key-stdin, --key-file or --escrow.")
                                      .arg(shortKeyIds(session.keyIds(), uiLanguage()))),
                        asJson);
    }
    OpenOptions options;
    options.removeHiberfile = parser.isSet(keys.removeHiberfile);
    options.readOnly = parser.isSet(dryRun);
    if (Status opened = session.open(std::move(material.value()), options); !opened)
        return failWith(opened.error(), asJson);
    if (parser.isSet(all))
        session.setVendorProcedure(true);

    if (!asJson) {
        out() << session.volumeSummary(*session.selectedVolume()) << Qt::endl;
        printFindings(session);
        out() << Cli::tr("Plan:") << Qt::endl;
        for (const QString &step : session.planSteps())
            out() << "  - " << step << Qt::endl;
    }
    if (parser.isSet(dryRun)) {
        QJsonObject o = findingsJson(session);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("dryRun"), true);
        o.insert(QStringLiteral("plan"), QJsonArray::fromStringList(session.planSteps()));
        session.unmount();
        if (asJson)
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            out() << Cli::tr("Dry run: nothing was changed.") << Qt::endl;
        return ExitOk;
    }
    if (session.isReadOnly() && !session.selectedFindings().isEmpty()) {
        const Error readOnly = makeError(ErrorKind::ReadOnly,
            Cli::tr("The Windows volume can only be read (%1), so nothing was deleted. If Windows was hibernated or shut down with Fast Startup, run again with --remove-hiberfile (the hibernated session is lost), or start Windows in the Recovery Environment (WinRE) and delete the file there.")
                .arg(session.readOnlyReason()));
        session.close();
        return failWith(readOnly, asJson);
    }

    const Status remediated = session.remediateBlocking();
    const Status closed = session.close();
    const Case &c = session.currentCase();
    if (parser.isSet(ticketFile)) {
        if (Status saved = CaseFolder::saveTicket(parser.value(ticketFile), c, session.playbook(), *ticketFormat, session.ticketLanguage()); !saved)
            return failWith(saved.error(), asJson);
    }
    if (asJson) {
        QJsonObject o = findingsJson(session);
        o.insert(QStringLiteral("ok"), remediated.ok() && closed.ok() && c.outcome != Outcome::Failed);
        o.insert(QStringLiteral("caseId"), c.id);
        o.insert(QStringLiteral("caseFolder"), c.folder);
        o.insert(QStringLiteral("outcome"), Case::outcomeKey(c.outcome));
        o.insert(QStringLiteral("message"), session.outcomeSentence());
        o.insert(QStringLiteral("quarantine"), session.quarantineDir());
        o.insert(QStringLiteral("ticket"), QJsonDocument::fromJson(session.ticket(TicketFormat::Json, session.ticketLanguage()).toUtf8()).object());
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out() << Qt::endl << session.ticket(*ticketFormat, session.ticketLanguage());
        out() << Qt::endl << Cli::tr("Case folder: %1").arg(c.folder) << Qt::endl;
    }
    if (!remediated)
        return failWith(remediated.error(), false);
    if (!closed)
        return failWith(closed.error(), false);
    if (c.outcome == Outcome::Failed)
        return failWith(makeError(ErrorKind::Failed, c.outcomeMessage), false);
    err() << session.outcomeSentence() << Qt::endl;
    return ExitOk;
}

}  // namespace ra::cli
