// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vocabulary of volumes: what a target holds (VolumeInfo, BitLockerInfo, KeyProtector) and
// how it is to be opened (UnlockMaterial, OpenOptions). Pure values; the backends that produce
// and consume them are in system/volumebackend.h.

#include "domain/keysource.h"
#include "domain/language.h"
#include "domain/protectorid.h"
#include "domain/recoverykey.h"
#include "domain/report.h"
#include "domain/result.h"
#include "domain/windowsfacts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace ra {

enum class VolumeKind { Unknown, BitLocker, Ntfs, Fat, Other, Folder };

enum class ProtectorType { RecoveryPassword, Password, Tpm, TpmAndPin, TpmAndStartupKey, TpmPinStartupKey,
                           StartupKey, ClearKey, SmartCard, Unknown };

struct KeyProtector {
    ProtectorId id;
    ProtectorType type = ProtectorType::Unknown;
    quint16 protection = 0;                     // the on-disk protection code (0x0800 = recovery password, …)
    // typeName(type), and for a kind we do not know its code: "unknown protector type 0x4000".
    QString displayName() const;
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
    // The computer Windows named in the description ("DESKTOP-NPM7RCA C: 7/4/2019"), else empty.
    QString computerName() const;
};

struct VolumeInfo {
    QString target;              // what the user named: device node, image file or folder
    QString device;              // the block device or image file that holds the volume
    QString imageFormat;         // a VM disk file (QEMU driver "qcow2", "vhdx", "vpc", "vmdk"): device is
                                 // that file and offset counts in the disk the VM sees; empty otherwise
    qint64 offset = 0;           // byte offset of the volume inside device (partitions in images)
    qint64 size = 0;             // bytes
    VolumeKind kind = VolumeKind::Unknown;
    QString label;
    QString partitionTable;      // "gpt", "dos" or empty, of the whole disk that holds it
    int partitionNumber = 0;     // 0: not a partition
    QString partitionType;       // GPT type GUID (lower case) or MBR type ("0x7"); empty if unknown
    QString mountPoint;          // where it is mounted already, if it is
    std::optional<BitLockerInfo> bitlocker;
    QString problem;             // why the volume could not be examined fully (one sentence), else empty
    bool practice = false;       // the training target
    // The installation's registry facts, when they can be read without opening anything
    // (a folder that is already a mounted Windows volume).
    std::optional<WindowsFacts> windows;

    bool isLocked() const { return kind == VolumeKind::BitLocker; }
    QString displayName() const; // "/dev/sdb3", "disk.img partition 3", folder path
    // What the volume is, in that language: "BitLocker (XTS-AES 128), 237 GB", "Folder", …
    // (the ticket's disk description; the UI's volume list starts with it).
    QString description(Language language) const;
    QJsonObject toJson() const;
};

// How to unlock: nothing (not encrypted, or a clear key), a recovery key, or a .BEK file, and
// where it came from (the export entry's claimed Key ID lets a key that opens no protector of
// this volume be reported as belonging to another drive).
struct UnlockMaterial {
    enum class Kind { None, RecoveryPassword, StartupKeyFile };
    Kind kind = Kind::None;
    RecoveryKey recoveryKey;
    QString startupKeyFile;
    KeySource source;

    static UnlockMaterial recoveryPassword(RecoveryKey key, KeySource source = KeySource::typed());
    static UnlockMaterial startupKey(const QString &path);
};

// The volumes of one target that may hold the Windows installation, by index: every BitLocker
// volume when there is one or more (the system volume is the encrypted one), else every NTFS
// volume or folder except the ones Windows sets up beside itself: the Recovery partition (GPT
// type de94bba4-…, MBR type 0x27) and the "System Reserved" boot partition of BIOS installs.
// One index: that is the volume. Several: the user chooses (the CLI asks for --partition).
QList<int> windowsCandidates(const QList<VolumeInfo> &volumes);

struct OpenOptions {
    bool removeHiberfile = false;  // only with the user's explicit yes (ntfs-3g remove_hiberfile)
    bool readOnly = false;         // scan only: mount read-only
};

}  // namespace ra
