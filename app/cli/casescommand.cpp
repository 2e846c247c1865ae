// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli cases import FOLDER... | list | report --html FILE | rotation |
// mark-rotated KEYID... | check | flush: the case store (system/store/casestore.h).

#include "commands.h"

#include "clioutput.h"

#include "domain/case.h"
#include "domain/language.h"
#include "domain/protectorid.h"
#include "workflow/casefiling.h"
#include "workflow/inputfiles.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ra::cli {

namespace {

QString isoOrEmpty(const QDateTime &t)
{
    return CaseRecord::isoUtc(t);
}

QJsonObject summaryJson(const CaseSummary &c)
{
    return {{QStringLiteral("caseId"), c.caseId}, {QStringLiteral("machine"), c.machine},
            {QStringLiteral("computerName"), c.computerName}, {QStringLiteral("keyId"), c.keyId},
            {QStringLiteral("technician"), c.technician}, {QStringLiteral("bench"), c.bench},
            {QStringLiteral("site"), c.site}, {QStringLiteral("outcome"), c.outcome},
            {QStringLiteral("outcomeMessage"), c.outcomeMessage}, {QStringLiteral("recoveryKeyUsed"), c.recoveryKeyUsed},
            {QStringLiteral("opened"), isoOrEmpty(c.opened)}, {QStringLiteral("closed"), isoOrEmpty(c.closed)}};
}

// The case.json files under a bench's cases folder or a stick's RA-DATA (any depth up to 6).
QStringList caseFiles(const QString &folder)
{
    QStringList files;
    // System too: a FIFO or a link to a device named case.json is listed, then refused with its sentence.
    QDirIterator it(folder, {QStringLiteral("case.json")}, QDir::Files | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.mid(folder.size()).count(u'/') <= 6)
            files << path;
    }
    files.sort();
    return files;
}

