// SPDX-License-Identifier: GPL-3.0-or-later
// DiskBackend, DislockerUnlocker, NtfsMount and DiskMount on real BitLocker volumes.
#include "e2esupport.h"

#include "system/appdirs.h"
#include "system/disk/diskbackend.h"
#include "system/disk/dislockerunlocker.h"
#include "system/externalcommand.h"
#include "system/disk/loopdevice.h"
#include "system/disk/diskmount.h"
#include "system/disk/ntfsmount.h"
#include "system/disk/volumeprobe.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ra;
using ra::test::TestVolumes;

namespace {
const QString kFaulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");
const QString kGood = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000033.sys");
}  // namespace

class TestDiskBackendE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void opensEveryImage_data();
    void opensEveryImage();
    void writesPersistAfterClose();
    void wrongKeyIsRejected();
    void keyOfAnotherDriveIsNamed();
    void startupKeyOfAnotherDriveIsNamed();
    void malformedKeyNeverReachesTheTools();
    void lockedVolumeWithoutKey();
    void eowImageFailsCleanly();
    void corruptedMetadataIsReported();
    void hibernatedVolumeOpensReadOnly();
    void wholeDiskGptImage();
    void deviceMissingBeforeOpen();
    void deviceVanishesWhileOpening();
    void loopDeviceDetachedWhileOpening();
    void deviceVanishesWhileOpen();
    void twoSessionsNeverOpenOneDevice();
    void volumeMountedElsewhereIsNotOpenedTwice();
    void staleMountsOfOursAreCleaned();
    void plainNtfsVolume();

private:
    QString copyOf(const QString &name);
    VolumeInfo volumeOf(const QString &path, qint64 offset = 0, qint64 size = 0) const;
    Result<std::unique_ptr<Mount>> open(const QString &path, const UnlockMaterial &material,
                                               const OpenOptions &options = {}, qint64 offset = 0, qint64 size = 0);

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    DiskBackend m_backend;
};

