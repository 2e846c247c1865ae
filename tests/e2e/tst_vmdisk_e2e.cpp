// SPDX-License-Identifier: GPL-3.0-or-later
// VM disk files (issue 14): `recovery-assistant-cli scan` and `fix` on VHDX, VHD, VMDK and qcow2
// files made from a real BitLocker test volume with `qemu-img convert` (and a whole-disk qcow2
// with a GPT around it), opened read-write through qemu-storage-daemon's FUSE export. Each
// result is verified independently: converted back to raw with qemu-img and opened read-only by
// this process's own dislocker and ntfs-3g. Plus the refusals (a file a running VM holds, the
// base of a backing chain, a damaged VHDX), signals, and a killed run's export released at the
// next start. After every test nothing is mounted and no qemu-storage-daemon of ours runs.
#include "e2esupport.h"
#include "system/disk/vmimage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace ra;
using ra::test::IndependentView;
using ra::test::sha256Of;
using ra::test::TestVolumes;

namespace {

const QString kImage = QStringLiteral("bitlk-aes-xts-128");
const QString kFaulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");
const QString kPowerOff = QStringLiteral("power the VM off first");

using ra::test::daemonsUnder;
using ra::test::processState;
using ra::test::qemuImg;
using ra::test::readProc;
using Run = ra::test::CliRun;

}  // namespace

class TestVmDiskE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fixesEveryFormat_data();
    void fixesEveryFormat();
    void runningVmIsRefused_data();
    void runningVmIsRefused();
    void baseOfABackingChainIsRefused_data();
    void baseOfABackingChainIsRefused();
    void internalSnapshotsKeepTheirState();
    void damagedVhdxExitsFour_data();
    void damagedVhdxExitsFour();
    void stopSignalClosesTheExport();
    void killedRunsExportIsReleasedAtTheNextStart();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}, const char *pausePoint = nullptr,
            const std::function<void(qint64)> &fault = {}) const;
    QByteArray keyInput() const { return TestVolumes::image(kImage).recoveryKey.toLatin1() + '\n'; }
    // A VM disk file of the built test volume (whole disk with GPT when gpt), in format.
    QString vmDisk(const QString &format, const QString &name, bool gpt, qint64 *offset = nullptr, qint64 *size = nullptr);
    // Converts image back to raw and checks with an independent mount: faulty gone, good kept.
    void verifyFixed(const QString &image, qint64 offset, qint64 size);
    QStringList everythingLeft() const;

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestVmDiskE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    RA_REQUIRE_QEMU_TOOLS();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/vmdisk-work-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestVmDiskE2E::init()
{
    m_home = std::make_unique<QTemporaryDir>(m_work->filePath(QStringLiteral("home-XXXXXX")));
}

QStringList TestVmDiskE2E::everythingLeft() const
{
    return ra::test::everythingLeftUnder({m_work->path(), m_runtime.path()});
}

void TestVmDiskE2E::cleanup()
{
    const QStringList left = everythingLeft();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    for (const QFileInfo &entry : QDir(m_work->path()).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.isDir())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

Run TestVmDiskE2E::cli(const QStringList &args, const QByteArray &input, const char *pausePoint,
                       const std::function<void(qint64)> &fault) const
{
    return ra::test::runCliWithFault(args, input, m_home->path(), m_runtime.path(), pausePoint, fault);
}

QString TestVmDiskE2E::vmDisk(const QString &format, const QString &name, bool gpt, qint64 *offset, qint64 *size)
{
    return ra::test::makeDiskFile(kImage, format, m_work->path(), name, gpt, offset, size);
}

void TestVmDiskE2E::verifyFixed(const QString &image, qint64 offset, qint64 size)
{
    // Independent of the program: qemu-img reads the file back into a raw copy, and this
    // process's own dislocker and ntfs-3g open that read-only.
    ra::test::verifyFixedDiskFile(image, false, offset, size, TestVolumes::image(kImage).recoveryKey, m_work->path());
}

void TestVmDiskE2E::fixesEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("gpt");
    QTest::newRow("VHDX (Hyper-V)") << "vhdx" << "server.vhdx" << false;
    QTest::newRow("VHD (vpc: older Hyper-V, Azure)") << "vpc" << "server.vhd" << false;
    QTest::newRow("VMDK (VMware)") << "vmdk" << "server.vmdk" << false;
    QTest::newRow("qcow2 (KVM, Proxmox)") << "qcow2" << "server.qcow2" << false;
    QTest::newRow("qcow2 whole disk with GPT") << "qcow2" << "disk.qcow2" << true;
}

