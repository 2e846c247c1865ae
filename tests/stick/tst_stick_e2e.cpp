// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery stick, booted in QEMU (TCG) with OVMF, Secure Boot enforced and Microsoft's keys
// enrolled, beside an NVMe disk laid out as Windows installs it (EFI, MSR, the BitLocker OS
// volume with a planted Windows tree, Recovery) and a second BitLocker volume whose key is not
// in the file. Unattended: the case on RA-DATA says fixed, an independent dislocker + ntfs-3g
// view shows the faulty and unknown files gone and the good one kept, the quarantine copies
// match, the other volume is byte for byte untouched. Wizard: a screendump in Japanese.
// The image comes from scripts/make-stick (cached outside the clone, keyed by its inputs).
#include "e2esupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

using namespace ra;
using ra::test::TestVolumes;

namespace {

const QString kFaulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");
const QString kGood = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000033.sys");
const QString kCode = QStringLiteral("/usr/share/OVMF/OVMF_CODE_4M.ms.fd");
const QString kVars = QStringLiteral("/usr/share/OVMF/OVMF_VARS_4M.ms.fd");
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kDataOffset = kMiB;  // RA-DATA is the stick's partition 1 at 1 MiB

struct Run {
    int code = -1;
    QString out;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 600000, const QString &dir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAll()) + QStringLiteral("\n(timed out)")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAll())};
}

QString mtoolsImage(const QString &stick) { return stick + QStringLiteral("@@") + QString::number(kDataOffset); }

bool ddInto(const QString &disk, const QString &file, qint64 offsetBytes)
{
    return run(QStringLiteral("dd"), {QStringLiteral("if=") + file, QStringLiteral("of=") + disk, QStringLiteral("bs=1M"),
                                      QStringLiteral("seek=%1").arg(offsetBytes / kMiB), QStringLiteral("conv=notrunc,sparse"),
                                      QStringLiteral("status=none")})
               .code == 0;
}

}  // namespace

class TestStickE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void unattendedFixesTheWindowsDisk();
    void bundlePassphraseAskedAtBoot();
    void wizardStartsInJapanese();

private:
    // Boots the stick (copy) with an optional NVMe disk; `until` is polled each second with the
    // serial log and may return true to stop the VM. Returns the serial log; false on timeout.
    bool boot(const QString &stick, const QString &disk, int timeoutSec, QString *serial,
              const std::function<bool(const QString &serial, qint64 ms)> &until = {});
    bool monitor(const QString &command);
    QString stickCopy(const QString &name, const QByteArray &config, const QList<QPair<QString, QByteArray>> &files);

    std::unique_ptr<QTemporaryDir> m_work;
    QString m_stick;
    QProcess *m_qemu = nullptr;  // while a VM runs; its monitor is on stdin
    QString m_windowsDisk;       // the first boot's disk (fixed by then), for the bundle boot
};