void TestDiskBackendE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    QVERIFY(AppDirs::runtimeDir().startsWith(m_runtime.path()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/e2e-work-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestDiskBackendE2E::cleanup()
{
    const QStringList left = ra::test::leftovers(m_work->path()) + ra::test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    QVERIFY(!QFileInfo::exists(DiskMount::sessionsDir())
            || QDir(DiskMount::sessionsDir()).isEmpty(QDir::Dirs | QDir::NoDotAndDotDot));
    m_backend.setStepHook({});
    for (const QString &file : QDir(m_work->path()).entryList(QDir::Files))
        QFile::remove(m_work->filePath(file));
}

QString TestDiskBackendE2E::copyOf(const QString &name)
{
    auto copy = TestVolumes::builtVolumeCopy(name, m_work->path());
    if (!copy)
        qWarning("%s\n%s", qPrintable(copy.error().message), qPrintable(copy.error().details));
    return copy ? copy.value() : QString();
}

VolumeInfo TestDiskBackendE2E::volumeOf(const QString &path, qint64 offset, qint64 size) const
{
    VolumeInfo v;
    v.target = path;
    v.device = path;
    v.offset = offset;
    v.size = size;
    return v;
}

Result<std::unique_ptr<Mount>> TestDiskBackendE2E::open(const QString &path, const UnlockMaterial &material,
                                                              const OpenOptions &options, qint64 offset, qint64 size)
{
    Report report;
    auto session = m_backend.open(volumeOf(path, offset, size), material, options, report);
    if (!session)
        qInfo("%s", qPrintable(report.toText()));
    return session;
}

void TestDiskBackendE2E::opensEveryImage_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("key");  // "rp", "rp2", "bek", "none" or "other" (a key of another drive)
    QTest::addColumn<QString>("expectedProtector");
    const auto img = [](const char *name) { return TestVolumes::image(QString::fromLatin1(name)); };
    QTest::newRow("xts-128") << "bitlk-aes-xts-128" << "rp" << img("bitlk-aes-xts-128").recoveryGuid;
    QTest::newRow("cbc-128") << "bitlk-aes-cbc-128" << "rp" << img("bitlk-aes-cbc-128").recoveryGuid;
    QTest::newRow("xts-256") << "bitlk-aes-xts-256" << "rp" << img("bitlk-aes-xts-256").recoveryGuid;
    // Two recovery protectors: the Key ID of the one the key belongs to (the key to rotate).
    QTest::newRow("two-recovery RP") << "bitlk-aes-xts-128-two-recovery" << "rp"
                                     << img("bitlk-aes-xts-128-two-recovery").recoveryGuid;
    QTest::newRow("two-recovery RP2") << "bitlk-aes-xts-128-two-recovery" << "rp2"
                                      << img("bitlk-aes-xts-128-two-recovery").recoveryGuid2;
    QTest::newRow("clear key") << "bitlk-aes-xts-128-clearkey-only" << "none"
                               << img("bitlk-aes-xts-128-clearkey-only").clearKeyGuid;
    QTest::newRow("clear key, a key given anyway") << "bitlk-aes-xts-128-clearkey-only" << "other"
                                                   << img("bitlk-aes-xts-128-clearkey-only").clearKeyGuid;
    QTest::newRow("startup key .BEK") << "bitlk-aes-xts-128-startup-key" << "bek"
                                      << img("bitlk-aes-xts-128-startup-key").startupKeyGuid;
    QTest::newRow("startup-key image, RP") << "bitlk-aes-xts-128-startup-key" << "rp"
                                           << img("bitlk-aes-xts-128-startup-key").recoveryGuid;
    QTest::newRow("crc") << "bitlk-aes-xts-128-crc" << "rp" << img("bitlk-aes-xts-128-crc").recoveryGuid;
}

void TestDiskBackendE2E::opensEveryImage()
{
    QFETCH(QString, image);
    QFETCH(QString, key);
    QFETCH(QString, expectedProtector);
    const QString path = copyOf(image);
    QVERIFY(!path.isEmpty());
    const auto info = TestVolumes::image(image);
    UnlockMaterial material = TestVolumes::recoveryMaterial(
        key == QStringLiteral("rp2")     ? info.recoveryKey2
        : key == QStringLiteral("rp")    ? info.recoveryKey
        : key == QStringLiteral("other") ? TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey
                                         : QString());
    if (key == QStringLiteral("bek")) {
        auto bek = TestVolumes::startupKeyFile();
        QVERIFY2(bek.ok(), "the test data has no .BEK file");
        material.kind = UnlockMaterial::Kind::StartupKeyFile;
        material.startupKeyFile = bek.value();
    }
    auto session = open(path, material);
    QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().message + u'\n' + session.error().details));
    QVERIFY(!(*session)->isReadOnly());
    QVERIFY((*session)->root().startsWith(AppDirs::runtimeDir()));
    QVERIFY(QFileInfo::exists((*session)->root() + u'/' + kFaulty));
    QVERIFY(QFileInfo::exists((*session)->root() + u'/' + kGood));
    if (!expectedProtector.isEmpty())
        QCOMPARE((*session)->usedProtector(), ProtectorId(QUuid(expectedProtector)));
    Report report;
    QVERIFY((*session)->close(report).ok());
    QVERIFY(!MountPoints::isMounted((*session)->root()));
    QVERIFY((*session)->close(report).ok());  // closing twice is harmless
}

void TestDiskBackendE2E::writesPersistAfterClose()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const auto material = TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey);
    {
        auto session = open(path, material);
        QVERIFY(session.ok());
        QVERIFY(QFile::remove((*session)->root() + u'/' + kFaulty));
        // The destructor closes: the delete must reach the BitLocker volume on disk.
    }
    QVERIFY(ra::test::leftovers(m_work->path()).isEmpty());
    auto again = open(path, material);
    QVERIFY(again.ok());
    QVERIFY(!QFileInfo::exists((*again)->root() + u'/' + kFaulty));
    QVERIFY(QFileInfo::exists((*again)->root() + u'/' + kGood));
    Report report;
    QVERIFY((*again)->close(report).ok());
}

void TestDiskBackendE2E::wrongKeyIsRejected()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    // A valid key (all checksums right), but of another drive.
    auto session = open(path, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-256")).recoveryKey));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::KeyRejected);
    QVERIFY2(session.error().message.contains(QStringLiteral("64311DEA")), qPrintable(session.error().message));
}

