// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/inspection.h"

#include "system/registry/windowsfactsreader.h"

#include <QStringList>

namespace ra {

Result<Inspection> VolumeInspection::run(const Playbook &playbook, const Mount &mount, Report &report)
{
    ReportNode &node = report.addChild(tr("Look for the faulty files"));
    auto scanned = ChannelFileScanner::scan(playbook, mount.root());
    if (!scanned) {
        node.finish(ReportNode::State::Failed, scanned.error().details);
        return scanned.error();
    }
    Inspection result;
    result.scan = scanned.value();
    const ScanResult &scan = result.scan;
    if (scan.windowsFound)
        result.windows = WindowsFactsReader::read(scan.windowsDir);
    QStringList details;
    if (!scan.windowsFound)
        details << tr("No Windows installation was found on this volume.");
    else if (!scan.targetFolderFound)
        details << tr("The CrowdStrike folder is not there: the sensor is not installed or was removed.");
    details << tr("%n matching file(s) found.", nullptr, int(scan.findings.size()));
    details += scan.skipped;
    if (scan.windowsFound) {
        const WindowsFacts &w = result.windows;
        ReportNode &facts = report.addChild(tr("Read the offline registry"));
        QStringList lines;
        if (!w.computerName.isEmpty())
            lines << tr("Computer name: %1").arg(w.computerName);
        if (!w.productName.isEmpty())
            lines << QStringLiteral("%1 %2 (%3)").arg(w.productName, w.displayVersion, w.buildString());
        lines += w.unknownReasons;
        lines += w.notes;
        facts.finish(w.unknownReasons.isEmpty() ? ReportNode::State::Ok : ReportNode::State::Warning, lines.join(u'\n'));
    }
    if (mount.isReadOnly())
        details << tr("The volume is read-only: %1").arg(mount.readOnlyReason());
    node.finish(mount.isReadOnly() ? ReportNode::State::Warning : ReportNode::State::Ok, details.join(u'\n'));
    return result;
}

}  // namespace ra