void TestStickE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    QStringList missing;
    for (const QString &tool : {QStringLiteral("qemu-system-x86_64"), QStringLiteral("mcopy"), QStringLiteral("sgdisk"),
                                QStringLiteral("mkfs.vfat"), QStringLiteral("mkntfs"), QStringLiteral("debootstrap"), QStringLiteral("cpack"),
                                QStringLiteral("setpriv")})
        if (QStandardPaths::findExecutable(tool).isEmpty() && QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty())
            missing << tool;
    for (const QString &f : {kCode, kVars})
        if (!QFileInfo::exists(f))
            missing << f;
    if (!missing.isEmpty()) {
        const QString why = QStringLiteral("the stick test needs: ") + missing.join(QStringLiteral(", "))
                            + QStringLiteral(" (scripts/deps installs them: qemu-system-x86 ovmf mtools gdisk dosfstools ntfs-3g debootstrap cmake util-linux)");
        if (ra::test::requireE2E())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/stick-work-XXXXXX"));
    QVERIFY(m_work->isValid());
    const QString build = qEnvironmentVariable("RA_BUILD_DIR");
    const QString debDir = m_work->filePath(QStringLiteral("deb"));
    const Run cpack = run(QStringLiteral("cpack"), {QStringLiteral("--config"), build + QStringLiteral("/CPackConfig.cmake"),
                                                    QStringLiteral("-B"), debDir});
    QVERIFY2(cpack.code == 0, qPrintable(cpack.out));
    const QStringList debs = QDir(debDir).entryList({QStringLiteral("recovery-assistant_*_amd64.deb")});
    QCOMPARE(debs.size(), 1);
    m_stick = m_work->filePath(QStringLiteral("stick.img"));
    QElapsedTimer t;
    t.start();
    const Run made = run(QStringLiteral(RA_SOURCE_DIR "/scripts/make-stick"),
                         {m_stick, QStringLiteral("--deb"), debDir + u'/' + debs.first()}, 3600000);
    QVERIFY2(made.code == 0, qPrintable(made.out));
    qInfo("stick image: %lld MiB, make-stick took %lld s", QFileInfo(m_stick).size() / kMiB, t.elapsed() / 1000);
    for (const QString &line : made.out.split(u'\n', Qt::SkipEmptyParts))  // its own timings
        if (line.startsWith(QStringLiteral("[make-stick")))
            qInfo("%s", qPrintable(line));
}

QString TestStickE2E::stickCopy(const QString &name, const QByteArray &config, const QList<QPair<QString, QByteArray>> &files)
{
    const QString copy = m_work->filePath(name);
    if (!TestVolumes::sparseCopy(m_stick, copy))
        return {};
    QList<QPair<QString, QByteArray>> all = files;
    all.prepend({QStringLiteral("config.json"), config});
    for (const auto &[fileName, content] : all) {
        const QString local = m_work->filePath(fileName);
        QFile f(local);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        f.close();
        if (run(QStringLiteral("mcopy"), {QStringLiteral("-o"), QStringLiteral("-i"), mtoolsImage(copy), local,
                                          QStringLiteral("::/recovery-assistant/") + fileName})
                .code != 0)
            return {};
    }
    return copy;
}

bool TestStickE2E::boot(const QString &stick, const QString &disk, int timeoutSec, QString *serial,
                        const std::function<bool(const QString &, qint64)> &until)
{
    const QString vars = m_work->filePath(QStringLiteral("vars.fd"));
    QFile::remove(vars);
    QFile::copy(kVars, vars);
    QFile(vars).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString log = m_work->filePath(QStringLiteral("serial.log"));
    QFile::remove(log);
    QStringList args{QStringLiteral("-machine"), QStringLiteral("q35,smm=on,accel=tcg"),
                     QStringLiteral("-global"), QStringLiteral("driver=cfi.pflash01,property=secure,value=on"),
                     QStringLiteral("-drive"), QStringLiteral("if=pflash,format=raw,unit=0,readonly=on,file=") + kCode,
                     QStringLiteral("-drive"), QStringLiteral("if=pflash,format=raw,unit=1,file=") + vars,
                     QStringLiteral("-m"), QStringLiteral("2048"), QStringLiteral("-smp"), QStringLiteral("2"),
                     QStringLiteral("-device"), QStringLiteral("qemu-xhci"),
                     QStringLiteral("-drive"), QStringLiteral("if=none,id=stick,format=raw,file=") + stick,
                     QStringLiteral("-device"), QStringLiteral("usb-storage,drive=stick,removable=on,bootindex=0"),
                     QStringLiteral("-serial"), QStringLiteral("file:") + log,
                     QStringLiteral("-monitor"), QStringLiteral("stdio"),
                     QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-vga"), QStringLiteral("std"),
                     QStringLiteral("-nic"), QStringLiteral("none"), QStringLiteral("-no-reboot")};
    if (!disk.isEmpty())
        args << QStringLiteral("-drive") << QStringLiteral("if=none,id=win,format=raw,file=") + disk
             << QStringLiteral("-device") << QStringLiteral("nvme,drive=win,serial=WINDISK0");
    QProcess qemu;
    qemu.setProcessChannelMode(QProcess::MergedChannels);
    // The VM dies with this test process, even when the test aborts (a timeout, a crash).
    qemu.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--pdeathsig"), QStringLiteral("KILL"), QStringLiteral("qemu-system-x86_64")} + args);
    if (!qemu.waitForStarted())
        return false;
    m_qemu = &qemu;
    QElapsedTimer t;
    t.start();
    bool finished = false;
    while (t.elapsed() < timeoutSec * 1000LL) {  // every boot has a timeout: refused firmware waits forever
        if (qemu.waitForFinished(1000)) {
            finished = true;
            break;
        }
        QFile f(log);
        *serial = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        if (until && until(*serial, t.elapsed())) {
            monitor(QStringLiteral("quit"));
            finished = qemu.waitForFinished(30000);
            break;
        }
    }
    if (!finished) {
        qemu.kill();
        qemu.waitForFinished();
    }
    m_qemu = nullptr;
    QFile f(log);
    *serial = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    if (!finished)
        qWarning("QEMU timed out after %d s; output: %s", timeoutSec, qemu.readAll().constData());
    return finished;
}

