// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/volumeprobe.h"

#include "system/disk/bitlockermetadata.h"
#include "system/disk/blockfile.h"
#include "system/logging.h"
#include "system/disk/mounttable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <blkid/blkid.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace ra {

namespace {

constexpr qint64 BlkidSector = 512;  // libblkid reports partition start and size in 512-byte units

struct ProbeDeleter {
    void operator()(blkid_struct_probe *probe) const { blkid_free_probe(probe); }
};
using ProbePtr = std::unique_ptr<blkid_struct_probe, ProbeDeleter>;

struct Region {
    qint64 offset = 0;
    qint64 size = 0;
    int number = 0;
    QString type;  // GPT type GUID (lower case) or MBR type ("0x7")
};

struct Layout {
    QString table;  // "gpt", "dos" or empty
    QList<Region> partitions;
};

struct Signature {
    QString type;  // libblkid TYPE: "BitLocker", "ntfs", "vfat", …
    QString label;
    QString table;  // PART_ENTRY_SCHEME of a partition device
    int number = 0; // PART_ENTRY_NUMBER of a partition device
    QString partitionType;  // PART_ENTRY_TYPE (GPT type GUID or MBR "0x7")
};

QString lookup(blkid_probe probe, const char *name)
{
    const char *data = nullptr;
    size_t length = 0;
    if (blkid_probe_lookup_value(probe, name, &data, &length) != 0 || !data)
        return {};
    return QString::fromUtf8(data, qsizetype(qstrnlen(data, length)));
}

VolumeKind kindOf(const QString &type)
{
    if (type.isEmpty())
        return VolumeKind::Unknown;
    if (type == QLatin1String("BitLocker"))
        return VolumeKind::BitLocker;
    if (type == QLatin1String("ntfs"))
        return VolumeKind::Ntfs;
    if (type == QLatin1String("vfat") || type == QLatin1String("exfat") || type == QLatin1String("msdos"))
        return VolumeKind::Fat;
    return VolumeKind::Other;
}

// The file system or BitLocker signature of a region of fd. withEntry: also the partition
// table entry of a partition device (libblkid finds its whole disk through sysfs).
Signature probeSignature(int fd, qint64 offset, qint64 size, bool withEntry)
{
    Signature signature;
    ProbePtr probe(blkid_new_probe());
    if (!probe || blkid_probe_set_device(probe.get(), fd, offset, size) != 0)
        return signature;
    blkid_probe_enable_superblocks(probe.get(), 1);
    blkid_probe_set_superblocks_flags(probe.get(), BLKID_SUBLKS_TYPE | BLKID_SUBLKS_LABEL | BLKID_SUBLKS_USAGE);
    blkid_probe_enable_partitions(probe.get(), withEntry ? 1 : 0);
    if (withEntry)
        blkid_probe_set_partitions_flags(probe.get(), BLKID_PARTS_ENTRY_DETAILS);
    if (blkid_do_safeprobe(probe.get()) != 0)
        return signature;
    signature.type = lookup(probe.get(), "TYPE");
    signature.label = lookup(probe.get(), "LABEL");
    signature.table = lookup(probe.get(), "PART_ENTRY_SCHEME");
    signature.number = lookup(probe.get(), "PART_ENTRY_NUMBER").toInt();
    signature.partitionType = lookup(probe.get(), "PART_ENTRY_TYPE").toLower();
    return signature;
}

// The partition table of a whole disk or disk image. Image files have no sector size of
// their own: 512 is tried first, then 4096 (4Kn disks).
Layout probeLayout(int fd, bool isFile)
{
    Layout layout;
    for (const unsigned sectorSize : {512u, 4096u}) {
        ProbePtr probe(blkid_new_probe());
        if (!probe || blkid_probe_set_device(probe.get(), fd, 0, 0) != 0)
            return layout;
        if (isFile)
            blkid_probe_set_sectorsize(probe.get(), sectorSize);
        blkid_probe_enable_superblocks(probe.get(), 0);
        blkid_probe_enable_partitions(probe.get(), 1);
        blkid_partlist list = blkid_probe_get_partitions(probe.get());
        const int count = list ? blkid_partlist_numof_partitions(list) : 0;
        if (count > 0) {
            if (blkid_parttable table = blkid_partlist_get_table(list))
                layout.table = QString::fromUtf8(blkid_parttable_get_type(table));
            for (int i = 0; i < count; ++i) {
                blkid_partition partition = blkid_partlist_get_partition(list, i);
                if (!partition || blkid_partition_is_extended(partition))
                    continue;
                const char *typeString = blkid_partition_get_type_string(partition);
                const QString type = typeString ? QString::fromUtf8(typeString).toLower()
                                                : QStringLiteral("0x%1").arg(blkid_partition_get_type(partition), 0, 16);
                layout.partitions.append({qint64(blkid_partition_get_start(partition)) * BlkidSector,
                                          qint64(blkid_partition_get_size(partition)) * BlkidSector,
                                          blkid_partition_get_partno(partition), type});
            }
            return layout;
        }
        if (!isFile)
            break;
    }
    return layout;
}

QByteArray readSysFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QString sysPathOf(dev_t device)
{
    return QFileInfo(QStringLiteral("/sys/dev/block/%1:%2").arg(major(device)).arg(minor(device))).canonicalFilePath();
}

QString deviceNodeOf(const QString &sysPath)
{
    for (const QByteArray &line : readSysFile(sysPath + QStringLiteral("/uevent")).split('\n'))
        if (line.startsWith("DEVNAME="))
            return QStringLiteral("/dev/") + QString::fromUtf8(line.mid(8));
    return QStringLiteral("/dev/") + QFileInfo(sysPath).fileName().replace(u'!', u'/');
}

// Partitions the kernel knows of a whole disk: device node by start offset in bytes.
QMap<qint64, QString> kernelPartitions(const QString &diskSysPath)
{
    QMap<qint64, QString> nodes;
    if (diskSysPath.isEmpty())
        return nodes;
    const QDir dir(diskSysPath);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString sub = dir.filePath(name);
        if (!QFile::exists(sub + QStringLiteral("/partition")))
            continue;
        bool ok = false;
        const qint64 start = readSysFile(sub + QStringLiteral("/start")).toLongLong(&ok);
        const QString node = deviceNodeOf(sub);
        if (ok && QFile::exists(node))  // without udev or devtmpfs the node may be missing
            nodes.insert(start * BlkidSector, node);
    }
    return nodes;
}

