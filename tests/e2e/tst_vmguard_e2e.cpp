// SPDX-License-Identifier: GPL-3.0-or-later
// VM disk files that reach beyond themselves (issue 21, "Trust, round 3"). A VM disk file must
// never read or write another file or drive: a qcow2 external data file or a VMDK extent that is
// a device or lies outside the disk's folder, a backing file reached through a symlink, a backing
// chain that loops or is too long, and a disk file that cannot be written (immutable, read-only
// mount). Each is refused (or opened read-only) before QEMU opens anything, with one sentence, the
// other file unchanged, and no qemu-storage-daemon left behind.
#include "e2esupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

using namespace ra;
using ra::test::sha256Of;
using ra::test::TestVolumes;
using Run = ra::test::CliRun;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    return out.isEmpty() ? QStringLiteral("ok") : out;
}

}  // namespace

class TestVmGuardE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void otherFileOrDeviceIsRefused_data();
    void otherFileOrDeviceIsRefused();
    void ownFilesAreFixedInPlace_data();
    void ownFilesAreFixedInPlace();
    void heldDataFileIsRefused();
    void aLinkedCloneReadingTheBaseDoesNotBlock();
    void symlinkedBaseIsStillABase();
    void loopingOrLongChainIsRefused_data();
    void loopingOrLongChainIsRefused();
    void unwritableFileIsReadOnlyLikeARawImage_data();
    void unwritableFileIsReadOnlyLikeARawImage();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}) const
    {
        return ra::test::runCliWithFault(args, input, m_home->path(), m_runtime.path());
    }
    Run fix(const QString &target) const
    {
        return cli({QStringLiteral("fix"), target, QStringLiteral("--key-stdin")},
                   TestVolumes::image(kImage).recoveryKey.toLatin1() + '\n');
    }
    // The built test volume as a raw file in dir.
    QString rawVolume(const QString &dir, const QString &name);
    QString loopDevice(const QString &file);
    // Every qemu-storage-daemon naming a file of this test, also one owned by PID 1 (killed).
    QStringList daemonsLeft();

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;     // the VM's folder and its neighbours
    std::unique_ptr<QTemporaryDir> m_outside;  // somewhere else entirely
    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_loops;
    QStringList m_immutable;
    QStringList m_mounts;
};

void TestVmGuardE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    RA_REQUIRE_QEMU_TOOLS();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
}

void TestVmGuardE2E::init()
{
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/vmguard-work-XXXXXX"));
    m_outside = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/vmguard-outside-XXXXXX"));
    m_home = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/vmguard-home-XXXXXX"));
    QVERIFY(m_work->isValid() && m_outside->isValid() && m_home->isValid());
}

QStringList TestVmGuardE2E::daemonsLeft()
{
    QStringList left;
    for (const QString &dir : {m_work->path(), m_outside->path(), m_runtime.path()})
        left += ra::test::daemonsUnder(dir);
    left.removeDuplicates();
    for (const QString &d : left)
        ::kill(pid_t(d.section(u' ', 1).toLongLong()), SIGKILL);  // never leave one spinning for the next test
    return left;
}

void TestVmGuardE2E::cleanup()
{
    const QStringList daemons = daemonsLeft();
    for (const QString &m : m_mounts)
        ::umount2(QFile::encodeName(m).constData(), MNT_DETACH);
    for (const QString &f : m_immutable)
        run(QStringLiteral("chattr"), {QStringLiteral("-i"), f});
    for (const QString &loop : m_loops)
        run(QStringLiteral("losetup"), {QStringLiteral("-d"), loop});
    m_mounts.clear();
    m_immutable.clear();
    m_loops.clear();
    QVERIFY2(daemons.isEmpty(), qPrintable(daemons.join(u';')));
    const QStringList left = ra::test::everythingLeftUnder({m_work->path(), m_outside->path(), m_runtime.path()});
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
}