// A CSV field: quoted when needed, and a leading = + - @ defused for spreadsheets.
QString csv(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

class CasesCommand {
public:
    int run(const QStringList &args);

private:
    int open(bool tolerateOffline = false);
    int importFolders(const QStringList &folders, const QString &bench, const QString &site);
    int list(const QCommandLineParser &p);
    int report(const QString &file);
    int rotation(const QString &format);
    int markRotated(const QStringList &ids, const QString &by);
    int check(const QString &computer, const QStringList &keyIds);

    StoreConfig m_config;
    std::unique_ptr<CaseStore> m_store;
    bool m_json = false;
};

int CasesCommand::open(bool tolerateOffline)
{
    auto store = CaseStore::open(m_config, tolerateOffline);
    if (!store)
        return failWith(store.error(), m_json);
    m_store = std::move(store.value());
    return ExitOk;
}

int CasesCommand::run(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("The case store: import case folders, list cases, write the incident report and the key-rotation list."));
    p.addHelpOption();
    QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    QCommandLineOption since(QStringLiteral("since"), Cli::tr("Only cases closed at or after DATE (2024-07-19 or 2024-07-19T08:00)."), QStringLiteral("DATE"));
    QCommandLineOption outcome(QStringLiteral("outcome"), Cli::tr("Only cases with this outcome (fixed, failed, not-affected, already-remediated, cancelled)."), QStringLiteral("OUTCOME"));
    QCommandLineOption html(QStringLiteral("html"), Cli::tr("Write the report to FILE (self-contained HTML)."), QStringLiteral("FILE"));
    QCommandLineOption format(QStringLiteral("format"), Cli::tr("Rotation list format: csv or json."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    QCommandLineOption by(QStringLiteral("by"), Cli::tr("Who rotated the keys (default: the user name)."), QStringLiteral("NAME"));
    QCommandLineOption bench(QStringLiteral("bench"), Cli::tr("Bench name for imported cases that do not name one."), QStringLiteral("NAME"));
    QCommandLineOption site(QStringLiteral("site"), Cli::tr("Site for imported cases that do not name one."), QStringLiteral("NAME"));
    QCommandLineOption computer(QStringLiteral("computer"), Cli::tr("Computer name to look up."), QStringLiteral("NAME"));
    QCommandLineOption keyId(QStringLiteral("key-id"), Cli::tr("Key ID (full GUID) to look up; may be repeated."), QStringLiteral("KEYID"));
    p.addOptions({json, since, outcome, html, format, by, bench, site, computer, keyId});
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QStringLiteral("import | list | report | rotation | mark-rotated | check | flush"));
    if (const auto done = parseArguments(p, QStringList{QStringLiteral("recovery-assistant-cli cases")} + args.mid(1)))
        return *done;
    m_json = p.isSet(json);
    m_config = StoreConfig::load();
    const QStringList rest = p.positionalArguments();

    if (sub == QLatin1String("import")) {
        if (rest.isEmpty())
            return usage(Cli::tr("cases import needs at least one FOLDER."));
        if (Status fields = checkFieldOptions(p, {{QStringLiteral("bench"), FieldText::Field::Bench}, {QStringLiteral("site"), FieldText::Field::Site}}); !fields)
            return failWith(fields.error(), m_json);
        return importFolders(rest, p.value(bench), p.value(site));
    }
    if (sub == QLatin1String("list"))
        return list(p);
    if (sub == QLatin1String("report")) {
        if (!p.isSet(html))
            return usage(Cli::tr("cases report needs --html FILE."));
        return report(p.value(html));
    }
    if (sub == QLatin1String("rotation"))
        return rotation(p.value(format));
    if (sub == QLatin1String("mark-rotated")) {
        if (rest.isEmpty())
            return usage(Cli::tr("cases mark-rotated needs at least one Key ID."));
        return markRotated(rest, p.isSet(by) ? p.value(by) : qEnvironmentVariable("USER"));
    }
    if (sub == QLatin1String("check")) {
        if (!p.isSet(computer) && !p.isSet(keyId))
            return usage(Cli::tr("cases check needs --computer NAME or --key-id KEYID."));
        return check(p.value(computer), p.values(keyId));
    }
    if (sub == QLatin1String("flush")) {
        if (int rc = open(true); rc != ExitOk)
            return rc;
        m_store->flushQueue();
        const int sent = m_store->sentCount();  // opening the store sends what waits already
        const int left = m_store->queuedCount();
        out() << Cli::tr("%n queued case(s) sent.", nullptr, sent) << Qt::endl;
        if (left > 0)
            return failWith(makeError(ErrorKind::Failed, Cli::tr("%n case(s) still wait for the server (%1).", nullptr, left).arg(m_store->description())), m_json);
        return ExitOk;
    }
    return usage(Cli::tr("Usage: recovery-assistant-cli cases import FOLDER... | list [--since DATE] [--outcome OUTCOME] [--json] | "
                         "report --html FILE | rotation [--format csv|json] | mark-rotated KEYID... | check --computer NAME | --key-id KEYID | flush"));
}

int CasesCommand::importFolders(const QStringList &folders, const QString &bench, const QString &site)
{
    if (int rc = open(true); rc != ExitOk)
        return rc;
    int added = 0, already = 0, queued = 0, refused = 0;
    QJsonArray problems;
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir())
            return usage(Cli::tr("%1 is not a folder.").arg(folder));
        for (const QString &path : caseFiles(folder)) {
            // A regular file of at most 4 MiB: a link to /dev/zero or a FIFO is refused unread.
            const auto json = InputFile::readAll(path, InputFile::Kind::CaseRecord);
            Result<CaseRecord> record = json ? CaseRecord::fromCaseJson(*json, bench, site) : Result<CaseRecord>(json.error());
            auto put = record ? m_store->put(*record) : Result<CaseStore::Put>(record.error());
            if (!put) {
                ++refused;
                problems.append(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), put.error().message}});
                err() << printable(path) << ": " << printable(put.error().message) << Qt::endl;
                continue;
            }
            (*put == CaseStore::Put::Added ? added : *put == CaseStore::Put::Queued ? queued : already) += 1;
        }
    }
    if (m_json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), refused == 0}, {QStringLiteral("added"), added},
                                           {QStringLiteral("alreadyThere"), already}, {QStringLiteral("queued"), queued},
                                           {QStringLiteral("refused"), problems}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << Cli::tr("%1 added, %2 already in the store, %3 queued for the server, %4 refused (%5).")
                     .arg(added).arg(already).arg(queued).arg(refused).arg(m_store->description())
              << Qt::endl;
    }
    return refused > 0 ? ExitUsage : ExitOk;
}

