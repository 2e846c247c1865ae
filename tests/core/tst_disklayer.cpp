// SPDX-License-Identifier: GPL-3.0-or-later
// Parts of the disk layer that need neither root nor real volumes.
#include "system/appdirs.h"
#include "system/disk/cryptsetupunlocker.h"
#include "system/disk/diskbackend.h"
#include "system/disk/dislockerunlocker.h"
#include "system/disk/mountlock.h"
#include "system/disk/diskmount.h"
#include "system/disk/mountpoints.h"
#include "system/disk/ntfsmount.h"
#include "system/disk/volumekeyderiver.h"
#include "system/disk/vmimage.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace ra;

class TestDiskLayer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fvekFileLayout_data();
    void fvekFileLayout();
    void fvekFileLayoutElephant();
    void startupKeyFileNamesItsProtector();
    void startupKeyFileIsBounded();
    void mountLockIsExclusivePerDevice();
    void mountTableReadsThisProcess();
    void cryptsetupSaysWhetherItIsAvailableHere();
    void diskOperationsNeedAdministratorRights();
    void readOnlyReasonsAreExplained_data();
    void readOnlyReasonsAreExplained();
    void keyRejectedSentences();
    void sniffsVolumeKinds();
    void vmDiskFormatsByMagic_data();
    void vmDiskFormatsByMagic();
    void cleaningWithNothingStaleDoesNothing();

private:
    QTemporaryDir m_runtime;
};

void TestDiskLayer::initTestCase()
{
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void TestDiskLayer::fvekFileLayout_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("keyBytes");
    QTest::addColumn<int>("method");  // 0: unsupported
    QTest::newRow("XTS-AES 128") << "xts-plain64" << 32 << 0x8004;
    QTest::newRow("XTS-AES 256") << "xts-plain64" << 64 << 0x8005;
    QTest::newRow("AES-CBC 128") << "cbc-eboiv" << 16 << 0x8002;
    QTest::newRow("AES-CBC 256") << "cbc-eboiv" << 32 << 0x8003;
    QTest::newRow("Elephant diffuser, no such key size") << "cbc-elephant" << 48 << 0;
}

// AES-CBC with the Elephant diffuser: libcryptsetup's key is FVEK then sector (tweak) key, each
// half; dislocker's FVEK file keeps the FVEK at byte 2 and the tweak key 32 bytes further on.
void TestDiskLayer::fvekFileLayoutElephant()
{
    for (const int keyBytes : {32, 64}) {
        DerivedVolumeKey key;
        key.cipher = QStringLiteral("aes");
        key.mode = QStringLiteral("cbc-elephant");
        key.key = SecureBytes(std::size_t(keyBytes));
        for (int i = 0; i < keyBytes; ++i)
            key.key.data()[i] = char(i + 1);
        auto file = key.dislockerFvekFile();
        QVERIFY(file.ok());
        QCOMPARE(int(file->size()), 66);
        QCOMPARE(quint8(file->data()[0]) | quint8(file->data()[1]) << 8, keyBytes == 32 ? 0x8000 : 0x8001);
        const int half = keyBytes / 2;
        QCOMPARE(QByteArray(file->data() + 2, half), QByteArray(key.key.data(), half));
        QCOMPARE(QByteArray(file->data() + 2 + 32, half), QByteArray(key.key.data() + half, half));
    }
}

void TestDiskLayer::fvekFileLayout()
{
    QFETCH(QString, mode);
    QFETCH(int, keyBytes);
    QFETCH(int, method);
    DerivedVolumeKey key;
    key.cipher = QStringLiteral("aes");
    key.mode = mode;
    key.key = SecureBytes(std::size_t(keyBytes));
    for (int i = 0; i < keyBytes; ++i)
        key.key.data()[i] = char(i + 1);
    auto file = key.dislockerFvekFile();
    QCOMPARE(file.ok(), method != 0);
    if (!method) {
        QCOMPARE(file.error().kind, ErrorKind::Unsupported);
        return;
    }
    QCOMPARE(int(file->size()), 66);  // dislocker checks the exact size
    QCOMPARE(quint8(file->data()[0]) | quint8(file->data()[1]) << 8, method);
    QCOMPARE(QByteArray(file->data() + 2, keyBytes), QByteArray(key.key.data(), keyBytes));
    QCOMPARE(QByteArray(file->data() + 2 + keyBytes, 64 - keyBytes), QByteArray(64 - keyBytes, '\0'));
}

