#pragma once
// What the system layer reports about a target and how it is opened. The workflow drives only
// these interfaces; backends: FolderBackend (an already mounted Windows folder), PracticeBackend
// (a training target shown as a locked BitLocker volume), DiskBackend (libblkid, dislocker,
// ntfs-3g: real devices and images).

#include "../domain/protectorid.h"
#include "../domain/recoverykey.h"
#include "../domain/report.h"
#include "../domain/result.h"
#include "../domain/windowsfacts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace ra {

enum class VolumeKind { Unknown, BitLocker, Ntfs, Fat, Other, Folder };

enum class ProtectorType { RecoveryPassword, Password, Tpm, TpmAndPin, TpmAndStartupKey, TpmPinStartupKey,
                           StartupKey, ClearKey, SmartCard, Unknown };

struct KeyProtector {
    ProtectorId id;
    ProtectorType type = ProtectorType::Unknown;
    static QString typeKey(ProtectorType type);  // "recovery-password", "tpm", … (JSON)
    static QString typeName(ProtectorType type); // translated
};

struct BitLockerInfo {
    int version = 0;                  // 2 for Windows 7 and later
    QString encryptionMethod;         // "XTS-AES 128", "AES-CBC 128", "AES-CBC 256 + Elephant diffuser" …
    int sectorSize = 512;
    QUuid volumeGuid;
    bool toGo = false;                // BitLocker To Go (removable drive format)
    QList<KeyProtector> protectors;
    QString description;              // set by Windows: "DESKTOP-NPM7RCA C: 7/4/2019" (computer name, drive)
    QDateTime created;                // UTC
    qint64 volumeSize = 0;            // bytes, as the metadata records it
    bool encryptOnWrite = false;      // "encrypt on write" format (Windows 11 used-space-only); dislocker
                                      // and cryptsetup cannot open it
    bool fullyEncrypted = true;       // false while encryption or decryption is in progress or paused
    int damagedMetadataCopies = 0;    // of 3; the first intact copy was used

    QList<ProtectorId> recoveryIds() const;
    bool hasClearKey() const;
};

struct VolumeInfo {
    QString target;              // what the user named: device node, image file or folder
    QString device;              // the block device or image file that holds the volume
    qint64 offset = 0;           // byte offset of the volume inside device (partitions in images)
    qint64 size = 0;             // bytes
    VolumeKind kind = VolumeKind::Unknown;
    QString label;
    QString partitionTable;      // "gpt", "dos" or empty, of the whole disk that holds it
    int partitionNumber = 0;     // 0: not a partition
    QString mountPoint;          // where it is mounted already, if it is
    std::optional<BitLockerInfo> bitlocker;
    QString problem;             // why the volume could not be examined fully (one sentence), else empty
    bool practice = false;       // the training target
    // The installation's registry facts, when they can be read without opening anything
    // (a folder that is already a mounted Windows volume).
    std::optional<WindowsFacts> windows;

    bool isLocked() const { return kind == VolumeKind::BitLocker; }
    QString displayName() const; // "/dev/sdb3", "disk.img partition 3", folder path
    QJsonObject toJson() const;
};

// How to unlock: nothing (not encrypted, or a clear key), a recovery key, or a .BEK file.
struct UnlockMaterial {
    enum class Kind { None, RecoveryPassword, StartupKeyFile };
    Kind kind = Kind::None;
    RecoveryKey recoveryKey;
    QString startupKeyFile;
    // The protector the key was filed under (escrow lookup), so that a key that opens no
    // protector of this volume can be reported as belonging to another drive. Null if unknown.
    ProtectorId claimedKeyId;
};

struct OpenOptions {
    bool removeHiberfile = false;  // only with the user's explicit yes (ntfs-3g remove_hiberfile)
    bool readOnly = false;         // scan only: mount read-only
};

// An opened volume: the root folder of its NTFS, until close(). Closing undoes every layer in
// order (NTFS first, then BitLocker); the destructor closes too, so nothing stays mounted.
class MountSession {
public:
    virtual ~MountSession() = default;
    virtual QString root() const = 0;
    virtual bool isReadOnly() const = 0;
    // Why it is read-only ("hibernated", "fast-startup", "mounted read-only", …); empty if not.
    virtual QString readOnlyReason() const { return {}; }
    // The Key ID of the protector that opened it (null if none was needed).
    virtual ProtectorId usedProtector() const { return {}; }
    virtual Status close(Report &report) = 0;
};

class VolumeBackend {
public:
    virtual ~VolumeBackend() = default;
    // Whether this backend handles the target (a folder, a device, an image file, "practice:").
    virtual bool accepts(const QString &target) const = 0;
    // The volumes of a target; with an empty list, every candidate this backend can see.
    virtual Result<QList<VolumeInfo>> scan(const QStringList &targets) = 0;
    virtual Result<std::unique_ptr<MountSession>> open(const VolumeInfo &volume, const UnlockMaterial &material,
                                                      const OpenOptions &options, Report &report) = 0;
};

}  // namespace ra
