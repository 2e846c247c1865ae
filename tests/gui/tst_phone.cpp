// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard without the disk, offscreen, in both languages: the phone route driven to a ticket
// (the key found by the first 8 characters of its Key ID, a misheard group caught by its
// checksum, the user's dir times entered and judged, the ticket "fixed by phone" with the case
// written), the technician's language apart from the user's Windows; and the at-machine route
// showing the key as Code 128 and QR, both decoded by zbarimg back to the key's digits, then
// hidden. A key bundle opens through the passphrase hook.

#include "domain/finding.h"
#include "fakedialoghooks.h"
#include "recoverywizard.h"
#include "system/escrow/escrowindex.h"
#include "system/escrow/keybundle.h"
#include "widgets/statusmessage.h"
#include "wizarddriver.h"
#include "workflow/guidesession.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using namespace ra;
using ra::gui::RecoveryWizard;

namespace {

const QString KeyText = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");

QString fixture(const char *name)
{
    return QStringLiteral(RA_SOURCE_DIR "/tests/core/data/escrow/") + QString::fromLatin1(name);
}

// zbarimg's reading of an image held in memory (written to a private temporary file for it).
QString decode(const QImage &image)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        return QStringLiteral("zbarimg (zbar-tools) is missing: scripts/deps installs it");
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("symbol.png"));
    // A light border: the grab is the label, the quiet zone is already in the symbol.
    QImage padded(image.width() + 40, image.height() + 40, QImage::Format_RGB32);
    padded.fill(Qt::white);
    QPainter(&padded).drawImage(20, 20, image);
    if (!padded.save(png))
        return QStringLiteral("cannot write %1").arg(png);
    QProcess z;
    z.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), png});
    z.waitForFinished(30000);
    return QString::fromLatin1(z.readAllStandardOutput()).trimmed();
}

}  // namespace

