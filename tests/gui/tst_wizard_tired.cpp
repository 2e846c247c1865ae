// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard for a tired technician, driven by object names, offscreen: typing the
// key again after the disk refused it, Clear, the "checksum OK" marks, a .BEK file then Enter,
// Space on the review rows, a language switch after an error, the repair's titles and ticks,
// the clipboard message after a format change, the next machine, the whole flow by keyboard
// with its interactions counted, and no keyring prompt where the Secret Service has no
// default collection (a real gnome-keyring-daemon on a private bus).

#include "fakedialoghooks.h"
#include "recoverywizard.h"
#include "system/secrets/keychainsecretstore.h"
#include "testsupport.h"
#include "widgets/keyentrywidget.h"
#include "wizarddriver.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace ra;
using ra::gui::RecoveryWizard;

namespace {
// Any key whose groups pass their checksums but that does not open the practice disk.
const QString OtherKey = QStringLiteral("404558-436711-420860-678557-638220-018909-039941-695321");
}  // namespace

class TestWizardTired : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecoverySession> m_session;
    std::unique_ptr<test::FakeDialogHooks> m_hooks;
    std::unique_ptr<RecoveryWizard> m_wizard;
    std::unique_ptr<test::WizardDriver> m_ui;
    int m_actions = 0;     // key chords, clicks and typed fields (a typed field counts once)
    int m_keystrokes = 0;  // every key pressed, typed characters included

    test::WizardDriver &ui() { return *m_ui; }
    int page() const { return m_wizard->currentId(); }
    QWidget *current(const QString &name) const { return m_wizard->currentPage()->findChild<QWidget *>(name); }

    void build(std::unique_ptr<SecretStore> store = {})
    {
        m_ui.reset();
        m_wizard.reset();
        m_session.reset();
        QSettings().clear();
        ra::installAppTranslator(Language::English);
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<RecoverySession>();
        m_session->setCasesDir(m_dir->filePath(QStringLiteral("cases")));
        if (store)
            m_session->setSecretStore(std::move(store));
        m_hooks = std::make_unique<test::FakeDialogHooks>();
        m_wizard = std::make_unique<RecoveryWizard>(m_session.get(), m_hooks.get());
        m_ui = std::make_unique<test::WizardDriver>(m_wizard.get());
        m_actions = m_keystrokes = 0;
        m_wizard->show();
        QApplication::setActiveWindow(m_wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        ui().settle();
    }
    // A key chord sent to whatever has the focus, as a user presses it.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_wizard.get(), k, mods);
        ++m_actions;
        ++m_keystrokes;
        ui().settle();
    }
    void type(const QString &text)
    {
        ui().typeIntoFocus(text);
        ++m_actions;
        m_keystrokes += int(text.size());
        ui().settle();
    }
    bool toKeyPage()
    {
        ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->setText(QStringLiteral("Aiko Tanaka"));
        ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
        return ui().next() && ui().next() && page() == RecoveryWizard::KeyPageId;
    }
    QString exportWithPracticeKey()
    {
        const QString csv = m_dir->filePath(QStringLiteral("bitlocker-keys.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("Hostname,KeyID,RecoveryKey,Directory\r\n");
        file.write(QStringLiteral("PC-0042,{%1},%2,AD\r\n")
                       .arg(m_session->keyIds().first().toString(), RecoverySession::practiceKeyText())
                       .toUtf8());
        return csv;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("recovery-assistant-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_tired"));
        // No keychain unless a test starts one: never a prompt from a test.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ra-no-bus");
    }
    void init() { build(); }

    void retypingAfterRejectedKeyReplacesEveryGroup()
    {
        QVERIFY(toKeyPage());
        ui().keyField(1)->setFocus();
        ui().typeIntoFocus(OtherKey);
        QVERIFY(ui().canGoOn());
        QVERIFY(!ui().next());
        QCOMPARE(m_session->failedKeyAttempts(), 1);
        auto *entry = ui().find<gui::KeyEntryWidget>(QStringLiteral("keyEntry"));
        for (int g = 1; g <= 8; ++g) {
            // A refused key keeps no green mark: the checksum passing is not "right".
            QVERIFY(!ui().find<QLabel>(QStringLiteral("keyMark%1").arg(g))->text().contains(u'✔'));
            QCOMPARE(ui().keyField(g)->property("groupState").toString(), QStringLiteral("rejected"));
        }
        QVERIFY(ui().keyField(1)->hasFocus());
        QCOMPARE(ui().keyField(1)->selectedText(), OtherKey.left(6));
        // Typing the whole key again from group 1 replaces every group, none mixed with the old.
        ui().typeIntoFocus(RecoverySession::practiceKeyText());
        const QStringList groups = RecoverySession::practiceKeyText().split(u'-');
        for (int g = 1; g <= 8; ++g) {
            QCOMPARE(ui().keyField(g)->text(), groups[g - 1]);
            QVERIFY(!entry->isRejected(g - 1));
        }
        QVERIFY(ui().find<QLabel>(QStringLiteral("keyMark1"))->toolTip().contains(QStringLiteral("Checksum OK")));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
    }

    void clearEmptiesTheKey()
    {
        QVERIFY(toKeyPage());
        ui().keyField(1)->setFocus();
        ui().typeIntoFocus(OtherKey.left(20));
        ui().click(QStringLiteral("clearKeyButton"));
        QVERIFY(ui().find<gui::KeyEntryWidget>(QStringLiteral("keyEntry"))->isEmpty());
        QVERIFY(ui().keyField(1)->hasFocus());
        // Text without digits is not swallowed silently.
        ui().typeIntoFocus(QStringLiteral("abc"));
        auto *message = qobject_cast<QLabel *>(current(QStringLiteral("message")));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("no digits")), qPrintable(message->text()));
    }

    void startupKeyFileThenEnterGoesOn()
    {
        QVERIFY(toKeyPage());
        m_hooks->openFileAnswer = m_dir->filePath(QStringLiteral("4381F759.BEK"));
        QFile bek(m_hooks->openFileAnswer);
        QVERIFY(bek.open(QIODevice::WriteOnly));
        bek.write(QByteArray(124, '\0'));
        bek.close();
        ui().click(QStringLiteral("bekButton"));
        QCOMPARE(QApplication::focusWidget(), m_wizard->button(QWizard::NextButton));
        key(Qt::Key_Return);
        // Enter went on (the practice disk does not take a .BEK: it says so), never back.
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        QVERIFY(qobject_cast<QLabel *>(current(QStringLiteral("message")))->isVisible());
        QVERIFY(ui().find<QLabel>(QStringLiteral("bekLabel"))->text().contains(QStringLiteral("4381F759.BEK")));
    }

    void languageSwitchAfterWrongKey()
    {
        QVERIFY(toKeyPage());
        ui().paste(ui().keyField(1), OtherKey);
        QVERIFY(!ui().next());
        auto *message = qobject_cast<QLabel *>(current(QStringLiteral("message")));
        const QString english = message->text();
        QVERIFY(english.contains(QStringLiteral("does not open")));
        m_wizard->setLanguage(Language::Japanese);
        // QApplication posts LanguageChange to the window: it arrives with the next events.
        QTRY_VERIFY2_WITH_TIMEOUT(message->text() != english && message->text().contains(QStringLiteral("キー")),
                                  qPrintable(message->text()), 5000);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().contains(QStringLiteral("does not open")));
        m_wizard->setLanguage(Language::English);
    }

    void spaceTogglesTheCurrentReviewRow()
    {
        QVERIFY(toKeyPage());
        ui().paste(ui().keyField(1), RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        auto *table = ui().find<QTableWidget>(QStringLiteral("findingsTable"));
        QVERIFY(table->hasFocus());
        const int row = table->currentRow();
        QVERIFY(row >= 0);
        const bool before = m_session->findings().at(row).selected;
        const QRect confirmAt = ui().find<QWidget>(QStringLiteral("confirmCheck"))->geometry();
        key(Qt::Key_Space);
        QCOMPARE(m_session->findings().at(row).selected, !before);
        QVERIFY(table->hasFocus());
        QCOMPARE(table->currentRow(), row);
        key(Qt::Key_Space);
        QCOMPARE(m_session->findings().at(row).selected, before);
        QCOMPARE(ui().find<QWidget>(QStringLiteral("confirmCheck"))->geometry(), confirmAt);  // no jump
    }

    void repairTitleTicksAndTicketClipboard()
    {
        QVERIFY(toKeyPage());
        ui().paste(ui().keyField(1), RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->setChecked(true);
        QVERIFY(ui().next());
        QTRY_VERIFY_WITH_TIMEOUT(ui().canGoOn(), 20000);
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Repair finished"));
        auto *bar = ui().find<QProgressBar>(QStringLiteral("progressBar"));
        QCOMPARE(bar->value(), bar->maximum());
        auto *steps = ui().find<QListWidget>(QStringLiteral("stepList"));
        for (int i = 0; i < steps->count(); ++i)
            QVERIFY2(!steps->item(i)->text().contains(QStringLiteral("dislocker")), qPrintable(steps->item(i)->text()));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::TicketPageId));
        ui().click(QStringLiteral("copyButton"));
        auto *message = qobject_cast<QLabel *>(current(QStringLiteral("message")));
        QVERIFY(message->text().contains(QStringLiteral("on the clipboard")));
        auto *format = ui().find<QComboBox>(QStringLiteral("formatCombo"));
        format->setCurrentIndex(format->findData(int(TicketFormat::Markdown)));
        QVERIFY(!message->text().contains(QStringLiteral("is on the clipboard")));
        QVERIFY(QApplication::clipboard()->text() != m_session->ticket(TicketFormat::Markdown, Language::English));

        // The next machine: no target kept (never the same disk twice), the technician kept.
        ui().click(QStringLiteral("nextMachineButton"));
        ui().settle();
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
        QVERIFY(ui().find<QRadioButton>(QStringLiteral("diskRadio"))->isChecked());
        QVERIFY(ui().find<QLineEdit>(QStringLiteral("imageEdit"))->text().isEmpty());
        QCOMPARE(ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->text(), QStringLiteral("Aiko Tanaka"));
        QVERIFY(ui().find<QLineEdit>(QStringLiteral("ticketEdit"))->hasFocus());
    }

    void stoppedRepairSaysSoAndKeepsItsProgress()
    {
        QTemporaryDir volume;
        QVERIFY(test::plantFiles(volume.path(), test::manyFaultyChannelFiles(300)));
        ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->setText(QStringLiteral("Aiko Tanaka"));
        ui().find<QRadioButton>(QStringLiteral("folderRadio"))->setChecked(true);
        ui().find<QLineEdit>(QStringLiteral("folderEdit"))->setText(volume.path());
        QVERIFY(ui().next() && ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        // With many files the confirmation names three and counts the rest.
        QVERIFY(ui().find<QLabel>(QStringLiteral("confirmLabel"))->text().contains(QStringLiteral("and 297 more")));
        ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->setChecked(true);
        QVERIFY(ui().next());
        QTRY_VERIFY(ui().find<QListWidget>(QStringLiteral("stepList"))->item(0)->text().startsWith(u'✔'));
        ui().click(QStringLiteral("stopButton"));
        QTRY_VERIFY_WITH_TIMEOUT(ui().canGoOn(), 30000);
        QCOMPARE(m_session->currentCase().outcome, Outcome::Cancelled);
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Repair stopped"));
        auto *bar = ui().find<QProgressBar>(QStringLiteral("progressBar"));
        QVERIFY(bar->value() < bar->maximum());
    }

    // Launch to ticket copied by keyboard only; the counts go to the report (stdout).
    void keyboardOnlyFlowCountsInteractions()
    {
        // First machine: the practice disk chosen on the command line (--practice).
        ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
        QVERIFY(ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->hasFocus());
        type(QStringLiteral("Aiko Tanaka"));
        key(Qt::Key_Return);
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        key(Qt::Key_Return);
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        QVERIFY(ui().keyField(1)->hasFocus());
        type(RecoverySession::practiceKeyText().remove(u'-'));
        key(Qt::Key_Return);
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        key(Qt::Key_Y, Qt::AltModifier);  // "&Yes, remove these files"
        QTRY_VERIFY(ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->isChecked());
        key(Qt::Key_Return);  // Repair now
        QTRY_COMPARE(page(), int(RecoveryWizard::RepairPageId));
        QTRY_VERIFY_WITH_TIMEOUT(ui().canGoOn(), 20000);
        key(Qt::Key_Return);
        QTRY_COMPARE(page(), int(RecoveryWizard::TicketPageId));
        QTRY_VERIFY(ui().find<QWidget>(QStringLiteral("copyButton"))->hasFocus());
        key(Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), m_session->ticket(TicketFormat::Text, Language::English));
        const int firstActions = m_actions, firstKeys = m_keystrokes;

        // Next machine, with the key export loaded on its key page.
        m_actions = m_keystrokes = 0;
        key(Qt::Key_M, Qt::AltModifier);  // "Next &machine"
        QTRY_COMPARE(page(), int(RecoveryWizard::StartPageId));
        QVERIFY(ui().find<QLineEdit>(QStringLiteral("ticketEdit"))->hasFocus());
        type(QStringLiteral("INC0012346"));
        key(Qt::Key_P, Qt::AltModifier);  // "&Practice"
        QTRY_VERIFY(ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->isChecked());
        key(Qt::Key_Return);
        key(Qt::Key_Return);
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        m_hooks->openFileAnswer = exportWithPracticeKey();
        key(Qt::Key_X, Qt::AltModifier);  // "Find it in a key e&xport…" (the file dialog answers)
        ++m_actions;                      // choosing the file in the dialog
        // A mnemonic clicks through QAbstractButton::animateClick(): the click comes 100 ms later.
        QTRY_VERIFY(ui().find<gui::KeyEntryWidget>(QStringLiteral("keyEntry"))->isComplete());
        QCOMPARE(m_hooks->calls, 1);
        key(Qt::Key_Return);
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        key(Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->isChecked());
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page() == RecoveryWizard::RepairPageId && ui().canGoOn(), 20000);
        key(Qt::Key_Return);
        QTRY_VERIFY(ui().find<QWidget>(QStringLiteral("copyButton"))->hasFocus());
        key(Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), m_session->ticket(TicketFormat::Text, Language::English));
        std::printf("INTERACTIONS first machine (name typed, key typed): %d actions, %d keystrokes\n", firstActions,
                    firstKeys);
        std::printf("INTERACTIONS next machine (key from a loaded export): %d actions, %d keystrokes\n", m_actions,
                    m_keystrokes);
        QVERIFY(firstActions <= 10);
        QVERIFY(m_actions <= 12);
    }

    // gnome-keyring-daemon on a private bus, started without a login keyring: its Secret
    // Service has no default collection, where a write would ask to create one.
    void noKeyringPromptWithoutDefaultCollection()
    {
        const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        QVERIFY2(!busDaemon.isEmpty() && !keyringDaemon.isEmpty(), "dbus-daemon and gnome-keyring (scripts/deps)");
        QProcess bus;
        bus.start(busDaemon, {QStringLiteral("--session"), QStringLiteral("--fork"), QStringLiteral("--print-address=1"),
                              QStringLiteral("--print-pid=1")});
        QVERIFY(bus.waitForFinished(10000) && bus.exitCode() == 0);
        const QList<QByteArray> lines = bus.readAllStandardOutput().trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        const QByteArray address = lines[0].trimmed();
        const pid_t busPid = pid_t(lines[1].trimmed().toLongLong());
        const QString home = m_dir->filePath(QStringLiteral("keyring-home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/runtime")));
        QFile::setPermissions(home + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcess keyring;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(address));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        keyring.setProcessEnvironment(env);
        keyring.start(keyringDaemon, {QStringLiteral("--components=secrets"), QStringLiteral("--foreground")});
        QVERIFY(keyring.waitForStarted(10000));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        const auto cleanup = qScopeGuard([&] {
            keyring.terminate();
            keyring.waitForFinished(5000);
            ::kill(busPid, SIGTERM);
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ra-no-bus");
        });
        QProcess probe;  // the service is up when secret-tool gets an answer (nothing found)
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                probe.setProcessEnvironment(env);
                probe.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("ra"), QStringLiteral("none")});
                return probe.waitForFinished(5000) && !probe.readAllStandardError().contains("not provided");
            }(),
            10000);

        build(std::make_unique<KeychainSecretStore>(QStringLiteral("ra-test"), m_dir->filePath(QStringLiteral("index.json"))));
        QVERIFY(toKeyPage());
        auto *note = ui().find<QLabel>(QStringLiteral("secretStoreNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("memory only")), qPrintable(note->text()));
        QVERIFY(note->styleSheet().isEmpty());  // normal text, not disabled-grey
        QVERIFY(!ui().find<QCheckBox>(QStringLiteral("keepKeyCheck"))->isVisible());
        ui().paste(ui().keyField(1), RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        // Nothing was written to the keyring daemon: no keyring file exists.
        QVERIFY(QDir(home + QStringLiteral("/data/keyrings")).entryList(QDir::Files).filter(QStringLiteral(".keyring")).isEmpty());
        QVERIFY(!m_session->canKeepKeys());
    }
};

QTEST_MAIN(TestWizardTired)
#include "tst_wizard_tired.moc"