bool TestStickE2E::monitor(const QString &command)
{
    if (!m_qemu)
        return false;
    m_qemu->readAll();
    m_qemu->write(command.toUtf8() + '\n');
    m_qemu->waitForBytesWritten(2000);
    // The monitor answers with its next prompt once the command is done.
    QByteArray answer;
    for (int i = 0; i < 20 && !answer.contains("(qemu)"); ++i)
        if (m_qemu->waitForReadyRead(500))
            answer += m_qemu->readAll();
    return true;
}

void TestStickE2E::unattendedFixesTheWindowsDisk()
{
    // The Windows disk: EFI 100 MiB, MSR 16 MiB, the BitLocker OS volume, Recovery 512 MiB, and
    // a second BitLocker data volume whose key the file does not have.
    const auto os = TestVolumes::image(QStringLiteral("bitlk-aes-xts-128"));
    const auto other = TestVolumes::image(QStringLiteral("bitlk-aes-xts-256"));
    auto osVolume = TestVolumes::builtVolumeCopy(os.name, m_work->path());
    QVERIFY2(osVolume.ok(), qPrintable(osVolume ? QString() : osVolume.error().details));
    const QString osFile = m_work->filePath(QStringLiteral("os.vol"));
    QVERIFY(QFile::rename(osVolume.value(), osFile));
    auto otherVolume = TestVolumes::builtVolumeCopy(other.name, m_work->path());
    QVERIFY(otherVolume.ok());
    const QString efi = m_work->filePath(QStringLiteral("efi.vol"));
    const QString recovery = m_work->filePath(QStringLiteral("recovery.vol"));
    QCOMPARE(run(QStringLiteral("mkfs.vfat"), {QStringLiteral("-C"), QStringLiteral("-F"), QStringLiteral("32"), efi, QStringLiteral("102400")}).code, 0);
    QVERIFY(QFile(recovery).open(QIODevice::WriteOnly) && QFile(recovery).resize(512 * kMiB));
    QCOMPARE(run(QStringLiteral("mkntfs"), {QStringLiteral("-F"), QStringLiteral("-Q"), QStringLiteral("-L"), QStringLiteral("Recovery"), recovery}).code, 0);
    const qint64 osMiB = (QFileInfo(osFile).size() + kMiB - 1) / kMiB;
    const qint64 otherMiB = (QFileInfo(otherVolume.value()).size() + kMiB - 1) / kMiB;
    const QString disk = m_work->filePath(QStringLiteral("windows-disk.img"));
    QFile diskFile(disk);
    QVERIFY(diskFile.open(QIODevice::WriteOnly) && diskFile.resize((1 + 100 + 16 + osMiB + 512 + otherMiB + 2) * kMiB));
    diskFile.close();
    const Run gpt = run(QStringLiteral("sgdisk"),
                        {QStringLiteral("-n"), QStringLiteral("1:1M:+100M"), QStringLiteral("-t"), QStringLiteral("1:EF00"), QStringLiteral("-c"), QStringLiteral("1:EFI system partition"),
                         QStringLiteral("-n"), QStringLiteral("2:0:+16M"), QStringLiteral("-t"), QStringLiteral("2:0C01"), QStringLiteral("-c"), QStringLiteral("2:Microsoft reserved partition"),
                         QStringLiteral("-n"), QStringLiteral("3:0:+%1M").arg(osMiB), QStringLiteral("-t"), QStringLiteral("3:0700"), QStringLiteral("-c"), QStringLiteral("3:Basic data partition"),
                         QStringLiteral("-n"), QStringLiteral("4:0:+512M"), QStringLiteral("-t"), QStringLiteral("4:2700"), QStringLiteral("-c"), QStringLiteral("4:Recovery"),
                         QStringLiteral("-n"), QStringLiteral("5:0:+%1M").arg(otherMiB), QStringLiteral("-t"), QStringLiteral("5:0700"), QStringLiteral("-c"), QStringLiteral("5:Data"),
                         disk});
    QVERIFY2(gpt.code == 0, qPrintable(gpt.out));
    const qint64 osOffset = (1 + 100 + 16) * kMiB;
    const qint64 otherOffset = osOffset + (osMiB + 512) * kMiB;
    QVERIFY(ddInto(disk, efi, kMiB));
    QVERIFY(ddInto(disk, osFile, osOffset));
    QVERIFY(ddInto(disk, recovery, osOffset + osMiB * kMiB));
    QVERIFY(ddInto(disk, otherVolume.value(), otherOffset));
    const QString otherHash = ra::test::sha256Of(otherVolume.value());

    // The key file has the OS volume's key only (CrowdStrike's export format).
    const QByteArray keys = "Hostname,KeyID,RecoveryKey,Directory\nPC-0042," + os.recoveryGuid.left(8).toUpper().toLatin1() + ','
                            + os.recoveryKey.toLatin1() + ",AD\n";
    const QByteArray config = R"({"mode": "unattended", "language": "en", "technician": "stick-test", "keys": "keys.csv", "poweroff": true})";
    const QString stick = stickCopy(QStringLiteral("unattended.img"), config, {{QStringLiteral("keys.csv"), keys}});
    QVERIFY(!stick.isEmpty());

    QString serial;
    qint64 fixedAt = -1;
    qint64 doneAt = -1;
    const QString outcomePpm = m_work->filePath(QStringLiteral("outcome.ppm"));
    const QString outcomePng = QDir::currentPath() + QStringLiteral("/stick-outcome-en.png");
    QFile::remove(outcomePng);
    bool outcomeShown = false;
    qint64 lastShot = 0;
    const bool off = boot(stick, disk, 1200, &serial, [&](const QString &s, qint64 ms) {
        if (fixedAt < 0 && s.contains(QStringLiteral(": fixed (exit 0)")))
            fixedAt = ms;
        if (doneAt < 0 && s.contains(QStringLiteral("recovery-assistant: done,")))
            doneAt = ms;
        // The outcome page (full screen, red: one volume was not fixed) stays 20 s before the
        // power-off: look for it every few seconds and keep its picture.
        if (!outcomeShown && doneAt > 0 && ms - lastShot > 3000) {
            lastShot = ms;
            QFile::remove(outcomePpm);
            if (monitor(QStringLiteral("screendump ") + outcomePpm)) {
                QThread::msleep(300);
                const QImage shot(outcomePpm);
                if (!shot.isNull() && shot.pixel(shot.width() - 4, shot.height() - 4) == qRgb(0x7a, 0x10, 0x10))
                    outcomeShown = shot.save(outcomePng);
            }
        }
        return false;  // it powers itself off
    });
    QVERIFY2(off, qPrintable(serial.right(4000)));
    qInfo("power-on -> \"fixed\" on ttyS0: %lld s; outcome page %s", fixedAt / 1000, qPrintable(outcomePng));
    // Secure Boot, as the kernel saw it (EFI boot services) and as the firmware's SecureBoot
    // variable, read in the guest by the launcher, reports it; lockdown follows from it.
    QVERIFY2(serial.contains(QStringLiteral("Secure boot enabled")), qPrintable(serial.left(6000)));
    QVERIFY2(serial.contains(QStringLiteral("recovery-assistant: secure boot on, kernel lockdown integrity")), qPrintable(serial.left(8000)));
    QVERIFY2(serial.contains(QStringLiteral("RESULT /dev/nvme0n1#3: fixed (exit 0)")), qPrintable(serial.right(4000)));
    QVERIFY2(serial.contains(QStringLiteral("RESULT /dev/nvme0n1#5: Key ID %1 not in keys.csv, left untouched").arg(other.recoveryGuid.left(8).toUpper())),
             qPrintable(serial.right(4000)));
    QVERIFY(serial.contains(QStringLiteral("1 fixed, 1 not fixed")));
    QVERIFY2(outcomeShown, "the outcome page (red, full screen) was not seen between \"done\" and the power-off");
    QVERIFY(!serial.contains(os.recoveryKey));

    // RA-DATA, read with mtools: the case with outcome fixed and its quarantine copies.
    const QString cases = m_work->filePath(QStringLiteral("cases"));
    const Run copied = run(QStringLiteral("mcopy"), {QStringLiteral("-s"), QStringLiteral("-i"), mtoolsImage(stick),
                                                     QStringLiteral("::/recovery-assistant/cases"), m_work->path()});
    QVERIFY2(copied.code == 0, qPrintable(copied.out));
    const QStringList caseIds = QDir(cases).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(caseIds.size(), 1);
    const QString caseDir = cases + u'/' + caseIds.first();
    QFile caseFile(caseDir + QStringLiteral("/case.json"));
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    const QByteArray caseJson = caseFile.readAll();
    QCOMPARE(QJsonDocument::fromJson(caseJson).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    QVERIFY(!caseJson.contains(os.recoveryKey.toLatin1()));
    QVERIFY(QFileInfo::exists(caseDir + QStringLiteral("/ticket.txt")));

    // The disk, with the VM off, through an independent dislocker + ntfs-3g view.
    QMap<QString, QString> planted;
    for (const auto &f : ra::test::standardIncidentTree())
        planted.insert(f.relativePath, QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex()));
    QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
    {
        ra::test::IndependentView view(disk, osOffset, osMiB * kMiB, TestVolumes::recoveryMaterial(os.recoveryKey), viewDir.path());
        QVERIFY2(view.isOpen(), qPrintable(view.reportText()));
        QVERIFY(!QFileInfo::exists(view.root() + u'/' + kFaulty));
        QCOMPARE(ra::test::sha256Of(view.root() + u'/' + kGood), planted.value(kGood));
        int removed = 0;
        for (auto it = planted.cbegin(); it != planted.cend(); ++it) {
            const QString quarantined = caseDir + QStringLiteral("/quarantine/") + it.key();
            if (QFileInfo::exists(view.root() + u'/' + it.key())) {
                QCOMPARE(ra::test::sha256Of(view.root() + u'/' + it.key()), it.value());  // kept: unchanged
                continue;
            }
            ++removed;  // gone from the disk: its copy on RA-DATA matches the original
            QCOMPARE(ra::test::sha256Of(quarantined), it.value());
        }
        QVERIFY(removed >= 2);  // the faulty and the unknown version
    }
    QVERIFY(ra::test::leftovers(m_work->path()).isEmpty());
    m_windowsDisk = disk;
    // The volume without a key: not one byte changed.
    const QString otherAfter = m_work->filePath(QStringLiteral("other-after.vol"));
    QCOMPARE(run(QStringLiteral("dd"), {QStringLiteral("if=") + disk, QStringLiteral("of=") + otherAfter, QStringLiteral("bs=1M"),
                                        QStringLiteral("skip=%1").arg(otherOffset / kMiB),
                                        QStringLiteral("count=%1").arg(QFileInfo(otherVolume.value()).size() / kMiB),
                                        QStringLiteral("status=none")}).code, 0);
    QCOMPARE(ra::test::sha256Of(otherAfter), otherHash);
}

