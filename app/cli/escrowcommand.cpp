// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli escrow check FILE... [--json]
// recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]
// recovery-assistant-cli escrow lookup --bundle FILE.rakeys [--passphrase-file FILE] KEYID|HOST
// recovery-assistant-cli escrow pack EXPORT... --out FILE.rakeys [--passphrase-file FILE] [--json]
// Keys are masked unless --show-key is given.

#include "commands.h"
#include "clioutput.h"

#include "passphrase.h"
#include "workflow/keyexports.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QMap>

namespace ra::cli {

namespace {


class EscrowCommand {
    Q_DECLARE_TR_FUNCTIONS(EscrowCommand)

public:
    EscrowCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &args);

private:
    int usage(const QString &problem);
    int check(const QStringList &files);
    int lookup(const QString &file, const QString &query);
    int pack(const QStringList &files);
    int failImport(const Error &error);
    QJsonObject summaryJson(const EscrowImportSummary &summary) const;
    void printSummary(const EscrowImportSummary &summary);
    QJsonObject entryJson(const EscrowEntry &entry) const;
    void printEntry(const EscrowEntry &entry, int number);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_showKey = false;
    QString m_outFile;
    QString m_passphraseFile;
    QString m_bundle;
};

int EscrowCommand::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << problem << '\n';
    m_err << tr("Usage: recovery-assistant-cli escrow check FILE... [--json]\n"
                "       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]\n"
                "       recovery-assistant-cli escrow lookup --bundle FILE [--passphrase-file FILE] KEYID|HOST [--json] [--show-key]\n"
                "       recovery-assistant-cli escrow pack EXPORT... --out FILE.rakeys [--passphrase-file FILE] [--json]")
          << '\n';
    m_err.flush();
    return ExitUsage;
}

int EscrowCommand::run(const QStringList &args)
{
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        QString *valueOf = arg == QLatin1String("--out") ? &m_outFile
            : arg == QLatin1String("--passphrase-file") ? &m_passphraseFile
            : arg == QLatin1String("--bundle")          ? &m_bundle
                                                        : nullptr;
        if (valueOf) {
            if (i + 1 >= args.size())
                return usage(tr("%1 needs a file name.").arg(arg));
            *valueOf = args[++i];
        } else if (arg == QLatin1String("--json"))
            m_json = true;
        else if (arg == QLatin1String("--show-key"))
            m_showKey = true;
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return usage({});
        else if (arg.startsWith(QLatin1String("--")))
            return usage(tr("Unknown option: %1").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.isEmpty())
        return usage(tr("Name a subcommand: check or lookup."));
    const QString sub = positional.takeFirst();
    if (sub == QLatin1String("check")) {
        if (positional.isEmpty())
            return usage(tr("Name the key export to check."));
        if (m_showKey)
            return usage(tr("--show-key is only for lookup."));
        return check(positional);
    }
    if (sub == QLatin1String("lookup")) {
        if (!m_bundle.isEmpty())
            positional.prepend(m_bundle);
        if (positional.size() != 2)
            return usage(tr("lookup needs the key export and one Key ID or host name."));
        return lookup(positional[0], positional[1]);
    }
    if (sub == QLatin1String("pack")) {
        if (positional.isEmpty() || m_outFile.isEmpty())
            return usage(tr("pack needs at least one key export and --out FILE.rakeys."));
        return pack(positional);
    }
    return usage(tr("Unknown subcommand: %1").arg(sub));
}

int EscrowCommand::failImport(const Error &error)
{
    m_err << error.message << '\n';
    if (!error.details.isEmpty())
        m_err << error.details << '\n';
    m_err.flush();
    return exitCodeFor(error.kind);
}

