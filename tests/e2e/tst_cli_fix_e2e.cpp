// SPDX-License-Identifier: GPL-3.0-or-later
// `recovery-assistant-cli fix` on real BitLocker volumes, verified with an independent
// read-only mount: exactly the selected files are gone, their quarantine copies match their
// hashes, everything else is untouched, and nothing stays mounted.
#include "e2esupport.h"


#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <optional>

using namespace ra;
using ra::test::IndependentView;
using ra::test::TestVolumes;

namespace {

const QString kFaulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");
const QString kGood = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000033.sys");
const QString kOtherChannel = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000290-00000000-00000010.sys");

QString sha256Of(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

}  // namespace

class TestCliFixE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fixesEveryImage_data();
    void fixesEveryImage();
    void wrongKeyExitsThree();
    void malformedKeyExitsTwo();
    void eowImageExitsFour();
    void hibernatedVolumeNeedsExplicitYes();
    void diskFullInQuarantineDeletesNothing();
    void notRootExitsSix();
    void escrowExportOpensWithTheSecondRecoveryKey();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    Run cli(const QStringList &args, const QByteArray &input = {}, const QStringList &prefix = {}) const;
    UnlockMaterial materialFor(const QString &image, const QString &key) const;
    QStringList keyArgs(const QString &image, const QString &key, QByteArray *stdinBytes) const;

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliFixE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    QVERIFY(QFileInfo::exists(qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli")));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/cli-work-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestCliFixE2E::init()
{
    m_home = std::make_unique<QTemporaryDir>(m_work->filePath(QStringLiteral("home-XXXXXX")));
}

void TestCliFixE2E::cleanup()
{
    const QStringList left = ra::test::leftovers(m_work->path()) + ra::test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    for (const QString &file : QDir(m_work->path()).entryList(QDir::Files))
        QFile::remove(m_work->filePath(file));
}

TestCliFixE2E::Run TestCliFixE2E::cli(const QStringList &args, const QByteArray &input, const QStringList &prefix) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home->path() + QStringLiteral("/state"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    const QString program = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    if (prefix.isEmpty())
        p.start(program, args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList{program} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

UnlockMaterial TestCliFixE2E::materialFor(const QString &image, const QString &key) const
{
    const auto img = TestVolumes::image(image);
    if (key == QStringLiteral("bek")) {
        UnlockMaterial m;
        m.kind = UnlockMaterial::Kind::StartupKeyFile;
        m.startupKeyFile = TestVolumes::startupKeyFile().value();
        return m;
    }
    return TestVolumes::recoveryMaterial(key == QStringLiteral("rp2") ? img.recoveryKey2
                                         : key == QStringLiteral("rp") ? img.recoveryKey
                                                                       : QString());
}

QStringList TestCliFixE2E::keyArgs(const QString &image, const QString &key, QByteArray *stdinBytes) const
{
    const auto img = TestVolumes::image(image);
    if (key == QStringLiteral("bek"))
        return {QStringLiteral("--bek"), TestVolumes::startupKeyFile().value()};
    if (key == QStringLiteral("none"))
        return {};
    *stdinBytes = (key == QStringLiteral("rp2") ? img.recoveryKey2 : img.recoveryKey).toLatin1() + '\n';
    return {QStringLiteral("--key-stdin")};
}

void TestCliFixE2E::fixesEveryImage_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("gpt");
    QTest::newRow("xts-128") << "bitlk-aes-xts-128" << "rp" << false;
    QTest::newRow("cbc-128") << "bitlk-aes-cbc-128" << "rp" << false;
    QTest::newRow("xts-256") << "bitlk-aes-xts-256" << "rp" << false;
    QTest::newRow("two-recovery RP2") << "bitlk-aes-xts-128-two-recovery" << "rp2" << false;
    QTest::newRow("clear key") << "bitlk-aes-xts-128-clearkey-only" << "none" << false;
    QTest::newRow("startup key") << "bitlk-aes-xts-128-startup-key" << "bek" << false;
    QTest::newRow("crc") << "bitlk-aes-xts-128-crc" << "rp" << false;
    QTest::newRow("GPT whole disk") << "bitlk-aes-xts-128" << "rp" << true;
}

void TestCliFixE2E::fixesEveryImage()
{
    QFETCH(QString, image);
    QFETCH(QString, key);
    QFETCH(bool, gpt);
    qint64 offset = 0;
    qint64 size = 0;
    auto path = gpt ? TestVolumes::gptDiskCopy(image, m_work->path(), &offset, &size)
                    : TestVolumes::builtVolumeCopy(image, m_work->path());
    QVERIFY2(path.ok(), qPrintable(path ? QString() : path.error().details));

    // The planted files and their hashes, as the test volume holds them.
    QMap<QString, QString> planted;
    for (const auto &f : ra::test::standardIncidentTree())
        planted.insert(f.relativePath, QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex()));

    const QString quarantine = m_work->filePath(QStringLiteral("quarantine"));
    QByteArray input;
    const Run run = cli(QStringList{QStringLiteral("fix"), path.value(), QStringLiteral("--quarantine"), quarantine,
                                    QStringLiteral("--json")}
                            + keyArgs(image, key, &input),
                        input);
    QVERIFY2(run.code == 0, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(run.code).arg(run.out, run.err)));
    const QJsonObject result = run.json();
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    const QString caseQuarantine = result.value(QStringLiteral("quarantine")).toString();
    QVERIFY(caseQuarantine.startsWith(quarantine));

    QSet<QString> removed;
    bool faultySelected = false;
    for (const QJsonValue &v : result.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString rel = f.value(QStringLiteral("path")).toString();
        QVERIFY2(planted.contains(rel), qPrintable(rel));
        QCOMPARE(f.value(QStringLiteral("sha256")).toString(), planted.value(rel));
        if (!f.value(QStringLiteral("selected")).toBool())
            continue;
        removed.insert(rel);
        faultySelected = faultySelected || rel == kFaulty;
        // The quarantine copy exists and matches the hash of the original.
        QCOMPARE(sha256Of(caseQuarantine + u'/' + rel), planted.value(rel));
    }
    QVERIFY(faultySelected);
    QVERIFY(!removed.contains(kGood));
    if (key == QStringLiteral("rp2")) {
        // The ticket names the protector of the key that was used (the one to rotate), not the first.
        const QString rp2 = TestVolumes::image(image).recoveryGuid2.left(8).toUpper();
        QVERIFY2(run.out.contains(rp2), qPrintable(run.out));
    }

    QVERIFY(ra::test::leftovers(m_work->path()).isEmpty());  // the CLI closed everything it opened
    QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
    IndependentView view(path.value(), offset, size, materialFor(image, key), viewDir.path());
    QVERIFY2(view.isOpen(), qPrintable(view.reportText()));
    for (auto it = planted.cbegin(); it != planted.cend(); ++it) {
        const QString onDisk = view.root() + u'/' + it.key();
        if (removed.contains(it.key()))
            QVERIFY2(!QFileInfo::exists(onDisk), qPrintable(it.key() + QStringLiteral(" is still there")));
        else
            QCOMPARE(sha256Of(onDisk), it.value());  // untouched
    }
    QVERIFY(QFileInfo::exists(view.root() + u'/' + kOtherChannel));
}

void TestCliFixE2E::wrongKeyExitsThree()
{
    auto path = TestVolumes::builtVolumeCopy(QStringLiteral("bitlk-aes-xts-128"), m_work->path());
    QVERIFY(path.ok());
    const Run run = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin")},
                        TestVolumes::image(QStringLiteral("bitlk-aes-xts-256")).recoveryKey.toLatin1() + '\n');
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("64311DEA")), qPrintable(run.err));
}

