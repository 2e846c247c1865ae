// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/dislockerunlocker.h"
#include "system/inputfile.h"

#include "system/disk/diskerrors.h"
#include "system/externalcommand.h"
#include "system/logging.h"
#include "system/disk/mountpoints.h"
#include "system/disk/volumekeyderiver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

namespace ra {

namespace {

constexpr qint64 MaxStartupKeyFileSize = 64 * 1024;
constexpr int DislockerTimeoutMs = 120000;

// An anonymous in-memory file that holds a key for one child process to read through
// /proc/<our pid>/fd/<fd>. It has no name in any file system; close-on-exec keeps it out of
// every other child; it is overwritten and closed when this object goes away.
class SecretMemoryFile {
public:
    explicit SecretMemoryFile(const SecureBytes &content)
    {
        m_fd = memfd_create("ra-key", MFD_CLOEXEC);
        if (m_fd < 0)
            return;
        std::size_t done = 0;
        while (done < content.size()) {
            const ssize_t n = ::write(m_fd, content.data() + done, content.size() - done);
            if (n <= 0) {
                close();
                return;
            }
            done += std::size_t(n);
        }
        m_size = content.size();
    }
    ~SecretMemoryFile() { close(); }
    SecretMemoryFile(const SecretMemoryFile &) = delete;
    SecretMemoryFile &operator=(const SecretMemoryFile &) = delete;