QJsonObject EscrowCommand::summaryJson(const EscrowImportSummary &summary) const
{
    QJsonArray problems;
    for (const EscrowProblem &p : summary.problems)
        problems.append(QJsonObject{{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
    return QJsonObject{
        {QStringLiteral("file"), summary.filePath},
        {QStringLiteral("format"), KeyExports::formatId(summary.format)},
        {QStringLiteral("formatName"), KeyExports::formatName(summary.format)},
        {QStringLiteral("rows"), summary.rows},
        {QStringLiteral("keys"), summary.keys},
        {QStringLiteral("duplicates"), summary.duplicates},
        {QStringLiteral("conflicts"), summary.conflicts},
        {QStringLiteral("badRows"), summary.badRows},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("problemsTruncated"), summary.badRows + summary.conflicts > summary.problems.size()},
    };
}

void EscrowCommand::printSummary(const EscrowImportSummary &summary)
{
    m_out << tr("File: %1").arg(summary.filePath) << '\n'
          << tr("Format: %1").arg(KeyExports::formatName(summary.format)) << '\n'
          << tr("Rows: %1").arg(summary.rows) << '\n'
          << tr("Keys: %1").arg(summary.keys) << '\n'
          << tr("Duplicates merged: %1").arg(summary.duplicates) << '\n'
          << tr("Conflicting keys: %1").arg(summary.conflicts) << '\n'
          << tr("Bad rows: %1").arg(summary.badRows) << '\n';
    for (const EscrowProblem &p : summary.problems)
        m_out << "  " << tr("line %1: %2").arg(p.line).arg(p.reason) << '\n';
    const int unlisted = summary.badRows + summary.conflicts - int(summary.problems.size());
    if (unlisted > 0)
        m_out << "  " << tr("… and %n more problem(s) not listed.", nullptr, unlisted) << '\n';
}

int EscrowCommand::check(const QStringList &files)
{
    KeyExports index;
    QList<EscrowImportSummary> summaries;
    for (const QString &file : files) {
        auto summary = index.importFile(file);
        if (!summary)
            return failImport(summary.error());
        summaries.append(*summary);
    }
    QMap<QString, int> byFormat;
    bool clean = true;
    for (const EscrowImportSummary &s : summaries) {
        byFormat[KeyExports::formatId(s.format)] += s.keys;
        clean = clean && s.badRows == 0 && s.conflicts == 0;
    }
    if (m_json) {
        QJsonArray list;
        QJsonObject formats;
        for (const EscrowImportSummary &s : summaries)
            list.append(summaryJson(s));
        for (auto it = byFormat.cbegin(); it != byFormat.cend(); ++it)
            formats.insert(it.key(), it.value());
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("files"), list},
                                           {QStringLiteral("keys"), index.keyCount()},
                                           {QStringLiteral("keysByFormat"), formats}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const EscrowImportSummary &s : summaries) {
            printSummary(s);
            m_out << '\n';
        }
        m_out << tr("Keys loaded: %1").arg(index.keyCount()) << '\n';
        for (const EscrowImportSummary &s : summaries)
            m_out << "  " << tr("%1: %n key(s)", nullptr, s.keys).arg(KeyExports::formatName(s.format)) << '\n';
    }
    m_out.flush();
    return clean ? ExitOk : ExitFailure;
}

