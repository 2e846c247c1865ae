// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The mounts this process sees, from /proc/self/mountinfo (never from mtab, lsblk or udev).
// A block device matches a mount by its device number (kernel file systems) or by the source
// path (FUSE file systems such as ntfs-3g report 0:N and name the device as source).

#include <QList>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace ra {

class MountTable {
public:
    struct Entry {
        dev_t device = 0;         // major:minor as the kernel reports it
        QString mountPoint;       // unescaped
        QString fsType;           // "ntfs", "fuseblk", "fuse.dislocker", …
        QString source;           // "/dev/sdb1", "dislocker", …
        QStringList options;      // per-mount and per-superblock options ("ro", "rw", …)
        bool isReadOnly() const { return options.contains(QStringLiteral("ro")); }
    };

    // path: a mountinfo file (tests); empty: /proc/self/mountinfo.
    static MountTable read(const QString &path = {});
    // Parses mountinfo text; malformed lines are skipped.
    static MountTable parse(const QByteArray &mountinfo);

    const QList<Entry> &entries() const { return m_entries; }
    // The first mount of a block device (by device number, or by canonical source path).
    const Entry *findDevice(const QString &devicePath, dev_t device) const;
    const Entry *findMountPoint(const QString &mountPoint) const;

private:
    QList<Entry> m_entries;
};

}  // namespace ra
