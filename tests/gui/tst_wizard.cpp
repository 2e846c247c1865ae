// SPDX-License-Identifier: GPL-3.0-or-later
// The whole wizard driven by object names, offscreen, over the real RecoverySession: the
// practice target (key page included) and a fixture folder; a typo, a full-width paste and a
// wrong key on the key page; a language switch mid-flow; cancel during repair; the ticket text
// is exactly what the core renders; dialogs only through the fake hooks.

#include "casefixtures.h"
#include "fakedialoghooks.h"
#include "recoverywizard.h"
#include "system/secrets/memorysecretstore.h"
#include "system/store/casestore.h"
#include "testsupport.h"
#include "widgets/casestoredialog.h"
#include "widgets/keyentrywidget.h"
#include "widgets/statusmessage.h"
#include "wizarddriver.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ra;
using ra::gui::RecoveryWizard;

namespace {
// A volume that opens read-only (as ntfs-3g does for a hibernated Windows) unless the
// hibernation file may be removed.
class HibernatedBackend : public VolumeBackend {
public:
    class Session : public Mount {
    public:
        Session(QString root, bool readOnly) : m_root(std::move(root)), m_readOnly(readOnly) {}
        QString root() const override { return m_root; }
        bool isReadOnly() const override { return m_readOnly; }
        QString readOnlyReason() const override { return m_readOnly ? QStringLiteral("hibernated") : QString(); }
        Status close(Report &) override { return {}; }

    private:
        QString m_root;
        bool m_readOnly;
    };

    QString root;
    int opens = 0;
    int writeOpens = 0;
    bool lastRemoveHiberfile = false;

    bool accepts(const QString &target) const override { return target.startsWith(QStringLiteral("hibernated:")); }
    Result<QList<VolumeInfo>> scan(const QStringList &targets) override
    {
        if (targets.isEmpty())
            return QList<VolumeInfo>{};
        VolumeInfo v;
        v.target = targets.first();
        v.kind = VolumeKind::Ntfs;
        v.size = qint64(1) << 30;
        return QList<VolumeInfo>{v};
    }
    Result<std::unique_ptr<Mount>> open(const VolumeInfo &, const UnlockMaterial &, const OpenOptions &options,
                                              Report &) override
    {
        ++opens;
        writeOpens += !options.readOnly;
        lastRemoveHiberfile = options.removeHiberfile;
        return std::unique_ptr<Mount>(new Session(root, options.readOnly || !options.removeHiberfile));
    }
};
}  // namespace

class TestWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_cases;
    std::unique_ptr<RecoverySession> m_session;
    std::unique_ptr<test::FakeDialogHooks> m_hooks;
    std::unique_ptr<RecoveryWizard> m_wizard;
    std::unique_ptr<test::WizardDriver> m_driver;

    test::WizardDriver &ui() { return *m_driver; }
    int page() const { return m_wizard->currentId(); }

    void build(RecoverySession::Backends backends)
    {
        teardown();
        QSettings().clear();
        ra::installAppTranslator(Language::English);
        m_cases = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<RecoverySession>(std::move(backends));
        m_session->setCasesDir(m_cases->path() + QStringLiteral("/cases"));
        m_hooks = std::make_unique<test::FakeDialogHooks>();
        m_wizard = std::make_unique<RecoveryWizard>(m_session.get(), m_hooks.get());
        m_driver = std::make_unique<test::WizardDriver>(m_wizard.get());
        m_wizard->show();
        QApplication::setActiveWindow(m_wizard.get());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
    }

    void teardown()
    {
        m_driver.reset();
        m_wizard.reset();
        m_session.reset();
        m_hooks.reset();
        m_cases.reset();
    }

    // Start page filled in; target: a folder, or the practice disk when folder is empty.
    bool startWith(const QString &folder)
    {
        auto *name = ui().find<QLineEdit>(QStringLiteral("technicianEdit"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Aiko Tanaka"));
        if (folder.isEmpty()) {
            ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
        } else {
            ui().find<QRadioButton>(QStringLiteral("folderRadio"))->setChecked(true);
            ui().find<QLineEdit>(QStringLiteral("folderEdit"))->setText(folder);
        }
        return ui().next() && page() == RecoveryWizard::DetectPageId;
    }
    bool toKeyPage()
    {
        return startWith({}) && ui().next() && page() == RecoveryWizard::KeyPageId;
    }
    void typeKey(const QString &key)
    {
        ui().keyField(1)->setFocus();
        ui().typeIntoFocus(key);
    }
    // From Review: confirm, repair, wait for the outcome.
    void repair()
    {
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        auto *confirm = ui().find<QCheckBox>(QStringLiteral("confirmCheck"));
        if (confirm->isVisible()) {
            QVERIFY(!ui().canGoOn());
            confirm->setChecked(true);
        }
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::RepairPageId));
        QTRY_VERIFY_WITH_TIMEOUT(ui().canGoOn(), 20000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("recovery-assistant-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
    }

    void init() { build(RecoverySession::defaultBackends()); }

    void cleanup() { teardown(); }

    void startNeedsTechnicianAndTarget()
    {
        QVERIFY(!ui().canGoOn());
        QTest::keyClicks(ui().find<QLineEdit>(QStringLiteral("technicianEdit")), QStringLiteral("A. Tanaka"));
        QVERIFY(ui().canGoOn());
        ui().find<QRadioButton>(QStringLiteral("folderRadio"))->setChecked(true);
        QVERIFY(!ui().canGoOn());  // a folder must be named
        m_hooks->directoryAnswer = QStringLiteral("/no/such/folder");
        ui().click(QStringLiteral("folderBrowseButton"));
        QCOMPARE(m_hooks->calls, 1);
        QVERIFY(ui().canGoOn());
        // The session says the target is not there: the message is in the page, no dialog.
        QVERIFY(!ui().next());
        auto *message = ui().find<QLabel>(QStringLiteral("message"));
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(m_hooks->calls, 1);
    }

    // Issue 21: a key, a control or text-direction character, or 129 characters in the technician
    // or ticket field: an inline sentence and Next disabled; fixed, the sentence goes.
    void startRefusesAKeyOrControlsInTheNames()
    {
        auto *name = ui().find<QLineEdit>(QStringLiteral("technicianEdit"));
        auto *ticket = ui().find<QLineEdit>(QStringLiteral("ticketEdit"));
        auto *message = ui().find<QLabel>(QStringLiteral("message"));
        const struct {
            QLineEdit *field;
            QString text;
            const char *says;
        } bad[] = {{name, QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910"), "recovery key"},
                   {name, QStringLiteral("２３５８１８ ３５７９５１ ２５３９７９ ０１３３６５ ２４１１２０ ２４５５７５ ３４２９１４ ５９１９１０"), "recovery key"},
                   {ticket, QStringLiteral("INC 235818.357951.253979.013365.241120.245575.342914.591910"), "recovery key"},
                   {name, QStringLiteral("Tanaka\u200F"), "text-direction"},
                   {ticket, QStringLiteral("INC\x1b[2J"), "control"},
                   {name, QString(129, u'x'), "128"}};
        for (const auto &b : bad) {
            name->setText(QStringLiteral("A. Tanaka"));
            ticket->clear();
            QVERIFY(ui().canGoOn());
            b.field->setText(b.text);
            QVERIFY2(!ui().canGoOn(), qPrintable(b.text));
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QLatin1String(b.says)), qPrintable(message->text()));
            QVERIFY(!message->text().contains(QStringLiteral("235818")));
        }
        ticket->setText(QStringLiteral("INC0012345"));
        name->setText(QStringLiteral("A. Tanaka"));
        QVERIFY(ui().canGoOn());
        QVERIFY(message->text().isEmpty() || !message->isVisible());
    }

    void practiceWalkThrough()
    {
        QVERIFY(startWith({}));
        auto *volumes = ui().find<QListWidget>(QStringLiteral("volumeList"));
        QCOMPARE(volumes->count(), 1);
        const QString keyId = m_session->volumes().first().bitlocker->recoveryIds().first().shortId();
        QCOMPARE(ui().find<QLabel>(QStringLiteral("keyIdValue"))->text(), keyId);
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));

        // The practice sheet shows the Key ID and the key to type.
        auto *sheet = ui().find<QLabel>(QStringLiteral("practiceSheetText"));
        QVERIFY(sheet->isVisible());
        QVERIFY(sheet->text().contains(keyId));
        QVERIFY(sheet->text().contains(RecoverySession::practiceKeyText()));
        QVERIFY(!ui().canGoOn());
        typeKey(RecoverySession::practiceKeyText());
        QVERIFY(ui().canGoOn());
        QCOMPARE(ui().keyField(1)->echoMode(), QLineEdit::Password);
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        // Opened: the key fields are already wiped.
        for (int g = 1; g <= 8; ++g)
            QVERIFY(ui().keyField(g)->text().isEmpty());

        auto *table = ui().find<QTableWidget>(QStringLiteral("findingsTable"));
        QCOMPARE(table->rowCount(), int(m_session->findings().size()));
        QVERIFY(table->rowCount() > 0);
        auto *confirmLabel = ui().find<QLabel>(QStringLiteral("confirmLabel"));
        for (const Finding &f : m_session->selectedFindings())
            QVERIFY2(confirmLabel->text().contains(f.fileName()), qPrintable(confirmLabel->text()));
        repair();
        QCOMPARE(m_session->currentCase().outcome, Outcome::Fixed);
        QVERIFY(!ui().find<QLabel>(QStringLiteral("outcomeLabel"))->text().isEmpty());
        // The progress view ends with the report's steps.
        QVERIFY(ui().find<QListWidget>(QStringLiteral("stepList"))->count() >= 3);

        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::TicketPageId));
        QCOMPARE(m_session->state(), RecoverySession::State::Closed);
        auto *format = ui().find<QComboBox>(QStringLiteral("formatCombo"));
        auto *language = ui().find<QComboBox>(QStringLiteral("ticketLanguageCombo"));
        auto *preview = ui().find<QPlainTextEdit>(QStringLiteral("preview"));
        for (int l = 0; l < language->count(); ++l) {
            language->setCurrentIndex(l);
            for (int f = 0; f < format->count(); ++f) {
                format->setCurrentIndex(f);
                const auto fmt = TicketFormat(format->currentData().toInt());
                const Language lang = languageFromCode(language->currentData().toString());
                QCOMPARE(preview->toPlainText(), m_session->ticket(fmt, lang));
            }
        }
        QVERIFY(!preview->toPlainText().contains(RecoverySession::practiceKeyText()));
        ui().click(QStringLiteral("copyButton"));
        QCOMPARE(QApplication::clipboard()->text(), preview->toPlainText());

        // Save as and open folder go through the hooks.
        m_hooks->saveFileAnswer = m_cases->filePath(QStringLiteral("ticket.txt"));
        format->setCurrentIndex(0);
        ui().click(QStringLiteral("saveButton"));
        QFile saved(m_hooks->saveFileAnswer);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), m_session->ticket(TicketFormat::Text, m_session->ticketLanguage()));
        ui().click(QStringLiteral("openFolderButton"));
        QCOMPARE(m_hooks->openedUrls.size(), 1);
        QCOMPARE(m_hooks->openedUrls.first().toLocalFile(), m_session->currentCase().folder);

        // Next machine: a fresh case, technician kept, key page empty.
        ui().click(QStringLiteral("nextMachineButton"));
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
        QCOMPARE(m_session->state(), RecoverySession::State::Idle);
        QCOMPARE(ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->text(), QStringLiteral("Aiko Tanaka"));
        QCOMPARE(m_session->technician(), QStringLiteral("Aiko Tanaka"));
        for (int g = 1; g <= 8; ++g)
            QVERIFY(ui().keyField(g)->text().isEmpty());
    }

    void folderWalkThrough()
    {
        QTemporaryDir volume;
        QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
        const QString dir = volume.path() + QStringLiteral("/Windows/System32/drivers/CrowdStrike/");
        QVERIFY(startWith(volume.path()));
        QCOMPARE(ui().find<QListWidget>(QStringLiteral("volumeList"))->count(), 1);
        QVERIFY(!ui().find<QWidget>(QStringLiteral("keyIdFrame"))->isVisible());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));  // no key page for a folder

        auto *table = ui().find<QTableWidget>(QStringLiteral("findingsTable"));
        QCOMPARE(table->rowCount(), 3);
        int checked = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            checked += table->item(row, 0)->checkState() == Qt::Checked;
        QCOMPARE(checked, int(m_session->selectedFindings().size()));

        // The vendor procedure selects every channel 291 file; the plan follows the session.
        ui().find<QCheckBox>(QStringLiteral("vendorCheck"))->setChecked(true);
        QCOMPARE(m_session->selectedFindings().size(), 3);
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, 0)->checkState(), Qt::Checked);
        auto *plan = ui().find<QListWidget>(QStringLiteral("planList"));
        QCOMPARE(plan->count(), int(m_session->planSteps().size()));
        QVERIFY(plan->count() > 0);

        // Nothing changes on the disk before the confirmation.
        QVERIFY(QFile::exists(dir + QStringLiteral("C-00000291-00000000-00000032.sys")));
        repair();
        QCOMPARE(m_session->currentCase().outcome, Outcome::Fixed);
        QVERIFY(!QFile::exists(dir + QStringLiteral("C-00000291-00000000-00000032.sys")));
        QVERIFY(QFile::exists(dir + QStringLiteral("C-00000290-00000000-00000010.sys")));
        QVERIFY(ui().next());
        QCOMPARE(ui().find<QPlainTextEdit>(QStringLiteral("preview"))->toPlainText(),
                 m_session->ticket(TicketFormat::Text, Language::English));
    }

    void duplicateMachineWarningOnDetectPage()
    {
        // Another bench fixed this machine yesterday: the Detect page says so, and still lets
        // the technician go on (a warning, never a block).
        QTemporaryDir storeDir;
        qputenv("RA_CASE_STORE", storeDir.filePath(QStringLiteral("cases.sqlite")).toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("RA_CASE_STORE"); });
        QVERIFY(startWith({}));
        auto *message = m_wizard->page(RecoveryWizard::DetectPageId)->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message);
        QVERIFY(!message->text().contains(QStringLiteral("already has a case")));
        {
            auto store = CaseStore::open(StoreConfig::load());
            QVERIFY(store);
            test::CaseSpec spec{QStringLiteral("RA-20240719-143200-0003"), QStringLiteral("PC-OSAKA-0007"),
                                m_session->volumes().first().bitlocker->recoveryIds().first().toString()};
            spec.closed = QDateTime(QDate::currentDate().addDays(-1), QTime(14, 32)).toUTC();
            const auto record = CaseRecord::fromCaseJson(test::caseJson(spec));
            QVERIFY(record);
            QVERIFY((*store)->put(*record).ok());
        }
        m_wizard->back();
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("This machine already has a case: fixed yesterday at 14:32 by Sato on bench 3"
                                                 " (case RA-20240719-143200-0003)."));
        // Another volume without an earlier case: its warning goes; back to this one: it returns.
        QTemporaryDir folder;
        QVERIFY(test::plantFiles(folder.path(), test::standardIncidentTree()));
        m_wizard->setTargets({RecoverySession::practiceTarget(), folder.path()});
        ui().click(QStringLiteral("rescanButton"));
        ui().settle();
        auto *list = ui().find<QListWidget>(QStringLiteral("volumeList"));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);  // the practice volume: this machine
        QTRY_VERIFY(message->text().contains(QStringLiteral("already has a case")));
        list->setCurrentRow(1);  // the folder: no earlier case
        QTRY_VERIFY(!message->text().contains(QStringLiteral("already has a case")));
        list->setCurrentRow(0);
        QTRY_VERIFY(message->text().contains(QStringLiteral("already has a case")));
        QVERIFY(ui().canGoOn());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
    }

    void caseStoreDialogSavesAndWritesReport()
    {
        QTemporaryDir dir;
        const QString storeFile = dir.filePath(QStringLiteral("team.sqlite"));
        const auto forget = qScopeGuard([] { StoreConfig{}.save(); });  // later tests: the default store
        gui::CaseStoreDialog dialog(m_hooks.get(), m_wizard.get());
        dialog.locationEdit()->setText(storeFile);
        dialog.benchEdit()->setText(QStringLiteral("bench 7"));
        dialog.siteEdit()->setText(QStringLiteral("Kobe"));
        QVERIFY(dialog.saveSettings());
        const StoreConfig saved = StoreConfig::load();
        QCOMPARE(saved.location, storeFile);
        QCOMPARE(saved.bench, QStringLiteral("bench 7"));
        QCOMPARE(saved.site, QStringLiteral("Kobe"));
        // An address with a password is refused in one sentence, and nothing is saved.
        dialog.locationEdit()->setText(QStringLiteral("postgresql://ra:hunter2@db.example/cases"));
        QVERIFY(!dialog.saveSettings());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("~/.pgpass")));
        QVERIFY(!dialog.message()->text().contains(QStringLiteral("hunter2")));
        QCOMPARE(StoreConfig::load().location, storeFile);
        // The report, through the save hook, from the store in the field.
        dialog.locationEdit()->setText(storeFile);
        m_hooks->saveFileAnswer = dir.filePath(QStringLiteral("incident.html"));
        QVERIFY(dialog.writeReport());
        QFile report(m_hooks->saveFileAnswer);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray html = report.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>") && html.contains("<svg"));
    }

    void typoMarksGroupAndBlocksNext()
    {
        QVERIFY(toKeyPage());
        QStringList groups = RecoverySession::practiceKeyText().split(u'-');
        QString typo = groups[2];
        typo[5] = QChar(u'0' + (typo[5].digitValue() + 1) % 10);
        groups[2] = typo;
        typeKey(groups.join(QString()));
        QCOMPARE(ui().keyField(3)->property("groupState").toString(), QStringLiteral("wrong"));
        QCOMPARE(ui().keyField(2)->property("groupState").toString(), QStringLiteral("valid"));
        QVERIFY(!ui().canGoOn());
        auto *problem = ui().find<QLabel>(QStringLiteral("keyProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("3")));
        QVERIFY2(problem->text().startsWith(QStringLiteral("Group 3 ")), qPrintable(problem->text()));  // English plural form

        // Correct the group: Next becomes possible.
        auto *field = ui().keyField(3);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, RecoverySession::practiceKeyText().split(u'-')[2]);
        QCOMPARE(field->property("groupState").toString(), QStringLiteral("valid"));
        QVERIFY(ui().canGoOn());
    }

    void pastedFullWidthKey()
    {
        QVERIFY(toKeyPage());
        QString fullWidth;
        for (QChar c : RecoverySession::practiceKeyText())
            fullWidth += c == u'-' ? QChar(u'\u3000') : QChar(u'\uFF10' + c.digitValue());
        ui().paste(ui().keyField(5), fullWidth);
        const QStringList expected = RecoverySession::practiceKeyText().split(u'-');
        for (int g = 1; g <= 8; ++g)
            QCOMPARE(ui().keyField(g)->text(), expected[g - 1]);
        QVERIFY(ui().canGoOn());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
    }

    void wrongKeyStaysAndCounts()
    {
        QVERIFY(toKeyPage());
        const QString wrong = QStringLiteral("000000-000011-000022-000033-000044-000055-000066-000077");
        ui().paste(ui().keyField(1), wrong);
        QVERIFY(ui().canGoOn());
        QVERIFY(!ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        QCOMPARE(m_session->failedKeyAttempts(), 1);
        auto *message = ui().find<QLabel>(QStringLiteral("message"));
        // The page whose message it is: the key page's own label.
        message = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("1")));
        QCOMPARE(ui().keyField(8)->text(), QStringLiteral("000077"));  // what was typed is kept
        QVERIFY(!ui().next());
        QCOMPARE(m_session->failedKeyAttempts(), 2);
        QVERIFY(message->text().contains(QStringLiteral("2")));
        QCOMPARE(m_hooks->calls, 0);  // no modal anywhere

        // Going back wipes the fields.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        for (int g = 1; g <= 8; ++g)
            QVERIFY(ui().keyField(g)->text().isEmpty());
    }

    void showHideToggle()
    {
        QVERIFY(toKeyPage());
        QCOMPARE(ui().keyField(4)->echoMode(), QLineEdit::Password);
        ui().find<QCheckBox>(QStringLiteral("showKeyCheck"))->setChecked(true);
        QCOMPARE(ui().keyField(4)->echoMode(), QLineEdit::Normal);
        ui().find<QCheckBox>(QStringLiteral("showKeyCheck"))->setChecked(false);
        QCOMPARE(ui().keyField(4)->echoMode(), QLineEdit::Password);
    }

    void startupKeyFileThroughHook()
    {
        QVERIFY(toKeyPage());
        QTemporaryDir dir;
        m_hooks->openFileAnswer = dir.filePath(QStringLiteral("ABCDEF.BEK"));
        ui().click(QStringLiteral("bekButton"));
        QVERIFY(ui().canGoOn());
        QVERIFY(!ui().find<QWidget>(QStringLiteral("keyEntry"))->isEnabled());
        QVERIFY(ui().find<QLabel>(QStringLiteral("bekLabel"))->text().contains(QStringLiteral("ABCDEF.BEK")));
        ui().click(QStringLiteral("clearBekButton"));
        QVERIFY(!ui().canGoOn());
        QVERIFY(ui().find<QWidget>(QStringLiteral("keyEntry"))->isEnabled());
    }

    void keyFromEscrowExport()
    {
        QVERIFY(toKeyPage());
        const ProtectorId id = m_session->keyIds().first();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bitlocker-keys.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hostname,KeyID,RecoveryKey,Directory\r\n");
        file.write("OTHER-PC,{11111111-2222-3333-4444-555555555555},"
                   "000011-000022-000033-000044-000055-000066-000077-000088,AD\r\n");
        file.write(QStringLiteral("PC-0042,{%1},%2,AD\r\n").arg(id.toString(), RecoverySession::practiceKeyText()).toUtf8());
        file.close();

        m_hooks->openFileAnswer = csv;
        ui().click(QStringLiteral("escrowButton"));
        ui().settle();  // the export is read off the UI thread
        QCOMPARE(m_hooks->calls, 1);  // the file picker, no choice needed for one match
        const QStringList groups = RecoverySession::practiceKeyText().split(u'-');
        for (int g = 1; g <= 8; ++g)
            QCOMPARE(ui().keyField(g)->text(), groups[g - 1]);
        auto *source = ui().find<QLabel>(QStringLiteral("escrowSourceLabel"));
        QVERIFY2(source->text().contains(QStringLiteral("bitlocker-keys.csv")), qPrintable(source->text()));
        QVERIFY(source->text().contains(QStringLiteral("PC-0042")));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        const QString keySource = m_session->currentCase().keySource.describe(Language::English);
        QVERIFY2(keySource.contains(QStringLiteral("bitlocker-keys.csv")) && keySource.contains(QStringLiteral("PC-0042")),
                 qPrintable(keySource));
        QVERIFY(!keySource.contains(groups[1]));
    }

    void escrowKeyOfAnotherDriveIsSaidSo()
    {
        // The export has no key for this drive's Key ID, only one filed under another Key ID for
        // the computer the drive names (PRACTICE-PC): offered to try, and refused as another
        // drive's key because its claimed Key ID reaches the unlock.
        QVERIFY(toKeyPage());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("keys.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hostname,KeyID,RecoveryKey,Directory\r\n");
        file.write("PRACTICE-PC,{83ABDB8F-1111-2222-3333-444444444444},"
                   "235818-357951-253979-013365-241120-245575-342914-591910,AD\r\n");
        file.close();
        m_hooks->openFileAnswer = csv;
        m_hooks->chooseAnswer = 0;
        ui().click(QStringLiteral("escrowButton"));
        ui().settle();  // the export is read off the UI thread
        QCOMPARE(m_hooks->calls, 2);  // the file picker, then the choice to try a key of the computer
        QCOMPARE(ui().keyField(1)->text(), QStringLiteral("235818"));
        QVERIFY(!ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        auto *message = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY2(message->text().contains(QStringLiteral("does not belong to this drive")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("83ABDB8F")));
        QVERIFY(message->text().contains(QStringLiteral("ACE0FBA5")));
        QVERIFY(!message->text().contains(QStringLiteral("235818")));
        QCOMPARE(m_session->failedKeyAttempts(), 1);
    }

    void escrowWithSeveralMatchesAsksWhichOne()
    {
        QVERIFY(toKeyPage());
        const ProtectorId id = m_session->keyIds().first();
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("keys.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hostname,KeyID,RecoveryKey,Directory\r\n");
        file.write(QStringLiteral("OLD-NAME,{%1},000011-000022-000033-000044-000055-000066-000077-000088,AD\r\n")
                       .arg(id.toString()).toUtf8());
        file.write(QStringLiteral("PC-0042,{%1},%2,Entra\r\n").arg(id.toString(), RecoverySession::practiceKeyText()).toUtf8());
        file.close();
        m_hooks->openFileAnswer = csv;
        m_hooks->chooseAnswer = -1;  // cancelled: nothing filled in
        ui().click(QStringLiteral("escrowButton"));
        ui().settle();  // the export is read off the UI thread
        QCOMPARE(m_hooks->calls, 2);
        QVERIFY(ui().keyField(1)->text().isEmpty());

        // Coming to this page again (or for the next machine) searches the exports already
        // loaded and asks again.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        m_hooks->chooseAnswer = 0;
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        QCOMPARE(m_hooks->calls, 3);
        // Whichever entry came first was filled in; the source names its computer.
        const QString source = ui().find<QLabel>(QStringLiteral("escrowSourceLabel"))->text();
        QVERIFY(source.contains(QStringLiteral("PC-0042")) || source.contains(QStringLiteral("OLD-NAME")));
        QVERIFY(!ui().keyField(8)->text().isEmpty());
    }

    void keyKeptForThisMachineIsOffered()
    {
        // The wizard's session keeps keys by Key ID (the keychain in the application).
        m_session->setSecretStore(std::make_unique<MemorySecretStore>());
        QVERIFY(toKeyPage());
        QVERIFY(ui().keyField(1)->text().isEmpty());
        typeKey(RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        // As after a reboot of the machine: the same disk again, the key is filled in.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        QCOMPARE(ui().keyField(1)->text(), RecoverySession::practiceKeyText().left(6));
        QVERIFY(!ui().find<QLabel>(QStringLiteral("escrowSourceLabel"))->text().isEmpty());
        QVERIFY(ui().canGoOn());
        QVERIFY(ui().next());
        QVERIFY(m_session->currentCase().keySource.describe(Language::English).contains(QStringLiteral("keychain")));
    }

    void languageSwitchMidFlow()
    {
        QVERIFY(toKeyPage());
        const QString englishTitle = m_wizard->currentPage()->title();
        const QString englishNext = m_wizard->button(QWizard::NextButton)->text();
        const QString partial = RecoverySession::practiceKeyText().left(20);
        typeKey(partial);
        const QString group1 = ui().keyField(1)->text();

        ui().click(QStringLiteral("languageButton"));
        QTRY_COMPARE(uiLanguage(), Language::Japanese);
        QTRY_VERIFY(m_wizard->currentPage()->title() != englishTitle);
        QVERIFY(m_wizard->button(QWizard::NextButton)->text() != englishNext);
        QCOMPARE(m_wizard->windowTitle(), QStringLiteral("復旧アシスタント"));
        // Other pages follow too, and what was entered stays.
        QVERIFY(m_wizard->page(RecoveryWizard::StartPageId)->title() != QStringLiteral("Welcome"));
        QCOMPARE(ui().keyField(1)->text(), group1);
        QCOMPARE(ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->text(), QStringLiteral("Aiko Tanaka"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
        QCOMPARE(m_session->ticketLanguage(), Language::Japanese);

        ui().click(QStringLiteral("languageButton"));
        QTRY_COMPARE(m_wizard->currentPage()->title(), englishTitle);
        QCOMPARE(ui().keyField(1)->text(), group1);
    }

    void languageSwitchOnReviewAndTicket()
    {
        QTemporaryDir volume;
        QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
        QVERIFY(startWith(volume.path()));
        QVERIFY(ui().next());
        auto *table = ui().find<QTableWidget>(QStringLiteral("findingsTable"));
        const QString header = table->horizontalHeaderItem(1)->text();
        const int rows = table->rowCount();
        ui().find<QCheckBox>(QStringLiteral("vendorCheck"))->setChecked(true);
        ui().click(QStringLiteral("languageButton"));
        QTRY_VERIFY(table->horizontalHeaderItem(1)->text() != header);
        QCOMPARE(table->rowCount(), rows);
        QVERIFY(ui().find<QCheckBox>(QStringLiteral("vendorCheck"))->isChecked());  // the choice is kept
        repair();
        QVERIFY(ui().next());
        auto *preview = ui().find<QPlainTextEdit>(QStringLiteral("preview"));
        QCOMPARE(preview->toPlainText(), m_session->ticket(TicketFormat::Text, Language::Japanese));
        ui().click(QStringLiteral("languageButton"));
        QTRY_COMPARE(preview->toPlainText(), m_session->ticket(TicketFormat::Text, Language::English));
        QCOMPARE(ui().find<QComboBox>(QStringLiteral("formatCombo"))->itemText(0), QStringLiteral("Plain text"));
    }

    void cancelDuringRepair()
    {
        // Many files, so the stop lands between two of them.
        QTemporaryDir volume;
        QVERIFY(test::plantFiles(volume.path(), test::manyFaultyChannelFiles(300)));
        QVERIFY(startWith(volume.path()));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        QCOMPARE(m_session->selectedFindings().size(), 300);
        ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->setChecked(true);
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::RepairPageId));
        // The window's Cancel during the repair does not close it: it asks the session to stop.
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(m_session->isCancelRequested());
        QVERIFY(m_wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(ui().canGoOn(), 30000);
        const Case &c = m_session->currentCase();
        QCOMPARE(c.outcome, Outcome::Cancelled);
        QVERIFY(c.removed.size() < 300);
        // Consistent: every file is either still on the disk or removed with its quarantine copy.
        int onDisk = 0;
        for (const Finding &f : c.findings)
            onDisk += QFile::exists(f.absolutePath);
        QCOMPARE(onDisk + int(c.removed.size()), 300);
        for (const RemovedFile &r : c.removed)
            QVERIFY2(QFile::exists(r.quarantinePath), qPrintable(r.quarantinePath));
        QVERIFY(!ui().find<QLabel>(QStringLiteral("outcomeLabel"))->text().isEmpty());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::TicketPageId));
    }

    void hibernatedVolumeOffersHiberfileRemoval_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("remove the hibernation file") << true;
        QTest::newRow("inspect only") << false;
    }
    void hibernatedVolumeOffersHiberfileRemoval()
    {
        QFETCH(bool, remove);
        QTemporaryDir volume;
        QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
        auto backends = RecoverySession::defaultBackends();
        auto hibernated = std::make_unique<HibernatedBackend>();
        HibernatedBackend *backend = hibernated.get();
        backend->root = volume.path();
        backends.insert(backends.begin(), std::move(hibernated));
        build(std::move(backends));

        QTest::keyClicks(ui().find<QLineEdit>(QStringLiteral("technicianEdit")), QStringLiteral("A. Tanaka"));
        ui().find<QRadioButton>(QStringLiteral("imageRadio"))->setChecked(true);
        ui().find<QLineEdit>(QStringLiteral("imageEdit"))->setText(QStringLiteral("hibernated:disk"));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        // The first Next explains the read-only result in the page and waits for a choice.
        QVERIFY(!ui().next());
        QCOMPARE(page(), int(RecoveryWizard::DetectPageId));
        auto *notice = m_wizard->currentPage()->findChild<QWidget *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice->isVisible());
        auto *check = m_wizard->currentPage()->findChild<QCheckBox *>(QStringLiteral("removeHiberfileCheck"));
        QVERIFY(!check->isChecked());  // never removed without the user's explicit yes
        QCOMPARE(backend->opens, 1);
        QVERIFY(!backend->lastRemoveHiberfile);

        check->setChecked(remove);
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        // Nothing written before the confirmation: the yes to removing the hibernation file is
        // carried out with the confirmed plan, not on the way to the review page.
        QCOMPARE(backend->opens, 1);
        QCOMPARE(backend->writeOpens, 0);
        QVERIFY(!backend->lastRemoveHiberfile);
        QCOMPARE(m_session->isReadOnly(), !remove);
        auto *banner = ui().find<QLabel>(QStringLiteral("readOnlyBanner"));
        QCOMPARE(banner->isVisible(), !remove);
        QCOMPARE(ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->isVisible(), remove);
        if (!remove) {
            // Read-only: nothing can be removed, Next goes straight to the ticket.
            QVERIFY(ui().next());
            QCOMPARE(page(), int(RecoveryWizard::TicketPageId));
            QVERIFY(QFile::exists(volume.path() + u'/' + test::standardIncidentTree().first().relativePath));
            QCOMPARE(backend->writeOpens, 0);
            return;
        }
        // Confirmed: now, and only now, the volume is opened to write with the hibernation file removed.
        ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->setChecked(true);
        QVERIFY(ui().next());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == RecoverySession::State::Remediated || m_session->state() == RecoverySession::State::Closed, 20000);
        QCOMPARE(backend->writeOpens, 1);
        QVERIFY(backend->lastRemoveHiberfile);
        QVERIFY(!QFile::exists(volume.path() + u'/' + test::standardIncidentTree().first().relativePath));
    }

    void backFromReviewOpensAgain()
    {
        QVERIFY(toKeyPage());
        typeKey(RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        typeKey(RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        QCOMPARE(m_session->state(), RecoverySession::State::Inspected);
    }

    void closingMidCaseAsksThroughHook()
    {
        QTemporaryDir volume;
        QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
        QVERIFY(startWith(volume.path()));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::ReviewPageId));
        m_hooks->confirmAnswer = false;
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(m_hooks->calls, 1);
        QVERIFY(m_wizard->isVisible());
        m_hooks->confirmAnswer = true;
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(m_hooks->calls, 2);
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QCOMPARE(m_session->state(), RecoverySession::State::Idle);  // the disk was released
    }

    void keyboardOnly()
    {
        // Mnemonics, the default button and focus order take a user through without a mouse.
        auto key = [this](Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QWidget *target = QApplication::focusWidget();
            QTest::keyClick(target ? target : m_wizard.get(), k, mods);
        };
        // The name field first: typing a name works at once.
        QTRY_VERIFY(ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->hasFocus());
        key(Qt::Key_M, Qt::AltModifier);  // "Your na&me"
        QVERIFY(ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->hasFocus());
        ui().typeIntoFocus(QStringLiteral("Aiko Tanaka"));
        key(Qt::Key_P, Qt::AltModifier);  // "&Practice"
        // A mnemonic clicks with a short animation: wait for it.
        QTRY_VERIFY(ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->isChecked());
        key(Qt::Key_Return);
        QTRY_COMPARE(page(), int(RecoveryWizard::DetectPageId));
        key(Qt::Key_Return);
        QTRY_COMPARE(page(), int(RecoveryWizard::KeyPageId));
        QTRY_VERIFY(ui().keyField(1)->hasFocus());
        ui().typeIntoFocus(RecoverySession::practiceKeyText());
        key(Qt::Key_Return);
        QTRY_COMPARE(page(), int(RecoveryWizard::ReviewPageId));
        key(Qt::Key_Y, Qt::AltModifier);  // "&Yes, remove these files"
        QTRY_VERIFY(ui().find<QCheckBox>(QStringLiteral("confirmCheck"))->isChecked());
        key(Qt::Key_R, Qt::AltModifier);  // "&Repair now"
        QTRY_COMPARE(page(), int(RecoveryWizard::RepairPageId));
        QTRY_VERIFY_WITH_TIMEOUT(ui().canGoOn(), 20000);
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(page(), int(RecoveryWizard::TicketPageId));
        QTRY_VERIFY(ui().find<QWidget>(QStringLiteral("copyButton"))->hasFocus());
        key(Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), m_session->ticket(TicketFormat::Text, Language::English));
    }

    void settingsKeepIdentityNeverKey()
    {
        QVERIFY(toKeyPage());
        typeKey(RecoverySession::practiceKeyText());
        QVERIFY(ui().next());
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("technician")).toString(), QStringLiteral("Aiko Tanaka"));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &group : RecoverySession::practiceKeyText().split(u'-'))
            QVERIFY2(!content.contains(group.toLatin1()), content.constData());
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
