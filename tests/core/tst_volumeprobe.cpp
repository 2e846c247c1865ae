// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitlockerimages.h"
#include "testsupport.h"

#include "system/disk/blockfile.h"
#include "system/disk/mounttable.h"
#include "system/disk/volumeprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <sys/sysmacros.h>
#include <unistd.h>

using namespace ra;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Sector = 512;

struct PartitionSpec {
    qint64 offset;  // bytes
    qint64 size;    // bytes
};

quint32 crc(const QByteArray &data)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

// A GUID as GPT stores it: the first three fields little-endian.
QByteArray guidBytes(const QUuid &uuid)
{
    QByteArray bytes = uuid.toRfc4122();
    std::reverse(bytes.begin(), bytes.begin() + 4);
    std::reverse(bytes.begin() + 4, bytes.begin() + 6);
    std::reverse(bytes.begin() + 6, bytes.begin() + 8);
    return bytes;
}

template <typename T>
void put(QByteArray &buffer, qsizetype at, T value)
{
    qToLittleEndian(value, buffer.data() + at);
}

bool writeAt(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

QByteArray mbrEntry(quint8 type, qint64 firstLba, qint64 sectors)
{
    QByteArray entry(16, '\0');
    entry[1] = 0x00;
    entry[2] = 0x02;
    entry[4] = char(type);
    entry[5] = entry[6] = entry[7] = char(0xff);
    put<quint32>(entry, 8, quint32(firstLba));
    put<quint32>(entry, 12, quint32(qMin<qint64>(sectors, 0xffffffff)));
    return entry;
}

bool writeMbr(const QString &disk, const QList<QByteArray> &entries)
{
    QByteArray sector(512, '\0');
    for (int i = 0; i < entries.size(); ++i)
        sector.replace(446 + 16 * i, 16, entries[i]);
    put<quint32>(sector, 440, 0x52410291);  // disk signature
    sector[510] = char(0x55);
    sector[511] = char(0xaa);
    return writeAt(disk, 0, sector);
}

// A GPT with a protective MBR, primary and backup headers, and "Microsoft basic data"
// partitions (the type of both NTFS and BitLocker partitions). sector: the logical block
// size of the disk (512, or 4096 for 4Kn disks).
bool writeGpt(const QString &disk, qint64 diskSize, const QList<PartitionSpec> &partitions, qint64 sector = Sector)
{
    const qint64 lastLba = diskSize / sector - 1;
    const qint64 entrySectors = 128 * 128 / sector;
    const QUuid basicData = QUuid::fromString(QStringLiteral("ebd0a0a2-b9e5-4433-87c0-68b6b72699c7"));
    QByteArray entries(128 * 128, '\0');
    for (int i = 0; i < partitions.size(); ++i) {
        QByteArray entry(128, '\0');
        entry.replace(0, 16, guidBytes(basicData));
        entry.replace(16, 16, guidBytes(QUuid::createUuid()));
        put<quint64>(entry, 32, quint64(partitions[i].offset / sector));
        put<quint64>(entry, 40, quint64((partitions[i].offset + partitions[i].size) / sector - 1));
        const QString name = QStringLiteral("part%1").arg(i + 1);
        for (int c = 0; c < name.size(); ++c)
            put<quint16>(entry, 56 + 2 * c, name[c].unicode());
        entries.replace(128 * i, 128, entry);
    }
    auto header = [&](qint64 myLba, qint64 alternateLba, qint64 entriesLba) {
        QByteArray h(512, '\0');
        h.replace(0, 8, "EFI PART");
        put<quint32>(h, 8, 0x00010000);
        put<quint32>(h, 12, 92);
        put<quint64>(h, 24, quint64(myLba));
        put<quint64>(h, 32, quint64(alternateLba));
        put<quint64>(h, 40, quint64(2 + entrySectors));
        put<quint64>(h, 48, quint64(lastLba - entrySectors - 1));
        h.replace(56, 16, guidBytes(QUuid::createUuid()));
        put<quint64>(h, 72, quint64(entriesLba));
        put<quint32>(h, 80, 128);
        put<quint32>(h, 84, 128);
        put<quint32>(h, 88, crc(entries));
        put<quint32>(h, 16, crc(h.left(92)));
        return h;
    };
    return writeMbr(disk, {mbrEntry(0xee, 1, lastLba)}) && writeAt(disk, sector, header(1, lastLba, 2))
        && writeAt(disk, 2 * sector, entries) && writeAt(disk, (lastLba - entrySectors) * sector, entries)
        && writeAt(disk, lastLba * sector, header(lastLba, 1, lastLba - entrySectors));
}

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    return ok;
}

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                  QStringLiteral("/usr/bin"), QStringLiteral("/bin")}).isEmpty();
}