void TestDiskBackendE2E::keyOfAnotherDriveIsNamed()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const auto other = TestVolumes::image(QStringLiteral("bitlk-aes-xts-256"));
    Report report;
    UnlockMaterial material = TestVolumes::recoveryMaterial(other.recoveryKey);
    material.source = KeySource::exportEntry(QStringLiteral("keys.csv"), QStringLiteral("PC-0042"), {}, 2,
                                             ProtectorId::parseFullOrShort(other.recoveryGuid.left(8)).value());
    auto session = m_backend.open(volumeOf(path), material, {}, report);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::KeyRejected);
    QVERIFY2(session.error().message.contains(QStringLiteral("does not belong to this drive")), qPrintable(session.error().message));
    QVERIFY(session.error().message.contains(other.recoveryGuid.left(8).toUpper()));
    QVERIFY(session.error().message.contains(QStringLiteral("64311DEA")));
}

void TestDiskBackendE2E::startupKeyOfAnotherDriveIsNamed()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    auto bek = TestVolumes::startupKeyFile();
    QVERIFY(bek.ok());
    UnlockMaterial material;
    material.kind = UnlockMaterial::Kind::StartupKeyFile;
    material.startupKeyFile = bek.value();
    auto session = open(path, material);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::KeyRejected);
    QVERIFY2(session.error().message.contains(QStringLiteral("4381F759")), qPrintable(session.error().message));
}

void TestDiskBackendE2E::malformedKeyNeverReachesTheTools()
{
    // A typing error in the last group: caught by the checksum before anything runs.
    const auto parsed = RecoveryKey::parse(QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591911"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
    QVERIFY(parsed.error().message.contains(u'8'));
    // A recovery-key material without a key is refused as bad input, not as a wrong key.
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    UnlockMaterial material;
    material.kind = UnlockMaterial::Kind::RecoveryPassword;
    auto session = open(path, material);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::BadInput);
}

void TestDiskBackendE2E::lockedVolumeWithoutKey()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    auto session = open(path, UnlockMaterial{});
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::KeyRejected);
    QVERIFY2(session.error().message.contains(QStringLiteral("64311DEA")), qPrintable(session.error().message));
}

void TestDiskBackendE2E::eowImageFailsCleanly()
{
    auto pristine = TestVolumes::pristineImage(QStringLiteral("bitlk-aes-xts-128-eow"));
    QVERIFY(pristine.ok());
    const QString path = m_work->filePath(QStringLiteral("eow.img"));
    QVERIFY(TestVolumes::sparseCopy(pristine.value(), path));
    auto session = open(path, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128-eow")).recoveryKey));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::Unsupported);
    QVERIFY(!session.error().message.isEmpty());
}

void TestDiskBackendE2E::corruptedMetadataIsReported()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const QList<qint64> offsets = TestVolumes::fveMetadataOffsets(path);
    QCOMPARE(offsets.size(), 3);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 at : offsets) {
            QVERIFY(f.seek(at));
            f.write(QByteArray(4096, '\x5a'));
        }
    }
    auto session = open(path, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::Unsupported);
    QVERIFY2(session.error().message.contains(QStringLiteral("damaged")), qPrintable(session.error().message));
}

void TestDiskBackendE2E::hibernatedVolumeOpensReadOnly()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const auto material = TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey);
    {
        auto session = open(path, material);
        QVERIFY(session.ok());
        QVERIFY(ra::test::plantFiles((*session)->root(),
                                     {{QStringLiteral("hiberfil.sys"), QByteArray("HIBR") + QByteArray(8188, '\x11'), {}}}));
        Report report;
        QVERIFY((*session)->close(report).ok());
    }
    {
        auto session = open(path, material);
        QVERIFY(session.ok());
        QVERIFY((*session)->isReadOnly());
        QCOMPARE((*session)->readOnlyReason(), QStringLiteral("hibernated"));
        const Error why = NtfsMount::readOnlyError((*session)->readOnlyReason());
        QCOMPARE(why.kind, ErrorKind::ReadOnly);
        QVERIFY(why.message.contains(QStringLiteral("unsaved work")));
        QVERIFY(!QFile::remove((*session)->root() + u'/' + kFaulty));  // read-only for real
        QVERIFY(MountPoints::find((*session)->root())->isReadOnly());
        Report report;
        QVERIFY((*session)->close(report).ok());
    }
    {
        OpenOptions yes;
        yes.removeHiberfile = true;
        auto session = open(path, material, yes);
        QVERIFY(session.ok());
        QVERIFY(!(*session)->isReadOnly());
        QVERIFY(!QFileInfo::exists((*session)->root() + QStringLiteral("/hiberfil.sys")));
        QVERIFY(QFile::remove((*session)->root() + u'/' + kFaulty));
        Report report;
        QVERIFY((*session)->close(report).ok());
    }
}

