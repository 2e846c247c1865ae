// SPDX-License-Identifier: GPL-3.0-or-later
// Fault suite for the disk layer (wrong partition, two writers, hostile metadata, first intact copy, Elephant, where it is cloned), on real BitLocker images
// through the real CLI: whole-disk layouts as Windows installs them, a second run with another
// runtime folder, a volume already mounted by hand, a loop device over the image, hostile
// metadata blocks, a zeroed first metadata copy, Elephant, an unreadable target. Every run
// must end with its documented exit code and one sentence, never a crash, a hang or a mount
// left behind.

#include "../e2e/e2esupport.h"
#include "diskimages.h"

#include "system/disk/diskbackend.h"
#include "system/disk/dislockerunlocker.h"
#include "system/disk/ntfsmount.h"
#include "system/disk/volumeprobe.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

using namespace ra;
using ra::test::PartitionSpec;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");

struct Run {
    int code = -1;  // -2: crashed, -1: hung (killed)
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString describe() const { return QStringLiteral("exit %1, stderr: %2").arg(code).arg(err.trimmed()); }
    int errLines() const { return err.trimmed().isEmpty() ? 0 : int(err.trimmed().count(u'\n')) + 1; }
};

}  // namespace

class TestFaultsDisk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void wholeDiskPicksTheWindowsVolume_data();
    void wholeDiskPicksTheWindowsVolume();
    void severalCandidatesAskForPartition();
    void noWindowsIsExitSeven();
    void secondRunWithAnotherRuntimeDirIsRefused();
    void volumeMountedByHandIsRefused();
    void loopDeviceOverTheImageIsRefused();
    void craftedMetadataBlockNeverCrashes();
    void zeroedFirstCopyOpensFromTheSecond();
    void elephantIsFixed();
    void unreadableTargetExitsSix();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &runtime = {}, const QStringList &prefix = {}) const;
    QByteArray keyOf(const QString &image) const { return TestVolumes::image(image).recoveryKey.toLatin1() + '\n'; }
    QString built(const QString &image);

    std::unique_ptr<QTemporaryDir> m_work;  // under the system temp folder: any clone location works
    QString m_runtime;
};

void TestFaultsDisk::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
    m_work = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ra-faults-XXXXXX"));
    QVERIFY(m_work->isValid());
    m_runtime = m_work->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(m_runtime));
}

