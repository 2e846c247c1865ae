// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recoverykey.h"
#include "system/volumes/channelfilescanner.h"
#include "system/secrets/memorysecretstore.h"
#include "hivebuilder.h"
#include "testsupport.h"
#include "workflow/recoverysession.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void folderFlowFixesAndRecords();
    void practiceFlowNeedsTheKey();
    void vendorProcedureSelectsEverything();
    void deselectedFaultyFileIsAFailure();
    void outcomes_data();
    void outcomes();
    void cancelLeavesEveryFileConsistent();
    void resetKeepsTechnician();
    void unknownTargetIsOneSentence();
    void registryFactsReachTheCaseAndTicket();
    void keyKeptUntilFixed();

private:
    static UnlockMaterial keyMaterial(const QString &text);
};

UnlockMaterial TestSession::keyMaterial(const QString &text)
{
    UnlockMaterial m;
    m.kind = UnlockMaterial::Kind::RecoveryPassword;
    auto key = RecoveryKey::parse(text);
    if (key)
        m.recoveryKey = key.value();
    m.source = KeySource::typed();
    return m;
}

void TestSession::folderFlowFixesAndRecords()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    RecoverySession session;
    session.setCasesDir(cases.path());
    session.setTechnician(QStringLiteral("Tanaka"));
    QVERIFY(session.detect({volume.path()}).ok());
    QCOMPARE(session.volumes().size(), 1);
    QCOMPARE(session.volumes()[0].kind, VolumeKind::Folder);
    QVERIFY(session.selectVolume(0).ok());
    QVERIFY(!session.needsKey());
    QVERIFY(session.open({}).ok());
    QCOMPARE(session.state(), RecoverySession::State::Inspected);
    QCOMPARE(session.findings().size(), 3);
    QCOMPARE(session.selectedFindings().size(), 2);
    QVERIFY(session.volumeSummary(session.volumes()[0]).contains(QStringLiteral("faulty version present")));
    QVERIFY(!session.planSteps().isEmpty());

    QVERIFY(session.remediateBlocking().ok());
    QCOMPARE(session.currentCase().outcome, Outcome::Fixed);
    QCOMPARE(session.currentCase().removed.size(), 2);
    QVERIFY(session.close().ok());
    QCOMPARE(session.state(), RecoverySession::State::Closed);

    const QString folder = session.currentCase().folder;
    QVERIFY(folder.startsWith(cases.path()));
    QCOMPARE(QFile::permissions(folder) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther), QFileDevice::Permissions());
    for (const char *name : {"case.json", "ticket.txt", "ticket.md", "ticket.json", "quarantine/manifest.json"})
        QVERIFY2(QFile::exists(folder + u'/' + QLatin1String(name)), name);
    QFile ticket(folder + QStringLiteral("/ticket.txt"));
    QVERIFY(ticket.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(ticket.readAll()), session.ticket(TicketFormat::Text, session.ticketLanguage()));
}

void TestSession::practiceFlowNeedsTheKey()
{
    QTemporaryDir cases;
    RecoverySession session;
    session.setCasesDir(cases.path());
    QVERIFY(session.detect({RecoverySession::practiceTarget()}).ok());
    QVERIFY(session.selectVolume(0).ok());
    QCOMPARE(session.state(), RecoverySession::State::NeedsKey);
    QVERIFY(session.needsKey());
    QCOMPARE(session.keyIds().size(), 1);
    QCOMPARE(session.keyIds()[0].shortId(), QStringLiteral("ACE0FBA5"));

    // No key, then a valid key of another volume: rejected, counted, still waiting for a key.
    QCOMPARE(session.open({}).error().kind, ErrorKind::KeyRejected);
    const Status wrong = session.open(keyMaterial(QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910")));
    QCOMPARE(wrong.error().kind, ErrorKind::KeyRejected);
    QCOMPARE(session.failedKeyAttempts(), 1);
    QCOMPARE(session.state(), RecoverySession::State::NeedsKey);

    QVERIFY(session.open(keyMaterial(RecoverySession::practiceKeyText())).ok());
    QCOMPARE(session.state(), RecoverySession::State::Inspected);
    QCOMPARE(session.selectedFindings().size(), 1);
    // The practice files differ as real channel files do: no two share a SHA-256.
    QSet<QString> hashes;
    for (const Finding &f : session.currentCase().findings)
        hashes.insert(f.sha256);
    QCOMPARE(hashes.size(), session.currentCase().findings.size());
    QVERIFY(session.currentCase().findings.size() >= 2);

    QSignalSpy finished(&session, &RecoverySession::remediationFinished);
    QSignalSpy progress(&session, &RecoverySession::progress);
    session.startRemediation();
    QCOMPARE(session.state(), RecoverySession::State::Remediating);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(session.currentCase().outcome, Outcome::Fixed);
    QVERIFY(session.close().ok());
    const QString ticket = session.ticket(TicketFormat::Text, Language::English);
    QVERIFY(ticket.contains(QStringLiteral("Key ID ACE0FBA5")));
    QVERIFY(ticket.contains(QStringLiteral("rotate it")));
    QVERIFY(ticket.contains(QStringLiteral("key from: typed by the technician")));
    // The disk line follows the ticket's language, not the UI's.
    QVERIFY(ticket.contains(QStringLiteral("Practice BitLocker volume (XTS-AES 128)")));
    QVERIFY(session.ticket(TicketFormat::Text, Language::Japanese).contains(QStringLiteral("練習用 BitLocker ボリューム (XTS-AES 128)、")));
}

void TestSession::vendorProcedureSelectsEverything()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    RecoverySession session;
    session.setCasesDir(cases.path());
    QVERIFY(session.detect({volume.path()}).ok() && session.selectVolume(0).ok() && session.open({}).ok());
    session.setVendorProcedure(true);
    QCOMPARE(session.selectedFindings().size(), 3);
    session.setVendorProcedure(false);
    QCOMPARE(session.selectedFindings().size(), 2);
}

void TestSession::deselectedFaultyFileIsAFailure()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    RecoverySession session;
    session.setCasesDir(cases.path());
    QVERIFY(session.detect({volume.path()}).ok() && session.selectVolume(0).ok() && session.open({}).ok());
    for (int i = 0; i < session.findings().size(); ++i)
        if (session.findings()[i].verdict == Verdict::Faulty)
            session.setSelected(i, false);
    QVERIFY(session.remediateBlocking().ok());
    QCOMPARE(session.currentCase().outcome, Outcome::Failed);
    QVERIFY(session.outcomeSentence().contains(QStringLiteral("not selected")));
}