class TestPhone : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_cases;
    std::unique_ptr<RecoverySession> m_session;
    std::unique_ptr<test::FakeDialogHooks> m_hooks;
    std::unique_ptr<RecoveryWizard> m_wizard;
    std::unique_ptr<test::WizardDriver> m_driver;

    test::WizardDriver &ui() { return *m_driver; }
    int page() const { return m_wizard->currentId(); }

    void build(Language language)
    {
        teardown();
        QSettings().clear();
        ra::installAppTranslator(Language::English);
        m_cases = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<RecoverySession>();
        m_session->setCasesDir(m_cases->path() + QStringLiteral("/cases"));
        m_hooks = std::make_unique<test::FakeDialogHooks>();
        m_wizard = std::make_unique<RecoveryWizard>(m_session.get(), m_hooks.get());
        m_driver = std::make_unique<test::WizardDriver>(m_wizard.get());
        m_wizard->setLanguage(language);
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

    void start(const QString &routeRadio)
    {
        ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->setText(QStringLiteral("Aiko Tanaka"));
        ui().find<QLineEdit>(QStringLiteral("ticketEdit"))->setText(QStringLiteral("INC0012345"));
        ui().find<QRadioButton>(routeRadio)->setChecked(true);
        QVERIFY(!ui().find<QWidget>(QStringLiteral("targetGroup"))->isVisible());
    }

    // Types into a field and presses Enter there (the field's action, never the wizard's Next).
    void enter(const QString &field, const QString &text)
    {
        auto *edit = ui().find<QLineEdit>(field);
        QVERIFY(edit);
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QString labelText(const QString &name) { return ui().find<QLabel>(name)->text(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("recovery-assistant-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_phone"));
    }

    void cleanup() { teardown(); }

    void phoneRouteToTicket_data()
    {
        QTest::addColumn<int>("technician");
        QTest::addColumn<int>("windows");
        // The technician's language and the user's Windows apart: both ways round.
        QTest::newRow("en technician, Japanese Windows") << int(Language::English) << int(Language::Japanese);
        QTest::newRow("ja technician, English Windows") << int(Language::Japanese) << int(Language::English);
    }

    void phoneRouteToTicket()
    {
        QFETCH(int, technician);
        QFETCH(int, windows);
        const auto tech = Language(technician);
        const auto win = Language(windows);
        build(tech);
        start(QStringLiteral("routePhoneRadio"));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::PhoneKeyPageId));

        // 1. The user's Windows, the user's name, the key by the Key ID's first 8 characters.
        auto *winCombo = ui().find<QComboBox>(QStringLiteral("phoneWindowsLanguageCombo"));
        winCombo->setCurrentIndex(winCombo->findData(languageCode(win)));
        const QString screen = labelText(QStringLiteral("phoneRecoveryScreenScreen"));
        QVERIFY2(screen.contains(win == Language::Japanese ? QStringLiteral("回復キー ID") : QStringLiteral("Recovery key ID")),
                 qPrintable(screen));
        const QString say = labelText(QStringLiteral("phoneRecoveryScreenSay"));
        QVERIFY2(say.contains(tech == Language::Japanese ? QStringLiteral("読み上げてください") : QStringLiteral("Please read me")),
                 qPrintable(say));
        QVERIFY(!ui().canGoOn());
        enter(QStringLiteral("phoneKeyIdEdit"), QStringLiteral("64311dea"));
        QCOMPARE(ui().find<gui::StatusMessage>(QStringLiteral("phoneKeyMessage"))->kind(), gui::StatusMessage::Kind::Error);
        QCOMPARE(page(), int(RecoveryWizard::PhoneKeyPageId));  // Enter looked up, it did not go on
        m_hooks->openFileAnswer = fixture("ad-computers.tsv");
        ui().click(QStringLiteral("phoneLoadExportButton"));  // looks the typed Key ID up at once
        QVERIFY(ui().settle());  // read off the UI thread
        QVERIFY2(labelText(QStringLiteral("phoneKeyFound")).contains(QStringLiteral("64311DEA")),
                 qPrintable(labelText(QStringLiteral("phoneKeyFound"))));
        QVERIFY(labelText(QStringLiteral("phoneKeyFound")).contains(QStringLiteral("PC-ALPHA")));
        ui().find<QLineEdit>(QStringLiteral("phoneUserEdit"))->setText(QStringLiteral("Sato Hanako"));
        // The whole guide for a chat or on paper: the key masked.
        const QStringList keyGroups = KeyText.split(u'-');
        ui().click(QStringLiteral("phoneCopyGuideButton"));
        const QString sheet = QApplication::clipboard()->text();
        QVERIFY2(sheet.contains(QStringLiteral("manage-bde -unlock D: -rp")), qPrintable(sheet));
        QVERIFY(sheet.contains(win == Language::Japanese ? QStringLiteral("コマンド プロンプト") : QStringLiteral("Command Prompt")));
        QVERIFY(sheet.contains(QStringLiteral("64311DEA")));
        QVERIFY2(!sheet.contains(keyGroups[0]) && !sheet.contains(keyGroups[3]), "the key is not in the copied guide");
        QTemporaryDir pdfDir;
        m_hooks->saveFileAnswer = pdfDir.filePath(QStringLiteral("guide.pdf"));
        ui().click(QStringLiteral("phoneGuidePdfButton"));
        QFile pdf(m_hooks->saveFileAnswer);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(ui().next());

        // 2. Into the Command Prompt: the user's answer to the last step is what counts.
        QCOMPARE(page(), int(RecoveryWizard::PhoneNavigatePageId));
        const QString prompt = labelText(QStringLiteral("phoneNavigate4Screen"));
        QVERIFY2(prompt.contains(win == Language::Japanese ? QStringLiteral("コマンド プロンプト") : QStringLiteral("Command Prompt")),
                 qPrintable(prompt));
        QVERIFY(labelText(QStringLiteral("phoneNavigate1Screen"))
                    .contains(win == Language::Japanese ? QStringLiteral("このドライブをスキップする") : QStringLiteral("Skip this drive")));
        // What to say names the words the user's Windows shows, in the technician's language.
        const QString sayTroubleshoot = labelText(QStringLiteral("phoneNavigate2Say"));
        QVERIFY2(sayTroubleshoot.contains(win == Language::Japanese ? QStringLiteral("&quot;トラブルシューティング&quot;")
                                                                    : QStringLiteral("「Troubleshoot」")),
                 qPrintable(sayTroubleshoot));
        QVERIFY(!ui().canGoOn());
        ui().find<QCheckBox>(QStringLiteral("phoneNavigateCheck4"))->setChecked(true);
        QVERIFY(ui().next());

        // 3. The drive letter, typed full-width as an input method may.
        QCOMPARE(page(), int(RecoveryWizard::PhoneDrivePageId));
        auto *drive = ui().find<QLineEdit>(QStringLiteral("phoneDriveEdit"));
        drive->setText(QStringLiteral("DD"));
        QVERIFY(!ui().next());
        QVERIFY(ui().find<gui::StatusMessage>(QStringLiteral("phoneDriveMessage"))->kind() == gui::StatusMessage::Kind::Error);
        drive->setText(QStringLiteral("ｅ"));
        QVERIFY(ui().next());
        QCOMPARE(m_wizard->guide().drive(), QStringLiteral("E:"));

        // 4. The key group by group; group 2 misheard, caught by its checksum.
        QCOMPARE(page(), int(RecoveryWizard::PhoneReadKeyPageId));
        const QStringList groups = KeyText.split(u'-');
        auto *command = ui().find<QLabel>(QStringLiteral("phoneReadKeyCommand"));
        QVERIFY2(command->text().contains(QStringLiteral("manage-bde -unlock E: -rp ")), qPrintable(command->text()));
        QVERIFY2(!command->text().contains(groups[0]), "the whole key shows only on request");
        ui().find<QCheckBox>(QStringLiteral("phoneShowKeyCheck"))->setChecked(true);
        QVERIFY(command->text().contains(KeyText));
        ui().find<QCheckBox>(QStringLiteral("phoneShowKeyCheck"))->setChecked(false);
        QVERIFY(!command->text().contains(groups[0]));
        auto *verdict = ui().find<gui::StatusMessage>(QStringLiteral("phoneReadBackVerdict"));
        for (int g = 1; g <= 8; ++g) {
            QCOMPARE(labelText(QStringLiteral("phoneGroupDigits")), groups[g - 1]);
            QVERIFY(labelText(QStringLiteral("phoneGroupNumber")).contains(QString::number(g)));
            if (g == 2) {
                enter(QStringLiteral("phoneReadBackEdit"), QStringLiteral("357915"));  // 51 heard as 15
                QCOMPARE(verdict->kind(), gui::StatusMessage::Kind::Error);
                QVERIFY2(verdict->text().contains(GuideSession::readBackText(GuideSession::ReadBack::Misheard)),
                         qPrintable(verdict->text()));
                QCOMPARE(labelText(QStringLiteral("phoneGroupDigits")), groups[1]);  // the same group again
                enter(QStringLiteral("phoneReadBackEdit"), groups[2]);  // group 3 read for 2
                QVERIFY(verdict->text().contains(GuideSession::readBackText(GuideSession::ReadBack::Different)));
            }
            enter(QStringLiteral("phoneReadBackEdit"), groups[g - 1]);
            QCOMPARE(verdict->kind(), gui::StatusMessage::Kind::Success);
            QVERIFY(verdict->text().contains(GuideSession::readBackText(GuideSession::ReadBack::Confirmed)));
        }
        QCOMPARE(page(), int(RecoveryWizard::PhoneReadKeyPageId));
        QVERIFY(!ui().canGoOn());
        ui().find<QCheckBox>(QStringLiteral("phoneUnlockedCheck"))->setChecked(true);
        QVERIFY(ui().next());

        // 5. The times the user reads out of dir, in Tokyo; each file's verdict shown.
        QCOMPARE(page(), int(RecoveryWizard::PhoneFilesPageId));
        const QString notes = labelText(QStringLiteral("phoneFilesNotes"));
        QCOMPARE(notes.contains(QStringLiteral("￥")), win == Language::Japanese);  // the JIS keyboard's ¥ key
        auto *zone = ui().find<QComboBox>(QStringLiteral("phoneZoneCombo"));
        zone->setCurrentIndex(zone->findData(QByteArray("Asia/Tokyo")));
        QVERIFY(!ui().canGoOn());
        enter(QStringLiteral("phoneDirLineEdit"), QStringLiteral("hello"));
        QCOMPARE(ui().find<gui::StatusMessage>(QStringLiteral("phoneFilesMessage"))->kind(), gui::StatusMessage::Kind::Error);
        enter(QStringLiteral("phoneDirLineEdit"), QStringLiteral("2024/07/19  13:09    50,716 C-00000291-00000000-00000032.sys"));
        QCOMPARE(page(), int(RecoveryWizard::PhoneFilesPageId));  // Enter added the line, it did not go on
        enter(QStringLiteral("phoneDirLineEdit"), QStringLiteral("2024/07/19  14:27    50,716 C-00000291-00000000-00000033.sys"));
        auto *files = ui().find<QListWidget>(QStringLiteral("phoneFilesList"));
        QCOMPARE(files->count(), 2);
        QVERIFY2(files->item(0)->text().contains(Classifier::verdictName(Verdict::Faulty)), qPrintable(files->item(0)->text()));
        QVERIFY(files->item(0)->text().contains(QStringLiteral("C-00000291-00000000-00000032.sys")));
        QVERIFY(files->item(0)->text().contains(QStringLiteral("04:09 UTC")));
        QCOMPARE(files->item(0)->data(Qt::UserRole).toInt(), int(Verdict::Faulty));
        QVERIFY2(files->item(1)->text().contains(Classifier::verdictName(Verdict::Good)), qPrintable(files->item(1)->text()));
        QCOMPARE(files->item(1)->data(Qt::UserRole).toInt(), int(Verdict::Good));
        QVERIFY(ui().next());

        // 6. Delete, restart, fixed.
        QCOMPARE(page(), int(RecoveryWizard::PhoneFinishPageId));
        QVERIFY(labelText(QStringLiteral("phoneDeleteCommand")).contains(QStringLiteral("del E:\\Windows\\System32\\drivers\\CrowdStrike\\C-00000291*.sys")));
        QVERIFY(!ui().canGoOn());
        ui().find<QRadioButton>(QStringLiteral("phoneFixedRadio"))->setChecked(true);
        QVERIFY(ui().next());

        // 7. The ticket: what the core renders for the case, which is in the case folder.
        QCOMPARE(page(), int(RecoveryWizard::PhoneTicketPageId));
        QVERIFY(ui().settle());
        const QString ticket = ui().find<QPlainTextEdit>(QStringLiteral("phoneTicketPreview"))->toPlainText();
        QCOMPARE(ticket, m_wizard->guide().ticket(TicketFormat::Text, tech));
        QVERIFY(ticket.contains(QStringLiteral("Sato Hanako")));
        QVERIFY(ticket.contains(QStringLiteral("Aiko Tanaka")));
        QVERIFY(ticket.contains(QStringLiteral("INC0012345")));
        QVERIFY(ticket.contains(QStringLiteral("64311DEA")));
        QVERIFY(ticket.contains(QStringLiteral("C-00000291-00000000-00000032.sys: ") + Classifier::verdictName(Verdict::Faulty, tech)));
        QVERIFY(ticket.contains(QStringLiteral("C-00000291-00000000-00000033.sys: ") + Classifier::verdictName(Verdict::Good, tech)));
        for (const QString &g : groups)
            QVERIFY2(!ticket.contains(g), "the key leaked into the ticket");
        QVERIFY(ticket.contains(tech == Language::Japanese ? QStringLiteral("電話") : QStringLiteral("fixed by phone (WinRE), user Sato Hanako")));
        const Case &c = m_wizard->guide().currentCase();
        QCOMPARE(c.outcome, Outcome::Fixed);
        QVERIFY(!c.folder.isEmpty());
        QVERIFY(QFile::exists(c.folder + QStringLiteral("/case.json")));
        QFile json(c.folder + QStringLiteral("/case.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray caseJson = json.readAll();
        for (const QString &g : groups)
            QVERIFY2(!caseJson.contains(g.toLatin1()), "the key leaked into case.json");
        ui().click(QStringLiteral("phoneCopyTicketButton"));
        QCOMPARE(QApplication::clipboard()->text(), ticket);

        // Nowhere on disk: not in the log, the settings or the case folder (the test's own home).
        for (QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QString &g : groups.mid(0, 7))
                QVERIFY2(!bytes.contains((g + groups[groups.indexOf(g) + 1]).toLatin1())
                             && !bytes.contains((g + u'-' + groups[groups.indexOf(g) + 1]).toLatin1()),
                         qPrintable(QStringLiteral("the key is in %1").arg(f.fileName())));
        }

        // The next call starts clean: no key, route kept.
        ui().click(QStringLiteral("phoneNextCallButton"));
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
        QVERIFY(!m_wizard->guide().hasKey());
        QVERIFY(ui().find<QRadioButton>(QStringLiteral("routePhoneRadio"))->isChecked());
    }

    void phoneWithoutKeyOffersSafeMode()
    {
        build(Language::English);
        start(QStringLiteral("routePhoneRadio"));
        QVERIFY(ui().next());
        m_hooks->openFileAnswer = fixture("ad-computers.tsv");
        ui().click(QStringLiteral("phoneLoadExportButton"));
        QVERIFY(ui().settle());  // read off the UI thread
        enter(QStringLiteral("phoneKeyIdEdit"), QStringLiteral("DEADBEEF"));
        QVERIFY(!ui().canGoOn());
        QVERIFY(ui().find<QWidget>(QStringLiteral("phoneNoKey"))->isVisible());
        QVERIFY(labelText(QStringLiteral("phoneSafeModeBranch")).contains(QStringLiteral("bcdedit /set {default} safeboot minimal")));
        ui().find<QCheckBox>(QStringLiteral("phoneSafeModeCheck"))->setChecked(true);
        QVERIFY(ui().next());
        ui().find<QCheckBox>(QStringLiteral("phoneNavigateCheck4"))->setChecked(true);
        QVERIFY(ui().next());
        // Safe Mode: Windows itself runs, on C:, and no key is read.
        QCOMPARE(page(), int(RecoveryWizard::PhoneFilesPageId));
        QVERIFY(labelText(QStringLiteral("phoneFilesCommand")).contains(QStringLiteral("dir C:\\Windows")));
        ui().find<QCheckBox>(QStringLiteral("phoneNoFilesCheck"))->setChecked(true);
        QVERIFY(ui().next());
        QVERIFY(ui().find<QWidget>(QStringLiteral("phoneSafeModeOff"))->isVisible());
        ui().find<QRadioButton>(QStringLiteral("phoneStillCrashingRadio"))->setChecked(true);
        QVERIFY(ui().find<QWidget>(QStringLiteral("phoneRestartsBranch"))->isVisible());
        QVERIFY(ui().next());
        QVERIFY(ui().settle());
        const QString ticket = ui().find<QPlainTextEdit>(QStringLiteral("phoneTicketPreview"))->toPlainText();
        QVERIFY2(ticket.contains(QStringLiteral("bcdedit /deletevalue {default} safeboot")), qPrintable(ticket));
        QVERIFY(ticket.contains(QStringLiteral("15 restarts")));
    }

    void backToStartForgetsTheKey()
    {
        build(Language::English);
        start(QStringLiteral("routePhoneRadio"));
        QVERIFY(ui().next());
        m_hooks->openFileAnswer = fixture("ad-computers.tsv");
        ui().click(QStringLiteral("phoneLoadExportButton"));
        QVERIFY(ui().settle());  // read off the UI thread
        enter(QStringLiteral("phoneKeyIdEdit"), QStringLiteral("PC-ALPHA"));  // by host: the newest key
        QVERIFY(m_wizard->guide().hasKey());
        QCOMPARE(m_wizard->guide().keyId(), QStringLiteral("2565364C"));
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
        QVERIFY(!m_wizard->guide().hasKey());
        QVERIFY(ui().find<QLineEdit>(QStringLiteral("phoneKeyIdEdit"))->text().isEmpty());
        // The bench route is still there: the disk choices come back.
        ui().find<QRadioButton>(QStringLiteral("routeDiskRadio"))->setChecked(true);
        QVERIFY(ui().find<QWidget>(QStringLiteral("targetGroup"))->isVisible());
    }

    void atMachineShowsSymbols_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("en") << int(Language::English);
        QTest::newRow("ja") << int(Language::Japanese);
    }

    void atMachineShowsSymbols()
    {
        QFETCH(int, language);
        build(Language(language));
        start(QStringLiteral("routeMachineRadio"));
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::AtMachinePageId));
        m_hooks->openFileAnswer = fixture("ad-computers.tsv");
        ui().click(QStringLiteral("atMachineLoadExportButton"));
        QVERIFY(ui().settle());  // read off the UI thread
        QVERIFY(!ui().find<QWidget>(QStringLiteral("atMachineSymbols"))->isVisible());
        enter(QStringLiteral("atMachineKeyIdEdit"), QStringLiteral("64311DEA"));
        QVERIFY(ui().find<QWidget>(QStringLiteral("atMachineSymbols"))->isVisible());
        QVERIFY(labelText(QStringLiteral("atMachineKeyId")).contains(QStringLiteral("64311DEA")));

        const QString digits = QString(KeyText).remove(u'-');
        auto *bar = ui().find<QLabel>(QStringLiteral("atMachineCode128"));
        auto *qr = ui().find<QLabel>(QStringLiteral("atMachineQr"));
        QVERIFY(!bar->pixmap().isNull());
        QVERIFY(!qr->pixmap().isNull());
        // Large: at least 2 pixels per module, the QR code at least 150 pixels.
        QVERIFY2(bar->pixmap().width() >= 2 * 300, qPrintable(QString::number(bar->pixmap().width())));
        QVERIFY2(qr->pixmap().width() >= 150, qPrintable(QString::number(qr->pixmap().width())));
        QCOMPARE(decode(bar->pixmap().toImage()), digits);
        QCOMPARE(decode(qr->pixmap().toImage()), digits);

        ui().click(QStringLiteral("atMachineHideButton"));
        QVERIFY(bar->pixmap().isNull());
        QVERIFY(qr->pixmap().isNull());
        QVERIFY(!ui().find<QWidget>(QStringLiteral("atMachineSymbols"))->isVisible());
        ui().click(QStringLiteral("atMachineHideButton"));  // shown again on request
        QCOMPARE(decode(qr->pixmap().toImage()), digits);

        // Nothing of it on disk: no case, no file.
        QDirIterator it(m_cases->path(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));

        ui().click(QStringLiteral("atMachineNextMachineButton"));
        QCOMPARE(page(), int(RecoveryWizard::StartPageId));
        QVERIFY(!m_wizard->guide().hasKey());
        QVERIFY(bar->pixmap().isNull());
    }

    void keyBundleOpensWithPassphrase()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("keys.rakeys"));
        {
            EscrowIndex index;
            auto summary = index.importFile(fixture("ad-computers.tsv"));
            QVERIFY(summary.ok());
            const char *secret = "correct horse battery";
            LockedBuffer pass(std::strlen(secret));
            pass.append(secret, std::strlen(secret));
            QVERIFY(KeyBundle::write(bundle, index, {*summary}, pass, KeyBundleParams::fastest()).ok());
        }
        build(Language::English);
        start(QStringLiteral("routeMachineRadio"));
        QVERIFY(ui().next());
        m_hooks->openFileAnswer = bundle;
        m_hooks->passphraseAnswer = "wrong";
        ui().click(QStringLiteral("atMachineLoadExportButton"));
        QVERIFY(ui().settle());
        QCOMPARE(ui().find<gui::StatusMessage>(QStringLiteral("atMachineKeyMessage"))->kind(), gui::StatusMessage::Kind::Error);
        QCOMPARE(m_session->exportKeyCount(), 0);
        m_hooks->passphraseAnswer = "correct horse battery";
        ui().find<QLineEdit>(QStringLiteral("atMachineKeyIdEdit"))->setText(QStringLiteral("64311DEA"));
        ui().click(QStringLiteral("atMachineLoadExportButton"));
        QVERIFY(ui().settle());
        QVERIFY(m_session->exportKeyCount() > 0);
        QVERIFY(ui().find<QWidget>(QStringLiteral("atMachineSymbols"))->isVisible());
        QVERIFY(m_hooks->titles.contains(QStringLiteral("Key bundle")));
    }

    // The bench key page: the complete key as Code 128 and QR on request, decoded back to its
    // digits; changing a digit or leaving the page wipes them.
    void benchKeyPageShowsTheKeyAsSymbols()
    {
        build(Language::English);
        ui().find<QLineEdit>(QStringLiteral("technicianEdit"))->setText(QStringLiteral("Aiko Tanaka"));
        ui().find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
        QVERIFY(ui().next());
        QVERIFY(ui().next());
        QCOMPARE(page(), int(RecoveryWizard::KeyPageId));
        auto *button = ui().find<QPushButton>(QStringLiteral("keyBarcodeButton"));
        QVERIFY(!button->isEnabled());  // not before the key is complete
        ui().keyField(1)->setFocus();
        ui().typeIntoFocus(RecoverySession::practiceKeyText());
        QVERIFY(button->isEnabled());
        button->click();
        auto *bar = ui().find<QLabel>(QStringLiteral("keyPageCode128"));
        auto *qr = ui().find<QLabel>(QStringLiteral("keyPageQr"));
        QTRY_VERIFY(bar->isVisible() && !bar->pixmap().isNull());
        const QString digits = RecoverySession::practiceKeyText().remove(u'-');
        QCOMPARE(decode(bar->pixmap().toImage()), digits);
        QCOMPARE(decode(qr->pixmap().toImage()), digits);
        // A changed group: the symbols go (never an old key's symbols beside a new key).
        ui().keyField(8)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QVERIFY(!button->isChecked());
        QVERIFY(bar->pixmap().isNull() && qr->pixmap().isNull());
        ui().typeIntoFocus(RecoverySession::practiceKeyText().right(1));
        button->click();
        QTRY_VERIFY(!bar->pixmap().isNull());
        QVERIFY(ui().next());  // leaving the page wipes them
        QVERIFY(bar->pixmap().isNull() && qr->pixmap().isNull());
    }
};

QTEST_MAIN(TestPhone)
#include "tst_phone.moc"