void TestStickE2E::bundlePassphraseAskedAtBoot()
{
    // The same (already fixed) disk, keys from an encrypted bundle: the stick asks for the
    // passphrase full-screen in the config's language (Japanese here), typed through the VM's
    // keyboard, then runs unattended. The prompt is screendumped (stick-passphrase-ja.png).
    // The OS volume is unlocked with the bundle's key and found already fixed.
    QVERIFY2(!m_windowsDisk.isEmpty(), "needs the disk of the unattended boot");
    const auto os = TestVolumes::image(QStringLiteral("bitlk-aes-xts-128"));
    const QByteArray passphrase = "stick2026bundle";
    const QString csv = m_work->filePath(QStringLiteral("bundle-source.csv"));
    const QString passFile = m_work->filePath(QStringLiteral("bundle-pass"));
    const QString bundle = m_work->filePath(QStringLiteral("keys.rakeys"));
    for (const auto &[path, content] : {std::pair{csv, "Hostname,KeyID,RecoveryKey,Directory\nPC-0042," + os.recoveryGuid.left(8).toUpper().toLatin1()
                                                             + ',' + os.recoveryKey.toLatin1() + ",AD\n"},
                                        std::pair{passFile, passphrase + '\n'}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    }
    const Run packed = run(ra::test::cliProgram(), {QStringLiteral("escrow"), QStringLiteral("pack"), csv, QStringLiteral("--out"), bundle,
                                                    QStringLiteral("--passphrase-file"), passFile});
    QVERIFY2(packed.code == 0, qPrintable(packed.out));
    QFile::remove(csv);
    QFile bundleFile(bundle);
    QVERIFY(bundleFile.open(QIODevice::ReadOnly));
    const QByteArray config = R"({"mode": "unattended", "language": "ja", "keys": "keys.rakeys", "poweroff": true})";
    const QString stick = stickCopy(QStringLiteral("bundle.img"), config, {{QStringLiteral("keys.rakeys"), bundleFile.readAll()}});
    QVERIFY(!stick.isEmpty());

    QString serial;
    qint64 askedAt = -1;
    bool typed = false;
    int promptColours = 0;
    const bool off = boot(stick, m_windowsDisk, 1200, &serial, [&](const QString &s, qint64 ms) {
        if (askedAt < 0 && s.contains(QStringLiteral("recovery-assistant: key bundle: the passphrase field is on the screen (ja)")))
            askedAt = ms;
        if (!typed && askedAt > 0 && ms - askedAt > 2000) {  // the field is up: look, type, Enter
            typed = true;
            const QString ppm = m_work->filePath(QStringLiteral("passphrase.ppm"));
            if (monitor(QStringLiteral("screendump ") + ppm)) {
                QThread::msleep(500);
                const QImage shot(ppm);
                QSet<QRgb> colours;
                for (int y = 0; y < shot.height(); y += 2)
                    for (int x = 0; x < shot.width(); x += 2)
                        colours.insert(shot.pixel(x, y));
                promptColours = int(colours.size());
                shot.save(QDir::currentPath() + QStringLiteral("/stick-passphrase-ja.png"));
            }
            for (const char c : passphrase)
                monitor(QStringLiteral("sendkey ") + QLatin1Char(c));
            monitor(QStringLiteral("sendkey ret"));
        }
        return false;  // it powers itself off
    });
    QVERIFY2(off, qPrintable(serial.right(4000)));
    QVERIFY2(typed, qPrintable(serial.right(4000)));
    // The full-screen field (anti-aliased Japanese text), not the text console's few colours.
    QVERIFY2(promptColours >= 40, qPrintable(QString::number(promptColours)));
    QVERIFY(serial.contains(QStringLiteral("recovery-assistant: secure boot on, kernel lockdown integrity")));
    QVERIFY2(!serial.contains(QStringLiteral("did not open")), qPrintable(serial.right(4000)));
    const QRegularExpression osLine(QStringLiteral("RESULT /dev/nvme0n1#3: ([a-z-]+) \\(exit 0\\)"));
    const auto m = osLine.match(serial);
    QVERIFY2(m.hasMatch(), qPrintable(serial.right(4000)));
    qInfo("bundle boot: the OS volume, opened with the bundle's key: %s", qPrintable(m.captured(1)));
    QVERIFY(serial.contains(QStringLiteral("RESULT /dev/nvme0n1#5: Key ID ")) && serial.contains(QStringLiteral("not in keys.rakeys, left untouched")));
    QVERIFY(!serial.contains(QString::fromLatin1(passphrase)));
    QVERIFY(!serial.contains(os.recoveryKey));
    // One `fix --every-volume` call for both volumes: the bundle is opened (its passphrase
    // stretched by Argon2id) once per boot, where the launcher of wave 2 opened it 1 + 2N times.
    QVERIFY(serial.contains(QStringLiteral("recovery-assistant: key bundle opened once for all volumes")));
    const QString logs = m_work->filePath(QStringLiteral("bundle-logs"));
    QDir(logs).removeRecursively();
    QVERIFY(QDir().mkpath(logs));
    const Run copiedLogs = run(QStringLiteral("mcopy"), {QStringLiteral("-s"), QStringLiteral("-i"), mtoolsImage(stick),
                                                         QStringLiteral("::/recovery-assistant/logs"), logs});
    QVERIFY2(copiedLogs.code == 0, qPrintable(copiedLogs.out));
    QFile log(logs + QStringLiteral("/logs/recovery-assistant.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    const int opens = int(logText.count("bundle: opened"));
    qInfo("bundle boot: the key bundle was opened (passphrase stretched) %d time(s) for 2 volumes", opens);
    QCOMPARE(opens, 1);
    QVERIFY(!logText.contains(os.recoveryKey.toLatin1()));
}

void TestStickE2E::wizardStartsInJapanese()
{
    const QByteArray config = R"({"mode": "wizard", "language": "ja"})";
    const QString stick = stickCopy(QStringLiteral("wizard.img"), config, {});
    QVERIFY(!stick.isEmpty());
    const QString ppm = m_work->filePath(QStringLiteral("wizard.ppm"));
    const QString png = QDir::currentPath() + QStringLiteral("/stick-wizard-ja.png");
    qint64 shownAt = -1;
    qint64 lastShot = 0;
    QString serial;
    boot(stick, {}, 900, &serial, [&](const QString &s, qint64 ms) {
        if (!s.contains(QStringLiteral("recovery-assistant: wizard (ja")) || ms - lastShot < 5000)
            return false;
        lastShot = ms;
        QFile::remove(ppm);
        if (!monitor(QStringLiteral("screendump ") + ppm))
            return false;
        QThread::msleep(500);
        const QImage image(ppm);
        if (image.isNull())
            return false;
        // A text console has a handful of colours; the wizard (anti-aliased text, icons) many.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        if (colours.size() < 40)
            return false;
        // Wait one more round so the first page is fully painted, then keep that picture.
        if (shownAt < 0) {
            shownAt = ms;
            return false;
        }
        return image.save(png);
    });
    QVERIFY2(shownAt > 0, qPrintable(serial.right(4000)));
    qInfo("power-on -> wizard on screen: %lld s; screendump %s", shownAt / 1000, qPrintable(png));
    QVERIFY(serial.contains(QStringLiteral("Secure boot enabled")));
    QVERIFY(serial.contains(QStringLiteral("recovery-assistant: secure boot on, kernel lockdown integrity")));
    const QImage shot(png);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 800);
}

QTEST_GUILESS_MAIN(TestStickE2E)
#include "tst_stick_e2e.moc"
