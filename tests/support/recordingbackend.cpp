// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordingbackend.h"

namespace ra::test {

namespace {
class RecordingMount : public Mount {
public:
    RecordingMount(QString root, bool readOnly, QString reason)
        : m_root(std::move(root)), m_readOnly(readOnly), m_reason(std::move(reason)) {}
    QString root() const override { return m_root; }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override { return m_reason; }
    Status close(Report &) override { return {}; }

private:
    QString m_root;
    bool m_readOnly;
    QString m_reason;
};
}  // namespace

Result<QList<VolumeInfo>> RecordingBackend::scan(const QStringList &targets)
{
    QList<VolumeInfo> volumes;
    for (const QString &t : targets) {
        if (!accepts(t))
            continue;
        VolumeInfo v;
        v.target = t;
        v.device = m_shared->image;
        v.kind = VolumeKind::Ntfs;
        v.size = qint64(1) << 30;
        volumes.append(v);
    }
    return volumes;
}

Result<std::unique_ptr<Mount>> RecordingBackend::open(const VolumeInfo &, const UnlockMaterial &, const OpenOptions &options, Report &)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->opens.append(options);
    }
    if (m_shared->onOpen)
        m_shared->onOpen(options);
    const bool writable = !options.readOnly && (!m_shared->hibernated || options.removeHiberfile);
    const QString reason = writable ? QString() : m_shared->hibernated ? QStringLiteral("hibernated") : QStringLiteral("requested");
    return std::unique_ptr<Mount>(new RecordingMount(m_shared->root, !writable, reason));
}

}  // namespace ra::test