void TestDiskLayer::startupKeyFileNamesItsProtector()
{
    QTemporaryDir dir;
    // Header of a .BEK file: sizes, then the protector GUID 4381F759-C4F8-4DE0-BB61-FC33A831BDA5.
    QByteArray bek = QByteArray::fromHex("9c000000010000003000000009c00000")
                     + QByteArray::fromHex("59f78143f8c4e04dbb61fc33a831bda5") + QByteArray(124, '\x01');
    QFile f(dir.filePath(QStringLiteral("key.BEK")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bek);
    f.close();
    ProtectorId id;
    auto bytes = DislockerUnlocker::readStartupKey(f.fileName(), &id);
    QVERIFY(bytes.ok());
    QCOMPARE(int(bytes->size()), bek.size());
    QCOMPARE(id.shortId(), QStringLiteral("4381F759"));
    QCOMPARE(id.toString(), QStringLiteral("4381F759-C4F8-4DE0-BB61-FC33A831BDA5"));
}

void TestDiskLayer::startupKeyFileIsBounded()
{
    QTemporaryDir dir;
    QFile small(dir.filePath(QStringLiteral("small.BEK")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("tiny");
    small.close();
    auto r = DislockerUnlocker::readStartupKey(small.fileName(), nullptr);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QFile big(dir.filePath(QStringLiteral("big.BEK")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(10 * 1024 * 1024));
    big.close();
    QCOMPARE(DislockerUnlocker::readStartupKey(big.fileName(), nullptr).error().kind, ErrorKind::BadInput);
    QCOMPARE(DislockerUnlocker::readStartupKey(dir.filePath(QStringLiteral("none.BEK")), nullptr).error().kind, ErrorKind::NotFound);
}

void TestDiskLayer::mountLockIsExclusivePerDevice()
{
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("disk.img"));
    QFile f(image);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString alias = dir.filePath(QStringLiteral("alias.img"));
    QVERIFY(QFile::link(image, alias));
    {
        auto first = MountLock::acquire(image, 0);
        QVERIFY(first.ok());
        auto again = MountLock::acquire(alias, 0);  // same file, other name
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Busy);
        auto otherPartition = MountLock::acquire(image, 1048576);  // one claim per disk or image
        QVERIFY(!otherPartition.ok());
        QCOMPARE(otherPartition.error().kind, ErrorKind::Busy);
    }
    QVERIFY(MountLock::acquire(image, 0).ok());  // released with the first lock
    QCOMPARE(MountLock::acquire(dir.filePath(QStringLiteral("gone.img")), 0).error().kind, ErrorKind::DeviceGone);
}

void TestDiskLayer::mountTableReadsThisProcess()
{
    const auto root = MountPoints::find(QStringLiteral("/"));
    QVERIFY(root.has_value());
    QVERIFY(!root->fsType.isEmpty());
    QVERIFY(!MountPoints::isMounted(m_runtime.path()));
    QCOMPARE(MountPoints::fuseDaemonPid(QStringLiteral("dislocker"), m_runtime.path()), qint64(0));
    Report report;
    QVERIFY(MountPoints::unmount(m_runtime.path() + QStringLiteral("/not-mounted"), 0, report).ok());
}

void TestDiskLayer::cryptsetupSaysWhetherItIsAvailableHere()
{
    CryptsetupUnlocker unlocker;
    const Status available = unlocker.availability();
    QCOMPARE(available.ok(), CryptsetupUnlocker::deviceMapperPresent());
    if (!available) {
        QCOMPARE(available.error().kind, ErrorKind::Unsupported);
        QVERIFY(available.error().message.contains(QStringLiteral("unavailable here")));
        // DiskBackend then falls back to dislocker.
        QCOMPARE(DiskBackend::defaultUnlocker()->name(), QStringLiteral("dislocker"));
    }
}

void TestDiskLayer::diskOperationsNeedAdministratorRights()
{
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("disk.img"));
    QFile f(image);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    VolumeInfo volume;
    volume.device = image;
    volume.target = image;
    auto openAsUser = [&]() {
        DiskBackend backend;
        Report report;
        auto session = backend.open(volume, {}, {}, report);
        return session.ok() ? -1 : int(session.error().kind);
    };
    if (::geteuid() != 0) {
        QCOMPARE(openAsUser(), int(ErrorKind::NeedsAdmin));
        return;
    }
    // As root: check it in a child process that gives up root first.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0)
            ::_exit(100);
        ::_exit(openAsUser());
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), int(ErrorKind::NeedsAdmin));
}

