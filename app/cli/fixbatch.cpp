// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixbatch.h"

#include "workflow/keyexports.h"
#include "workflow/applog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <QFileInfo>

#include <algorithm>

#include <sys/ioctl.h>
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

QString filesText(const BatchItem &item)
{
    if (item.planned <= 0 && item.removed <= 0)
        return {};
    return Cli::tr("%1 of %n file(s) removed", nullptr, item.planned).arg(item.removed);
}

QString line(const BatchItem &item)
{
    QString text = QStringLiteral("%1  %2").arg(item.name(), resultText(item));
    if (const QString files = filesText(item); !files.isEmpty())
        text += QStringLiteral("  ") + files;
    if (item.finished() && !item.message.isEmpty())
        text += QStringLiteral("  ") + item.message;
    return text;
}

// Terminal cells of a text: East Asian wide characters take two.
int cells(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                          || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        n += c.isLowSurrogate() ? 0 : wide ? 2 : 1;
    }
    return n;
}

// Cut to width cells (with an ellipsis), so that a live line never wraps: the display moves the
// cursor up one line per target.
QString fitted(const QString &text, int width)
{
    if (width <= 1 || cells(text) <= width)
        return text;
    QString cut;
    int used = 0;
    for (const QChar c : text) {
        const int w = cells(QString(c));
        if (used + w > width - 1)
            break;
        cut += c;
        used += w;
    }
    return cut + QChar(0x2026);
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - cells(text)), u' ');
}

int terminalColumns()
{
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

int terminalRows()
{
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0)
        return size.ws_row;
    return 24;
}

// The summary table: one row per target (number, target, result, files removed, case), the
// sentence of every target that was not fixed under its row, then the counts.
void printSummary(const QList<BatchItem> &items)
{
    const QStringList header{Cli::tr("#"), Cli::tr("Target"), Cli::tr("Result"), Cli::tr("Files removed"), Cli::tr("Case")};
    QList<QStringList> rows;
    for (int i = 0; i < items.size(); ++i) {
        const BatchItem &item = items[i];
        rows.append({QString::number(i + 1), item.name(), resultText(item),
                     item.planned > 0 || item.removed > 0 ? QStringLiteral("%1/%2").arg(item.removed).arg(item.planned) : QStringLiteral("-"),
                     item.caseId.isEmpty() ? QStringLiteral("-") : item.caseId});
    }
    QList<int> widths;
    for (const QString &h : header)
        widths << cells(h);
    for (const QStringList &row : std::as_const(rows))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], cells(row[c]));
    auto print = [&](const QStringList &row) {
        QString text = QStringLiteral("  ");
        for (int c = 0; c < row.size(); ++c)
            text += c + 1 < row.size() ? padded(row[c], widths[c]) + QStringLiteral("  ") : row[c];
        out() << text << '\n';
    };
    out() << '\n' << Cli::tr("Summary:") << '\n';
    print(header);
    QString caseFolders;
    for (int i = 0; i < items.size(); ++i) {
        print(rows[i]);
        const BatchItem &item = items[i];
        if (!item.message.isEmpty() && item.result != BatchItem::Result::Fixed && item.result != BatchItem::Result::NotAffected)
            out() << QString(widths[0] + 4, u' ') << item.message << '\n';
        if (caseFolders.isEmpty() && !item.caseFolder.isEmpty())
            caseFolders = QFileInfo(item.caseFolder).absolutePath();
    }
    if (!caseFolders.isEmpty())
        out() << Cli::tr("Case folders (each with its ticket): %1").arg(caseFolders) << '\n';
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
    // One item per real file or device: a file and a symlink to it are one target (the second
    // would find the first one's lock and be reported as a failure of a disk that was fixed).
    {
        QStringList unique;
        QSet<QString> seen;
        for (const QString &t : std::as_const(cli.targets)) {
            const QString real = QFileInfo(t).canonicalFilePath();
            if (seen.contains(real.isEmpty() ? t : real))
                continue;
            seen.insert(real.isEmpty() ? t : real);
            unique.append(t);
        }
        cli.targets = unique;
    }
    if (cli.targets.isEmpty())
        return usage(Cli::tr("No target to fix: name the targets or give --all-disks."));

    auto exports = std::make_shared<KeyExports>();
    if (keys.hasKeySource(parser)) {
        if (Status loaded = keys.loadKeySource(parser, *exports); !loaded)
            return failWith(loaded.error(), cli.json);
    }
    QList<BatchItem> shown;
    if (cli.everyVolume) {
        shown = BatchRun::everyWindowsVolume(cli.targets);
    } else {
        for (const QString &t : cli.targets)
            shown.append(BatchItem{t});
    }
    BatchRun batch(shown, cli.options, exports);

    const int count = int(shown.size());
    // One live line per target while they all fit on the screen; plain lines otherwise.
    const bool live = !cli.json && isatty(STDOUT_FILENO) && count <= terminalRows() - 2;
    if (live) {
        for (const BatchItem &item : shown)
            out() << fitted(line(item), terminalColumns() - 1) << '\n';
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
        const int width = terminalColumns();
        for (const BatchItem &each : std::as_const(shown))
            out() << "\x1b[2K\r" << fitted(line(each), width - 1) << '\n';
        out().flush();
    });
    const QList<BatchItem> items = batch.run();

    const BatchTally tally = BatchTally::of(items);
    const int fixed = tally.fixed, notAffected = tally.notAffected, noKey = tally.noKey, notFixed = tally.notFixed,
              stopped = tally.stopped;
    const int good = fixed + notAffected;
    const int code = stopped > 0 ? ExitStopped : good == count ? ExitOk : good == 0 ? ExitNoneFixed : ExitSomeNotFixed;
    if (cli.json) {
        QJsonArray list;
        for (const BatchItem &item : items)
            list.append(QJsonObject{{QStringLiteral("target"), item.target},
                                    {QStringLiteral("partition"), item.partition},
                                    {QStringLiteral("name"), item.name()},
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
        printSummary(items);
        out() << tally.sentence()
              << Qt::endl;
    }
    applog::info(QStringLiteral("batch finished: %1 fixed, %2 not affected, %3 no key, %4 not fixed, %5 stopped")
                     .arg(fixed).arg(notAffected).arg(noKey).arg(notFixed).arg(stopped));
    return code;
}

}  // namespace ra::cli
