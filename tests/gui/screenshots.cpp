// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the wizard through every page on the practice disk, in English and Japanese, and saves
// each page as PNG (QWidget::grab). Run by screenshots.sh under xvfb-run; not a test.
// Usage: gui_screenshots <output folder> [width height]

#include "fakedialoghooks.h"
#include "recoverywizard.h"
#include "testsupport.h"
#include "widgets/keyentrywidget.h"
#include "wizarddriver.h"
#include "workflow/recoverysession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScreen>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ra;

namespace {

// The window inside the screen's free area, and every wizard button that shows inside the
// window and the screen: what a user on a small or scaled screen needs to go on.
bool fits(gui::RecoveryWizard *wizard, const QString &page)
{
    const QRect screen = wizard->screen()->availableGeometry();
    const QRect window = wizard->frameGeometry();
    bool ok = screen.contains(window);
    if (!ok)
        std::printf("TOO BIG %s: window %dx%d+%d+%d, screen %dx%d\n", qPrintable(page), window.width(),
                    window.height(), window.x(), window.y(), screen.width(), screen.height());
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                       QWizard::CancelButton, QWizard::CustomButton1}) {
        QAbstractButton *b = wizard->button(which);
        if (!b->isVisible())
            continue;
        const QRect r(b->mapToGlobal(QPoint(0, 0)), b->size());
        if (!screen.contains(r) || !wizard->rect().contains(QRect(b->mapTo(wizard, QPoint(0, 0)), b->size()))) {
            std::printf("BUTTON OUTSIDE %s: %s at %dx%d+%d+%d\n", qPrintable(page), qPrintable(b->text()), r.width(),
                        r.height(), r.x(), r.y());
            ok = false;
        }
    }
    return ok;
}

bool save(gui::RecoveryWizard *window, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(100);
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return fits(window, path) && ok;
}

// The wizard in that language at that size, on screen; false when it never appears.
bool showWizard(gui::RecoveryWizard &wizard, Language language, const QSize &size)
{
    wizard.setLanguage(language);
    if (size.isValid())
        wizard.resize(size);
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    // Xvfb has no window manager: the window may never become active; typing goes to the
    // wizard's focus widget anyway (WizardDriver::typeIntoFocus).
    return QTest::qWaitForWindowExposed(&wizard);
}

bool step(bool ok, int page)
{
    if (!ok)
        std::printf("FAILED to go on from page %d\n", page);
    return ok;
}

// Several disks: two Windows folders and the practice disk, its key from a loaded export; the
// batch page's plan and its end.
bool walkSeveralDisks(gui::RecoveryWizard &wizard, test::WizardDriver &ui, test::FakeDialogHooks &hooks,
                      RecoverySession &session, const QString &prefix)
{
    QTemporaryDir disks;
    const QString one = disks.filePath(QStringLiteral("PC-0017")), two = disks.filePath(QStringLiteral("PC-0018"));
    bool ok = test::plantFiles(one, test::standardIncidentTree()) && test::plantFiles(two, test::standardIncidentTree());
    wizard.startNextMachine();
    ui.find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
    ok &= step(ui.next(), wizard.currentId());
    wizard.setTargets({one, two, RecoverySession::practiceTarget()});
    ui.find<QAbstractButton>(QStringLiteral("rescanButton"))->click();
    ui.settle();
    QString keyId;
    for (const VolumeInfo &v : session.volumes())
        if (v.practice && v.bitlocker)
            keyId = v.bitlocker->recoveryIds().first().toString();
    QFile csv(disks.filePath(QStringLiteral("bitlocker-keys.csv")));
    ok &= csv.open(QIODevice::WriteOnly)
          && csv.write("Hostname,KeyID,RecoveryKey,Directory\r\n"
                       + QStringLiteral("PRACTICE-PC,{%1},%2,AD\r\n").arg(keyId, RecoverySession::practiceKeyText()).toUtf8()) > 0;
    csv.close();
    hooks.openFileAnswer = csv.fileName();
    ui.find<QAbstractButton>(QStringLiteral("loadKeysButton"))->click();
    ui.settle();
    ok &= save(&wizard, prefix + QStringLiteral("2-detect-several.png"));
    ui.find<QAbstractButton>(QStringLiteral("fixAllButton"))->click();
    ok &= QTest::qWaitFor([&] { return ui.find<QCheckBox>(QStringLiteral("batchConfirmCheck"))->isEnabled(); }, 60000);
    ok &= save(&wizard, prefix + QStringLiteral("7-batch-plan.png"));
    ui.find<QCheckBox>(QStringLiteral("batchConfirmCheck"))->setChecked(true);
    ui.find<QAbstractButton>(QStringLiteral("batchRunButton"))->click();
    ok &= QTest::qWaitFor([&] { return ui.find<QAbstractButton>(QStringLiteral("batchCopyButton"))->isVisible(); }, 60000);
    ok &= save(&wizard, prefix + QStringLiteral("7-batch-done.png"));
    if (!ok)
        std::printf("FAILED in the several-disks walk\n");
    return ok;
}