// An NTFS file system image of size bytes with a label (mkfs.ntfs from ntfs-3g).
bool makeNtfs(const QString &path, qint64 size, const QString &label)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        return false;
    file.close();
    return run(QStringLiteral("mkfs.ntfs"), {QStringLiteral("-F"), QStringLiteral("-Q"), QStringLiteral("-q"),
                                             QStringLiteral("-L"), label, path});
}

bool makeSparseFile(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

}  // namespace

class TestVolumeProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void imageKinds_data();
    void imageKinds();
    void gptDiskImage();
    void mbrDiskImage();
    void gpt4KnDiskImage();
    void damagedBitLockerIsListed();
    void unknownContent();
    void folderTarget();
    void missingTarget();
    void mountInfo();
    void blockDeviceList();
    void mountedLoopDevice();
    void partitionedLoopDevice();
    void allBlockDevices();

private:
    bool buildGptDisk(const QString &disk);
    QTemporaryDir m_scratch;
};

void TestVolumeProbe::initTestCase()
{
    QVERIFY(m_scratch.isValid());
}

void TestVolumeProbe::imageKinds_data()
{
    test::addBitLockerImageRows();
}

void TestVolumeProbe::imageKinds()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    QFETCH(QString, name);
    QVERIFY2(!name.isEmpty(), "images.conf lists no images");
    const QString image = test::bitlockerImage(name);
    const auto volumes = VolumeProbe::probeTarget(image);
    QVERIFY2(volumes, qPrintable(volumes ? QString() : volumes.error().details));
    QCOMPARE(volumes->size(), 1);
    const VolumeInfo &v = volumes->first();
    QCOMPARE(v.kind, VolumeKind::BitLocker);
    QCOMPARE(v.target, image);
    QCOMPARE(v.device, image);
    QCOMPARE(v.offset, 0);
    QCOMPARE(v.size, QFileInfo(image).size());
    QCOMPARE(v.partitionNumber, 0);
    QVERIFY(v.partitionTable.isEmpty());
    QVERIFY(v.mountPoint.isEmpty());
    QVERIFY2(v.problem.isEmpty(), qPrintable(v.problem));
    QVERIFY(v.bitlocker);
    QCOMPARE(v.bitlocker->volumeGuid, QUuid::fromString(test::bitlockerImagesConf().value(name).value(QStringLiteral("GUID"))));
}

// A whole-disk GPT image: an NTFS partition at 1 MiB, the BitLocker image at 17 MiB.
bool TestVolumeProbe::buildGptDisk(const QString &disk)
{
    const QString bitlocker = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    const QString ntfs = m_scratch.filePath(QStringLiteral("gpt-ntfs.img"));
    const qint64 bitlockerSize = QFileInfo(bitlocker).size();
    const qint64 diskSize = 18 * MiB + bitlockerSize;
    return makeNtfs(ntfs, 16 * MiB, QStringLiteral("Windows")) && makeSparseFile(disk, diskSize)
        && test::copySparse(ntfs, disk, 1 * MiB) && test::copySparse(bitlocker, disk, 17 * MiB)
        && writeGpt(disk, diskSize, {{1 * MiB, 16 * MiB}, {17 * MiB, bitlockerSize}})
        && QFileInfo(disk).size() == diskSize;
}

