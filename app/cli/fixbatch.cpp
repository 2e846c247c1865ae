// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixbatch.h"

#include "workflow/keyexports.h"
#include "workflow/applog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <unistd.h>

namespace ra::cli {

namespace {

QString resultText(const BatchItem &item)
{
    switch (item.result) {
    case BatchItem::Result::Pending:
    case BatchItem::Result::Planned: break;  // a plan alone is the wizard's first pass
    case BatchItem::Result::Fixed: return Cli::tr("fixed");
    case BatchItem::Result::NotAffected: return Cli::tr("not affected");
    case BatchItem::Result::NoKey: return Cli::tr("no key, skipped");
    case BatchItem::Result::NotFixed: return Cli::tr("not fixed");
    case BatchItem::Result::Stopped: return Cli::tr("stopped");
    }
    switch (item.stage) {
    case BatchItem::Stage::Waiting: return Cli::tr("waiting");
    case BatchItem::Stage::Detecting: return Cli::tr("detecting");
    case BatchItem::Stage::Unlocking: return Cli::tr("unlocking");
    case BatchItem::Stage::Removing: return Cli::tr("removing files");
    case BatchItem::Stage::Closing: return Cli::tr("closing");
    case BatchItem::Stage::Done: break;
    }
    return {};
}

QString line(const BatchItem &item)
{
    QString text = QStringLiteral("%1  %2").arg(item.target, resultText(item));
    if (item.planned > 0 || item.removed > 0)
        text += QStringLiteral("  ") + Cli::tr("%1 of %n file(s) removed", nullptr, item.planned).arg(item.removed);
    if (item.finished() && !item.message.isEmpty())
        text += QStringLiteral("  ") + item.message;
    return text;
}

int itemExitCode(const BatchItem &item)
{
    switch (item.result) {
    case BatchItem::Result::Fixed:
    case BatchItem::Result::NotAffected: return ExitOk;
    case BatchItem::Result::NoKey: return ExitNotFound;
    case BatchItem::Result::Stopped: return ExitStopped;
    case BatchItem::Result::NotFixed:
    case BatchItem::Result::Pending:
    case BatchItem::Result::Planned: break;
    }
    return exitCodeFor(item.errorKind);
}

QStringList everyDisk()
{
    RecoverySession session;
    QStringList disks;
    if (!session.detect({}))
        return disks;
    QSet<QString> seen;
    for (const VolumeInfo &v : session.volumes()) {
        if (v.practice || v.kind == VolumeKind::Folder || v.device.isEmpty() || seen.contains(v.device))
            continue;
        if (v.kind == VolumeKind::BitLocker || v.kind == VolumeKind::Ntfs) {
            seen.insert(v.device);
            disks << v.device;
        }
    }
    return disks;
}

}  // namespace

int runBatchFix(const QCommandLineParser &parser, const KeyOptions &keys, BatchCli cli)
{
    if (parser.isSet(keys.stdinKey) || parser.isSet(keys.keyFile) || parser.isSet(keys.bek) || parser.isSet(keys.partition))
        return usage(Cli::tr("Several targets take their keys from --escrow or --bundle (each by its own Key ID); --key-stdin, --key-file, --bek and --partition are for one target."));
    if (cli.allDisks)
        cli.targets += everyDisk();
    cli.targets.removeDuplicates();
    if (cli.targets.isEmpty())
        return usage(Cli::tr("No target to fix: name the targets or give --all-disks."));

    auto exports = std::make_shared<KeyExports>();
    if (keys.hasKeySource(parser)) {
        if (Status loaded = keys.loadKeySource(parser, *exports); !loaded)
            return failWith(loaded.error(), cli.json);
    }
    BatchRun batch(cli.targets, cli.options, BatchRun::lookupIn(exports));

    const bool live = !cli.json && isatty(STDOUT_FILENO);
    const int count = int(cli.targets.size());
    QList<BatchItem> shown;
    for (const QString &t : cli.targets)
        shown.append(BatchItem{t});
    if (live) {
        for (const BatchItem &item : shown)
            out() << line(item) << '\n';
        out().flush();
    }
    batch.setProgress([&](int index, const BatchItem &item) {
        if (cli.json)
            return;
        if (!live) {
            if (item.finished() || item.stage != shown[index].stage)
                out() << QStringLiteral("[%1/%2] ").arg(index + 1).arg(count) << line(item) << Qt::endl;
            shown[index] = item;
            return;
        }
        shown[index] = item;
        out() << QStringLiteral("\x1b[%1A").arg(count);  // back to the first target's line
        for (const BatchItem &each : std::as_const(shown))
            out() << "\x1b[2K\r" << line(each) << '\n';
        out().flush();
    });
    const QList<BatchItem> items = batch.run();

    int fixed = 0, notAffected = 0, noKey = 0, notFixed = 0, stopped = 0;
    for (const BatchItem &item : items) {
        fixed += item.result == BatchItem::Result::Fixed;
        notAffected += item.result == BatchItem::Result::NotAffected;
        noKey += item.result == BatchItem::Result::NoKey;
        stopped += item.result == BatchItem::Result::Stopped;
        notFixed += item.result == BatchItem::Result::NotFixed || item.result == BatchItem::Result::Pending;
    }
    const int good = fixed + notAffected;
    const int code = stopped > 0 ? ExitStopped : good == count ? ExitOk : good == 0 ? ExitNoneFixed : ExitSomeNotFixed;
    if (cli.json) {
        QJsonArray list;
        for (const BatchItem &item : items)
            list.append(QJsonObject{{QStringLiteral("target"), item.target},
                                    {QStringLiteral("result"), BatchItem::resultKey(item.result)},
                                    {QStringLiteral("exitCode"), itemExitCode(item)},
                                    {QStringLiteral("message"), item.message},
                                    {QStringLiteral("keyIds"), QJsonArray::fromStringList(item.keyIds)},
                                    {QStringLiteral("keySource"), item.keySource},
                                    {QStringLiteral("planned"), item.planned},
                                    {QStringLiteral("removed"), item.removed},
                                    {QStringLiteral("caseId"), item.caseId},
                                    {QStringLiteral("caseFolder"), item.caseFolder}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), code == ExitOk},
                                           {QStringLiteral("exitCode"), code},
                                           {QStringLiteral("targets"), list},
                                           {QStringLiteral("fixed"), fixed},
                                           {QStringLiteral("notAffected"), notAffected},
                                           {QStringLiteral("noKey"), noKey},
                                           {QStringLiteral("notFixed"), notFixed},
                                           {QStringLiteral("stopped"), stopped}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << '\n' << Cli::tr("Summary:") << '\n';
        for (const BatchItem &item : items) {
            out() << "  " << item.target << '\n'
                  << "      " << resultText(item)
                  << (item.caseId.isEmpty() ? QString() : QStringLiteral(" · ") + Cli::tr("case %1").arg(item.caseFolder))
                  << '\n';
            if (!item.message.isEmpty())
                out() << "      " << item.message << '\n';
        }
        out() << Cli::tr("Fixed: %1 · not affected: %2 · no key: %3 · not fixed: %4 · stopped: %5")
                     .arg(fixed).arg(notAffected).arg(noKey).arg(notFixed).arg(stopped)
              << Qt::endl;
    }
    applog::info(QStringLiteral("batch finished: %1 fixed, %2 not affected, %3 no key, %4 not fixed, %5 stopped")
                     .arg(fixed).arg(notAffected).arg(noKey).arg(notFixed).arg(stopped));
    return code;
}

}  // namespace ra::cli