void TestDiskLayer::readOnlyReasonsAreExplained_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("hibernated") << "hibernated" << "unsaved work";
    QTest::newRow("fast startup") << "fast-startup" << "Fast Startup";
    QTest::newRow("other") << "read-only" << "read-only";
}

void TestDiskLayer::readOnlyReasonsAreExplained()
{
    QFETCH(QString, reason);
    QFETCH(QString, mentions);
    const Error e = NtfsMount::readOnlyError(reason);
    QCOMPARE(e.kind, ErrorKind::ReadOnly);
    QVERIFY(e.message.contains(mentions));
    QCOMPARE(e.message.count(QStringLiteral(". ")), 0);  // one sentence
}

void TestDiskLayer::keyRejectedSentences()
{
    const QList<KeyProtector> protectors{
        {*ProtectorId::parse(QStringLiteral("3e55195c-8811-4d9b-97b4-2b9e5f8f5384")), ProtectorType::Password},
        {*ProtectorId::parse(QStringLiteral("64311dea-4587-4029-924a-ba299647998e")), ProtectorType::RecoveryPassword}};
    UnlockRequest request;
    request.material.kind = UnlockMaterial::Kind::RecoveryPassword;
    Error wrong = DislockerUnlocker::keyRejected(request, protectors, {}, {});
    QCOMPARE(wrong.kind, ErrorKind::KeyRejected);
    QVERIFY(wrong.message.contains(QStringLiteral("64311DEA")));
    QVERIFY(!wrong.message.contains(QStringLiteral("3E55195C")));  // not a recovery protector
    request.material.source.claimedKeyId = *ProtectorId::parseFullOrShort(QStringLiteral("83abdb8f"));
    Error other = DislockerUnlocker::keyRejected(request, protectors, {}, {});
    QVERIFY(other.message.contains(QStringLiteral("does not belong to this drive")));
    QVERIFY(other.message.contains(QStringLiteral("83ABDB8F")));
    request.material.kind = UnlockMaterial::Kind::StartupKeyFile;
    Error bek = DislockerUnlocker::keyRejected(request, protectors,
                                               *ProtectorId::parse(QStringLiteral("4381f759-c4f8-4de0-bb61-fc33a831bda5")), {});
    QVERIFY(bek.message.contains(QStringLiteral("4381F759")));
    request.material.kind = UnlockMaterial::Kind::None;
    QVERIFY(DislockerUnlocker::keyRejected(request, protectors, {}, {}).message.contains(QStringLiteral("recovery key")));
}