QString TestVmGuardE2E::rawVolume(const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    auto raw = TestVolumes::builtVolumeCopy(kImage, dir);
    if (!raw)
        return {};
    const QString target = dir + u'/' + name;
    return QFile::rename(raw.value(), target) ? target : QString();
}

QString TestVmGuardE2E::loopDevice(const QString &file)
{
    const QString loop = run(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), file});
    if (loop.startsWith(QStringLiteral("/dev/")))
        m_loops << loop;
    return loop.startsWith(QStringLiteral("/dev/")) ? loop : QString();
}

void TestVmGuardE2E::otherFileOrDeviceIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("device");
    QTest::addColumn<QString>("why");
    QTest::newRow("qcow2 data file outside the folder") << "qcow2" << false << "outside";
    QTest::newRow("qcow2 data file is a loop device") << "qcow2" << true << "device";
    QTest::newRow("VMDK extent outside the folder") << "vmdk" << false << "outside";
    QTest::newRow("VMDK extent is a loop device") << "vmdk" << true << "device";
    QTest::newRow("qcow2 backing file is a symlink out of the folders") << "backing" << false << "outside";
}

void TestVmGuardE2E::otherFileOrDeviceIsRefused()
{
    // The other file holds the real BitLocker volume: today QEMU opens it and `fix` writes into
    // it ("Fixed", exit 0), past every lock and "already mounted" check made for the disk file.
    QFETCH(QString, kind);
    QFETCH(bool, device);
    QFETCH(QString, why);
    const QString other = rawVolume(m_outside->path(), QStringLiteral("other-disk.raw"));
    QVERIFY(!other.isEmpty());
    const qint64 size = QFileInfo(other).size();
    QString named = QFileInfo(other).canonicalFilePath();
    if (device) {
        named = loopDevice(other);
        QVERIFY2(!named.isEmpty(), "losetup failed");
    }
    const QString vmDir = m_work->filePath(QStringLiteral("vm"));
    QVERIFY(QDir().mkpath(vmDir));
    QString image;
    if (kind == QLatin1String("qcow2")) {
        image = vmDir + QStringLiteral("/guest.qcow2");
        const QString scratch = vmDir + QStringLiteral("/scratch.raw");
        QVERIFY(ra::test::qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                   QStringLiteral("data_file=%1,data_file_raw=on").arg(scratch), image, QString::number(size)})
                    .isEmpty());
        QVERIFY(ra::test::qemuImg({QStringLiteral("amend"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                   QStringLiteral("data_file=") + named, image})
                    .isEmpty());
        QFile::remove(scratch);
    } else if (kind == QLatin1String("vmdk")) {
        image = vmDir + QStringLiteral("/guest.vmdk");
        QFile descriptor(image);
        QVERIFY(descriptor.open(QIODevice::WriteOnly));
        const QString extent = device ? named : QStringLiteral("../../") + QFileInfo(m_outside->path()).fileName() + QStringLiteral("/other-disk.raw");
        descriptor.write(QStringLiteral("# Disk DescriptorFile\nversion=1\nCID=12345678\nparentCID=ffffffff\n"
                                        "createType=\"monolithicFlat\"\n\n# Extent description\nRW %1 FLAT \"%2\" 0\n\n"
                                        "# The Disk Data Base\nddb.virtualHWVersion = \"4\"\nddb.adapterType = \"ide\"\n")
                             .arg(size / 512)
                             .arg(extent)
                             .toUtf8());
    } else {
        // A qcow2 base far away, reached through a symlink in the VM's folder.
        const QString far = m_outside->filePath(QStringLiteral("base.qcow2"));
        QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-O"),
                                   QStringLiteral("qcow2"), other, far})
                    .isEmpty());
        QVERIFY(QFile::link(far, vmDir + QStringLiteral("/base.qcow2")));
        image = vmDir + QStringLiteral("/guest.qcow2");
        QVERIFY(ra::test::qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                   QStringLiteral("base.qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"), image})
                    .isEmpty());
        named = QFileInfo(far).canonicalFilePath();
    }
    const QString before = sha256Of(kind == QLatin1String("backing") ? named : other);
    for (const QString &command : {QStringLiteral("scan"), QStringLiteral("fix")}) {
        const Run r = command == QLatin1String("fix") ? fix(image) : cli({command, image});
        QVERIFY2(r.code == 2, qPrintable(command + u' ' + r.text()));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);  // one sentence
        QVERIFY2(r.err.contains(named), qPrintable(r.text()));  // naming the file
        QVERIFY2(r.err.contains(why == QLatin1String("device") ? QStringLiteral("device") : QStringLiteral("outside")), qPrintable(r.text()));
    }
    QCOMPARE(sha256Of(kind == QLatin1String("backing") ? named : other), before);
}

