// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/mounttable.h"

#include <QFile>
#include <QFileInfo>

#include <sys/sysmacros.h>

namespace ra {

namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescape(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && field[i + 1] >= '0' && field[i + 1] <= '3'
            && field[i + 2] >= '0' && field[i + 2] <= '7' && field[i + 3] >= '0' && field[i + 3] <= '7') {
            out.append(char((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0')));
            i += 3;
        } else {
            out.append(field[i]);
        }
    }
    return QFile::decodeName(out);
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? path : c;
}

}  // namespace

MountTable MountTable::read(const QString &path)
{
    QFile file(path.isEmpty() ? QStringLiteral("/proc/self/mountinfo") : path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

MountTable MountTable::parse(const QByteArray &mountinfo)
{
    // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
    MountTable table;
    for (const QByteArray &line : mountinfo.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 6 || dash < 6 || dash + 3 > fields.size())
            continue;
        const QList<QByteArray> numbers = fields[2].split(':');
        bool majorOk = false;
        bool minorOk = false;
        const uint maj = numbers.value(0).toUInt(&majorOk);
        const uint min = numbers.value(1).toUInt(&minorOk);
        if (numbers.size() != 2 || !majorOk || !minorOk)
            continue;
        Entry entry;
        entry.device = makedev(maj, min);
        entry.mountPoint = unescape(fields[4]);
        entry.fsType = unescape(fields[dash + 1]);
        entry.source = unescape(fields[dash + 2]);
        for (const QByteArray &o : fields[5].split(',') + (dash + 3 < fields.size() ? fields[dash + 3].split(',') : QList<QByteArray>()))
            entry.options.append(QString::fromUtf8(o));
        table.m_entries.append(entry);
    }
    return table;
}

const MountTable::Entry *MountTable::findDevice(const QString &devicePath, dev_t device) const
{
    const QString wanted = devicePath.isEmpty() ? QString() : canonical(devicePath);
    for (const Entry &e : m_entries) {
        if ((device != 0 && major(e.device) != 0 && e.device == device)
            || (!wanted.isEmpty() && e.source.startsWith(u'/') && canonical(e.source) == wanted))
            return &e;
    }
    return nullptr;
}

const MountTable::Entry *MountTable::findMountPoint(const QString &mountPoint) const
{
    // The last mount on a path is the one visible there.
    const QString wanted = canonical(mountPoint);
    const Entry *found = nullptr;
    for (const Entry &e : m_entries)
        if (e.mountPoint == wanted)
            found = &e;
    return found;
}

}  // namespace ra