void TestDiskLayer::sniffsVolumeKinds()
{
    QTemporaryDir dir;
    auto write = [&](const char *name, const QByteArray &oem) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(4096, '\0'));
        f.seek(4096 + 3);
        f.write(oem);
        f.resize(8192);
        return f.fileName();
    };
    QCOMPARE(DiskBackend::sniffKind(write("bl.img", "-FVE-FS-"), 4096), VolumeKind::BitLocker);
    QCOMPARE(DiskBackend::sniffKind(write("ntfs.img", "NTFS    "), 4096), VolumeKind::Ntfs);
    QCOMPARE(DiskBackend::sniffKind(write("fat.img", "MSDOS5.0"), 4096), VolumeKind::Unknown);
    QCOMPARE(DiskBackend::sniffKind(dir.filePath(QStringLiteral("none")), 0), VolumeKind::Unknown);
}

void TestDiskLayer::vmDiskFormatsByMagic_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("footer");    // the magic in the last 512 bytes (a fixed VHD)
    QTest::addColumn<QString>("format"); // expected driver; "error" for a refusal
    QTest::newRow("qcow2") << "a.qcow2" << QByteArray("QFI\xfb\0\0\0\3", 8) << false << "qcow2";
    QTest::newRow("vhdx") << "a.vhdx" << QByteArray("vhdxfile") << false << "vhdx";
    QTest::newRow("dynamic vhd") << "a.vhd" << QByteArray("conectix") << false << "vpc";
    QTest::newRow("fixed vhd (footer only)") << "a.vhd" << QByteArray("conectix") << true << "vpc";
    QTest::newRow("sparse vmdk") << "a.vmdk" << QByteArray("KDMV") << false << "vmdk";
    QTest::newRow("vmdk descriptor") << "a.vmdk" << QByteArray("# Disk DescriptorFile\n") << false << "vmdk";
    // QEMU's guessing is never used: whatever a raw disk holds stays raw unless its name says otherwise.
    QTest::newRow("raw image") << "disk.img" << QByteArray("\xeb\x52\x90NTFS    ") << false << "";
    QTest::newRow("qcow2 magic in a .img") << "disk.img" << QByteArray("QFI\xfb\0\0\0\3", 8) << false << "qcow2";
    QTest::newRow(".vhdx without its magic") << "b.vhdx" << QByteArray("garbage") << false << "error";
    QTest::newRow(".qcow2 holding raw bytes") << "b.qcow2" << QByteArray("\xeb\x52\x90NTFS    ") << false << "error";
}

void TestDiskLayer::vmDiskFormatsByMagic()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(bool, footer);
    QFETCH(QString, format);
    QTemporaryDir dir;
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(64 * 1024, '\0'));
    f.seek(footer ? f.size() - 512 : 0);
    f.write(head);
    f.close();
    auto detected = VmImage::detectFormat(f.fileName());
    if (format == QLatin1String("error")) {
        QVERIFY(!detected);
        QCOMPARE(detected.error().kind, ErrorKind::Unsupported);
        QVERIFY2(detected.error().message.contains(name), qPrintable(detected.error().message));
    } else {
        QVERIFY2(detected.ok(), qPrintable(detected ? QString() : detected.error().details));
        QCOMPARE(detected.value(), format);
    }
    QCOMPARE(VmImage::detectFormat(dir.path()).value(), QString());  // a folder is no VM disk
}

void TestDiskLayer::cleaningWithNothingStaleDoesNothing()
{
    Report report;
    QCOMPARE(DiskMount::cleanStaleMounts(report), 0);
    // A session folder left without mounts (crash before mounting) is removed too.
    const QString stale = DiskMount::sessionsDir() + QStringLiteral("/left-over");
    QVERIFY(AppDirs::makePrivateDir(stale));
    QVERIFY(QDir().mkpath(stale + QStringLiteral("/ntfs")));
    QCOMPARE(DiskMount::cleanStaleMounts(report), 1);
    QVERIFY(!QFileInfo::exists(stale));
}

QTEST_GUILESS_MAIN(TestDiskLayer)
#include "tst_disklayer.moc"