void TestVolumeProbe::gptDiskImage()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString disk = m_scratch.filePath(QStringLiteral("gpt-disk.img"));
    QVERIFY(buildGptDisk(disk));
    const qint64 bitlockerSize = QFileInfo(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128"))).size();

    const auto volumes = VolumeProbe::probeTarget(disk);
    QVERIFY2(volumes, qPrintable(volumes ? QString() : volumes.error().details));
    QCOMPARE(volumes->size(), 2);
    const VolumeInfo &first = volumes->at(0);
    QCOMPARE(first.kind, VolumeKind::Ntfs);
    QCOMPARE(first.device, disk);
    QCOMPARE(first.offset, 1 * MiB);
    QCOMPARE(first.size, 16 * MiB);
    QCOMPARE(first.label, QStringLiteral("Windows"));
    QCOMPARE(first.partitionTable, QStringLiteral("gpt"));
    QCOMPARE(first.partitionNumber, 1);
    QVERIFY(!first.bitlocker);

    const VolumeInfo &second = volumes->at(1);
    QCOMPARE(second.kind, VolumeKind::BitLocker);
    QCOMPARE(second.device, disk);
    QCOMPARE(second.offset, 17 * MiB);
    QCOMPARE(second.size, bitlockerSize);
    QCOMPARE(second.partitionTable, QStringLiteral("gpt"));
    QCOMPARE(second.partitionNumber, 2);
    QVERIFY(second.bitlocker);
    QCOMPARE(second.bitlocker->recoveryIds().size(), 1);
    QCOMPARE(second.bitlocker->recoveryIds().first().shortId(), QStringLiteral("64311DEA"));
    QCOMPARE(second.toJson().value(QStringLiteral("partitionTable")).toString(), QStringLiteral("gpt"));
    QCOMPARE(second.toJson().value(QStringLiteral("offset")).toInteger(), 17 * MiB);

    const auto partitionImage = VolumeProbe::probeTarget(m_scratch.filePath(QStringLiteral("gpt-ntfs.img")));
    QVERIFY(partitionImage);
    QCOMPARE(partitionImage->size(), 1);
    QCOMPARE(partitionImage->first().kind, VolumeKind::Ntfs);
    QCOMPARE(partitionImage->first().offset, 0);
    QVERIFY(partitionImage->first().partitionTable.isEmpty());
}

// A whole-disk MBR image: the BitLocker image at 1 MiB, an NTFS partition after it.
void TestVolumeProbe::mbrDiskImage()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString bitlocker = test::bitlockerImage(QStringLiteral("bitlk-aes-cbc-128"));
    const QString ntfs = m_scratch.filePath(QStringLiteral("mbr-ntfs.img"));
    const QString disk = m_scratch.filePath(QStringLiteral("mbr-disk.img"));
    const qint64 bitlockerSize = QFileInfo(bitlocker).size();
    const qint64 ntfsOffset = 1 * MiB + bitlockerSize;
    const qint64 diskSize = ntfsOffset + 16 * MiB;
    QVERIFY(makeNtfs(ntfs, 16 * MiB, QStringLiteral("Data")));
    QVERIFY(makeSparseFile(disk, diskSize));
    QVERIFY(test::copySparse(bitlocker, disk, 1 * MiB));
    QVERIFY(test::copySparse(ntfs, disk, ntfsOffset));
    QVERIFY(writeMbr(disk, {mbrEntry(0x07, MiB / Sector, bitlockerSize / Sector),
                            mbrEntry(0x07, ntfsOffset / Sector, 16 * MiB / Sector)}));

    const auto volumes = VolumeProbe::probeTarget(disk);
    QVERIFY2(volumes, qPrintable(volumes ? QString() : volumes.error().details));
    QCOMPARE(volumes->size(), 2);
    QCOMPARE(volumes->at(0).kind, VolumeKind::BitLocker);
    QCOMPARE(volumes->at(0).offset, 1 * MiB);
    QCOMPARE(volumes->at(0).partitionTable, QStringLiteral("dos"));
    QCOMPARE(volumes->at(0).partitionNumber, 1);
    QVERIFY(volumes->at(0).bitlocker);
    QCOMPARE(volumes->at(0).bitlocker->encryptionMethod, QStringLiteral("AES-CBC 128"));
    QCOMPARE(volumes->at(0).bitlocker->recoveryIds().first().shortId(), QStringLiteral("3FD763F9"));
    QCOMPARE(volumes->at(1).kind, VolumeKind::Ntfs);
    QCOMPARE(volumes->at(1).offset, ntfsOffset);
    QCOMPARE(volumes->at(1).label, QStringLiteral("Data"));
    QCOMPARE(volumes->at(1).partitionNumber, 2);
}