void TestVmDiskE2E::fixesEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(bool, gpt);
    qint64 offset = 0;
    qint64 size = 0;
    const QString image = vmDisk(format, name, gpt, &offset, &size);
    QVERIFY(!image.isEmpty());

    // scan lists the BitLocker volume inside, with its Key ID, and changes nothing.
    const QString before = sha256Of(image);
    const Run scan = cli({QStringLiteral("scan"), image, QStringLiteral("--json")});
    QVERIFY2(scan.code == 0, qPrintable(scan.text()));
    const QString keyId = TestVolumes::image(kImage).recoveryGuid.left(8).toUpper();
    QVERIFY2(scan.out.contains(QStringLiteral("\"bitlocker\"")) && scan.out.toUpper().contains(keyId), qPrintable(scan.text()));
    QVERIFY2(scan.out.contains(QStringLiteral("\"imageFormat\": \"%1\"").arg(format))
                 || scan.out.contains(QStringLiteral("\"imageFormat\":\"%1\"").arg(format)),
             qPrintable(scan.text()));
    QCOMPARE(sha256Of(image), before);
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(u';')));

    const QString quarantine = m_work->filePath(QStringLiteral("quarantine"));
    const Run fix = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json"),
                         QStringLiteral("--quarantine"), quarantine},
                        keyInput());
    QVERIFY2(fix.code == 0, qPrintable(fix.text()));
    QCOMPARE(fix.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(u';')));
    // Still the same kind of file (written in place by QEMU, not replaced by a conversion).
    QCOMPARE(VmImage::detectFormat(image).value(), format);
    verifyFixed(image, offset, size);
}

void TestVmDiskE2E::runningVmIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("QEMU lock held read-write (qemu-storage-daemon)") << "qsd";
    QTest::newRow("QEMU lock held read-only (qemu-io -r)") << "qemu-io";
    QTest::newRow("VMware .lck folder") << "lck";
}

void TestVmDiskE2E::runningVmIsRefused()
{
    QFETCH(QString, how);
    const QString image = vmDisk(how == QLatin1String("lck") ? QStringLiteral("vmdk") : QStringLiteral("qcow2"),
                                 how == QLatin1String("lck") ? QStringLiteral("running.vmdk") : QStringLiteral("running.qcow2"), false);
    QVERIFY(!image.isEmpty());
    QProcess holder;
    if (how == QLatin1String("qsd")) {
        // A running VM as far as QEMU's locks go: the image opened read-write by another QEMU process.
        holder.start(QStringLiteral("qemu-storage-daemon"),
                     {QStringLiteral("--blockdev"), QStringLiteral("driver=file,node-name=f,filename=") + image,
                      QStringLiteral("--blockdev"), QStringLiteral("driver=qcow2,node-name=d,file=f")});
    } else if (how == QLatin1String("qemu-io")) {
        holder.start(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-f"), QStringLiteral("qcow2"), image});
    } else {
        QVERIFY(QDir().mkdir(image + QStringLiteral(".lck")));
    }
    if (how != QLatin1String("lck")) {
        QVERIFY(holder.waitForStarted(10000));
        // Wait until the holder has the image open (QEMU takes its lock as it opens), however
        // slow the machine is.
        const QString canonical = QFileInfo(image).canonicalFilePath();
        auto holds = [&] {
            const QDir fds(QStringLiteral("/proc/%1/fd").arg(holder.processId()));
            for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
                if (QFileInfo(fds.filePath(fd)).symLinkTarget() == canonical)
                    return true;
            return false;
        };
        QElapsedTimer waited;
        waited.start();
        while (!holds() && waited.elapsed() < 30000)
            QThread::msleep(20);
        QVERIFY2(holds(), "the holder never opened the image");
        QThread::msleep(200);  // the lock follows the open
        QCOMPARE(holder.state(), QProcess::Running);
    }
    const QString before = sha256Of(image);
    const Run run = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin")}, keyInput());
    if (holder.state() != QProcess::NotRunning) {
        holder.kill();
        holder.waitForFinished(10000);
    }
    QDir(image + QStringLiteral(".lck")).removeRecursively();
    QVERIFY2(run.code == 4, qPrintable(run.text()));
    QVERIFY2(run.err.contains(kPowerOff), qPrintable(run.text()));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);  // one sentence
    QCOMPARE(sha256Of(image), before);
}