void TestCliFixE2E::malformedKeyExitsTwo()
{
    auto path = TestVolumes::builtVolumeCopy(QStringLiteral("bitlk-aes-xts-128"), m_work->path());
    QVERIFY(path.ok());
    const Run run = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin")},
                        "235818-357951-253979-013365-241120-245575-342914-591911\n");
    QCOMPARE(run.code, 2);
    QVERIFY(!run.err.contains(QStringLiteral("591911")));  // the key is not echoed back
}

void TestCliFixE2E::eowImageExitsFour()
{
    auto pristine = TestVolumes::pristineImage(QStringLiteral("bitlk-aes-xts-128-eow"));
    QVERIFY(pristine.ok());
    const QString path = m_work->filePath(QStringLiteral("eow.img"));
    QVERIFY(TestVolumes::sparseCopy(pristine.value(), path));
    const Run run = cli({QStringLiteral("fix"), path, QStringLiteral("--key-stdin")},
                        TestVolumes::image(QStringLiteral("bitlk-aes-xts-128-eow")).recoveryKey.toLatin1() + '\n');
    QCOMPARE(run.code, 4);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCliFixE2E::hibernatedVolumeNeedsExplicitYes()
{
    const QString image = QStringLiteral("bitlk-aes-xts-128");
    auto path = TestVolumes::builtVolumeCopy(image, m_work->path());
    QVERIFY(path.ok());
    {
        // Windows hibernated: hiberfil.sys starting with "HIBR" at the volume root.
        QTemporaryDir dir(m_work->filePath(QStringLiteral("hib-XXXXXX")));
        Report report;
        DislockerUnlocker unlocker;
        UnlockRequest request;
        request.device = path.value();
        request.material = materialFor(image, QStringLiteral("rp"));
        request.workDir = dir.path();
        auto unlocked = unlocker.unlock(request, report);
        QVERIFY(unlocked.ok());
        auto ntfs = NtfsMount::mount(unlocked->decryptedPath, dir.path() + QStringLiteral("/ntfs"), {}, report);
        QVERIFY(ntfs.ok());
        QVERIFY(ra::test::plantFiles(ntfs->mountPoint, {{QStringLiteral("hiberfil.sys"), QByteArray("HIBR") + QByteArray(8188, '\x11'), {}}}));
        QVERIFY(NtfsMount::unmount(ntfs.value(), report).ok());
        QVERIFY(unlocker.lock(unlocked.value(), report).ok());
    }
    QByteArray input = TestVolumes::image(image).recoveryKey.toLatin1() + '\n';
    const Run refused = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin")}, input);
    QCOMPARE(refused.code, 5);
    QVERIFY2(refused.err.contains(QStringLiteral("hibernat")), qPrintable(refused.err));
    const Run fixed = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin"), QStringLiteral("--remove-hiberfile"),
                           QStringLiteral("--quarantine"), m_work->filePath(QStringLiteral("q-hib"))},
                          input);
    QVERIFY2(fixed.code == 0, qPrintable(fixed.out + fixed.err));
    QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
    IndependentView view(path.value(), 0, 0, materialFor(image, QStringLiteral("rp")), viewDir.path());
    QVERIFY(view.isOpen());
    QVERIFY(!QFileInfo::exists(view.root() + u'/' + kFaulty));
    QVERIFY(!QFileInfo::exists(view.root() + QStringLiteral("/hiberfil.sys")));
}

