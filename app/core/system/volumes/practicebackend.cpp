// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/practicebackend.h"

#include "system/appdirs.h"

#include <QDir>
#include <QFile>

namespace ra {

namespace {
class PracticeMount : public Mount {
public:
    explicit PracticeMount(QString root) : m_root(std::move(root)) {}
    QString root() const override { return m_root; }
    bool isReadOnly() const override { return false; }
    ProtectorId usedProtector() const override { return PracticeBackend::keyId(); }
    Status close(Report &report) override
    {
        report.addChild(PracticeBackend::tr("Lock the practice volume")).finish(ReportNode::State::Ok);
        return {};
    }

private:
    QString m_root;
};

struct PracticeFile {
    const char *name;
    QDateTime written;
};
}  // namespace

QString PracticeBackend::target()
{
    return QStringLiteral("practice:");
}

QString PracticeBackend::keyText()
{
    // Every group is a multiple of 11 below 720896, like a real key, and easy to read aloud.
    return QStringLiteral("121121-242242-363363-484484-605605-010010-131131-252252");
}

ProtectorId PracticeBackend::keyId()
{
    return *ProtectorId::parse(QStringLiteral("ACE0FBA5-0291-4000-8000-000000000291"));
}

PracticeBackend::PracticeBackend(QString folder)
    : m_folder(folder.isEmpty() ? AppDirs::dataDir() + QStringLiteral("/practice") : std::move(folder))
{
}

bool PracticeBackend::accepts(const QString &target) const
{
    return target == PracticeBackend::target();
}

Status PracticeBackend::plantTree() const
{
    QDir(m_folder).removeRecursively();
    const QString dir = m_folder + QStringLiteral("/Windows/System32/drivers/CrowdStrike");
    if (!AppDirs::makePrivateDir(m_folder) || !QDir().mkpath(dir) || !QDir().mkpath(m_folder + QStringLiteral("/Windows/System32/config")))
        return makeError(ErrorKind::Failed, tr("The practice volume cannot be created."), m_folder);
    const QByteArray header = QByteArray::fromHex("AAAAAAAA01002301");
    const PracticeFile files[] = {
        {"C-00000291-00000000-00000032.sys", QDateTime(QDate(2024, 7, 19), QTime(4, 9, 0), Qt::UTC)},
        {"C-00000291-00000000-00000030.sys", QDateTime(QDate(2024, 7, 19), QTime(5, 27, 0), Qt::UTC)},
        {"C-00000285-00000000-00000002.sys", QDateTime(QDate(2024, 7, 18), QTime(22, 0, 0), Qt::UTC)},
    };
    for (const PracticeFile &f : files) {
        QFile file(dir + u'/' + QLatin1String(f.name));
        // Each file its own contents, as real channel files differ (and so do their SHA-256s).
        const QByteArray name(f.name);
        const QByteArray body = header + name + QByteArray(4088 - name.size(), char(name.at(name.size() - 5)));
        // flush() before setFileTime(): a buffered write at close() would bump the time again.
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.flush()
            || !file.setFileTime(f.written, QFileDevice::FileModificationTime))
            return makeError(ErrorKind::Failed, tr("The practice volume cannot be created."), file.fileName());
    }
    return {};
}

Result<QList<VolumeInfo>> PracticeBackend::scan(const QStringList &targets)
{
    if (!targets.isEmpty() && !targets.contains(target()))
        return QList<VolumeInfo>{};
    if (targets.isEmpty())
        return QList<VolumeInfo>{};  // the practice volume appears only when asked for
    if (auto planted = plantTree(); !planted)
        return planted.error();
    VolumeInfo v;
    v.target = target();
    v.device = m_folder;
    v.kind = VolumeKind::BitLocker;
    v.size = 64LL * 1024 * 1024 * 1024;
    v.label = tr("Practice volume");
    v.practice = true;
    BitLockerInfo b;
    b.version = 2;
    b.encryptionMethod = QStringLiteral("XTS-AES 128");
    b.description = QStringLiteral("PRACTICE-PC C: 7/19/2024");  // as Windows writes it
    b.protectors = {{keyId(), ProtectorType::RecoveryPassword},
                    {*ProtectorId::parse(QStringLiteral("0B5E55ED-0291-4000-8000-000000000001")), ProtectorType::Tpm}};
    v.bitlocker = b;
    return QList<VolumeInfo>{v};
}

Result<std::unique_ptr<Mount>> PracticeBackend::open(const VolumeInfo &, const UnlockMaterial &material,
                                                           const OpenOptions &, Report &report)
{
    ReportNode &node = report.addChild(tr("Unlock the practice volume"));
    if (material.kind != UnlockMaterial::Kind::RecoveryPassword) {
        node.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::KeyRejected, tr("The practice volume opens only with the practice recovery key."));
    }
    const ProtectorId &claimed = material.source.claimedKeyId;
    if (!claimed.isNull() && claimed.shortId() != keyId().shortId()) {
        node.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::KeyRejected, keyOfAnotherDriveSentence(claimed, {keyId()}));
    }
    const auto practiceKey = RecoveryKey::parse(keyText());
    if (material.recoveryKey != practiceKey.value()) {
        node.finish(ReportNode::State::Failed);
        return makeError(ErrorKind::KeyRejected,
                         tr("This recovery key does not unlock this drive. Check that the Key ID matches, then try again."));
    }
    node.finish(ReportNode::State::Ok);
    return std::unique_ptr<Mount>(new PracticeMount(m_folder));
}

}  // namespace ra
