// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The opened stack of one volume (VM disk export → loop device → BitLocker layer → NTFS mount)
// as one RAII object. close() and the destructor undo it in order — NTFS first, then the
// BitLocker layer, then the loop device, then QEMU's export of a VM disk file — whether opening
// succeeded, failed halfway, or was cancelled.
//
// Everything lives in a private session directory under AppDirs::runtimeDir()/sessions, whose
// own flock is held while the session lives. cleanStaleMounts() finds session directories whose
// lock nobody holds (the run that made them crashed) and undoes what they left mounted; it never
// touches a mount outside our runtime directory.

#include "system/disk/loopdevice.h"
#include "system/disk/mountlock.h"
#include "system/disk/ntfsmount.h"
#include "system/disk/unlocker.h"
#include "system/disk/vmimage.h"
#include "system/volumebackend.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace ra {

class DiskMount : public Mount {
    Q_DECLARE_TR_FUNCTIONS(DiskMount)

public:
    ~DiskMount() override;

    // Takes the device lock (Busy if held) and makes the private session directory.
    static Result<std::unique_ptr<DiskMount>> create(const QString &device, qint64 offset);
    // A session folder without the device lock, for reading only (listing a VM disk file's volumes).
    static Result<std::unique_ptr<DiskMount>> createForProbe();
    // Undoes what crashed runs of ours left behind; returns how many sessions were cleaned.
    static int cleanStaleMounts(ReportNode &report);
    // AppDirs::runtimeDir()/sessions
    static QString sessionsDir();

    QString directory() const { return m_dir; }
    void setVmExport(const VmExport &exported) { m_vmExport = exported; }
    void setLoopDevice(const QString &device);
    void setUnlocked(std::shared_ptr<Unlocker> unlocker, const UnlockedVolume &volume);
    void setNtfs(const NtfsMounted &ntfs);
    std::optional<QString> loopDevice() const { return m_loop; }

    QString root() const override;
    bool isReadOnly() const override;
    QString readOnlyReason() const override;
    ProtectorId usedProtector() const override;
    Status close(Report &report) override;
    bool isOpen() const { return m_ntfs.has_value() || m_unlocked.has_value() || m_loop.has_value() || m_vmExport.has_value(); }

private:
    Status makeOwnFolder();
    DiskMount() = default;
    static Status removeSessionDirectory(const QString &dir);

    QString m_dir;
    MountLock m_deviceLock;
    MountLock m_sessionLock;
    std::optional<QString> m_loop;
    std::shared_ptr<Unlocker> m_unlocker;
    std::optional<UnlockedVolume> m_unlocked;
    std::optional<NtfsMounted> m_ntfs;
    std::optional<VmExport> m_vmExport;
};

}  // namespace ra