void TestVmGuardE2E::ownFilesAreFixedInPlace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("qcow2 with its data file beside it") << "qcow2-data";
    QTest::newRow("VMDK descriptor with its flat extent beside it") << "vmdk-flat";
}

void TestVmGuardE2E::ownFilesAreFixedInPlace()
{
    // The files a disk is made of, in its folder, are allowed: the fix goes through QEMU into the
    // data file or extent (the pins name them), checked independently afterwards.
    QFETCH(QString, kind);
    const QString vmDir = m_work->filePath(QStringLiteral("vm"));
    const QString raw = rawVolume(vmDir, QStringLiteral("volume.raw"));
    QVERIFY(!raw.isEmpty());
    QString image;
    QString data;
    if (kind == QLatin1String("qcow2-data")) {
        image = vmDir + QStringLiteral("/guest.qcow2");
        data = vmDir + QStringLiteral("/guest.data");
        QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                                   QStringLiteral("data_file=%1,data_file_raw=on").arg(data), raw, image})
                    .isEmpty());
    } else {
        image = vmDir + QStringLiteral("/guest.vmdk");
        data = vmDir + QStringLiteral("/guest-flat.vmdk");
        QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("vmdk"), QStringLiteral("-o"),
                                   QStringLiteral("subformat=monolithicFlat"), raw, image})
                    .isEmpty());
    }
    QFile::remove(raw);
    QVERIFY(QFileInfo(data).isFile());
    const QString before = sha256Of(data);
    const Run r = fix(image);
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    QVERIFY(sha256Of(data) != before);  // written where the disk keeps its data
    ra::test::verifyFixedDiskFile(image, false, 0, 0, TestVolumes::image(kImage).recoveryKey, m_work->path());
}

void TestVmGuardE2E::heldDataFileIsRefused()
{
    // A data file beside the disk is checked like the disk itself: a loop device over it (mounted
    // or not) means someone else may write it, so the fix is refused before QEMU opens it.
    const QString vmDir = m_work->filePath(QStringLiteral("vm"));
    const QString raw = rawVolume(vmDir, QStringLiteral("volume.raw"));
    QVERIFY(!raw.isEmpty());
    const QString image = vmDir + QStringLiteral("/guest.qcow2");
    const QString data = vmDir + QStringLiteral("/guest.data");
    QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), QStringLiteral("-o"),
                               QStringLiteral("data_file=%1,data_file_raw=on").arg(data), raw, image})
                .isEmpty());
    QFile::remove(raw);
    const QString loop = loopDevice(data);
    QVERIFY2(!loop.isEmpty(), "losetup failed");
    const QString before = sha256Of(data);
    const Run r = fix(image);
    QVERIFY2(r.code == 1, qPrintable(r.text()));  // Busy, as for a target held by a loop device
    QVERIFY2(r.err.contains(loop), qPrintable(r.text()));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    QCOMPARE(sha256Of(data), before);
}

