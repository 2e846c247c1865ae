// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard on a real BitLocker volume: what a technician does at the bench, driven by object
// names. Start with a disk image, see its Key ID, type a wrong key (refused, kept, counted),
// type the right one, review, repair, ticket. Then check, with a separate read-only opening,
// that exactly the selected files are gone, that the quarantine copies match their hashes, and
// that nothing is left mounted. Needs root, /dev/fuse and the shared test data.

#include "../gui/fakedialoghooks.h"
#include "../gui/wizarddriver.h"
#include "e2esupport.h"
#include "recoverywizard.h"
#include "system/volumes/channelfilescanner.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::gui::RecoveryWizard;

class TestWizardE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void bitLockerImageFromStartToTicket();

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_work;
};

void TestWizardE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    QVERIFY(m_runtime.isValid() && m_work.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("recovery-assistant-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_e2e"));
}

void TestWizardE2E::cleanup()
{
    const QStringList left = test::leftovers(m_work.path()) + test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
}

void TestWizardE2E::bitLockerImageFromStartToTicket()
{
    const auto image = test::TestVolumes::image(QStringLiteral("bitlk-aes-xts-128"));
    auto path = test::TestVolumes::builtVolumeCopy(image.name, m_work.path());
    QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().details));

    QSettings().clear();
    installAppTranslator(Language::English);
    RecoverySession session;
    session.setCasesDir(m_work.path() + QStringLiteral("/cases"));
    test::FakeDialogHooks hooks;
    {
        RecoveryWizard wizard(&session, &hooks);
        test::WizardDriver ui(&wizard);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));

        // Start: who, and the disk image.
        QTest::keyClicks(ui.find<QLineEdit>(QStringLiteral("technicianEdit")), QStringLiteral("Aiko Tanaka"));
        ui.find<QRadioButton>(QStringLiteral("imageRadio"))->setChecked(true);
        ui.find<QLineEdit>(QStringLiteral("imageEdit"))->setText(path.value());
        QVERIFY(ui.next());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::DetectPageId));

        // Detect: the locked volume and the Key ID to look for, in large type.
        QVERIFY(ui.find<QListWidget>(QStringLiteral("volumeList"))->count() >= 1);
        QVERIFY(ui.find<QWidget>(QStringLiteral("keyIdFrame"))->isVisible());
        QCOMPARE(ui.find<QLabel>(QStringLiteral("keyIdValue"))->text(), QStringLiteral("64311DEA"));
        QVERIFY(ui.next());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::KeyPageId));

        // A valid key of another drive: refused in the page, typed groups kept, attempt counted.
        const QString otherKey = test::TestVolumes::image(QStringLiteral("bitlk-aes-xts-256")).recoveryKey;
        ui.keyField(1)->setFocus();
        ui.typeIntoFocus(otherKey);
        QVERIFY(ui.canGoOn());
        QVERIFY(!ui.next());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::KeyPageId));
        QCOMPARE(session.failedKeyAttempts(), 1);
        QCOMPARE(ui.keyField(1)->text(), otherKey.left(6));

        // The right key.
        for (int g = 1; g <= 8; ++g)
            ui.keyField(g)->clear();
        ui.keyField(1)->setFocus();
        ui.typeIntoFocus(image.recoveryKey);
        QVERIFY(ui.next());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::ReviewPageId));
        QVERIFY(ui.keyField(1)->text().isEmpty());  // key fields cleared once the disk is open

        // Review: the faulty and the zero-filled file selected, the good one not.
        auto *table = ui.find<QTableWidget>(QStringLiteral("findingsTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(session.selectedFindings().size(), 2);
        ui.find<QCheckBox>(QStringLiteral("confirmCheck"))->setChecked(true);
        QVERIFY(ui.next());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::RepairPageId));
        QTRY_VERIFY_WITH_TIMEOUT(ui.canGoOn(), 60000);
        QCOMPARE(session.currentCase().outcome, Outcome::Fixed);

        // Ticket: the disk is released when the page shows; the text is the core's.
        QVERIFY(ui.next());
        QCOMPARE(wizard.currentId(), int(RecoveryWizard::TicketPageId));
        QCOMPARE(session.state(), RecoverySession::State::Closed);
        const QString ticket = ui.find<QPlainTextEdit>(QStringLiteral("preview"))->toPlainText();
        QCOMPARE(ticket, session.ticket(TicketFormat::Text, Language::English));
        QVERIFY(ticket.contains(QStringLiteral("Key ID 64311DEA")));
        QVERIFY(!ticket.contains(image.recoveryKey));
    }

    // Quarantine copies match; the case folder holds the ticket.
    const Case &c = session.currentCase();
    QCOMPARE(c.removed.size(), 2);
    for (const RemovedFile &r : c.removed)
        QCOMPARE(ChannelFileScanner::sha256(r.quarantinePath), r.sha256);
    QVERIFY(QFile::exists(c.folder + QStringLiteral("/ticket.txt")));

    // A separate, read-only opening of the same image: exactly the selected files are gone.
    RecoverySession check;
    check.setCasesDir(m_work.path() + QStringLiteral("/check-cases"));
    QVERIFY(check.detect({path.value()}).ok() && check.selectVolume(0).ok());
    UnlockMaterial material;
    material.kind = UnlockMaterial::Kind::RecoveryPassword;
    material.recoveryKey = RecoveryKey::parse(image.recoveryKey).value();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    QVERIFY(check.open(std::move(material), readOnly).ok());
    QStringList left;
    for (const Finding &f : check.findings())
        left << f.fileName();
    QCOMPARE(left, QStringList{QStringLiteral("C-00000291-00000000-00000033.sys")});
    QVERIFY(check.unmount().ok());
}

QTEST_MAIN(TestWizardE2E)
#include "tst_wizard_e2e.moc"