void TestDiskBackendE2E::wholeDiskGptImage()
{
    qint64 offset = 0;
    qint64 size = 0;
    auto disk = TestVolumes::gptDiskCopy(QStringLiteral("bitlk-aes-xts-128"), m_work->path(), &offset, &size);
    QVERIFY2(disk.ok(), qPrintable(disk ? QString() : disk.error().details));
    QCOMPARE(offset, qint64(1024 * 1024));
    // VolumeProbe finds the BitLocker partition in the partition table; open exactly what it found.
    auto probed = VolumeProbe::probeTarget(disk.value());
    QVERIFY2(probed.ok(), qPrintable(probed ? QString() : probed.error().message));
    std::optional<VolumeInfo> partition;
    for (const VolumeInfo &v : probed.value())
        if (v.kind == VolumeKind::BitLocker && v.offset == offset && v.partitionTable == QStringLiteral("gpt"))
            partition = v;
    QVERIFY(partition.has_value());
    QCOMPARE(partition->size, size);
    QVERIFY(partition->bitlocker.has_value());
    Report openReport;
    auto session = m_backend.open(*partition,
                                  TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey),
                                  {}, openReport);
    QVERIFY2(session.ok(), qPrintable(openReport.toText()));
    QCOMPARE((*session)->usedProtector().shortId(), QStringLiteral("64311DEA"));
    QVERIFY(session.ok());
    auto *disked = dynamic_cast<DiskMount *>(session->get());
    QVERIFY(disked && disked->loopDevice().has_value());
    QCOMPARE(LoopDevice::backingFile(*disked->loopDevice()), disk.value());
    QVERIFY(QFileInfo::exists((*session)->root() + u'/' + kFaulty));
    Report report;
    QVERIFY((*session)->close(report).ok());
    QVERIFY(ra::test::leftovers(m_work->path()).isEmpty());  // the loop device is gone too
}

void TestDiskBackendE2E::deviceMissingBeforeOpen()
{
    auto session = open(m_work->filePath(QStringLiteral("no-such-disk.img")), UnlockMaterial{});
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::DeviceGone);
}

void TestDiskBackendE2E::deviceVanishesWhileOpening()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    m_backend.setStepHook([&](const QString &step) {
        if (step == QStringLiteral("unlocked"))
            QFile::resize(path, 0);  // the disk is pulled after unlocking, before NTFS is read
    });
    auto session = open(path, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::DeviceGone);
}

void TestDiskBackendE2E::loopDeviceDetachedWhileOpening()
{
    qint64 offset = 0;
    qint64 size = 0;
    auto disk = TestVolumes::gptDiskCopy(QStringLiteral("bitlk-aes-xts-128"), m_work->path(), &offset, &size);
    QVERIFY(disk.ok());
    DiskMount *seen = nullptr;
    Q_UNUSED(seen);
    m_backend.setStepHook([&](const QString &step) {
        if (step != QStringLiteral("loop"))
            return;
        for (const QString &loop : QDir(QStringLiteral("/sys/block")).entryList({QStringLiteral("loop*")}))
            if (LoopDevice::backingFile(QStringLiteral("/dev/") + loop) == disk.value()) {
                Report r;
                LoopDevice::detach(QStringLiteral("/dev/") + loop, r);
            }
    });
    auto session = open(disk.value(), TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey),
                        {}, offset, size);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::DeviceGone);
}

void TestDiskBackendE2E::deviceVanishesWhileOpen()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    auto session = open(path, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey));
    QVERIFY(session.ok());
    QVERIFY(QFile::resize(path, 0));
    QVERIFY(QFile::remove(path));
    QFile::remove((*session)->root() + u'/' + kFaulty);  // fails or not: the disk is gone
    Report report;
    QVERIFY2((*session)->close(report).ok(), qPrintable(report.toText()));  // closing still undoes every layer
}