void TestVmGuardE2E::aLinkedCloneReadingTheBaseDoesNotBlock()
{
    // The backing files get the holder checks too, but only read: another linked clone of the
    // same template running (its QEMU reads the base) does not stop fixing this one.
    const QString images = m_work->filePath(QStringLiteral("images"));
    const QString raw = rawVolume(images + QStringLiteral("/100"), QStringLiteral("volume.raw"));
    QVERIFY(!raw.isEmpty());
    const QString base = images + QStringLiteral("/100/base-100-disk-0.qcow2");
    QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), raw, base}).isEmpty());
    QFile::remove(raw);
    QStringList clones;
    for (const QString &id : {QStringLiteral("101"), QStringLiteral("102")}) {
        QVERIFY(QDir().mkpath(images + u'/' + id));
        clones << images + QStringLiteral("/%1/vm-%1-disk-0.qcow2").arg(id);
        QVERIFY(ra::test::qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                   QStringLiteral("../100/base-100-disk-0.qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"), clones.last()})
                    .isEmpty());
    }
    QProcess running;  // VM 102: QEMU with its disk open, the base read through it
    running.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), clones.at(1)});
    QVERIFY(running.waitForStarted(10000));
    const QString canonicalBase = QFileInfo(base).canonicalFilePath();
    auto holdsBase = [&] {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(running.processId()));
        for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
            if (QFileInfo(fds.filePath(fd)).symLinkTarget() == canonicalBase)
                return true;
        return false;
    };
    QElapsedTimer waited;
    waited.start();
    while (!holdsBase() && waited.elapsed() < 30000)
        QThread::msleep(20);
    const bool held = holdsBase();
    const Run r = held ? fix(clones.at(0)) : Run();
    running.kill();
    running.waitForFinished(10000);
    QVERIFY2(held, "qemu-io never opened the base");
    QVERIFY2(r.code == 0, qPrintable(r.text()));
    ra::test::verifyFixedDiskFile(clones.at(0), false, 0, 0, TestVolumes::image(kImage).recoveryKey, m_work->path());
}

void TestVmGuardE2E::symlinkedBaseIsStillABase()
{
    // A base with an overlay beside it, reached through a symlink far from both: writing into it
    // would change what the overlay shows. Refused like the base itself (exit 4, naming the overlay).
    const QString vmDir = m_work->filePath(QStringLiteral("vm"));
    const QString base = rawVolume(vmDir, QStringLiteral("base.raw"));
    QVERIFY(!base.isEmpty());
    const QString baseQcow2 = vmDir + QStringLiteral("/base.qcow2");
    QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), base, baseQcow2}).isEmpty());
    QFile::remove(base);
    const QString overlay = vmDir + QStringLiteral("/top.qcow2");
    QVERIFY(ra::test::qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                               QStringLiteral("base.qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"), overlay})
                .isEmpty());
    const QString linkDir = m_outside->filePath(QStringLiteral("elsewhere/deeper"));
    QVERIFY(QDir().mkpath(linkDir));
    const QString link = linkDir + QStringLiteral("/link-to-base.qcow2");
    QVERIFY(QFile::link(baseQcow2, link));
    const QString before = sha256Of(baseQcow2);
    const Run r = fix(link);
    QVERIFY2(r.code == 4, qPrintable(r.text()));
    QVERIFY2(r.err.contains(QFileInfo(overlay).canonicalFilePath()), qPrintable(r.text()));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    QCOMPARE(sha256Of(baseQcow2), before);
}

void TestVmGuardE2E::loopingOrLongChainIsRefused_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("loop");
    QTest::newRow("A -> B -> A") << 2 << true;
    QTest::newRow("A -> A") << 1 << true;
    QTest::newRow("18 overlays over the volume") << 18 << false;
}