    bool isValid() const { return m_fd >= 0; }
    QString path() const { return QStringLiteral("/proc/%1/fd/%2").arg(getpid()).arg(m_fd); }
    void close()
    {
        if (m_fd < 0)
            return;
        SecureBytes zeros(m_size);
        (void)!::pwrite(m_fd, zeros.data(), zeros.size(), 0);
        (void)!::ftruncate(m_fd, 0);
        ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    std::size_t m_size = 0;
};

QList<KeyProtector> protectorsOf(const UnlockRequest &request)
{
    if (request.info && !request.info->protectors.isEmpty())
        return request.info->protectors;
    auto listed = VolumeKeyDeriver::protectors(request.device);
    return listed ? listed.value() : QList<KeyProtector>{};
}

QStringList shortIds(const QList<KeyProtector> &protectors, ProtectorType type)
{
    QStringList ids;
    for (const KeyProtector &p : protectors)
        if (p.type == type)
            ids.append(p.id.shortId());
    return ids;
}

ProtectorId findProtector(const QList<KeyProtector> &protectors, ProtectorType type)
{
    QList<ProtectorId> matches;
    for (const KeyProtector &p : protectors)
        if (p.type == type)
            matches.append(p.id);
    return matches.size() == 1 ? matches.first() : ProtectorId();
}

Error dislockerError(const UnlockRequest &request, const QString &output)
{
    if (!QFileInfo::exists(request.device))
        return DiskErrors::deviceGone(output);
    if (output.contains(QStringLiteral("Cannot parse volume header")))
        return makeError(ErrorKind::Unsupported,
                         DislockerUnlocker::tr("This BitLocker drive uses a layout that cannot be opened here (for example, encryption that Windows had not finished); repair it on a Windows computer instead."),
                         output);
    if (output.contains(QStringLiteral("/dev/fuse")) || output.contains(QStringLiteral("fuse: device not found")))
        return makeError(ErrorKind::Unsupported,
                         DislockerUnlocker::tr("This computer cannot open BitLocker drives because FUSE (/dev/fuse) is not available."),
                         output);
    if (output.contains(QStringLiteral("Permission denied")) || output.contains(QStringLiteral("Operation not permitted")))
        return makeError(ErrorKind::NeedsAdmin,
                         DislockerUnlocker::tr("Unlocking a BitLocker drive needs administrator rights."), output);
    if (output.contains(QStringLiteral("Input/output error")) || output.contains(QStringLiteral("No such device")))
        return makeError(ErrorKind::DeviceGone,
                         DislockerUnlocker::tr("The drive stopped answering while it was being unlocked; check its cable and connect it again."),
                         output);
    return makeError(ErrorKind::Failed, DislockerUnlocker::tr("The BitLocker drive could not be unlocked."), output);
}

}  // namespace

Status DislockerUnlocker::availability() const
{
    if (ExternalCommand::findTool(QStringLiteral("dislocker")).isEmpty())
        return ExternalCommand::toolMissing(QStringLiteral("dislocker"));
    if (!QFileInfo::exists(QStringLiteral("/dev/fuse")))
        return makeError(ErrorKind::Unsupported,
                         tr("This computer cannot open BitLocker drives because FUSE (/dev/fuse) is not available."),
                         QStringLiteral("/dev/fuse missing"));
    return {};
}

Result<SecureBytes> DislockerUnlocker::readStartupKey(const QString &path, ProtectorId *startupKeyId)
{
    // A regular file only: a FIFO or a device never blocks or grows here (system/inputfile.h).
    auto file = InputFile::open(path, InputFile::Kind::StartupKey);
    if (!file)
        return file.error();
    if (file->size() < 0x20 || file->size() > MaxStartupKeyFileSize)
        return makeError(ErrorKind::BadInput, tr("This file is not a BitLocker startup key (.BEK) file."),
                         QStringLiteral("%1: %2 bytes").arg(path).arg(file->size()));
    SecureBytes bytes(std::size_t(file->size()));
    if (auto n = file->read(bytes.data(), file->size()); !n || *n != file->size())
        return makeError(ErrorKind::BadInput, tr("The startup key file could not be read."), path);
    // FVE metadata header: the protector GUID (little-endian fields) at offset 16.
    const auto *b = reinterpret_cast<const uchar *>(bytes.data()) + 16;
    const QUuid id(uint(b[0] | b[1] << 8 | b[2] << 16 | uint(b[3]) << 24), ushort(b[4] | b[5] << 8),
                   ushort(b[6] | b[7] << 8), b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    if (startupKeyId)
        *startupKeyId = ProtectorId(id);
    return bytes;
}

Error DislockerUnlocker::keyRejected(const UnlockRequest &request, const QList<KeyProtector> &protectors,
                                     const ProtectorId &startupKeyId, const QString &details)
{
    const QStringList recoveryIds = shortIds(protectors, ProtectorType::RecoveryPassword);
    switch (request.material.kind) {
    case UnlockMaterial::Kind::StartupKeyFile: {
        bool known = false;
        for (const KeyProtector &p : protectors)
            known = known || p.id == startupKeyId;
        if (!startupKeyId.isNull() && !known)
            return makeError(ErrorKind::KeyRejected,
                             tr("This startup key file does not belong to this drive: its Key ID is %1, and the drive has no key protector with that ID.")
                                 .arg(startupKeyId.shortId()),
                             details);
        return makeError(ErrorKind::KeyRejected, tr("The startup key file does not open this drive; it may be damaged."), details);
    }
    case UnlockMaterial::Kind::RecoveryPassword: {
        const ProtectorId &claimed = request.material.source.claimedKeyId;
        bool claimedIsHere = false;
        QList<ProtectorId> driveIds;
        for (const KeyProtector &p : protectors) {
            claimedIsHere = claimedIsHere || (!claimed.isNull() && p.id.shortId() == claimed.shortId());
            if (p.type == ProtectorType::RecoveryPassword)
                driveIds.append(p.id);
        }
        if (!claimed.isNull() && !claimedIsHere)
            return makeError(ErrorKind::KeyRejected, keyOfAnotherDriveSentence(claimed, driveIds), details);
        if (!recoveryIds.isEmpty())
            return makeError(ErrorKind::KeyRejected,
                             tr("This recovery key does not open this drive; use the key whose Key ID is %1 and check it for typing errors.")
                                 .arg(recoveryIds.join(tr(" or "))),
                             details);
        return makeError(ErrorKind::KeyRejected, tr("This recovery key does not open this drive."), details);
    }
    case UnlockMaterial::Kind::None:
        break;
    }
    if (!recoveryIds.isEmpty())
        return makeError(ErrorKind::KeyRejected,
                         tr("This drive is locked with BitLocker and needs its recovery key (Key ID %1).")
                             .arg(recoveryIds.join(tr(" or "))),
                         details);
    return makeError(ErrorKind::KeyRejected, tr("This drive is locked with BitLocker and needs a key to open it."), details);
}

Result<UnlockedVolume> DislockerUnlocker::unlock(const UnlockRequest &request, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Unlock the BitLocker drive with dislocker"));
    auto fail = [&node](Error e) -> Result<UnlockedVolume> {
        node.finish(ReportNode::State::Failed, e.details);
        return e;
    };
    if (Status available = availability(); !available)
        return fail(available.error());
    if (!QFileInfo::exists(request.device))
        return fail(DiskErrors::deviceGone(request.device));

    UnlockedVolume result;
    result.mountPoint = request.workDir + QStringLiteral("/bitlocker");
    if (!QDir().mkpath(result.mountPoint))
        return fail(DiskErrors::privateFolder(result.mountPoint));

    QStringList args{QStringLiteral("-V"), request.device};
    std::unique_ptr<SecretMemoryFile> keyFile;
    const QList<KeyProtector> protectors = protectorsOf(request);
    // A suspended volume (clear key) opens without any key, whatever the technician gave.
    const bool clearKey = !findProtector(protectors, ProtectorType::ClearKey).isNull();
    if (request.material.kind == UnlockMaterial::Kind::None || clearKey) {
        args << QStringLiteral("-c");
    } else {
        SecureBytes passphrase;
        ProtectorId startupKeyId;
        if (request.material.kind == UnlockMaterial::Kind::RecoveryPassword) {
            if (request.material.recoveryKey.isEmpty())
                return fail(makeError(ErrorKind::BadInput, tr("No valid recovery key was given."), {}));
            passphrase = request.material.recoveryKey.canonicalBytes();
        } else {
            auto bek = readStartupKey(request.material.startupKeyFile, &startupKeyId);
            if (!bek)
                return fail(bek.error());
            passphrase = std::move(bek.value());
            result.usedProtector = startupKeyId;
        }
        QList<ProtectorId> candidates;
        if (request.material.kind == UnlockMaterial::Kind::RecoveryPassword) {
            // The protector the key was filed under first: usually the only stretching needed.
            for (const KeyProtector &p : protectors)
                if (p.type == ProtectorType::RecoveryPassword)
                    candidates.insert(p.id.shortId() == request.material.source.claimedKeyId.shortId() ? 0 : candidates.size(),
                                      p.id);
        }
        auto derived = VolumeKeyDeriver::derive(request.device, passphrase, candidates, node);
        if (derived && !derived->protector.isNull())
            result.usedProtector = derived->protector;
        else if (derived && request.material.kind == UnlockMaterial::Kind::RecoveryPassword)
            result.usedProtector = findProtector(protectors, ProtectorType::RecoveryPassword);  // the only one, if so
        passphrase.wipe();
        if (!derived) {
            if (derived.error().kind == ErrorKind::KeyRejected)
                return fail(keyRejected(request, protectors, startupKeyId, derived.error().details));
            return fail(derived.error());
        }
        auto fvek = derived->dislockerFvekFile();
        if (!fvek)
            return fail(fvek.error());
        keyFile = std::make_unique<SecretMemoryFile>(fvek.value());
        if (!keyFile->isValid())
            return fail(makeError(ErrorKind::Failed, tr("The key could not be handed to dislocker safely."),
                                  QStringLiteral("memfd_create failed")));
        args << QStringLiteral("-k") << keyFile->path();
    }
    if (request.readOnly)
        args << QStringLiteral("-r");
    args << QStringLiteral("--") << result.mountPoint;

    ExternalCommand dislocker(QStringLiteral("dislocker"), args);
    dislocker.setTimeout(DislockerTimeoutMs);
    auto ran = dislocker.run(node);
    keyFile.reset();  // dislocker has read the key before it mounted (or failed): wipe it now
    if (!ran)
        return fail(ran.error());
    const QString output = ran->text();
    if (ran->exitCode != 0) {
        if (output.contains(QStringLiteral("None of the provided decryption mean")))
            return fail(keyRejected(request, protectors, {}, output));
        return fail(dislockerError(request, output));
    }
    result.decryptedPath = result.mountPoint + QStringLiteral("/dislocker-file");
    result.daemonPid = MountPoints::fuseDaemonPid(QStringLiteral("dislocker"), result.mountPoint);
    if (!QFileInfo::exists(result.decryptedPath)) {
        lock(result, node);
        return fail(dislockerError(request, output));
    }
    if (request.material.kind == UnlockMaterial::Kind::None || clearKey)
        result.usedProtector = findProtector(protectors, ProtectorType::ClearKey);
    node.finish(ReportNode::State::Ok, result.usedProtector.isNull()
                                           ? QString()
                                           : QStringLiteral("protector %1").arg(result.usedProtector.toString()));
    return result;
}

Status DislockerUnlocker::lock(const UnlockedVolume &volume, ReportNode &report)
{
    ReportNode &node = report.addChild(tr("Lock the BitLocker drive"));
    Status s = MountPoints::unmount(volume.mountPoint, volume.daemonPid, node);
    node.finish(s ? ReportNode::State::Ok : ReportNode::State::Failed, s ? QString() : s.error().details);
    if (s)
        QDir().rmdir(volume.mountPoint);
    return s;
}

}  // namespace ra
