// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An exclusive, system-wide lock per device or image file (flock on a file under
// /run/recovery-assistant/locks, named by the device's identity, not its path), so two
// sessions, in this process or another, under any user's runtime folder, never open the same
// drive at once. Released when the object goes away, and by the kernel if the process dies.

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace ra {

class MountLock {
    Q_DECLARE_TR_FUNCTIONS(MountLock)

public:
    MountLock() = default;
    ~MountLock() { release(); }
    MountLock(MountLock &&other) noexcept;
    MountLock &operator=(MountLock &&other) noexcept;
    MountLock(const MountLock &) = delete;
    MountLock &operator=(const MountLock &) = delete;

    // Busy when another session holds the volume.
    static Result<MountLock> acquire(const QString &device, qint64 offset);
    // Locks an arbitrary file (a session directory's own lock); false if held elsewhere.
    static bool tryLockFile(const QString &path, MountLock *lock);

    // Where the system-wide locks live (root: /run/recovery-assistant).
    static QString systemLockBase();

    bool isHeld() const { return m_fd >= 0; }
    void release();

private:
    int m_fd = -1;
};

}  // namespace ra