void TestVmDiskE2E::baseOfABackingChainIsRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("baseName");
    QTest::addColumn<QString>("overlayName");
    QTest::addColumn<QString>("backingName");
    // Proxmox keeps a linked clone's disk beside its template's: images/101/… backed by ../100/….
    QTest::newRow("qcow2 linked clone (Proxmox)") << "qcow2" << "images/100/base-100-disk-0.qcow2"
                                                  << "images/101/vm-101-disk-0.qcow2" << "../100/base-100-disk-0.qcow2";
    // A VMware snapshot: the delta disk beside its parent.
    QTest::newRow("VMDK snapshot (VMware)") << "vmdk" << "vm/server.vmdk" << "vm/server-000001.vmdk" << "server.vmdk";
}

void TestVmDiskE2E::baseOfABackingChainIsRefused()
{
    QFETCH(QString, format);
    QFETCH(QString, baseName);
    QFETCH(QString, overlayName);
    QFETCH(QString, backingName);
    const QString made = vmDisk(format, QStringLiteral("made.") + format, false);
    QVERIFY(!made.isEmpty());
    const QString base = m_work->filePath(baseName);
    const QString overlay = m_work->filePath(overlayName);
    QVERIFY(QDir().mkpath(QFileInfo(base).path()) && QDir().mkpath(QFileInfo(overlay).path()));
    QVERIFY(QFile::rename(made, base));
    const QString created = qemuImg({QStringLiteral("create"), QStringLiteral("-f"), format, QStringLiteral("-b"), backingName,
                                     QStringLiteral("-F"), format, overlay});
    QVERIFY2(created.isEmpty(), qPrintable(created));
    const QString baseBefore = sha256Of(base);

    const Run refused = cli({QStringLiteral("fix"), base, QStringLiteral("--key-stdin")}, keyInput());
    QVERIFY2(refused.code == 4, qPrintable(refused.text()));
    QVERIFY2(refused.err.contains(QFileInfo(overlay).canonicalFilePath()), qPrintable(refused.text()));  // the file to fix instead
    QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
    QCOMPARE(sha256Of(base), baseBefore);

    // Listing the base is fine (read-only); fixing the overlay writes only into the overlay.
    const Run scan = cli({QStringLiteral("scan"), base});
    QVERIFY2(scan.code == 0, qPrintable(scan.text()));
    const Run fixed = cli({QStringLiteral("fix"), overlay, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyInput());
    QVERIFY2(fixed.code == 0, qPrintable(fixed.text()));
    QCOMPARE(sha256Of(base), baseBefore);
    verifyFixed(overlay, 0, 0);
}

void TestVmDiskE2E::internalSnapshotsKeepTheirState()
{
    // qcow2 internal snapshots do not stop a fix: the current state is fixed, the snapshot keeps
    // its own (and reverting to it brings the faulty file back, as the report says).
    const QString image = vmDisk(QStringLiteral("qcow2"), QStringLiteral("snap.qcow2"), false);
    QVERIFY(!image.isEmpty());
    QVERIFY(qemuImg({QStringLiteral("snapshot"), QStringLiteral("-c"), QStringLiteral("before-update"), image}).isEmpty());
    const Run fixed = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyInput());
    QVERIFY2(fixed.code == 0, qPrintable(fixed.text()));
    verifyFixed(image, 0, 0);
    if (QTest::currentTestFailed())
        return;
    // The snapshot still holds the faulty file: revert a copy and look.
    const QString reverted = m_work->filePath(QStringLiteral("reverted.qcow2"));
    QVERIFY(QFile::copy(image, reverted));
    QVERIFY(qemuImg({QStringLiteral("snapshot"), QStringLiteral("-a"), QStringLiteral("before-update"), reverted}).isEmpty());
    const QString raw = m_work->filePath(QStringLiteral("reverted.raw"));
    QVERIFY(qemuImg({QStringLiteral("convert"), QStringLiteral("-O"), QStringLiteral("raw"), reverted, raw}).isEmpty());
    QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
    IndependentView view(raw, 0, 0, TestVolumes::recoveryMaterial(TestVolumes::image(kImage).recoveryKey), viewDir.path());
    QVERIFY2(view.isOpen(), qPrintable(view.reportText()));
    QVERIFY(QFileInfo::exists(view.root() + u'/' + kFaulty));
}

void TestVmDiskE2E::damagedVhdxExitsFour_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("garbage named .vhdx") << "garbage";
}