void TestFaultsDisk::cleanup()
{
    const QStringList left = ra::test::leftovers(m_work->path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    for (const QString &file : QDir(m_work->path()).entryList(QDir::Files))
        QFile::remove(m_work->filePath(file));
}

Run TestFaultsDisk::cli(const QStringList &args, const QByteArray &input, const QString &runtime, const QStringList &prefix) const
{
    QProcess p;
    const QString home = m_work->filePath(QStringLiteral("home"));
    ra::test::startCli(p, args, input, home, runtime.isEmpty() ? m_runtime : runtime, prefix);
    Run run;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString TestFaultsDisk::built(const QString &image)
{
    auto copy = TestVolumes::builtVolumeCopy(image, m_work->path());
    return copy ? copy.value() : QString();
}

// Item 1: Recovery partition first (Windows 10 before 2004), System Reserved first (BIOS), and
// 4K sectors: the BitLocker volume is the one opened and fixed, with no --partition.
void TestFaultsDisk::wholeDiskPicksTheWindowsVolume_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("sector");
    QTest::addColumn<bool>("blockDevice");  // the disk as a loop device with that logical sector size
    QTest::newRow("gpt recovery first") << QStringLiteral("gpt") << 512 << false;
    QTest::newRow("gpt 4k sectors") << QStringLiteral("gpt") << 4096 << false;
    QTest::newRow("gpt 4k sectors, 4K-sector block device") << QStringLiteral("gpt") << 4096 << true;
    QTest::newRow("mbr system reserved first") << QStringLiteral("dos") << 512 << false;
}

void TestFaultsDisk::wholeDiskPicksTheWindowsVolume()
{
    QFETCH(QString, table);
    QFETCH(int, sector);
    QFETCH(bool, blockDevice);
    const QString volume = built(kImage);
    QVERIFY(!volume.isEmpty());
    QList<PartitionSpec> parts;
    if (table == QLatin1String("gpt")) {
        auto recovery = test::plainNtfsVolume(m_work->filePath(QStringLiteral("recovery.ntfs")), 16 << 20, QStringLiteral("Recovery"));
        QVERIFY2(recovery, qPrintable(recovery ? QString() : recovery.error().message));
        parts << PartitionSpec{recovery.value(), 0, PartitionSpec::recovery(), 0x27, QStringLiteral("Basic data partition")}
              << PartitionSpec{{}, 8 << 20, PartitionSpec::efiSystem(), 0xef, QStringLiteral("EFI system partition")}
              << PartitionSpec{{}, 4 << 20, PartitionSpec::msr(), 0, QStringLiteral("Microsoft reserved partition")};
    } else {
        auto reserved = test::plainNtfsVolume(m_work->filePath(QStringLiteral("reserved.ntfs")), 16 << 20, QStringLiteral("System Reserved"));
        QVERIFY(reserved);
        parts << PartitionSpec{reserved.value(), 0, PartitionSpec::basicData(), 0x07, {}};
    }
    parts << PartitionSpec{volume, 0, PartitionSpec::basicData(), 0x07, QStringLiteral("Basic data partition")};
    auto disk = test::buildDiskImage(m_work->filePath(QStringLiteral("disk.img")), table, sector, parts);
    QVERIFY(disk);
    QString device;
    const auto detach = qScopeGuard([&] {
        if (!device.isEmpty())
            QProcess::execute(QStringLiteral("losetup"), {QStringLiteral("-d"), device});
    });
    if (blockDevice) {
        // What a USB enclosure with 4K logical sectors presents: the kernel's logical block size is 4096.
        QProcess losetup;
        losetup.start(QStringLiteral("losetup"), {QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--sector-size"),
                                                  QString::number(sector), disk.value()});
        QVERIFY(losetup.waitForFinished(30000) && losetup.exitCode() == 0);
        device = QString::fromLocal8Bit(losetup.readAllStandardOutput()).trimmed();
        QVERIFY(device.startsWith(QLatin1String("/dev/loop")));
        QFile logical(QStringLiteral("/sys/block/%1/queue/logical_block_size").arg(device.section(u'/', -1)));
        QVERIFY(logical.open(QIODevice::ReadOnly));
        QCOMPARE(logical.readAll().trimmed().toInt(), sector);
        disk = device;
    }

    const Run scan = cli({QStringLiteral("scan"), disk.value(), QStringLiteral("--json")});
    QCOMPARE(scan.code, 0);
    QCOMPARE(scan.json().value(QStringLiteral("volumes")).toArray().size(), parts.size());

    const Run fix = cli({QStringLiteral("fix"), disk.value(), QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyOf(kImage));
    QVERIFY2(fix.code == 0, qPrintable(fix.describe()));
    QCOMPARE(fix.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    QVERIFY(!fix.json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("removed")).toArray().isEmpty());
}

void TestFaultsDisk::severalCandidatesAskForPartition()
{
    const QString volume = built(kImage);
    QVERIFY(!volume.isEmpty());
    const PartitionSpec bitlocker{volume, 0, PartitionSpec::basicData(), 0x07, {}};
    auto disk = test::buildDiskImage(m_work->filePath(QStringLiteral("two.img")), QStringLiteral("gpt"), 512, {bitlocker, bitlocker});
    QVERIFY(disk);
    const Run fix = cli({QStringLiteral("fix"), disk.value(), QStringLiteral("--key-stdin")}, keyOf(kImage));
    QVERIFY2(fix.code == 2, qPrintable(fix.describe()));
    QVERIFY(fix.err.contains(QStringLiteral("--partition")));
    QVERIFY(fix.err.contains(QStringLiteral("partition 1")) && fix.err.contains(QStringLiteral("partition 2")));
    QCOMPARE(fix.errLines(), 1);
    const Run chosen = cli({QStringLiteral("fix"), disk.value(), QStringLiteral("--key-stdin"), QStringLiteral("--partition"), QStringLiteral("2")},
                           keyOf(kImage));
    QVERIFY2(chosen.code == 0, qPrintable(chosen.describe()));
}

// Never "fixed" or "not affected" where no Windows was inspected: a plain NTFS disk, a disk
// with only a Recovery partition, a folder that is not Windows.
void TestFaultsDisk::noWindowsIsExitSeven()
{
    auto plain = test::plainNtfsVolume(m_work->filePath(QStringLiteral("data.ntfs")), 16 << 20, QStringLiteral("Data"));
    QVERIFY(plain);
    Run fix = cli({QStringLiteral("fix"), plain.value()});
    QVERIFY2(fix.code == 7, qPrintable(fix.describe()));
    QCOMPARE(fix.errLines(), 1);

    auto disk = test::buildDiskImage(m_work->filePath(QStringLiteral("recovery-only.img")), QStringLiteral("gpt"), 512,
                                     {PartitionSpec{plain.value(), 0, PartitionSpec::recovery(), 0x27, {}}});
    QVERIFY(disk);
    fix = cli({QStringLiteral("fix"), disk.value()});
    QVERIFY2(fix.code == 7, qPrintable(fix.describe()));

    const QString folder = m_work->filePath(QStringLiteral("not-windows"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/Users")));
    fix = cli({QStringLiteral("fix"), folder});
    QVERIFY2(fix.code == 7, qPrintable(fix.describe()));
    QCOMPARE(fix.errLines(), 1);
}

// Item 2: the claim is system-wide, not per runtime folder (sudo vs a root login).
void TestFaultsDisk::secondRunWithAnotherRuntimeDirIsRefused()
{
    const QString volume = built(kImage);
    QVERIFY(!volume.isEmpty());
    DiskBackend backend;
    auto volumes = backend.scan({volume});
    QVERIFY(volumes && volumes->size() == 1);
    Report report;
    auto session = backend.open(volumes->first(), TestVolumes::recoveryMaterial(TestVolumes::image(kImage).recoveryKey), {}, report);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().details));

    const QString otherRuntime = m_work->filePath(QStringLiteral("other-runtime"));
    QVERIFY(QDir().mkpath(otherRuntime));
    const Run second = cli({QStringLiteral("fix"), volume, QStringLiteral("--key-stdin")}, keyOf(kImage), otherRuntime);
    QVERIFY2(second.code == 1, qPrintable(second.describe()));
    QVERIFY(second.err.contains(QStringLiteral("another Recovery Assistant session")));
    QCOMPARE(second.errLines(), 1);
    QVERIFY(session.value()->close(report));
}

// Item 2: dislocker + ntfs-3g started outside of us (as a technician would by hand).
void TestFaultsDisk::volumeMountedByHandIsRefused()
{
    const QString volume = built(kImage);
    QVERIFY(!volume.isEmpty());
    const QString hand = m_work->filePath(QStringLiteral("by-hand"));
    QVERIFY(QDir().mkpath(hand));
    ReportNode report;
    DislockerUnlocker unlocker;
    UnlockRequest request;
    request.device = volume;
    request.workDir = hand;
    request.material = TestVolumes::recoveryMaterial(TestVolumes::image(kImage).recoveryKey);
    auto unlocked = unlocker.unlock(request, report);
    QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().details));
    auto mounted = NtfsMount::mount(unlocked->decryptedPath, hand + QStringLiteral("/ntfs"), {}, report);
    QVERIFY(mounted);

    const Run fix = cli({QStringLiteral("fix"), volume, QStringLiteral("--key-stdin")}, keyOf(kImage));
    QVERIFY(NtfsMount::unmount(mounted.value(), report).ok());
    QVERIFY(unlocker.lock(unlocked.value(), report).ok());
    QVERIFY2(fix.code == 1, qPrintable(fix.describe()));
    QVERIFY2(fix.err.contains(QStringLiteral("dislocker")), qPrintable(fix.err));
    QCOMPARE(fix.errLines(), 1);
}