void TestSession::outcomes_data()
{
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<bool>("plantGoodOnly");
    QTest::addColumn<int>("outcome");
    QTest::newRow("not Windows") << QStringList{QStringLiteral("Users")} << false << int(Outcome::NotAffected);
    QTest::newRow("no CrowdStrike folder") << QStringList{QStringLiteral("Windows/System32/drivers")} << false << int(Outcome::NotAffected);
    QTest::newRow("CrowdStrike folder empty") << QStringList{QStringLiteral("Windows/System32/drivers/CrowdStrike")} << false
                                              << int(Outcome::AlreadyRemediated);
    QTest::newRow("only the good version") << QStringList{} << true << int(Outcome::NotAffected);
}

void TestSession::outcomes()
{
    QFETCH(QStringList, folders);
    QFETCH(bool, plantGoodOnly);
    QFETCH(int, outcome);
    QTemporaryDir volume, cases;
    for (const QString &f : folders)
        QVERIFY(QDir(volume.path()).mkpath(f));
    if (plantGoodOnly)
        QVERIFY(test::plantFiles(volume.path(), {test::standardIncidentTree()[1]}));
    RecoverySession session;
    session.setCasesDir(cases.path());
    QVERIFY(session.detect({volume.path()}).ok() && session.selectVolume(0).ok() && session.open({}).ok());
    QVERIFY(session.remediateBlocking().ok());
    QCOMPARE(int(session.currentCase().outcome), outcome);
    QVERIFY(!session.outcomeSentence().isEmpty());
}

void TestSession::cancelLeavesEveryFileConsistent()
{
    QTemporaryDir volume, cases;
    QList<test::PlantedFile> files = test::standardIncidentTree();
    for (int i = 0; i < 20; ++i)  // enough faulty files that a cancel lands in the middle
        files.append({QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-%1.sys").arg(100 + i),
                      test::channelHeader() + QByteArray(512 * 1024, char('a' + i)), QDateTime(QDate(2024, 7, 19), QTime(4, 10), Qt::UTC)});
    QVERIFY(test::plantFiles(volume.path(), files));
    RecoverySession session;
    session.setCasesDir(cases.path());
    QVERIFY(session.detect({volume.path()}).ok() && session.selectVolume(0).ok() && session.open({}).ok());
    const QList<Finding> selected = session.selectedFindings();
    QSignalSpy finished(&session, &RecoverySession::remediationFinished);
    session.startRemediation();
    session.cancel();
    QVERIFY(finished.wait(20000));
    const Case &c = session.currentCase();
    QVERIFY(c.outcome == Outcome::Cancelled || c.outcome == Outcome::Fixed);
    // Every selected file is either gone with a verified quarantine copy, or untouched.
    for (const Finding &f : selected) {
        bool removed = false;
        for (const RemovedFile &r : c.removed) {
            if (r.originalPath == f.relativePath) {
                removed = true;
                QCOMPARE(ChannelFileScanner::sha256(r.quarantinePath), f.sha256);
            }
        }
        QCOMPARE(QFile::exists(f.absolutePath), !removed);
        if (!removed)
            QCOMPARE(ChannelFileScanner::sha256(f.absolutePath), f.sha256);
    }
    QVERIFY(session.close().ok());
}

void TestSession::resetKeepsTechnician()
{
    RecoverySession session;
    session.setTechnician(QStringLiteral("Suzuki"));
    session.setTicketLanguage(Language::Japanese);
    QVERIFY(session.detect({RecoverySession::practiceTarget()}).ok());
    QVERIFY(session.selectVolume(0).ok());
    session.reset();
    QCOMPARE(session.state(), RecoverySession::State::Idle);
    QVERIFY(session.volumes().isEmpty());
    QCOMPARE(session.technician(), QStringLiteral("Suzuki"));
    QCOMPARE(session.ticketLanguage(), Language::Japanese);
    QCOMPARE(session.failedKeyAttempts(), 0);
}