void TestVmDiskE2E::damagedVhdxExitsFour()
{
    QFETCH(QString, how);
    QString image;
    if (how == QLatin1String("truncated")) {
        image = vmDisk(QStringLiteral("vhdx"), QStringLiteral("cut.vhdx"), false);
        QVERIFY(!image.isEmpty());
        QVERIFY(::truncate(QFile::encodeName(image).constData(), 256 * 1024) == 0);  // header and little else
    } else {
        image = m_work->filePath(QStringLiteral("garbage.vhdx"));
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(1 << 20, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) >> 3);
        f.write(junk);
    }
    for (const QString &command : {QStringLiteral("scan"), QStringLiteral("fix")}) {
        const Run run = cli(command == QLatin1String("fix") ? QStringList{command, image, QStringLiteral("--key-stdin")} : QStringList{command, image},
                            command == QLatin1String("fix") ? keyInput() : QByteArray());
        QVERIFY2(run.code == 4, qPrintable(command + u' ' + run.text()));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(run.err.contains(QStringLiteral("VHDX")), qPrintable(run.text()));
    }
}

void TestVmDiskE2E::stopSignalClosesTheExport()
{
    // SIGTERM while the VM disk is open: the file in hand is finished, then NTFS, dislocker and
    // QEMU's export are closed in order, exit 9; what was removed is in the file.
    // While it is open, the key is nowhere in QEMU's daemon: not on its command line, not in
    // its environment (it only ever sees the image).
    const QString image = vmDisk(QStringLiteral("qcow2"), QStringLiteral("stopped.qcow2"), false);
    QVERIFY(!image.isEmpty());
    const QByteArray key = TestVolumes::image(kImage).recoveryKey.toLatin1();
    QByteArray digits = key;
    digits.replace('-', QByteArray());
    QStringList daemonsSeen;
    QStringList leaks;
    const QString runtime = m_runtime.path();
    const Run run = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin"), QStringLiteral("--json")}, keyInput(),
                        "opened", [&](qint64 pid) {
                            daemonsSeen = daemonsUnder(runtime);
                            for (const QString &d : daemonsSeen) {
                                const QString daemonPid = d.section(u' ', 1);
                                for (const char *file : {"cmdline", "environ"}) {
                                    const QByteArray text = readProc(QStringLiteral("/proc/%1/%2").arg(daemonPid, QLatin1String(file)));
                                    if (text.contains(key) || text.contains(digits))
                                        leaks << d + u' ' + QLatin1String(file);
                                }
                            }
                            ::kill(pid_t(pid), SIGTERM);
                        });
    QVERIFY2(run.paused, qPrintable(run.text()));
    QCOMPARE(daemonsSeen.size(), 1);  // the open export, read-write
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u';')));
    QVERIFY2(run.code == 9, qPrintable(run.text()));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(u';')));
    QVERIFY2(qemuImg({QStringLiteral("check"), image}).isEmpty(), "qemu-img check finds the image damaged");
    // The stopped run changed nothing; a new run fixes it.
    const Run again = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin")}, keyInput());
    QVERIFY2(again.code == 0, qPrintable(again.text()));
    verifyFixed(image, 0, 0);
}

void TestVmDiskE2E::killedRunsExportIsReleasedAtTheNextStart()
{
    // A run killed outright (SIGKILL) leaves its mounts and QEMU's daemon behind; the next start
    // of the program, whatever the command, releases them in order and frees QEMU's lock.
    const QString image = vmDisk(QStringLiteral("vhdx"), QStringLiteral("killed.vhdx"), false);
    QVERIFY(!image.isEmpty());
    const Run killed = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin")}, keyInput(), "opened",
                           [](qint64 pid) { ::kill(pid_t(pid), SIGKILL); });
    QVERIFY2(killed.paused, qPrintable(killed.text()));
    QCOMPARE(killed.code, 128 + SIGKILL);
    QVERIFY2(!daemonsUnder(m_runtime.path()).isEmpty(), "the killed run left no daemon: nothing to test");
    const Run next = cli({QStringLiteral("check-key")}, keyInput());
    QVERIFY2(next.code == 0, qPrintable(next.text()));
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(u';')));
    const Run fixed = cli({QStringLiteral("fix"), image, QStringLiteral("--key-stdin")}, keyInput());
    QVERIFY2(fixed.code == 0, qPrintable(fixed.text()));
    verifyFixed(image, 0, 0);
}

QTEST_GUILESS_MAIN(TestVmDiskE2E)
#include "tst_vmdisk_e2e.moc"