int CasesCommand::list(const QCommandLineParser &p)
{
    CaseFilter filter;
    const QString since = p.value(QStringLiteral("since"));
    if (!since.isEmpty()) {
        filter.since = QDateTime::fromString(since, Qt::ISODate);
        if (!filter.since.isValid())
            filter.since = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0));
        if (!filter.since.isValid())
            return usage(Cli::tr("%1 is not a date: use 2024-07-19 or 2024-07-19T08:00.").arg(since));
    }
    filter.outcome = p.value(QStringLiteral("outcome"));
    if (int rc = open(); rc != ExitOk)
        return rc;
    int n = 0;
    if (m_json)
        out() << "[";
    const Status listed = m_store->list(filter, [&](const CaseSummary &c) {
        if (m_json) {
            out() << (n ? ",\n" : "\n") << QJsonDocument(summaryJson(c)).toJson(QJsonDocument::Compact);
        } else {
            // One row per case whatever a stored name holds (a line break would split it).
            out() << c.closed.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << printable(c.caseId) << "  "
                  << printable(c.computerName.isEmpty() ? c.machine : c.computerName) << "  " << c.outcome << "  "
                  << printable(c.technician) << "  " << printable(c.bench)
                  << (c.site.isEmpty() ? QString() : QStringLiteral(" @ ") + printable(c.site)) << '\n';
        }
        ++n;
    });
    if (m_json)
        out() << "\n]\n";
    out().flush();
    if (!listed)
        return failWith(listed.error(), false);
    if (!m_json)
        err() << Cli::tr("%n case(s).", nullptr, n) << Qt::endl;
    return ExitOk;
}

int CasesCommand::report(const QString &file)
{
    if (int rc = open(); rc != ExitOk)
        return rc;
    const auto data = m_store->report();
    if (!data)
        return failWith(data.error(), m_json);
    QSaveFile f(file);
    const QByteArray html = CaseReport::html(*data, uiLanguage(), m_store->description()).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(html) != html.size() || !f.commit())
        return failWith(makeError(ErrorKind::Failed, Cli::tr("The report cannot be written to %1.").arg(file), f.errorString()), m_json);
    out() << Cli::tr("Report written to %1: %2 cases, %3 machines.").arg(file).arg(data->cases).arg(data->machines) << Qt::endl;
    return ExitOk;
}

int CasesCommand::rotation(const QString &format)
{
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(Cli::tr("Unknown format %1: use csv or json.").arg(format));
    if (int rc = open(); rc != ExitOk)
        return rc;
    const bool asCsv = format == QLatin1String("csv");
    int n = 0;
    out() << (asCsv ? "ComputerName,KeyId,Disclosed,Technician,Bench,Site,CaseId\n" : "[");
    const Status listed = m_store->rotation([&](const RotationEntry &e) {
        if (asCsv) {
            out() << QStringList{csv(e.computerName), e.keyId, isoOrEmpty(e.disclosed), csv(e.technician), csv(e.bench), csv(e.site), e.caseId}
                         .join(u',') << '\n';
        } else {
            const QJsonObject o{{QStringLiteral("computerName"), e.computerName}, {QStringLiteral("keyId"), e.keyId},
                                {QStringLiteral("disclosed"), isoOrEmpty(e.disclosed)}, {QStringLiteral("technician"), e.technician},
                                {QStringLiteral("bench"), e.bench}, {QStringLiteral("site"), e.site}, {QStringLiteral("caseId"), e.caseId}};
            out() << (n ? ",\n" : "\n") << QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        ++n;
    });
    if (!asCsv)
        out() << "\n]\n";
    out().flush();
    if (!listed)
        return failWith(listed.error(), false);
    err() << Cli::tr("%n recovery key(s) to rotate.", nullptr, n) << Qt::endl;
    return ExitOk;
}

int CasesCommand::markRotated(const QStringList &ids, const QString &by)
{
    if (int rc = open(); rc != ExitOk)
        return rc;
    const Status marked = m_store->markRotated(ids, by);
    if (!marked) {
        const int rc = failWith(marked.error(), m_json);
        return marked.error().kind == ErrorKind::NotFound ? ExitNotFound : rc;
    }
    out() << Cli::tr("%n Key ID(s) marked as rotated.", nullptr, int(ids.size())) << Qt::endl;
    return ExitOk;
}

int CasesCommand::check(const QString &computer, const QStringList &keyIds)
{
    for (const QString &k : keyIds)
        if (!ProtectorId::parse(k))
            return usage(CaseStore::tr("%1 is not a full Key ID (a GUID).").arg(k));
    // The store must answer here (unlike the warning in fix, which never blocks): open it first.
    if (int rc = open(); rc != ExitOk)
        return rc;
    const QStringList warnings = CaseFiling::earlierCaseWarnings(m_config, computer, keyIds, {}, uiLanguage());
    for (const QString &w : warnings)
        out() << w << '\n';
    out().flush();
    if (warnings.isEmpty()) {
        err() << Cli::tr("No earlier case of this machine is in the store.") << Qt::endl;
        return ExitNotFound;
    }
    return ExitOk;
}

}  // namespace

int cmdCases(const QStringList &args)
{
    return CasesCommand().run(args);
}

}  // namespace ra::cli