// A disk image of a 4Kn disk (4096-byte logical sectors): its GPT sits at byte 4096.
void TestVolumeProbe::gpt4KnDiskImage()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString bitlocker = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-256"));
    const QString disk = m_scratch.filePath(QStringLiteral("gpt4k-disk.img"));
    const qint64 bitlockerSize = QFileInfo(bitlocker).size();
    const qint64 diskSize = 2 * MiB + bitlockerSize;
    QVERIFY(makeSparseFile(disk, diskSize));
    QVERIFY(test::copySparse(bitlocker, disk, 1 * MiB));
    QVERIFY(writeGpt(disk, diskSize, {{1 * MiB, bitlockerSize}}, 4096));

    const auto volumes = VolumeProbe::probeTarget(disk);
    QVERIFY2(volumes, qPrintable(volumes ? QString() : volumes.error().details));
    QCOMPARE(volumes->size(), 1);
    QCOMPARE(volumes->first().kind, VolumeKind::BitLocker);
    QCOMPARE(volumes->first().offset, 1 * MiB);
    QCOMPARE(volumes->first().size, bitlockerSize);
    QCOMPARE(volumes->first().partitionTable, QStringLiteral("gpt"));
    QCOMPARE(volumes->first().partitionNumber, 1);
    QVERIFY(volumes->first().bitlocker);
    QCOMPARE(volumes->first().bitlocker->encryptionMethod, QStringLiteral("XTS-AES 256"));
}

// BitLocker whose three metadata copies are all damaged: still listed as BitLocker (the
// technician must know the disk is encrypted), without metadata, with the reason.
void TestVolumeProbe::damagedBitLockerIsListed()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString copy = m_scratch.filePath(QStringLiteral("damaged.img"));
    QVERIFY(test::copySparse(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(176));
    const QByteArray offsets = file.read(24);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(file.seek(qFromLittleEndian<qint64>(offsets.constData() + 8 * i) + 0x80));
        QVERIFY(file.write("X") == 1);
    }
    file.close();
    const auto volumes = VolumeProbe::probeTarget(copy);
    QVERIFY(volumes);
    QCOMPARE(volumes->size(), 1);
    QCOMPARE(volumes->first().kind, VolumeKind::BitLocker);
    QVERIFY(!volumes->first().bitlocker);
    QVERIFY(!volumes->first().problem.isEmpty());
    QCOMPARE(volumes->first().toJson().value(QStringLiteral("problem")).toString(), volumes->first().problem);
}

void TestVolumeProbe::unknownContent()
{
    const QString path = m_scratch.filePath(QStringLiteral("zeros.img"));
    QVERIFY(makeSparseFile(path, 4 * MiB));
    const auto volumes = VolumeProbe::probeTarget(path);
    QVERIFY(volumes);
    QCOMPARE(volumes->size(), 1);
    QCOMPARE(volumes->first().kind, VolumeKind::Unknown);
    QCOMPARE(volumes->first().size, 4 * MiB);
}

