// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/cryptsetupunlocker.h"

#include "system/disk/dislockerunlocker.h"
#include "system/disk/volumekeyderiver.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <libcryptsetup.h>

#include <cerrno>
#include <cstring>

namespace ra {

bool CryptsetupUnlocker::deviceMapperPresent()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/mapper/control")))
        return false;
    QFile misc(QStringLiteral("/proc/misc"));
    return misc.open(QIODevice::ReadOnly) && misc.readAll().contains("device-mapper");
}

Status CryptsetupUnlocker::availability() const
{
    if (!deviceMapperPresent())
        return makeError(ErrorKind::Unsupported,
                         tr("Unlocking with cryptsetup is unavailable here because this computer's kernel has no device-mapper."),
                         QStringLiteral("/dev/mapper/control or device-mapper in /proc/misc missing"));
    return {};
}

Result<UnlockedVolume> CryptsetupUnlocker::unlock(const UnlockRequest &request, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Unlock the BitLocker drive with cryptsetup"));
    auto fail = [&node](Error e) -> Result<UnlockedVolume> {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    if (Status available = availability(); !available)
        return fail(available.error());

    SecureBytes passphrase;
    ProtectorId startupKeyId;
    switch (request.material.kind) {
    case UnlockMaterial::Kind::RecoveryPassword:
        passphrase = request.material.recoveryKey.canonicalBytes();
        break;
    case UnlockMaterial::Kind::StartupKeyFile: {
        auto bek = DislockerUnlocker::readStartupKey(request.material.startupKeyFile, &startupKeyId);
        if (!bek)
            return fail(bek.error());
        passphrase = std::move(bek.value());
        break;
    }
    case UnlockMaterial::Kind::None:
        return fail(makeError(ErrorKind::Unsupported, tr("cryptsetup cannot open a BitLocker drive whose protection is suspended."),
                              QStringLiteral("clear key")));
    }

    crypt_device *cd = nullptr;
    int r = crypt_init(&cd, QFile::encodeName(request.device).constData());
    if (r >= 0)
        r = crypt_load(cd, CRYPT_BITLK, nullptr);
    UnlockedVolume result;
    result.mapperName = QStringLiteral("ra-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (r >= 0)
        r = crypt_activate_by_passphrase(cd, result.mapperName.toLatin1().constData(), CRYPT_ANY_SLOT, passphrase.data(),
                                         passphrase.size(), request.readOnly ? CRYPT_ACTIVATE_READONLY : 0);
    passphrase.wipe();
    if (cd)
        crypt_free(cd);
    if (r < 0) {
        const QString details = QStringLiteral("libcryptsetup: %1").arg(QString::fromLocal8Bit(strerror(-r)));
        if (r == -EPERM) {
            auto listed = VolumeKeyDeriver::protectors(request.device);
            return fail(DislockerUnlocker::keyRejected(request, listed ? listed.value() : QList<KeyProtector>{}, startupKeyId,
                                                       details));
        }
        return fail(makeError(ErrorKind::Failed, tr("The BitLocker drive could not be unlocked."), details));
    }
    result.decryptedPath = QStringLiteral("/dev/mapper/") + result.mapperName;
    result.usedProtector = startupKeyId;
    node.finish(ReportNode::State::Ok, result.decryptedPath);
    return result;
}

Status CryptsetupUnlocker::lock(const UnlockedVolume &volume, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Lock the BitLocker drive"));
    crypt_device *cd = nullptr;
    int r = crypt_init_by_name(&cd, volume.mapperName.toLatin1().constData());
    if (r >= 0)
        r = crypt_deactivate(cd, volume.mapperName.toLatin1().constData());
    if (cd)
        crypt_free(cd);
    if (r < 0 && r != -ENODEV) {
        const QString details = QString::fromLocal8Bit(strerror(-r));
        node.finish(ReportNode::State::Failed, details);
        return makeError(ErrorKind::Busy, tr("The BitLocker drive could not be locked again because it is still in use."), details);
    }
    node.finish(ReportNode::State::Ok);
    return {};
}

}  // namespace ra
