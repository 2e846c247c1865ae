// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/vmdaemon.h"

#include "system/disk/mountpoints.h"
#include "system/disk/vmchain.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <csignal>

namespace ra {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(65536) : QByteArray();
}

bool processAlive(qint64 pid)
{
    const QByteArray line = readSmall(QStringLiteral("/proc/%1/stat").arg(pid));
    const int close = line.lastIndexOf(')');
    return pid > 0 && close > 0 && line.size() > close + 2 && line[close + 2] != 'Z';
}

// pid is a qemu-storage-daemon serving rawFile (never signal a process that merely reused the pid).
bool isOurDaemon(qint64 pid, const QString &rawFile)
{
    if (pid <= 0)
        return false;
    const QList<QByteArray> argv = readSmall(QStringLiteral("/proc/%1/cmdline").arg(pid)).split('\0');
    if (argv.isEmpty() || QFileInfo(QFile::decodeName(argv.first())).fileName() != VmDaemon::program())
        return false;
    const QByteArray wanted = QFile::encodeName(rawFile);
    for (const QByteArray &arg : argv)
        if (arg.contains(wanted))
            return true;
    return false;
}

// Every qemu-storage-daemon serving rawFile (by its command line), also one that never wrote its
// pid file: a daemon stuck while it starts is found as well as one that serves.
QList<qint64> daemonsServing(const QString &rawFile)
{
    QList<qint64> found;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && pid != ::getpid() && isOurDaemon(pid, rawFile) && processAlive(pid))
            found << pid;
    }
    return found;
}

// The file node of one file of the chain (QEMU's "file" driver; pinned by its resolved path).
QJsonObject fileNode(const QString &name, const QString &path, bool readOnly, bool forceShare)
{
    QJsonObject o{{QStringLiteral("driver"), QStringLiteral("file")},
                  {QStringLiteral("filename"), path},
                  {QStringLiteral("read-only"), readOnly}};
    if (!name.isEmpty())
        o.insert(QStringLiteral("node-name"), name);
    if (forceShare)
        o.insert(QStringLiteral("force-share"), true);
    return o;
}

// The formats whose QEMU options take "backing" (the others have no backing file in QEMU).
bool takesBacking(const QString &format)
{
    return format == QLatin1String("qcow2") || format == QLatin1String("vmdk");
}

}  // namespace

QString VmDaemon::json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 VmDaemon::readPidFile(const QString &path)
{
    return readSmall(path).trimmed().toLongLong();
}

QStringList VmDaemon::blockdevArguments(const VmChain &chain, bool writable, bool forceShare)
{
    QStringList args;
    const auto &links = chain.links();
    for (qsizetype i = links.size() - 1; i >= 0; --i) {
        const VmChainLink &link = links.at(i);
        const bool readOnly = i > 0 || !writable;
        const bool share = forceShare && readOnly;
        const QString file = QStringLiteral("file%1").arg(i);
        args << QStringLiteral("--blockdev") << json(fileNode(file, link.path, readOnly, share));
        QJsonObject node{{QStringLiteral("driver"), link.format},
                         {QStringLiteral("node-name"), i == 0 ? QStringLiteral("disk") : QStringLiteral("layer%1").arg(i)},
                         {QStringLiteral("file"), file},
                         {QStringLiteral("read-only"), readOnly}};
        if (!link.dataFile.isEmpty()) {
            const QString data = QStringLiteral("data%1").arg(i);
            args << QStringLiteral("--blockdev") << json(fileNode(data, link.dataFile, readOnly, share));
            node.insert(QStringLiteral("data-file"), data);
        }
        if (takesBacking(link.format))
            node.insert(QStringLiteral("backing"), i + 1 < links.size() ? QJsonValue(QStringLiteral("layer%1").arg(i + 1)) : QJsonValue());
        if (share)
            node.insert(QStringLiteral("force-share"), true);
        args << QStringLiteral("--blockdev") << json(node);
    }
    return args;
}

QString VmDaemon::pinnedTop(const VmChain &chain)
{
    const VmChainLink &top = chain.top();
    QJsonObject o{{QStringLiteral("driver"), top.format}, {QStringLiteral("file"), fileNode({}, top.path, true, false)}};
    if (!top.dataFile.isEmpty())
        o.insert(QStringLiteral("data-file"), fileNode({}, top.dataFile, true, false));
    if (takesBacking(top.format))
        o.insert(QStringLiteral("backing"), QJsonValue());
    return QStringLiteral("json:") + json(o);
}

Status VmDaemon::stop(qint64 pid, const QString &rawFile, ReportNode &node, int graceMs)
{
    QList<qint64> pids = daemonsServing(rawFile);
    if (isOurDaemon(pid, rawFile) && !pids.contains(pid))
        pids << pid;
    for (const qint64 p : pids)
        ::kill(pid_t(p), SIGTERM);
    auto anyAlive = [&pids] { return std::any_of(pids.cbegin(), pids.cend(), [](qint64 p) { return processAlive(p); }); };
    QDeadlineTimer deadline(graceMs);
    while (anyAlive() && !deadline.hasExpired())
        QThread::msleep(5);
    for (const qint64 p : pids) {
        if (!processAlive(p))
            continue;
        node.addChild(tr("Stop QEMU's storage daemon"))
            .finish(ReportNode::State::Warning, QStringLiteral("pid %1 did not stop on SIGTERM; killed").arg(p));
        ::kill(pid_t(p), SIGKILL);
    }
    QDeadlineTimer killed(5000);
    while (anyAlive() && !killed.hasExpired())
        QThread::msleep(5);
    // QEMU leaves its FUSE mount behind when it stops; it answers nothing any more and unmounts at once.
    if (MountPoints::isMounted(rawFile)) {
        if (Status s = MountPoints::unmount(rawFile, 0, node); !s)
            return s;
    }
    QFile::remove(rawFile);
    return {};
}

}  // namespace ra