bool walk(Language language, const QString &out, const QSize &size)
{
    QTemporaryDir cases;
    RecoverySession session;
    session.setCasesDir(cases.path());
    test::FakeDialogHooks hooks;
    gui::RecoveryWizard wizard(&session, &hooks);
    test::WizardDriver ui(&wizard);
    if (!showWizard(wizard, language, size))
        return false;
    const QString prefix = out + u'/' + languageCode(language) + u'-';
    bool ok = true;

    ui.find<QLineEdit>(QStringLiteral("technicianEdit"))->setText(
        language == Language::Japanese ? QStringLiteral("田中 愛子") : QStringLiteral("Aiko Tanaka"));
    ui.find<QLineEdit>(QStringLiteral("ticketEdit"))->setText(QStringLiteral("INC0012345"));
    ui.find<QRadioButton>(QStringLiteral("practiceRadio"))->setChecked(true);
    ok &= save(&wizard, prefix + QStringLiteral("1-start.png"));
    ok &= step(ui.next(), wizard.currentId());
    ok &= save(&wizard, prefix + QStringLiteral("2-detect.png"));
    ok &= step(ui.next(), wizard.currentId());

    // The key page: first with a typing error in group 3 (digits shown), then correct.
    QStringList groups = RecoverySession::practiceKeyText().split(u'-');
    QStringList typo = groups;
    typo[2][5] = QChar(u'0' + (typo[2][5].digitValue() + 1) % 10);
    ui.find<QCheckBox>(QStringLiteral("showKeyCheck"))->setChecked(true);
    ui.keyField(1)->setFocus();
    ui.typeIntoFocus(typo.mid(0, 5).join(QString()));
    ok &= save(&wizard, prefix + QStringLiteral("3-key-typo.png"));
    ui.find<gui::KeyEntryWidget>(QStringLiteral("keyEntry"))->clear();
    ui.keyField(1)->setFocus();
    ui.typeIntoFocus(RecoverySession::practiceKeyText());
    ui.find<QCheckBox>(QStringLiteral("showKeyCheck"))->setChecked(false);
    ok &= save(&wizard, prefix + QStringLiteral("3-key.png"));
    ok &= step(ui.next(), wizard.currentId());

    ok &= save(&wizard, prefix + QStringLiteral("4-review.png"));
    ui.find<QCheckBox>(QStringLiteral("confirmCheck"))->setChecked(true);
    ok &= save(&wizard, prefix + QStringLiteral("4-review-confirmed.png"));
    ok &= step(ui.next(), wizard.currentId());
    ok &= QTest::qWaitFor([&] { return ui.canGoOn(); }, 20000);
    // Off the UI thread: opening and the repair report back through the event loop.
    ok &= save(&wizard, prefix + QStringLiteral("5-repair.png"));
    ok &= step(ui.next(), wizard.currentId());
    ok &= save(&wizard, prefix + QStringLiteral("6-ticket.png"));

    // A search of the attached disks that finds nothing shows the hints.
    wizard.startNextMachine();
    ui.find<QRadioButton>(QStringLiteral("diskRadio"))->setChecked(true);
    ok &= step(ui.next(), wizard.currentId());
    ok &= save(&wizard, prefix + QStringLiteral("2-detect-nothing.png"));
    ok &= walkSeveralDisks(wizard, ui, hooks, session, prefix);
    return ok;
}