void TestCliFixE2E::diskFullInQuarantineDeletesNothing()
{
    const QString image = QStringLiteral("bitlk-aes-xts-128");
    auto path = TestVolumes::builtVolumeCopy(image, m_work->path());
    QVERIFY(path.ok());
    // A quarantine folder with room for one page only: the 4 KiB channel file copy cannot fit.
    const QString tiny = m_work->filePath(QStringLiteral("tiny-quarantine"));
    QVERIFY(QDir().mkpath(tiny));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=4k,mode=0700"), QStringLiteral("ra-tiny-quarantine"), tiny});
    QVERIFY(mount.waitForFinished() && mount.exitCode() == 0);
    const Run run = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin"), QStringLiteral("--quarantine"), tiny},
                        TestVolumes::image(image).recoveryKey.toLatin1() + '\n');
    QProcess umount;
    umount.start(QStringLiteral("umount"), {tiny});
    QVERIFY(umount.waitForFinished() && umount.exitCode() == 0);
    QVERIFY2(run.code != 0, qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("space"), Qt::CaseInsensitive) || run.err.contains(QStringLiteral("full"), Qt::CaseInsensitive),
             qPrintable(run.err));
    // Nothing was deleted: every planted file is still on the volume.
    QTemporaryDir viewDir(m_work->filePath(QStringLiteral("view-XXXXXX")));
    IndependentView view(path.value(), 0, 0, materialFor(image, QStringLiteral("rp")), viewDir.path());
    QVERIFY(view.isOpen());
    for (const auto &f : ra::test::standardIncidentTree())
        QVERIFY2(QFileInfo::exists(view.root() + u'/' + f.relativePath), qPrintable(f.relativePath));
}