void TestVolumeProbe::folderTarget()
{
    const QString folder = m_scratch.filePath(QStringLiteral("mounted-windows"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/Windows/System32")));
    const auto volumes = VolumeProbe::probeTarget(folder);
    QVERIFY(volumes);
    QCOMPARE(volumes->size(), 1);
    const VolumeInfo &v = volumes->first();
    QCOMPARE(v.kind, VolumeKind::Folder);
    QCOMPARE(v.target, folder);
    QVERIFY(v.device.isEmpty());
    QCOMPARE(v.mountPoint, QFileInfo(folder).canonicalFilePath());
    QVERIFY(v.size > 0);
    QVERIFY(!v.bitlocker);
}

void TestVolumeProbe::missingTarget()
{
    const QString path = m_scratch.filePath(QStringLiteral("no-such-disk.img"));
    const auto volumes = VolumeProbe::probeTarget(path);
    QVERIFY(!volumes);
    QCOMPARE(volumes.error().kind, ErrorKind::NotFound);
    QCOMPARE(volumes.error().message,
             BlockFile::tr("%1 does not exist: no disk, partition, image or folder has that name.").arg(path));

    const auto several = VolumeProbe::probe({m_scratch.path(), path});
    QVERIFY(!several);
    QCOMPARE(several.error().kind, ErrorKind::NotFound);
}

void TestVolumeProbe::mountInfo()
{
    const QByteArray sample =
        "22 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw\n"
        "40 22 7:3 / /mnt/with\\040space ro,relatime shared:5 - ext4 /dev/loop3 ro\n"
        "41 22 0:52 / /media/win rw,nosuid,nodev - fuseblk /dev/sdb3 rw,user_id=0,allow_other\n"
        "garbage line\n"
        "42 22 x:y / /bad rw - ext4 /dev/x rw\n";
    const MountTable table = MountTable::parse(sample);
    QCOMPARE(table.entries().size(), 3);
    const auto *loop = table.findDevice(QString(), makedev(7, 3));
    QVERIFY(loop);
    QCOMPARE(loop->mountPoint, QStringLiteral("/mnt/with space"));
    QVERIFY(loop->isReadOnly());
    const auto *fuse = table.findDevice(QStringLiteral("/dev/sdb3"), makedev(8, 19));
    QVERIFY(fuse);
    QCOMPARE(fuse->mountPoint, QStringLiteral("/media/win"));
    QCOMPARE(fuse->fsType, QStringLiteral("fuseblk"));
    QVERIFY(!fuse->isReadOnly());
    QVERIFY(!table.findDevice(QStringLiteral("/dev/sdc1"), makedev(8, 33)));
    QVERIFY(!table.findDevice(QString(), makedev(0, 52)));  // anonymous FUSE numbers never match
}

void TestVolumeProbe::blockDeviceList()
{
    const QString sys = m_scratch.filePath(QStringLiteral("sys-class-block"));
    auto make = [&](const QString &name, const QMap<QString, QByteArray> &files) {
        QDir().mkpath(sys + u'/' + name);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QDir().mkpath(QFileInfo(sys + u'/' + name + u'/' + it.key()).path());
            QFile f(sys + u'/' + name + u'/' + it.key());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
    };
    make(QStringLiteral("sda"), {{QStringLiteral("size"), "2000"}});
    make(QStringLiteral("sda1"), {{QStringLiteral("size"), "1000"}, {QStringLiteral("partition"), "1"}});
    make(QStringLiteral("nvme0n1"), {{QStringLiteral("size"), "2000"}, {QStringLiteral("uevent"), "MAJOR=259\nDEVNAME=nvme0n1\n"}});
    make(QStringLiteral("ram0"), {{QStringLiteral("size"), "8192"}});
    make(QStringLiteral("zram0"), {{QStringLiteral("size"), "8192"}});
    make(QStringLiteral("loop0"), {{QStringLiteral("size"), "0"}});
    make(QStringLiteral("loop1"), {{QStringLiteral("size"), "2048"}, {QStringLiteral("loop/backing_file"), "/tmp/disk.img\n"}});
    make(QStringLiteral("sr0"), {{QStringLiteral("size"), "0"}});
    QStringList nodes = VolumeProbe::blockDevices(sys);
    nodes.sort();
    QCOMPARE(nodes, QStringList({QStringLiteral("/dev/loop1"), QStringLiteral("/dev/nvme0n1"), QStringLiteral("/dev/sda")}));
}

// Root only: an image attached read-only to a loop device and mounted by the kernel is
// reported mounted, both through the image file and through the loop device.
void TestVolumeProbe::mountedLoopDevice()
{
    if (geteuid() != 0 || !haveTool(QStringLiteral("losetup")) || !haveTool(QStringLiteral("mkfs.ext4"))) {
        if (test::requireE2E())
            QFAIL("needs root, losetup and mkfs.ext4");
        QSKIP("needs root, losetup and mkfs.ext4");
    }
    const QString image = m_scratch.filePath(QStringLiteral("ext4.img"));
    const QString mountPoint = m_scratch.filePath(QStringLiteral("mnt"));
    QVERIFY(makeSparseFile(image, 8 * MiB));
    QVERIFY(run(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-L"), QStringLiteral("extdata"), image}));
    QVERIFY(QDir().mkpath(mountPoint));
    QString loop;
    QVERIFY2(run(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), QStringLiteral("-r"), image}, &loop), qPrintable(loop));
    QString output;
    const bool mounted = run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("ro"), loop, mountPoint}, &output);
    const auto viaImage = VolumeProbe::probeTarget(image);
    const auto viaLoop = VolumeProbe::probeTarget(loop);
    if (mounted)
        run(QStringLiteral("umount"), {mountPoint});
    run(QStringLiteral("losetup"), {QStringLiteral("-d"), loop});
    QVERIFY2(mounted, qPrintable(output));

    QVERIFY(viaImage);
    QCOMPARE(viaImage->size(), 1);
    QCOMPARE(viaImage->first().kind, VolumeKind::Other);
    QCOMPARE(viaImage->first().label, QStringLiteral("extdata"));
    QCOMPARE(viaImage->first().mountPoint, QFileInfo(mountPoint).canonicalFilePath());
    QVERIFY(viaLoop);
    QCOMPARE(viaLoop->size(), 1);
    QCOMPARE(viaLoop->first().device, loop);
    QCOMPARE(viaLoop->first().mountPoint, QFileInfo(mountPoint).canonicalFilePath());
}