void TestFaultsDisk::loopDeviceOverTheImageIsRefused()
{
    const QString volume = built(kImage);
    QVERIFY(!volume.isEmpty());
    QProcess losetup;
    losetup.start(QStringLiteral("losetup"), {QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--read-only"), volume});
    QVERIFY(losetup.waitForFinished(60000) && losetup.exitCode() == 0);
    const QString loop = QString::fromLocal8Bit(losetup.readAllStandardOutput()).trimmed();
    const Run fix = cli({QStringLiteral("fix"), volume, QStringLiteral("--key-stdin")}, keyOf(kImage));
    QProcess::execute(QStringLiteral("losetup"), {QStringLiteral("-d"), loop});
    QVERIFY2(fix.code == 1, qPrintable(fix.describe()));
    QVERIFY2(fix.err.contains(loop), qPrintable(fix.err));
}

// Item 8: the first metadata block mutated around bytes 260–300, its CRC recomputed, copies 2
// and 3 zeroed (a block that made libcryptsetup 2.6.1 crash inside crypt_volume_key_get).
// scan and fix answer with one sentence and a documented exit code, never a signal or a hang.
void TestFaultsDisk::craftedMetadataBlockNeverCrashes()
{
    const QString pristine = built(kImage);
    QVERIFY(!pristine.isEmpty());
    const QList<qint64> fve = TestVolumes::fveMetadataOffsets(pristine);
    QCOMPARE(fve.size(), 3);
    QFile::remove(pristine);
    QRandomGenerator random(260300);
    for (int variant = 0; variant < 6; ++variant) {
        const QString image = built(kImage);
        QFile f(image);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(fve[0]));
        QByteArray block = f.read(65536);
        for (int at = 260; at < 300; ++at)
            if (variant < 3 ? random.bounded(3) == 0 : (at % 2 == 0 && at / 2 % 3 == variant % 3))
                block[at] = char(variant < 3 ? random.bounded(256) : (variant == 3 ? 0xff : variant == 4 ? 0x00 : 0x08));
        const int blockSize = qFromLittleEndian<quint16>(block.constData() + 8) * 16;
        qToLittleEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(block.constData()), uInt(blockSize))),
                                 block.data() + blockSize + 4);
        QVERIFY(f.seek(fve[0]) && f.write(block) == block.size());
        for (int copy = 1; copy < 3; ++copy)
            QVERIFY(f.seek(fve[copy]) && f.write(QByteArray(65536, 0)) == 65536);
        f.close();
        for (const QString &command : {QStringLiteral("scan"), QStringLiteral("fix")}) {
            const Run run = cli({command, image, QStringLiteral("--key-stdin")}, keyOf(kImage));
            QVERIFY2(run.code >= 0, qPrintable(QStringLiteral("variant %1 %2: crashed or hung").arg(variant).arg(command)));
            if (command == QLatin1String("fix")) {
                // Bytes 260–300 lie in the password protector: refused as damaged (4), the key
                // rejected (3), or opened through the intact recovery protector and fixed (0).
                QVERIFY2(run.code == 0 || run.code == 3 || run.code == 4, qPrintable(run.describe()));
                QCOMPARE(run.errLines(), 1);
            }
        }
        QFile::remove(image);
    }
}

