#include "clicommands.h"

#include "escrowcommand.h"

#include "domain/language.h"
#include "domain/recoverykey.h"
#include "domain/securebytes.h"
#include "domain/ticket.h"
#include "system/escrow/escrowindex.h"
#include "system/logging.h"
#include "workflow/recoverysession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace ra::cli {

namespace {

struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const Error &error, bool json)
{
    const ExitCode code = exitCodeFor(error.kind);
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("exitCode"), int(code));
        o.insert(QStringLiteral("error"), error.message);
        o.insert(QStringLiteral("details"), error.details);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    err() << error.message << Qt::endl;
    if (!error.details.isEmpty())
        log().warn("{}", u8(error.details));
    return code;
}

int usage(const QString &message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

// Reads a secret from a file or stdin into a buffer that is wiped after parsing.
Result<RecoveryKey> readKey(FILE *stream, const QString &origin)
{
    SecureBytes raw;
    char chunk[256];
    size_t n = 0;
    while ((n = fread(chunk, 1, sizeof chunk, stream)) > 0) {
        raw.append(chunk, n);
        if (raw.size() > 64 * 1024)
            break;  // no key is this long: refuse to read a whole disk by mistake
    }
    secureWipe(chunk, sizeof chunk);
    if (raw.size() > 64 * 1024)
        return makeError(ErrorKind::BadInput, Cli::tr("The key input is too long to be a recovery key."), origin);
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    auto key = RecoveryKey::parse(text);
    secureWipe(text.data(), size_t(text.size()) * sizeof(QChar));
    return key;
}

struct KeyOptions {
    QCommandLineOption stdinKey{QStringLiteral("key-stdin"), Cli::tr("Read the BitLocker recovery key from standard input.")};
    QCommandLineOption keyFile{QStringLiteral("key-file"), Cli::tr("Read the BitLocker recovery key from FILE."), QStringLiteral("FILE")};
    QCommandLineOption bek{QStringLiteral("bek"), Cli::tr("Unlock with a BitLocker startup-key file (.BEK)."), QStringLiteral("FILE")};
    QCommandLineOption escrow{QStringLiteral("escrow"), Cli::tr("Look the recovery key up in a key export (CSV or JSON) by the volume's own Key ID."), QStringLiteral("FILE")};
    QCommandLineOption partition{QStringLiteral("partition"), Cli::tr("Use partition N of a disk or image (default: the first BitLocker or NTFS volume)."), QStringLiteral("N")};
    QCommandLineOption removeHiberfile{QStringLiteral("remove-hiberfile"),
        Cli::tr("Discard the hibernation file of a hibernated volume so it can be written. The hibernated session and its unsaved work are lost.")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({stdinKey, keyFile, bek, escrow, partition, removeHiberfile});
    }

    // The key for the selected volume from a key export, by the volume's own Key IDs.
    static Result<UnlockMaterial> fromEscrow(const QString &file, const QList<ProtectorId> &keyIds, QString *source)
    {
        EscrowIndex index;
        auto imported = index.importFile(file);
        if (!imported)
            return imported.error();
        QStringList shortIds;
        for (const ProtectorId &id : keyIds) {
            shortIds << id.shortId();
            const QList<EscrowEntry> found = index.lookupProtector(id);
            if (found.isEmpty())
                continue;
            // Newest first: a host may have several keys over time.
            const EscrowEntry &entry = found.first();
            UnlockMaterial m;
            m.kind = UnlockMaterial::Kind::RecoveryPassword;
            m.recoveryKey = entry.key;
            m.claimedKeyId = id;
            *source = EscrowIndex::describeSource(entry);
            log().info("escrow: key for {} found in {} ({} keys in the export)", u8(id.shortId()), u8(file), index.keyCount());
            return m;
        }
        return makeError(ErrorKind::BadInput,
                         Cli::tr("The key export %1 has no recovery key for Key ID %2.")
                             .arg(QFileInfo(file).fileName(), shortIds.join(QStringLiteral(", "))));
    }

    Result<UnlockMaterial> material(const QCommandLineParser &parser, QString *source,
                                    const QList<ProtectorId> &keyIds = {}) const
    {
        UnlockMaterial m;
        const int given = int(parser.isSet(stdinKey)) + int(parser.isSet(keyFile)) + int(parser.isSet(bek)) + int(parser.isSet(escrow));
        if (given > 1)
            return makeError(ErrorKind::BadInput, Cli::tr("Give only one of --key-stdin, --key-file, --bek and --escrow."));
        if (parser.isSet(escrow))
            return fromEscrow(parser.value(escrow), keyIds, source);
        if (parser.isSet(bek)) {
            m.kind = UnlockMaterial::Kind::StartupKeyFile;
            m.startupKeyFile = parser.value(bek);
            *source = Cli::tr("startup key file %1").arg(parser.value(bek));
            return m;
        }
        if (parser.isSet(stdinKey) || parser.isSet(keyFile)) {
            Result<RecoveryKey> key = makeError(ErrorKind::BadInput, QString());
            if (parser.isSet(stdinKey)) {
                key = readKey(stdin, QStringLiteral("stdin"));
            } else {
                FILE *f = fopen(QFile::encodeName(parser.value(keyFile)).constData(), "rb");
                if (!f)
                    return makeError(ErrorKind::BadInput, Cli::tr("The key file %1 cannot be read.").arg(parser.value(keyFile)));
                key = readKey(f, parser.value(keyFile));
                fclose(f);
            }
            if (!key)
                return key.error();
            m.kind = UnlockMaterial::Kind::RecoveryPassword;
            m.recoveryKey = std::move(key.value());
            *source = Cli::tr("typed by the technician");
            return m;
        }
        return m;
    }
};

// Picks the volume of a target: --partition N, else the first BitLocker, NTFS or folder volume.
Result<int> chooseVolume(const RecoverySession &session, const QCommandLineParser &parser, const KeyOptions &keys)
{
    const auto &volumes = session.volumes();
    if (parser.isSet(keys.partition)) {
        bool ok = false;
        const int n = parser.value(keys.partition).toInt(&ok);
        for (int i = 0; ok && i < volumes.size(); ++i)
            if (volumes[i].partitionNumber == n)
                return i;
        return makeError(ErrorKind::BadInput, Cli::tr("There is no partition %1 on this target.").arg(parser.value(keys.partition)));
    }
    for (int i = 0; i < volumes.size(); ++i) {
        const VolumeKind k = volumes[i].kind;
        if (k == VolumeKind::BitLocker || k == VolumeKind::Ntfs || k == VolumeKind::Folder)
            return i;
    }
    return makeError(ErrorKind::Unsupported, Cli::tr("No BitLocker or NTFS volume was found on this target."));
}

QJsonObject findingsJson(const RecoverySession &session)
{
    QJsonObject o;
    const Case &c = session.currentCase();
    o.insert(QStringLiteral("windowsFound"), !c.windowsRoot.isEmpty());
    o.insert(QStringLiteral("windowsRoot"), c.windowsRoot.isEmpty() ? QJsonValue() : QJsonValue(c.windowsRoot));
    o.insert(QStringLiteral("windows"), c.windows.toJson());
    QJsonArray findings;
    for (const Finding &f : c.findings)
        findings.append(f.toJson());
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

void printFindings(const RecoverySession &session)
{
    const Case &c = session.currentCase();
    if (c.windowsRoot.isEmpty()) {
        out() << "  " << Cli::tr("No Windows installation was found.") << Qt::endl;
        return;
    }
    out() << "  " << Cli::tr("Windows folder: %1").arg(c.windowsRoot) << Qt::endl;
    if (!c.windows.computerName.isEmpty())
        out() << "  " << Cli::tr("Computer name: %1").arg(c.windows.computerName) << Qt::endl;
    if (c.findings.isEmpty())
        out() << "  " << Cli::tr("No channel file 291 found.") << Qt::endl;
    for (const Finding &f : c.findings) {
        out() << "  " << (f.selected ? "[x] " : "[ ] ") << f.relativePath << Qt::endl;
        out() << "      " << Classifier::verdictName(f.verdict) << " — " << Classifier::reasonText(f.reason) << Qt::endl;
        out() << "      " << f.lastWriteUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << " UTC, "
              << Cli::tr("%1 bytes").arg(f.size) << ", SHA-256 " << f.sha256 << Qt::endl;
    }
}

int cmdCheckKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Checks a recovery key read from standard input; names the wrong groups."));
    parser.addHelpOption();
    parser.process(args);
    auto key = readKey(stdin, QStringLiteral("stdin"));
    if (!key) {
        err() << key.error().message << Qt::endl;
        return ExitFailure;
    }
    out() << Cli::tr("The recovery key is valid: all 8 groups pass their check.") << Qt::endl;
    return ExitOk;
}

int cmdScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists volumes, their BitLocker protectors, and the channel files on Windows volumes. Changes nothing."));
    parser.addHelpOption();
    QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    KeyOptions keys;
    keys.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("TARGET"), Cli::tr("Block device, disk image or folder; none: every disk."), QStringLiteral("[TARGET...]"));
    parser.process(args);
    const bool asJson = parser.isSet(json);

    RecoverySession session;
    if (Status detected = session.detect(parser.positionalArguments()); !detected)
        return failWith(detected.error(), asJson);
    QString source;
    QJsonArray volumes;
    int worst = ExitOk;
    for (int i = 0; i < session.volumes().size(); ++i) {
        session.selectVolume(i);
        const VolumeInfo volume = session.volumes()[i];
        QJsonObject o = volume.toJson();
        const VolumeKind k = volume.kind;
        const bool openable = k == VolumeKind::Ntfs || k == VolumeKind::Folder || k == VolumeKind::BitLocker;
        bool opened = false;
        if (openable) {
            auto material = keys.material(parser, &source, session.keyIds());
            if (!material)
                return failWith(material.error(), asJson);
            if (!session.needsKey() || material->kind != UnlockMaterial::Kind::None) {
                OpenOptions options;
                options.readOnly = true;
                const Status status = session.open(std::move(material.value()), options, source);
                opened = status.ok();
                if (!status) {
                    o.insert(QStringLiteral("error"), status.error().message);
                    worst = qMax<int>(worst, exitCodeFor(status.error().kind));
                }
            }
        }
        o.insert(QStringLiteral("locked"), session.needsKey() && !opened);
        o.insert(QStringLiteral("summary"), session.volumeSummary(session.volumes()[i]));
        if (opened) {
            o.insert(QStringLiteral("inspection"), findingsJson(session));
            if (!session.currentCase().windowsRoot.isEmpty())
                o.insert(QStringLiteral("windows"), session.currentCase().windows.toJson());
        }
        if (!asJson) {
            out() << volume.displayName() << ": " << session.volumeSummary(session.volumes()[i]) << Qt::endl;
            if (volume.bitlocker)
                for (const KeyProtector &p : volume.bitlocker->protectors)
                    out() << "  " << KeyProtector::typeName(p.type) << ": " << p.id.toString() << Qt::endl;
            if (opened)
                printFindings(session);
            if (o.contains(QStringLiteral("error")))
                out() << "  " << o.value(QStringLiteral("error")).toString() << Qt::endl;
        }
        if (opened)
            session.unmount();
        volumes.append(o);
    }
    if (asJson) {
        QJsonObject root;
        root.insert(QStringLiteral("volumes"), volumes);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (volumes.isEmpty()) {
        out() << Cli::tr("No volume found.") << Qt::endl;
    }
    return worst;
}

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
    if (Status detected = session.detect(targets); !detected)
        return failWith(detected.error(), asJson);
    const auto index = chooseVolume(session, parser, keys);
    if (!index)
        return failWith(index.error(), asJson);
    session.selectVolume(index.value());

    QString source;
    auto material = keys.material(parser, &source, session.keyIds());
    if (!material)
        return failWith(material.error(), asJson);
    if (session.needsKey() && material->kind == UnlockMaterial::Kind::None) {
        QStringList ids;
        for (const ProtectorId &id : session.keyIds())
            ids << id.shortId();
        return failWith(makeError(ErrorKind::BadInput,
                                  Cli::tr("This drive is locked by BitLocker. Give its recovery key (Key ID %1) with --key-stdin, --key-file or --escrow.")
                                      .arg(ids.join(QStringLiteral(", ")))),
                        asJson);
    }
    OpenOptions options;
    options.removeHiberfile = parser.isSet(keys.removeHiberfile);
    options.readOnly = parser.isSet(dryRun);
    if (Status opened = session.open(std::move(material.value()), options, source); !opened)
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
        if (Status saved = session.saveTicket(parser.value(ticketFile), *ticketFormat, session.ticketLanguage()); !saved)
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

}  // namespace

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput: return ExitUsage;
    case ErrorKind::KeyRejected: return ExitKeyRejected;
    case ErrorKind::Unsupported:
    case ErrorKind::DeviceGone: return ExitUnsupported;
    case ErrorKind::ReadOnly: return ExitReadOnly;
    case ErrorKind::NeedsAdmin: return ExitNeedsAdmin;
    case ErrorKind::NotFound: return ExitUsage;
    default: return ExitFailure;
    }
}

int run(const QStringList &arguments)
{
    // Global options may stand anywhere; take them out before the command parses its own.
    QStringList args;
    QString lang;
    QString level;
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
        if (i > 0 && (takeValue(QStringLiteral("--lang"), lang) || takeValue(QStringLiteral("--log-level"), level)))
            continue;
        args << a;
    }
    logging::init({level, true, {}});
    const Language language = lang.isEmpty() ? systemLanguage() : languageFromCode(lang, Language::English);
    installAppTranslator(language);

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
        return runEscrowCommand(args.mid(2), out(), err());
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
        "Global options: --lang ja|en, --log-level trace|debug|info|warn|error\n"
        "Run 'recovery-assistant-cli COMMAND --help' for a command's options.");
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out() << help << Qt::endl;
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << Cli::tr("Unknown command: %1").arg(command) << Qt::endl << help << Qt::endl;
    return ExitUsage;
}

}  // namespace ra::cli
