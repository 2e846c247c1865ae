// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// qemu-storage-daemon for VmImage: the --blockdev arguments that pin a checked chain (QEMU opens
// exactly the files VmChain checked), the same pins for qemu-img, and stopping every daemon that
// serves an export, also one that never came up.
//
// The daemon detaches once its export serves (--daemonize). From then on it outlives a killed run
// on purpose: ntfs-3g and dislocker above it must still flush through it when the next start
// releases the stack in order (DiskMount::cleanStaleMounts). While it starts it is ours: a start
// that fails or hangs is stopped (stop() finds it by its command line, it has no pid file yet). If
// we die meanwhile, its waiting parent dies with us (ExternalCommand: PR_SET_PDEATHSIG) and a daemon
// that then comes up exits, as it cannot report to that parent; one that hangs for good (QEMU has
// its own session by then) is killed by the next start, found the same way. The hangs we know of
// (a looping backing chain) never get that far: VmChain refuses them from the headers.

#include "domain/report.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ra {

class VmChain;

class VmDaemon {
    Q_DECLARE_TR_FUNCTIONS(VmDaemon)

public:
    static constexpr int StopTimeoutMs = 60000;  // a serving daemon flushes the image on SIGTERM
    static constexpr int StartGraceMs = 3000;    // one that never came up has nothing to flush

    static QString program() { return QStringLiteral("qemu-storage-daemon"); }

    // The daemon's --blockdev arguments for the chain, base first (a node is defined before it is
    // referred to); the top's format node is "disk". Each format node names its file node, its
    // data file node ("data-file") and the next link ("backing"), and the base says "backing":
    // null, so QEMU follows no name in a header by itself. Only the top is writable.
    static QStringList blockdevArguments(const VmChain &chain, bool writable, bool forceShare);
    // The top of the chain for qemu-img as one "json:" name with the same pins ("backing": null:
    // qemu-img info needs the top only).
    static QString pinnedTop(const VmChain &chain);
    // QEMU's --blockdev/--export values as JSON: no escaping of commas in paths.
    static QString json(const QJsonObject &o);

    static qint64 readPidFile(const QString &path);
    // Stops every daemon serving rawFile, pid or found by its command line (SIGTERM; SIGKILL after
    // graceMs), unmounts the export QEMU leaves behind and removes the file.
    static Status stop(qint64 pid, const QString &rawFile, ReportNode &node, int graceMs = StopTimeoutMs);
};

}  // namespace ra