void TestDiskBackendE2E::twoSessionsNeverOpenOneDevice()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const auto material = TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey);
    auto first = open(path, material);
    QVERIFY(first.ok());
    const QString link = m_work->filePath(QStringLiteral("same-disk-other-name.img"));
    QVERIFY(QFile::link(path, link));
    auto second = open(link, material);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Busy);
    Report report;
    QVERIFY((*first)->close(report).ok());
    auto third = open(path, material);
    QVERIFY(third.ok());
    QVERIFY((*third)->close(report).ok());
}

void TestDiskBackendE2E::volumeMountedElsewhereIsNotOpenedTwice()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    VolumeInfo volume = volumeOf(path);
    volume.mountPoint = QStringLiteral("/media/technician/Windows");  // as VolumeProbe reports it
    Report report;
    auto session = m_backend.open(volume, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey),
                                  {}, report);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::Busy);
    QVERIFY(session.error().message.contains(volume.mountPoint));
}

void TestDiskBackendE2E::staleMountsOfOursAreCleaned()
{
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const auto material = TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey);
    // What a crashed run leaves: a session folder with both layers mounted and nobody holding it.
    const QString stale = DiskMount::sessionsDir() + QStringLiteral("/crashed-run");
    QVERIFY(AppDirs::makePrivateDir(stale));
    Report report;
    DislockerUnlocker unlocker;
    UnlockRequest request;
    request.device = path;
    request.material = material;
    request.workDir = stale;
    auto unlocked = unlocker.unlock(request, report);
    QVERIFY(unlocked.ok());
    auto ntfs = NtfsMount::mount(unlocked->decryptedPath, stale + QStringLiteral("/ntfs"), {}, report);
    QVERIFY(ntfs.ok());
    // Somebody else's mount of another copy, outside our runtime folder: must stay.
    const QString foreignPath = copyOf(QStringLiteral("bitlk-aes-xts-256"));
    const QString foreignFile = m_work->filePath(QStringLiteral("foreign.img"));
    QVERIFY(QFile::rename(foreignPath, foreignFile));
    const QString foreignDir = m_work->filePath(QStringLiteral("foreign"));
    request.device = foreignFile;
    request.material = TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-256")).recoveryKey);
    request.workDir = foreignDir;
    auto foreign = unlocker.unlock(request, report);
    QVERIFY(foreign.ok());

    // A live session of ours must survive the cleanup as well.
    const QString livePath = copyOf(QStringLiteral("bitlk-aes-cbc-128"));
    auto live = open(livePath, TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-cbc-128")).recoveryKey));
    QVERIFY(live.ok());

    QCOMPARE(DiskMount::cleanStaleMounts(report), 1);
    QVERIFY(!MountPoints::isMounted(stale + QStringLiteral("/ntfs")));
    QVERIFY(!MountPoints::isMounted(unlocked->mountPoint));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(MountPoints::isMounted(foreign->mountPoint));
    QVERIFY(MountPoints::isMounted((*live)->root()));

    QVERIFY(unlocker.lock(foreign.value(), report).ok());
    QVERIFY((*live)->close(report).ok());
}

void TestDiskBackendE2E::plainNtfsVolume()
{
    // An unencrypted NTFS volume: take the decrypted contents of a built volume as a plain image.
    const QString path = copyOf(QStringLiteral("bitlk-aes-xts-128"));
    const QString plain = m_work->filePath(QStringLiteral("plain-ntfs.img"));
    {
        Report report;
        DislockerUnlocker unlocker;
        UnlockRequest request;
        request.device = path;
        request.material = TestVolumes::recoveryMaterial(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey);
        request.workDir = m_work->filePath(QStringLiteral("plain-work"));
        request.readOnly = true;
        auto unlocked = unlocker.unlock(request, report);
        QVERIFY(unlocked.ok());
        QVERIFY(TestVolumes::sparseCopy(unlocked->decryptedPath, plain));
        QVERIFY(unlocker.lock(unlocked.value(), report).ok());
    }
    QCOMPARE(DiskBackend::sniffKind(plain, 0), VolumeKind::Ntfs);
    auto session = open(plain, UnlockMaterial{});
    QVERIFY(session.ok());
    QVERIFY(QFileInfo::exists((*session)->root() + u'/' + kFaulty));
    QVERIFY((*session)->usedProtector().isNull());
    Report report;
    QVERIFY((*session)->close(report).ok());
}

QTEST_GUILESS_MAIN(TestDiskBackendE2E)
#include "tst_diskbackend_e2e.moc"
