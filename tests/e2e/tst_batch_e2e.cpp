// SPDX-License-Identifier: GPL-3.0-or-later
// Many machines at once (issue 14): seven targets made from the shared BitLocker test volumes —
// one VHDX, VHD, VMDK and qcow2 file, a whole-disk image with GPT, a raw volume, and a volume
// whose key is not in the bundle — fixed by ONE `fix --bundle … --passphrase-file … --jobs 2
// --json` run with the keys packed from a CSV export. Each target is then checked on its own,
// independently of the program (qemu-img converts a VM disk file back to raw; this process's own
// dislocker and ntfs-3g open it read-only): the fixed ones fixed (faulty file gone, good kept,
// quarantine copies match), the keyless one byte for byte untouched and reported, one case and
// ticket per fixed target, no key or passphrase in any output or file, nothing left mounted or
// running, exit code 10 (README: some targets not fixed — the keyless one).
#include "e2esupport.h"
#include "system/disk/vmimage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ra;
using ra::test::sha256Of;
using ra::test::TestVolumes;
using Run = ra::test::CliRun;

namespace {

const QByteArray kPassphrase = "batch passphrase for the helpdesk, not a key";

struct Target {
    QString image;   // the shared test volume it is made of
    QString format;  // qemu-img format, or raw
    QString name;
    bool gpt = false;
    bool keyless = false;  // its key is not in the bundle
    QString path;
    qint64 offset = 0;
    qint64 size = 0;
    QString before;  // sha256 before the run
};

using ra::test::plantedHashes;

}  // namespace

class TestBatchE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneRunFixesEveryTarget();

private:
    QStringList everythingLeft() const;

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_bundle;
    QString m_passphraseFile;
    QList<Target> m_targets;
};

void TestBatchE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    RA_REQUIRE_QEMU_TOOLS();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/batch-work-XXXXXX"));
    QVERIFY(m_work->isValid());
    m_home = std::make_unique<QTemporaryDir>(m_work->filePath(QStringLiteral("home-XXXXXX")));
    // Different volumes with different keys: each target must get its own key by its own Key ID.
    m_targets = {
        {QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("vhdx"), QStringLiteral("hyperv-server.vhdx")},
        {QStringLiteral("bitlk-aes-cbc-128"), QStringLiteral("vpc"), QStringLiteral("azure-export.vhd")},
        {QStringLiteral("bitlk-aes-xts-256"), QStringLiteral("vmdk"), QStringLiteral("vmware-server.vmdk")},
        {QStringLiteral("bitlk-aes-xts-128-two-recovery"), QStringLiteral("qcow2"), QStringLiteral("proxmox-vm.qcow2")},
        {QStringLiteral("bitlk-aes-xts-128-startup-key"), QStringLiteral("raw"), QStringLiteral("whole-disk-gpt.img"), true},
        {QStringLiteral("bitlk-aes-xts-128"), QStringLiteral("raw"), QStringLiteral("volume.raw")},
        {QStringLiteral("bitlk-aes-cbc-elephant-128"), QStringLiteral("raw"), QStringLiteral("no-key-in-bundle.raw"), false, true},
    };
    QStringList keyed;
    for (Target &t : m_targets) {
        t.path = ra::test::makeDiskFile(t.image, t.format, m_work->path(), t.name, t.gpt, &t.offset, &t.size);
        QVERIFY2(!t.path.isEmpty(), qPrintable(t.name));
        t.before = sha256Of(t.path);
        if (!t.keyless && !keyed.contains(t.image))
            keyed << t.image;
    }
    QString why;
    m_bundle = ra::test::packTestBundle(keyed, m_work->path(), m_home->path(), m_runtime.path(), kPassphrase, &m_passphraseFile, &why);
    QVERIFY2(!m_bundle.isEmpty(), qPrintable(why));
}

void TestBatchE2E::cleanupTestCase()
{
    // Nothing of ours left, whether the test passed or not (the folders go with their QTemporaryDir).
    const QStringList left = m_work ? everythingLeft() : QStringList();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
}

QStringList TestBatchE2E::everythingLeft() const
{
    return ra::test::everythingLeftUnder({m_work->path(), m_runtime.path()});
}

