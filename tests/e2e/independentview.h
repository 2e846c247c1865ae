// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The independent check of the e2e tests (CLI and stick): a read-only view of a BitLocker
// volume through its own dislocker (-r) and ntfs-3g (ro), and file hashes.

#include "domain/report.h"
#include "system/disk/dislockerunlocker.h"
#include "system/disk/loopdevice.h"
#include "system/disk/ntfsmount.h"

#include <QCryptographicHash>
#include <QFile>

#include <optional>

namespace ra::test {

inline QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

// A read-only view of a volume that shares nothing with the CLI run: its own process's
// dislocker (-r) and ntfs-3g (ro), its own folders, closed by the destructor.
class IndependentView {
public:
    IndependentView(const QString &image, qint64 offset, qint64 size, const UnlockMaterial &material, const QString &workDir)
    {
        QString device = image;
        if (offset > 0) {
            auto loop = LoopDevice::attach(image, offset, size, true, m_report);
            if (!loop)
                return;
            m_loop = loop.value();
            device = m_loop;
        }
        UnlockRequest request;
        request.device = device;
        request.material = material;
        request.workDir = workDir;
        request.readOnly = true;
        auto unlocked = m_unlocker.unlock(request, m_report);
        if (!unlocked)
            return;
        m_unlocked = unlocked.value();
        OpenOptions ro;
        ro.readOnly = true;
        auto mounted = NtfsMount::mount(m_unlocked->decryptedPath, workDir + QStringLiteral("/ntfs"), ro, m_report);
        if (mounted)
            m_ntfs = mounted.value();
    }
    ~IndependentView()
    {
        if (m_ntfs)
            NtfsMount::unmount(*m_ntfs, m_report);
        if (m_unlocked)
            m_unlocker.lock(*m_unlocked, m_report);
        if (!m_loop.isEmpty())
            LoopDevice::detach(m_loop, m_report);
    }
    bool isOpen() const { return m_ntfs.has_value(); }
    QString root() const { return m_ntfs ? m_ntfs->mountPoint : QString(); }
    QString reportText() const { return m_report.toText(); }

private:
    Report m_report;
    DislockerUnlocker m_unlocker;
    QString m_loop;
    std::optional<UnlockedVolume> m_unlocked;
    std::optional<NtfsMounted> m_ntfs;
};

}  // namespace ra::test