// Item 9: libblkid and libcryptsetup 2.6 read only the first copy; we use the first intact one.
void TestFaultsDisk::zeroedFirstCopyOpensFromTheSecond()
{
    const QString image = built(kImage);
    QVERIFY(!image.isEmpty());
    const QList<qint64> fve = TestVolumes::fveMetadataOffsets(image);
    QCOMPARE(fve.size(), 3);
    QFile f(image);
    QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(fve[0]) && f.write(QByteArray(65536, 0)) == 65536);
    f.close();
    const Run scan = cli({QStringLiteral("scan"), image, QStringLiteral("--json")});
    QCOMPARE(scan.code, 0);
    const QJsonObject v = scan.json().value(QStringLiteral("volumes")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("kind")).toString(), QStringLiteral("bitlocker"));
    const Run fix = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyOf(kImage));
    QVERIFY2(fix.code == 0, qPrintable(fix.describe()));
    QCOMPARE(fix.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
}

// Item 10: AES-CBC with the Elephant diffuser, as Windows 7 made it.
void TestFaultsDisk::elephantIsFixed()
{
    const QString name = QStringLiteral("bitlk-aes-cbc-elephant-128");
    const QString image = built(name);
    QVERIFY2(!image.isEmpty(), "the Elephant volume could not be built");
    const Run fix = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyOf(name));
    QVERIFY2(fix.code == 0, qPrintable(fix.describe()));
    QCOMPARE(fix.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    const Run again = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyOf(name));
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    // The good version is kept, so the second run finds a channel file 291 that is not faulty.
    QCOMPARE(again.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("not-affected"));
    QVERIFY(again.json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("removed")).toArray().isEmpty());
}

// Item 12: a user who cannot read the target is told so (exit 6), wherever the suite lives.
void TestFaultsDisk::unreadableTargetExitsSix()
{
    QTemporaryDir open(QDir::tempPath() + QStringLiteral("/ra-notroot-XXXXXX"));
    QVERIFY(open.isValid());
    QFile::setPermissions(open.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
    const QString program = open.filePath(QStringLiteral("recovery-assistant-cli"));
    QVERIFY(QFile::copy(ra::test::cliProgram(), program));
    const QString image = open.filePath(QStringLiteral("secret.img"));
    QVERIFY(QFile(image).open(QIODevice::WriteOnly));
    QFile::setPermissions(image, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess p;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), open.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                         program, QStringLiteral("fix"), image});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 6, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
    QVERIFY2(err.contains(QStringLiteral("Cannot read %1: permission denied; run it as administrator.").arg(image)), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestFaultsDisk)
#include "tst_faults_disk.moc"