void TestBatchE2E::oneRunFixesEveryTarget()
{
    QStringList args{QStringLiteral("fix")};
    for (const Target &t : std::as_const(m_targets))
        args << t.path;
    args << QStringLiteral("--bundle") << m_bundle << QStringLiteral("--passphrase-file") << m_passphraseFile << QStringLiteral("--jobs")
         << QStringLiteral("2") << QStringLiteral("--json");
    QElapsedTimer timer;
    timer.start();
    const Run run = ra::test::runCliWithFault(args, {}, m_home->path(), m_runtime.path());
    qInfo("one batch run over %d targets, --jobs 2: %.1f s", int(m_targets.size()), timer.elapsed() / 1000.0);
    QVERIFY2(everythingLeft().isEmpty(), qPrintable(everythingLeft().join(QStringLiteral("; "))));

    // README: 10 = several targets, some not fixed (the keyless one is skipped).
    QVERIFY2(run.code == 10, qPrintable(run.text()));
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 10);
    QString notFixed;  // in the failure message: the targets that were not fixed, with their sentences
    for (const QJsonValue &v : o.value(QStringLiteral("targets")).toArray())
        if (v.toObject().value(QStringLiteral("result")).toString() != QLatin1String("fixed"))
            notFixed += QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)) + u'\n';
    QVERIFY2(o.value(QStringLiteral("fixed")).toInt() == int(m_targets.size()) - 1, qPrintable(notFixed + run.err));
    QCOMPARE(o.value(QStringLiteral("noKey")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("notFixed")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("stopped")).toInt(), 0);
    const QJsonArray items = o.value(QStringLiteral("targets")).toArray();
    QCOMPARE(items.size(), m_targets.size());

    QSet<QString> caseIds;
    QSet<QString> caseFolders;
    for (int i = 0; i < m_targets.size(); ++i) {
        const Target &t = m_targets[i];
        const QJsonObject item = items[i].toObject();
        const QString label = t.name + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
        QCOMPARE(item.value(QStringLiteral("target")).toString(), t.path);
        // The volume's own Key ID (the first 8 hex digits of its recovery protector's GUID).
        const QString keyId = TestVolumes::image(t.image).recoveryGuid.left(8).toUpper();
        QVERIFY2(item.value(QStringLiteral("keyIds")).toVariant().toStringList().join(u' ').toUpper().contains(keyId), qPrintable(label));
        if (t.keyless) {
            QVERIFY2(item.value(QStringLiteral("result")).toString() == QLatin1String("no-key"), qPrintable(label));
            QCOMPARE(item.value(QStringLiteral("exitCode")).toInt(), 12);
            QVERIFY2(item.value(QStringLiteral("message")).toString().toUpper().contains(keyId), qPrintable(label));
            QVERIFY2(item.value(QStringLiteral("message")).toString().contains(QStringLiteral("skipped")), qPrintable(label));
            QCOMPARE(item.value(QStringLiteral("removed")).toInt(), 0);
            QCOMPARE(sha256Of(t.path), t.before);  // byte for byte untouched
            continue;
        }
        QVERIFY2(item.value(QStringLiteral("result")).toString() == QLatin1String("fixed"), qPrintable(label));
        QCOMPARE(item.value(QStringLiteral("exitCode")).toInt(), 0);
        QCOMPARE(item.value(QStringLiteral("planned")).toInt(), 2);
        QCOMPARE(item.value(QStringLiteral("removed")).toInt(), 2);
        // One case and one ticket per target.
        const QString caseId = item.value(QStringLiteral("caseId")).toString();
        const QString caseFolder = item.value(QStringLiteral("caseFolder")).toString();
        QVERIFY2(!caseId.isEmpty() && !caseIds.contains(caseId), qPrintable(label));
        QVERIFY2(!caseFolder.isEmpty() && !caseFolders.contains(caseFolder), qPrintable(label));
        caseIds.insert(caseId);
        caseFolders.insert(caseFolder);
        const QJsonObject record = ra::test::readJsonFile(caseFolder + QStringLiteral("/case.json"));
        QCOMPARE(record.value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
        QFile ticket(caseFolder + QStringLiteral("/ticket.txt"));
        QVERIFY2(ticket.open(QIODevice::ReadOnly), qPrintable(label));
        const QByteArray ticketText = ticket.readAll();
        QVERIFY2(ticketText.contains("C-00000291-00000000-00000032.sys"), ticketText.constData());
        // Every removed file has its quarantine copy, and the copy is the file as planted.
        const QMap<QString, QString> planted = plantedHashes();
        const QJsonArray removed = record.value(QStringLiteral("removed")).toArray();
        QCOMPARE(removed.size(), 2);
        for (const QJsonValue &v : removed) {
            const QJsonObject r = v.toObject();
            const QString path = r.value(QStringLiteral("path")).toString();
            QVERIFY2(planted.contains(path), qPrintable(path));
            QCOMPARE(r.value(QStringLiteral("sha256")).toString(), planted.value(path));
            QString copy = r.value(QStringLiteral("quarantinePath")).toString();
            if (QFileInfo(copy).isRelative())
                copy = caseFolder + QStringLiteral("/quarantine/") + copy;
            QCOMPARE(sha256Of(copy), planted.value(path));
        }
        // Written in place, still the same kind of file.
        if (t.format != QLatin1String("raw"))
            QCOMPARE(VmImage::detectFormat(t.path).value(), t.format);
        ra::test::verifyFixedDiskFile(t.path, t.format == QLatin1String("raw"), t.offset, t.size, TestVolumes::image(t.image).recoveryKey,
                                      m_work->path());
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(caseIds.size(), int(m_targets.size()) - 1);

    // No recovery key (of any volume, in the bundle or not) and not the passphrase: not in the
    // output, not in the case folders, tickets, logs or the case store.
    QList<QByteArray> secrets{kPassphrase};
    for (const Target &t : std::as_const(m_targets))
        secrets += ra::test::keySpellings(TestVolumes::image(t.image).recoveryKey);
    for (const QByteArray &s : std::as_const(secrets)) {
        QVERIFY2(!run.out.toUtf8().contains(s) && !run.err.toUtf8().contains(s), "a key or the passphrase is in the output");
    }
    const QStringList leaks = ra::test::filesHolding(m_home->path(), secrets) + ra::test::filesHolding(m_runtime.path(), secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    QFile bundle(m_bundle);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    const QByteArray sealed = bundle.readAll();
    for (const QByteArray &s : std::as_const(secrets))
        QVERIFY2(!sealed.contains(s), "a key is in the bundle in plain text");
}

QTEST_GUILESS_MAIN(TestBatchE2E)
#include "tst_batch_e2e.moc"
