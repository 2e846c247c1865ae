// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A volume backend for the guard tests of every route (kpmcore's dummy plugin): a target
// "recording:NAME" is one NTFS volume whose files are a real folder (root) and whose "image file"
// is a real file (image): the session's identity guard stats it, so a test can delete or replace
// it between the plan and the write. Every open is recorded with its options, so a test asserts
// that nothing was opened to write before the confirmation. hibernated: the volume opens
// read-only (reason "hibernated") unless it is opened to write with removeHiberfile.

#include "system/volumebackend.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <functional>

namespace ra::test {

class RecordingBackend : public VolumeBackend {
public:
    struct Shared {
        QString root;        // the volume's files
        QString image;       // the file that "holds" the volume (stat'ed by the identity guard)
        bool hibernated = false;
        QMutex mutex;
        QList<OpenOptions> opens;  // every open, in order
        // Called at each open, before the mount is returned (a test's fault: replace the image…).
        std::function<void(const OpenOptions &)> onOpen;
        int writeOpens()
        {
            QMutexLocker lock(&mutex);
            int n = 0;
            for (const OpenOptions &o : opens)
                n += !o.readOnly;
            return n;
        }
    };

    explicit RecordingBackend(Shared *shared) : m_shared(shared) {}
    static QString target(const QString &name = QStringLiteral("disk")) { return QStringLiteral("recording:") + name; }

    bool accepts(const QString &target) const override { return target.startsWith(QLatin1String("recording:")); }
    Result<QList<VolumeInfo>> scan(const QStringList &targets) override;
    Result<std::unique_ptr<Mount>> open(const VolumeInfo &volume, const UnlockMaterial &material, const OpenOptions &options,
                                        Report &report) override;

private:
    Shared *m_shared;
};

}  // namespace ra::test
