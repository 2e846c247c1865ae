// SPDX-License-Identifier: GPL-3.0-or-later
// Several disks in the wizard: two Windows folders and the practice disk are detected; keys come
// from an encrypted key bundle (wrong passphrase refused first); "fix every disk whose key is
// loaded" shows every planned deletion, disk by disk, with nothing changed; one confirmation;
// all are fixed, each with its own case folder and ticket, and the summary with every ticket
// goes to the clipboard. A disk whose files changed after the plan is left unchanged.
#include "fakedialoghooks.h"
#include "recoverywizard.h"
#include "testsupport.h"
#include "widgets/statusmessage.h"
#include "wizarddriver.h"
#include "workflow/keyexports.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace ra;
using ra::gui::RecoveryWizard;

namespace {
const QString kCrowdStrike = QStringLiteral("/Windows/System32/drivers/CrowdStrike/");
const QString kFaulty = QStringLiteral("C-00000291-00000000-00000032.sys");
const QString kGood = QStringLiteral("C-00000291-00000000-00000033.sys");
const QByteArray kPassphrase = "correct horse battery staple";
}  // namespace

class TestWizardBatch : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoverySession> m_session;
    std::unique_ptr<test::FakeDialogHooks> m_hooks;
    std::unique_ptr<RecoveryWizard> m_wizard;
    std::unique_ptr<test::WizardDriver> m_driver;
    QString m_disk1, m_disk2;

    test::WizardDriver &ui() { return *m_driver; }
    int page() const { return m_wizard->currentId(); }
    QString casesDir() const { return m_dir->filePath(QStringLiteral("cases")); }

    // A bundle (escrow pack) holding the practice disk's recovery key, as the helpdesk packs it.
    QString practiceBundle()
    {
        KeyExports exports;
        QString keyId;
        for (const VolumeInfo &v : m_session->volumes())
            if (v.practice && v.bitlocker)
                keyId = v.bitlocker->recoveryIds().first().toString();
        if (keyId.isEmpty())
            return {};
        const QByteArray csv = "Hostname,KeyID,RecoveryKey,Directory\r\n"
                               + QStringLiteral("PRACTICE-PC,{%1},%2,AD\r\n")
                                     .arg(keyId, RecoverySession::practiceKeyText())
                                     .toUtf8();
        auto imported = exports.importData(csv, QStringLiteral("keys.csv"));
        if (!imported || imported.value().keys != 1)
            return {};
        LockedBuffer passphrase(std::size_t(kPassphrase.size()));
        passphrase.append(kPassphrase.constData(), std::size_t(kPassphrase.size()));
        const QString path = m_dir->filePath(QStringLiteral("incident.rakeys"));
        return exports.writeBundle(path, {imported.value()}, passphrase) ? path : QString();
    }

    // Start → Detect with the practice disk selected by the Start page, then all three disks.
    void toDetectWithThreeDisks()
    {
        auto *name = ui().find<QLineEdit>(QStringLiteral("technicianEdit"));
        QTest::keyClicks(name, QStringLiteral("Aiko Tanaka"));
        ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        // Then every disk "attached".
        m_wizard->setTargets({m_disk1, m_disk2, RecoverySession::practiceTarget()});
        ui().find<QPushButton>(QStringLiteral("rescanButton"))->click();
        QVERIFY(ui().settle());
        QCOMPARE(ui().find<QListWidget>(QStringLiteral("volumeList"))->count(), 3);
    }

    QTreeWidget *tree() { return ui().find<QTreeWidget>(QStringLiteral("batchTree")); }
    bool planned() { return ui().find<QCheckBox>(QStringLiteral("batchConfirmCheck"))->isEnabled(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("recovery-assistant-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_batch"));
    }

    void init()
    {
        QSettings().clear();
        ra::installAppTranslator(Language::English);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_disk1 = m_dir->filePath(QStringLiteral("disk1"));
        m_disk2 = m_dir->filePath(QStringLiteral("disk2"));
        QVERIFY(test::plantFiles(m_disk1, test::standardIncidentTree()));
        QVERIFY(test::plantFiles(m_disk2, test::standardIncidentTree()));
        m_session = std::make_unique<RecoverySession>();
        m_session->setCasesDir(casesDir());
        m_hooks = std::make_unique<test::FakeDialogHooks>();
        m_wizard = std::make_unique<RecoveryWizard>(m_session.get(), m_hooks.get());
        m_driver = std::make_unique<test::WizardDriver>(m_wizard.get());
        m_wizard->show();
        QApplication::setActiveWindow(m_wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    }

    void cleanup()
    {
        m_driver.reset();
        m_wizard.reset();
        m_session.reset();
        m_hooks.reset();
        m_dir.reset();
    }

    void fixEveryDiskWhoseKeyIsLoaded()
    {
        toDetectWithThreeDisks();
        auto *fixAll = ui().find<QPushButton>(QStringLiteral("fixAllButton"));
        QVERIFY(ui().find<QWidget>(QStringLiteral("batchFrame"))->isVisible());
        // The folders need no key; the practice disk's is not loaded yet.
        QVERIFY2(fixAll->text().contains(QStringLiteral("(2)")), qPrintable(fixAll->text()));

        // The bundle: a wrong passphrase is refused in one sentence and loads nothing.
        const QString bundle = practiceBundle();
        QVERIFY(!bundle.isEmpty());
        m_hooks->openFileAnswer = bundle;
        m_hooks->passphraseAnswer = "wrong passphrase";
        ui().find<QPushButton>(QStringLiteral("loadKeysButton"))->click();
        QVERIFY(ui().settle());
        auto *message = m_wizard->page(RecoveryWizard::DetectPageId)->findChild<gui::StatusMessage *>(QStringLiteral("message"));
        QVERIFY(message);
        QVERIFY2(message->kind() == gui::StatusMessage::Kind::Error, qPrintable(message->text()));
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(m_session->exportKeyCount(), 0);
        m_hooks->passphraseAnswer = kPassphrase;
        ui().find<QPushButton>(QStringLiteral("loadKeysButton"))->click();
        QVERIFY(ui().settle());
        QCOMPARE(message->kind(), gui::StatusMessage::Kind::Success);
        QCOMPARE(m_session->exportKeyCount(), 1);
        QVERIFY2(fixAll->text().contains(QStringLiteral("(3)")), qPrintable(fixAll->text()));
        auto *list = ui().find<QListWidget>(QStringLiteral("volumeList"));
        bool practiceKeyShown = false;
        for (int i = 0; i < list->count(); ++i)
            practiceKeyShown |= list->item(i)->text().contains(QStringLiteral("recovery key loaded"));
        QVERIFY(practiceKeyShown);

        // The plan, disk by disk; nothing changed yet.
        fixAll->click();
        QCOMPARE(page(), int(RecoveryWizard::BatchPageId));
        QTRY_VERIFY_WITH_TIMEOUT(planned(), 60000);
        QCOMPARE(tree()->topLevelItemCount(), 3);
        int files = 0;
        for (int i = 0; i < 3; ++i) {
            QTreeWidgetItem *disk = tree()->topLevelItem(i);
            QVERIFY2(disk->text(2).contains(QStringLiteral("to remove")), qPrintable(disk->text(2)));
            files += disk->childCount();
        }
        QCOMPARE(files, 5);  // the faulty and the zero-filled unknown one on each folder, the practice faulty one
        QVERIFY(QFile::exists(m_disk1 + kCrowdStrike + kFaulty));
        QVERIFY(QFile::exists(m_disk2 + kCrowdStrike + kFaulty));
        QVERIFY(!QDir(casesDir()).exists() || QDir(casesDir()).isEmpty());
        auto *run = ui().find<QPushButton>(QStringLiteral("batchRunButton"));
        QVERIFY(!run->isEnabled());  // not before the confirmation
        auto *finish = m_wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isVisible() && !finish->isEnabled());

        ui().find<QCheckBox>(QStringLiteral("batchConfirmCheck"))->setChecked(true);
        QVERIFY(run->isEnabled());
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(ui().find<QPushButton>(QStringLiteral("batchCopyButton"))->isVisible(), 60000);
        QVERIFY(finish->isEnabled());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(tree()->topLevelItem(i)->text(2).startsWith(QStringLiteral("fixed")),
                     qPrintable(tree()->topLevelItem(i)->text(2)));
        for (const QString &disk : {m_disk1, m_disk2}) {
            QVERIFY(!QFile::exists(disk + kCrowdStrike + kFaulty));
            QVERIFY(QFile::exists(disk + kCrowdStrike + kGood));
        }
        // One case folder with its ticket per disk.
        int tickets = 0;
        for (QDirIterator it(casesDir(), {QStringLiteral("ticket.txt")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++tickets;
        QCOMPARE(tickets, 3);

        ui().find<QPushButton>(QStringLiteral("batchCopyButton"))->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Fixed: 3 · not affected: 0 · no key: 0 · not fixed: 0 · stopped: 0")),
                 qPrintable(copied.left(400)));
        QCOMPARE(copied.count(QStringLiteral("Recovery Assistant — case ")), 3);
        QVERIFY(!copied.contains(RecoverySession::practiceKeyText()));

        // In Japanese the page follows at once.
        m_wizard->setLanguage(Language::Japanese);
        QTRY_COMPARE(tree()->headerItem()->text(0), QStringLiteral("ディスク"));
        QVERIFY(tree()->topLevelItem(0)->text(2).contains(QStringLiteral("修復")));
    }

    void diskChangedAfterThePlanIsLeftUnchanged()
    {
        toDetectWithThreeDisks();
        ui().find<QPushButton>(QStringLiteral("fixAllButton"))->click();
        QCOMPARE(page(), int(RecoveryWizard::BatchPageId));
        QTRY_VERIFY_WITH_TIMEOUT(planned(), 60000);
        QCOMPARE(tree()->topLevelItemCount(), 2);  // the practice disk has no loaded key
        // Between the plan and the run the faulty file on disk 1 changes (another bench, say).
        QFile faulty(m_disk1 + kCrowdStrike + kFaulty);
        QVERIFY(faulty.open(QIODevice::Append));
        faulty.write("changed");
        faulty.close();
        const QByteArray changed = [&] { QFile f(faulty.fileName()); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        ui().find<QCheckBox>(QStringLiteral("batchConfirmCheck"))->setChecked(true);
        ui().find<QPushButton>(QStringLiteral("batchRunButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(ui().find<QPushButton>(QStringLiteral("batchCopyButton"))->isVisible(), 60000);
        int row1 = tree()->topLevelItem(0)->text(0) == m_disk1 ? 0 : 1;
        QCOMPARE(tree()->topLevelItem(row1)->text(2), QStringLiteral("not fixed"));
        QVERIFY(tree()->topLevelItem(row1)->toolTip(2).contains(QStringLiteral("not the ones you confirmed")));
        QVERIFY(tree()->topLevelItem(1 - row1)->text(2).startsWith(QStringLiteral("fixed")));
        QFile after(m_disk1 + kCrowdStrike + kFaulty);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), changed);
        QVERIFY(!QFile::exists(m_disk2 + kCrowdStrike + kFaulty));
    }
};

QTEST_MAIN(TestWizardBatch)
#include "tst_wizard_batch.moc"