// The routes without the disk: the phone guide page by page (the technician's language, the
// user's Windows in the other one) and the key as a barcode at the machine.
bool walkWithoutDisk(Language language, const QString &out, const QSize &size)
{
    QTemporaryDir dir;
    // A key export as Active Directory gives it (the practice key of the tests, never a real one).
    const QString exportFile = dir.filePath(QStringLiteral("ad-computers.tsv"));
    {
        QFile f(exportFile);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("ComputerName\tmsFVE-RecoveryPassword\tmsFVE-RecoveryGuid\twhenCreated\n"
                "PC-ALPHA\t235818-357951-253979-013365-241120-245575-342914-591910\t"
                "64311dea-4587-4029-924a-ba299647998e\t7/19/2024 4:09:00 AM\n");
    }
    RecoverySession session;
    session.setCasesDir(dir.filePath(QStringLiteral("cases")));
    test::FakeDialogHooks hooks;
    hooks.openFileAnswer = exportFile;
    gui::RecoveryWizard wizard(&session, &hooks);
    test::WizardDriver ui(&wizard);
    if (!showWizard(wizard, language, size))
        return false;
    const QString prefix = out + u'/' + languageCode(language) + u'-';
    const Language windows = language == Language::Japanese ? Language::English : Language::Japanese;
    bool ok = true;
    const auto enter = [&ui](const QString &field, const QString &text) {
        auto *edit = ui.find<QLineEdit>(field);
        edit->setFocus();
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    };

    ui.find<QLineEdit>(QStringLiteral("technicianEdit"))->setText(
        language == Language::Japanese ? QStringLiteral("田中 愛子") : QStringLiteral("Aiko Tanaka"));
    ui.find<QRadioButton>(QStringLiteral("routePhoneRadio"))->setChecked(true);
    ok &= save(&wizard, prefix + QStringLiteral("p0-start-phone.png"));
    ok &= step(ui.next(), wizard.currentId());
    auto *combo = ui.find<QComboBox>(QStringLiteral("phoneWindowsLanguageCombo"));
    combo->setCurrentIndex(combo->findData(languageCode(windows)));
    ui.find<QLineEdit>(QStringLiteral("phoneUserEdit"))->setText(QStringLiteral("Sato Hanako"));
    ui.click(QStringLiteral("phoneLoadExportButton"));
    enter(QStringLiteral("phoneKeyIdEdit"), QStringLiteral("64311DEA"));
    ok &= save(&wizard, prefix + QStringLiteral("p1-phone-key.png"));
    ok &= step(ui.next(), wizard.currentId());
    ui.find<QCheckBox>(QStringLiteral("phoneNavigateCheck4"))->setChecked(true);
    ok &= save(&wizard, prefix + QStringLiteral("p2-phone-navigate.png"));
    ok &= step(ui.next(), wizard.currentId());
    ok &= save(&wizard, prefix + QStringLiteral("p3-phone-drive.png"));
    ok &= step(ui.next(), wizard.currentId());
    enter(QStringLiteral("phoneReadBackEdit"), QStringLiteral("235818"));
    enter(QStringLiteral("phoneReadBackEdit"), QStringLiteral("357915"));  // misheard
    ok &= save(&wizard, prefix + QStringLiteral("p4-phone-readkey-misheard.png"));
    for (const QString &g : QStringLiteral("357951-253979-013365-241120-245575-342914-591910").split(u'-'))
        enter(QStringLiteral("phoneReadBackEdit"), g);
    ui.find<QCheckBox>(QStringLiteral("phoneUnlockedCheck"))->setChecked(true);
    ok &= save(&wizard, prefix + QStringLiteral("p4-phone-readkey-done.png"));
    ok &= step(ui.next(), wizard.currentId());
    auto *zone = ui.find<QComboBox>(QStringLiteral("phoneZoneCombo"));
    zone->setCurrentIndex(zone->findData(QByteArray("Asia/Tokyo")));
    enter(QStringLiteral("phoneDirLineEdit"), QStringLiteral("2024/07/19  13:09    50,716 C-00000291-00000000-00000032.sys"));
    enter(QStringLiteral("phoneDirLineEdit"), QStringLiteral("2024/07/19  14:27    50,716 C-00000291-00000000-00000033.sys"));
    ok &= save(&wizard, prefix + QStringLiteral("p5-phone-files.png"));
    ok &= step(ui.next(), wizard.currentId());
    ui.find<QRadioButton>(QStringLiteral("phoneStillCrashingRadio"))->setChecked(true);
    ok &= save(&wizard, prefix + QStringLiteral("p6-phone-finish.png"));
    ui.find<QRadioButton>(QStringLiteral("phoneFixedRadio"))->setChecked(true);
    ok &= step(ui.next(), wizard.currentId());
    ok &= save(&wizard, prefix + QStringLiteral("p7-phone-ticket.png"));

    // At the machine: the key as Code 128 and QR.
    ui.click(QStringLiteral("phoneNextCallButton"));
    ui.find<QRadioButton>(QStringLiteral("routeMachineRadio"))->setChecked(true);
    ok &= step(ui.next(), wizard.currentId());
    enter(QStringLiteral("atMachineKeyIdEdit"), QStringLiteral("64311DEA"));
    ok &= save(&wizard, prefix + QStringLiteral("m1-at-machine.png"));
    return ok;
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("recovery-assistant-screenshots"));
    QSettings().clear();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    const QSize size = argc > 3 ? QSize(atoi(argv[2]), atoi(argv[3])) : QSize();
    QDir().mkpath(out);
    bool ok = true;
    for (Language language : {Language::English, Language::Japanese}) {
        ok &= walk(language, out, size);
        ok &= walkWithoutDisk(language, out, size);
    }
    return ok ? 0 : 1;
}