QJsonObject EscrowCommand::entryJson(const EscrowEntry &e) const
{
    return QJsonObject{
        {QStringLiteral("keyId"), e.keyId},
        {QStringLiteral("protectorId"), e.protectorId.isNull() ? QJsonValue() : QJsonValue(e.protectorId.toString())},
        {QStringLiteral("host"), e.host},
        {QStringLiteral("date"), e.date.isValid() ? QJsonValue(e.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("directory"), e.directory},
        {QStringLiteral("volumeType"), e.volumeType},
        {QStringLiteral("format"), KeyExports::formatId(e.format)},
        {QStringLiteral("file"), e.filePath},
        {QStringLiteral("line"), e.line},
        {QStringLiteral("key"), m_showKey ? e.key.revealForInputFields() : e.key.masked()},
        {QStringLiteral("keyMasked"), !m_showKey},
    };
}

void EscrowCommand::printEntry(const EscrowEntry &e, int number)
{
    const QString unknown = tr("unknown");
    m_out << tr("Match %1").arg(number) << '\n'
          << "  " << tr("Key ID: %1").arg(e.protectorId.isNull() ? e.keyId : e.protectorId.toString()) << '\n'
          << "  " << tr("Recovery key: %1").arg(m_showKey ? e.key.revealForInputFields() : e.key.masked()) << '\n'
          << "  " << tr("Host: %1").arg(e.host.isEmpty() ? unknown : e.host) << '\n'
          << "  " << tr("Date: %1").arg(e.date.isValid() ? e.date.toString(Qt::ISODate) : unknown) << '\n';
    if (!e.directory.isEmpty())
        m_out << "  " << tr("Directory: %1").arg(e.directory) << '\n';
    if (!e.volumeType.isEmpty())
        m_out << "  " << tr("Volume type: %1").arg(e.volumeType) << '\n';
    m_out << "  " << tr("Source: %1, line %2 (%3)").arg(e.filePath).arg(e.line).arg(KeyExports::formatName(e.format))
          << '\n';
}

int EscrowCommand::lookup(const QString &file, const QString &query)
{
    if (query.trimmed().isEmpty())
        return usage(tr("The Key ID or host name is empty."));
    KeyExports index;
    Result<EscrowImportSummary> summary = EscrowImportSummary{};
    if (KeyExports::isBundle(file)) {
        if (auto opened = openBundle(file, m_passphraseFile, index); !opened)
            return failImport(opened.error());
        summary->filePath = file;
    } else {
        summary = index.importFile(file);
    }
    if (!summary)
        return failImport(summary.error());
    if (summary->badRows > 0)
        m_err << tr("%n row(s) of the export could not be read; run \"escrow check\" for details.", nullptr,
                    summary->badRows)
              << '\n';
    const QList<EscrowEntry> matches = index.lookup(query);
    if (m_json) {
        QJsonArray list;
        for (const EscrowEntry &e : matches)
            list.append(entryJson(e));
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("query"), query.trimmed()},
                                           {QStringLiteral("matches"), list}})
                     .toJson(QJsonDocument::Indented);
    } else if (matches.isEmpty()) {
        m_out << tr("No key in %1 matches %2.").arg(summary->filePath, query.trimmed()) << '\n';
    } else {
        if (matches.size() > 1)
            m_out << tr("%n key(s) match; the newest is listed first.", nullptr, int(matches.size())) << '\n';
        for (int i = 0; i < matches.size(); ++i)
            printEntry(matches[i], i + 1);
    }
    m_out.flush();
    m_err.flush();
    return matches.isEmpty() ? ExitNotFound : ExitOk;
}

int EscrowCommand::pack(const QStringList &files)
{
    KeyExports index;
    QList<EscrowImportSummary> summaries;
    for (const QString &file : files) {
        if (QFileInfo(file).absoluteFilePath() == QFileInfo(m_outFile).absoluteFilePath())
            return usage(tr("The bundle must not overwrite the key export %1.").arg(file));
        auto summary = index.importFile(file);
        if (!summary)
            return failImport(summary.error());
        summaries.append(*summary);
    }
    if (index.isEmpty())
        return failImport(makeError(ErrorKind::BadInput, tr("The key exports hold no valid recovery key; nothing was written.")));
    auto passphrase = readPassphrase(m_passphraseFile, true);
    if (!passphrase)
        return failImport(passphrase.error());
    auto info = index.writeBundle(m_outFile, summaries, *passphrase);
    if (!info)
        return failImport(info.error());
    if (m_json) {
        QJsonArray list;
        for (const EscrowImportSummary &s : summaries)
            list.append(summaryJson(s));
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("bundle"), QFileInfo(m_outFile).absoluteFilePath()},
                                           {QStringLiteral("keys"), info->keys},
                                           {QStringLiteral("created"), info->created.toString(Qt::ISODate)},
                                           {QStringLiteral("argon2idOps"), qint64(info->params.opsLimit)},
                                           {QStringLiteral("argon2idMemoryMiB"), qint64(info->params.memLimit >> 20)},
                                           {QStringLiteral("files"), list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const EscrowImportSummary &s : summaries)
            m_out << tr("%1: %n key(s)", nullptr, s.keys).arg(QFileInfo(s.filePath).fileName())
                  << (s.badRows ? QStringLiteral(" ") + tr("(%n bad row(s) left out)", nullptr, s.badRows) : QString()) << '\n';
        m_out << tr("Key bundle written: %1 (%n key(s), encrypted with the passphrase).", nullptr, info->keys)
                     .arg(QFileInfo(m_outFile).absoluteFilePath())
              << '\n';
    }
    m_out.flush();
    return ExitOk;
}

}  // namespace

int cmdEscrow(const QStringList &args)
{
    return EscrowCommand(out(), err()).run(args);
}

}  // namespace ra::cli