void TestSession::unknownTargetIsOneSentence()
{
    RecoverySession session;
    const Status s = session.detect({QStringLiteral("/nonexistent/disk.img")});
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.endsWith(u'.'));
    QVERIFY(!s.error().message.contains(u'\n'));
}

void TestSession::registryFactsReachTheCaseAndTicket()
{
    if (test::HiveBuilder::minimalHivePath().isEmpty()) {
        if (test::requireE2E())
            QFAIL("registry/minimal is missing from the shared test data and RA_REQUIRE_E2E=1");
        QSKIP("the shared test data has no registry/minimal hive");
    }
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    const QString config = volume.path() + QStringLiteral("/Windows/System32/config/");
    QVERIFY(QDir().mkpath(config));
    test::HiveBuilder system;
    system.set(QStringLiteral("Select"), {test::HiveBuilder::Value::dword(QStringLiteral("Current"), 1)});
    system.set(QStringLiteral("ControlSet001\\Control\\ComputerName\\ComputerName"),
               {test::HiveBuilder::Value::sz(QStringLiteral("ComputerName"), QStringLiteral("PC-OSAKA-0007"))});
    system.set(QStringLiteral("ControlSet001\\Services\\CSAgent"),
               {test::HiveBuilder::Value::dword(QStringLiteral("Start"), 1)});
    QVERIFY(system.commit(config + QStringLiteral("SYSTEM")));
    test::HiveBuilder software;
    software.set(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"),
                 {test::HiveBuilder::Value::sz(QStringLiteral("ProductName"), QStringLiteral("Windows 10 Pro")),
                  test::HiveBuilder::Value::sz(QStringLiteral("CurrentBuild"), QStringLiteral("22631")),
                  test::HiveBuilder::Value::dword(QStringLiteral("UBR"), 3880)});
    QVERIFY(software.commit(config + QStringLiteral("SOFTWARE")));

    RecoverySession session;
    session.setCasesDir(cases.path());
    QVERIFY(session.detect({volume.path()}).ok());
    // A mounted folder needs no unlocking: the Detect page names the machine before opening.
    QVERIFY(session.volumes()[0].windows.has_value());
    const QString detected = session.volumeSummary(session.volumes()[0]);
    QVERIFY2(detected.contains(QStringLiteral("PC-OSAKA-0007")) && detected.contains(QStringLiteral("Windows 11 Pro")),
             qPrintable(detected));
    QVERIFY(session.selectVolume(0).ok() && session.open({}).ok());
    QCOMPARE(session.currentCase().windows.computerName, QStringLiteral("PC-OSAKA-0007"));
    QCOMPARE(session.currentCase().windows.productName, QStringLiteral("Windows 11 Pro"));
    QVERIFY(session.currentCase().windows.sensorPresent);
    QVERIFY(session.volumeSummary(session.volumes()[0]).contains(QStringLiteral("Windows 11 Pro")));
    QVERIFY(session.remediateBlocking().ok());
    QVERIFY(session.close().ok());
    const QString ja = session.ticket(TicketFormat::Text, Language::Japanese);
    QVERIFY(ja.contains(QStringLiteral("コンピューター名: PC-OSAKA-0007")));
    QVERIFY(ja.contains(QStringLiteral("Windows 11 Pro (ビルド 22631.3880)")));
}

void TestSession::keyKeptUntilFixed()
{
    QTemporaryDir cases;
    auto storeOwned = std::make_unique<MemorySecretStore>();
    MemorySecretStore *store = storeOwned.get();
    RecoverySession session;
    session.setCasesDir(cases.path());
    session.setSecretStore(std::move(storeOwned));
    QVERIFY(session.detect({RecoverySession::practiceTarget()}).ok() && session.selectVolume(0).ok());
    QVERIFY(!session.savedKeyMaterial());
    QVERIFY(session.open(keyMaterial(RecoverySession::practiceKeyText())).ok());
    QCOMPARE(store->size(), 1);

    // "After a reboot": the same volume selected again finds the kept key.
    QVERIFY(session.unmount().ok());
    QVERIFY(session.selectVolume(0).ok());
    const auto savedMaterial = session.savedKeyMaterial();
    const std::optional<RecoveryKey> saved = savedMaterial ? std::optional<RecoveryKey>(savedMaterial->recoveryKey) : std::nullopt;
    QVERIFY(saved.has_value());
    QCOMPARE(saved->revealForInputFields(), RecoverySession::practiceKeyText());

    // Closed as fixed: the key is gone from the store.
    QVERIFY(session.open(keyMaterial(RecoverySession::practiceKeyText())).ok());
    QVERIFY(session.remediateBlocking().ok());
    QCOMPARE(session.currentCase().outcome, Outcome::Fixed);
    QVERIFY(session.close().ok());
    QCOMPARE(store->size(), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