void TestVmGuardE2E::loopingOrLongChainIsRefused()
{
    // Today a loop stalls QEMU's daemon at start (100 % CPU, deaf to SIGTERM, left to PID 1) and
    // the run exits 1 after 60 s. The chain is read from the headers first: exit 4 (damaged or
    // unsupported), and no daemon is ever left, whatever happened.
    QFETCH(int, length);
    QFETCH(bool, loop);
    const QString vmDir = m_work->filePath(QStringLiteral("vm"));
    const QString raw = rawVolume(vmDir, QStringLiteral("volume.raw"));
    QVERIFY(!raw.isEmpty());
    QString below = QStringLiteral("disk0.qcow2");
    QVERIFY(ra::test::qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("qcow2"), raw, vmDir + u'/' + below}).isEmpty());
    QFile::remove(raw);
    for (int i = 1; i < length; ++i) {
        const QString name = QStringLiteral("disk%1.qcow2").arg(i);
        QVERIFY(ra::test::qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                   below, QStringLiteral("-F"), QStringLiteral("qcow2"), vmDir + u'/' + name})
                    .isEmpty());
        below = name;
    }
    const QString top = vmDir + u'/' + below;
    if (loop)  // the bottom's backing file becomes the top: A -> B -> A (or A -> A)
        QVERIFY(ra::test::qemuImg({QStringLiteral("rebase"), QStringLiteral("-u"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-b"),
                                   below, QStringLiteral("-F"), QStringLiteral("qcow2"), vmDir + QStringLiteral("/disk0.qcow2")})
                    .isEmpty());
    for (const QString &command : {QStringLiteral("scan"), QStringLiteral("fix")}) {
        const Run r = command == QLatin1String("fix") ? fix(top) : cli({command, top});
        const QStringList daemons = daemonsLeft();
        QVERIFY2(daemons.isEmpty(), qPrintable(command + QStringLiteral(" left ") + daemons.join(u';') + u'\n' + r.text()));
        QVERIFY2(r.code == 4, qPrintable(command + u' ' + r.text()));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }
}

void TestVmGuardE2E::unwritableFileIsReadOnlyLikeARawImage_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("how");
    QTest::newRow("raw, chattr +i (the reference)") << "raw" << "immutable";
    QTest::newRow("qcow2, chattr +i") << "qcow2" << "immutable";
    QTest::newRow("VHDX, chattr +i") << "vhdx" << "immutable";
    QTest::newRow("raw, read-only bind mount (the reference)") << "raw" << "ro-mount";
    QTest::newRow("qcow2, read-only bind mount") << "qcow2" << "ro-mount";
    QTest::newRow("VMDK, read-only bind mount") << "vmdk" << "ro-mount";
}

void TestVmGuardE2E::unwritableFileIsReadOnlyLikeARawImage()
{
    // A raw image that cannot be written opens read-only and a fix ends in exit 5 ("read-only:
    // nothing was deleted"); a VM disk file there got exit 4 ("damaged"). Now the same as raw.
    QFETCH(QString, format);
    QFETCH(QString, how);
    const QString dir = m_work->filePath(QStringLiteral("store"));
    QVERIFY(QDir().mkpath(dir));
    const QString image = ra::test::makeDiskFile(kImage, format, dir, QStringLiteral("server.") + (format == QLatin1String("raw") ? QStringLiteral("img") : format), false);
    QVERIFY(!image.isEmpty());
    const QString before = sha256Of(image);
    QString target = image;
    if (how == QLatin1String("immutable")) {
        QVERIFY(!run(QStringLiteral("chattr"), {QStringLiteral("+i"), image}).isEmpty());
        m_immutable << image;
    } else {
        const QString ro = m_work->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        QVERIFY(::mount(QFile::encodeName(dir).constData(), QFile::encodeName(ro).constData(), nullptr, MS_BIND, nullptr) == 0);
        m_mounts << ro;
        QVERIFY(::mount(nullptr, QFile::encodeName(ro).constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0);
        target = ro + u'/' + QFileInfo(image).fileName();
    }
    const Run scan = cli({QStringLiteral("scan"), target});
    QVERIFY2(scan.code == 0, qPrintable(scan.text()));
    const Run r = fix(target);
    QVERIFY2(r.code == 5, qPrintable(r.text()));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.text()));
    QCOMPARE(sha256Of(image), before);
}

QTEST_GUILESS_MAIN(TestVmGuardE2E)
#include "tst_vmguard_e2e.moc"