struct LoopView {
    QString node;
    qint64 offset = 0;
    QMap<qint64, QString> partitions;
};

// Loop devices whose backing file is image (by canonical path).
QList<LoopView> loopDevicesBackedBy(const QString &image)
{
    QList<LoopView> loops;
    const QString wanted = QFileInfo(image).canonicalFilePath();
    const QDir block(QStringLiteral("/sys/block"));
    for (const QString &name : block.entryList({QStringLiteral("loop*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString sys = block.filePath(name);
        QString backing = QString::fromUtf8(readSysFile(sys + QStringLiteral("/loop/backing_file")));
        if (backing.isEmpty() || QFileInfo(backing).canonicalFilePath() != wanted)
            continue;
        loops.append({deviceNodeOf(sys), readSysFile(sys + QStringLiteral("/loop/offset")).toLongLong(),
                      kernelPartitions(QFileInfo(sys).canonicalFilePath())});
    }
    return loops;
}

dev_t deviceNumberOf(const QString &node)
{
    struct stat st {};
    return ::stat(QFile::encodeName(node).constData(), &st) == 0 && S_ISBLK(st.st_mode) ? st.st_rdev : 0;
}

QString mountPointOf(const MountTable &mounts, const VolumeInfo &volume, const QList<LoopView> &loops)
{
    if (const auto *entry = mounts.findDevice(volume.device, volume.offset == 0 ? deviceNumberOf(volume.device) : 0);
        entry && volume.offset == 0)
        return entry->mountPoint;
    for (const LoopView &loop : loops) {
        QString node;
        if (loop.offset == volume.offset)
            node = loop.node;
        else if (loop.offset == 0 && volume.offset > 0)
            node = loop.partitions.value(volume.offset);
        if (node.isEmpty())
            continue;
        if (const auto *entry = mounts.findDevice(node, deviceNumberOf(node)))
            return entry->mountPoint;
    }
    return {};
}

void addBitLockerDetails(VolumeInfo &volume)
{
    auto metadata = BitLockerMetadata::read(volume.device, volume.offset);
    if (metadata) {
        volume.bitlocker = metadata.value();
    } else {
        volume.problem = metadata.error().message;
        log().warn("BitLocker metadata of {} at {}: {}", u8(volume.device), volume.offset, u8(metadata.error().details));
    }
}

VolumeInfo folderVolume(const QString &target)
{
    VolumeInfo volume;
    volume.target = target;
    volume.kind = VolumeKind::Folder;
    volume.mountPoint = QFileInfo(target).canonicalFilePath();
    const QStorageInfo storage(target);
    volume.size = storage.isValid() ? storage.bytesTotal() : 0;
    volume.label = storage.isValid() ? storage.name() : QString();
    return volume;
}

}  // namespace

Result<QList<VolumeInfo>> VolumeProbe::probe(const QStringList &targets)
{
    QList<VolumeInfo> all;
    if (!targets.isEmpty()) {
        for (const QString &t : targets) {
            auto r = probeTarget(t);
            if (!r)
                return r.error();
            all += r.value();
        }
        return all;
    }
    std::optional<Error> firstError;
    for (const QString &node : blockDevices()) {
        auto r = probeTarget(node);
        if (r) {
            all += r.value();
        } else {
            log().warn("Skipping {}: {}", u8(node), u8(r.error().details));
            if (!firstError)
                firstError = r.error();
        }
    }
    if (all.isEmpty() && firstError)
        return *firstError;
    return all;
}

QStringList VolumeProbe::blockDevices(const QString &sysClassBlock)
{
    QStringList nodes;
    const QDir dir(sysClassBlock.isEmpty() ? QStringLiteral("/sys/class/block") : sysClassBlock);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        const QString sys = dir.filePath(name);
        if (QFile::exists(sys + QStringLiteral("/partition")))
            continue;  // reported with its whole disk
        if (name.startsWith(QLatin1String("ram")) || name.startsWith(QLatin1String("zram")))
            continue;
        if (name.startsWith(QLatin1String("loop")) && readSysFile(sys + QStringLiteral("/loop/backing_file")).isEmpty())
            continue;
        if (readSysFile(sys + QStringLiteral("/size")).toLongLong() == 0)
            continue;
        nodes.append(deviceNodeOf(sys));
    }
    return nodes;
}

Result<QList<VolumeInfo>> VolumeProbe::probeTarget(const QString &target)
{
    if (QFileInfo(target).isDir())
        return QList<VolumeInfo>{folderVolume(target)};
    auto opened = BlockFile::open(target);
    if (!opened)
        return opened.error();
    const BlockFile &file = opened.value();
    const MountTable mounts = MountTable::read();

    const QString sysPath = file.isBlockDevice() ? sysPathOf(file.deviceNumber()) : QString();
    const bool isPartitionDevice = !sysPath.isEmpty() && QFile::exists(sysPath + QStringLiteral("/partition"));
    const QList<LoopView> loops = file.isBlockDevice() ? QList<LoopView>() : loopDevicesBackedBy(target);

    QList<VolumeInfo> volumes;
    auto add = [&](const QString &device, qint64 offset, qint64 size, const Signature &signature) {
        VolumeInfo volume;
        volume.target = target;
        volume.device = device;
        volume.offset = offset;
        volume.size = size;
        volume.kind = kindOf(signature.type);
        volume.label = signature.label;
        volume.partitionTable = signature.table;
        volume.partitionNumber = signature.number;
        volume.partitionType = signature.partitionType;
        volume.mountPoint = mountPointOf(mounts, volume, loops);
        volumes.append(volume);
    };

    if (isPartitionDevice) {
        Signature signature = probeSignature(file.fd(), 0, file.size(), true);
        if (signature.number == 0)
            signature.number = readSysFile(sysPath + QStringLiteral("/partition")).toInt();
        add(target, 0, file.size(), signature);
    } else {
        const Layout layout = probeLayout(file.fd(), !file.isBlockDevice());
        if (layout.partitions.isEmpty()) {
            add(target, 0, file.size(), probeSignature(file.fd(), 0, file.size(), false));
        } else {
            const QMap<qint64, QString> nodes = kernelPartitions(sysPath);
            for (const Region &part : layout.partitions) {
                if (part.offset <= 0 || part.offset >= file.size())
                    continue;  // a table entry outside the disk: nothing to read there
                const qint64 size = qMin(part.size, file.size() - part.offset);
                Signature signature = probeSignature(file.fd(), part.offset, size, false);
                signature.table = layout.table;
                signature.number = part.number;
                signature.partitionType = part.type;
                const QString node = nodes.value(part.offset);
                add(node.isEmpty() ? target : node, node.isEmpty() ? part.offset : 0, size, signature);
            }
        }
    }
    for (VolumeInfo &volume : volumes) {
        if (volume.kind == VolumeKind::BitLocker) {
            addBitLockerDetails(volume);
        } else if (volume.kind == VolumeKind::Unknown) {
            // libblkid (and libcryptsetup 2.6) give up when the first metadata copy is damaged;
            // our parser then recognises BitLocker by the volume header and the first intact copy.
            auto metadata = BitLockerMetadata::read(volume.device, volume.offset);
            if (metadata) {
                volume.kind = VolumeKind::BitLocker;
                volume.bitlocker = metadata.value();
                log().info("{} at {}: BitLocker recognised from metadata copy {} (libblkid did not)", u8(volume.device),
                           volume.offset, metadata->damagedMetadataCopies + 1);
            } else if (metadata.error().kind == ErrorKind::Unsupported && metadata.error().details.contains(QLatin1String("metadata copies unusable"))) {
                // A BitLocker volume header whose metadata is damaged: a damaged BitLocker volume
                // (exit 4 with its sentence), not an unknown one.
                volume.kind = VolumeKind::BitLocker;
                volume.problem = metadata.error().message;
                log().warn("BitLocker metadata of {} at {}: {}", u8(volume.device), volume.offset, u8(metadata.error().details));
            }
        }
    }
    return volumes;
}

}  // namespace ra