// Root only: the GPT disk image on a loop device with partition scanning. Each partition is
// reported by its own node when /dev has one (devtmpfs, udev), else by the loop device and
// its offset; BitLocker metadata is read either way.
void TestVolumeProbe::partitionedLoopDevice()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    if (geteuid() != 0 || !haveTool(QStringLiteral("losetup"))) {
        if (test::requireE2E())
            QFAIL("needs root and losetup");
        QSKIP("needs root and losetup");
    }
    const QString disk = m_scratch.filePath(QStringLiteral("loop-gpt-disk.img"));
    QVERIFY(buildGptDisk(disk));
    QString loop;
    QVERIFY2(run(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), QStringLiteral("-r"), QStringLiteral("-P"), disk}, &loop), qPrintable(loop));
    const auto volumes = VolumeProbe::probeTarget(loop);
    run(QStringLiteral("losetup"), {QStringLiteral("-d"), loop});
    QVERIFY2(volumes, qPrintable(volumes ? QString() : volumes.error().details));
    QCOMPARE(volumes->size(), 2);
    const VolumeInfo &bitlocker = volumes->at(1);
    QCOMPARE(bitlocker.kind, VolumeKind::BitLocker);
    QCOMPARE(bitlocker.partitionNumber, 2);
    QCOMPARE(bitlocker.partitionTable, QStringLiteral("gpt"));
    if (bitlocker.device == loop) {
        QCOMPARE(bitlocker.offset, 17 * MiB);
    } else {
        QCOMPARE(bitlocker.device, loop + QStringLiteral("p2"));
        QCOMPARE(bitlocker.offset, 0);
    }
    QVERIFY(bitlocker.bitlocker);
    QCOMPARE(bitlocker.bitlocker->recoveryIds().first().shortId(), QStringLiteral("64311DEA"));
    QCOMPARE(volumes->at(0).kind, VolumeKind::Ntfs);
}

// Without targets: every block device of this machine; it prints what it found and how long
// it took. When no device can be opened, the error says why (rights, or a device policy).
void TestVolumeProbe::allBlockDevices()
{
    QElapsedTimer timer;
    timer.start();
    const auto volumes = VolumeProbe::probe({});
    const qint64 elapsed = timer.elapsed();
    if (!volumes) {
        qInfo("%s | %s", qPrintable(volumes.error().message), qPrintable(volumes.error().details));
        QCOMPARE(volumes.error().kind, geteuid() == 0 ? ErrorKind::Failed : ErrorKind::NeedsAdmin);
        return;
    }
    for (const VolumeInfo &v : volumes.value()) {
        QVERIFY(v.device.startsWith(QLatin1String("/dev/")));
        QVERIFY(v.size > 0);
        qInfo("%s offset %lld size %lld kind %d table %s part %d mounted at %s", qPrintable(v.device), v.offset, v.size,
              int(v.kind), qPrintable(v.partitionTable), v.partitionNumber, qPrintable(v.mountPoint));
    }
    qInfo("%lld volumes from %lld block devices in %lld ms", qint64(volumes->size()),
          qint64(VolumeProbe::blockDevices().size()), elapsed);
}

QTEST_GUILESS_MAIN(TestVolumeProbe)
#include "tst_volumeprobe.moc"