void TestCliFixE2E::notRootExitsSix()
{
    // Everything the unprivileged run needs sits in a folder any user can enter, so the test
    // does not depend on where the checkout lives (/root, a 0700 mktemp folder).
    QTemporaryDir open(QDir::tempPath() + QStringLiteral("/ra-notroot-XXXXXX"));
    QVERIFY(open.isValid());
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                          | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QFile::setPermissions(open.path(), everyone);
    auto path = TestVolumes::builtVolumeCopy(QStringLiteral("bitlk-aes-xts-128"), open.path());
    QVERIFY(path.ok());
    QFile::setPermissions(path.value(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const QString program = open.filePath(QStringLiteral("recovery-assistant-cli"));
    QVERIFY(QFile::copy(qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli"), program));
    QProcess p;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), open.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), open.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                         program, QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin")});
    p.write(TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey.toLatin1() + '\n');
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == 6, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
    QVERIFY(err.contains(QStringLiteral("administrator")));
}

void TestCliFixE2E::escrowExportOpensWithTheSecondRecoveryKey()
{
    // The export holds only RP2, filed under RP2's Key ID (as AD keeps one row per protector),
    // plus another drive's key. fix --escrow must pick RP2 by the volume's own Key IDs, open the
    // volume with it, and the ticket must name RP2's Key ID: that is the key to rotate.
    const auto image = TestVolumes::image(QStringLiteral("bitlk-aes-xts-128-two-recovery"));
    auto path = TestVolumes::builtVolumeCopy(image.name, m_work->path());
    QVERIFY(path.ok());
    const QString csv = m_work->filePath(QStringLiteral("keys.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Hostname,KeyID,RecoveryKey,Directory\n");
    f.write("PC-OTHER,64311DEA," + TestVolumes::image(QStringLiteral("bitlk-aes-xts-128")).recoveryKey.toLatin1() + ",AD\n");
    f.write("PC-TWO," + image.recoveryGuid2.left(8).toUpper().toLatin1() + ',' + image.recoveryKey2.toLatin1() + ",AD\n");
    f.close();
    const Run run = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--escrow"), csv, QStringLiteral("--json")});
    QCOMPARE(run.code, 0);
    const QJsonObject ticket = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("ticket")).toObject();
    QCOMPARE(ticket.value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    const QJsonObject bitlocker = ticket.value(QStringLiteral("bitlocker")).toObject();
    QCOMPARE(bitlocker.value(QStringLiteral("keyId")).toString(), image.recoveryGuid2.toUpper());
    QVERIFY(bitlocker.value(QStringLiteral("keySource")).toString().contains(QStringLiteral("PC-TWO")));
    QVERIFY(!run.out.contains(image.recoveryKey2) && !run.err.contains(image.recoveryKey2));
}

QTEST_GUILESS_MAIN(TestCliFixE2E)
#include "tst_cli_fix_e2e.moc"
