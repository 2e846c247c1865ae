// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Start: language, who works on the case, and what to repair.

#include <QWizardPage>

class QGroupBox;
class QPushButton;
class QRadioButton;

#include <memory>

namespace Ui {
class StartPage;
}

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class WizardFlow;

class StartPage : public QWizardPage {
    Q_OBJECT

public:
    StartPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~StartPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Preselects a target (from the command line): a path or the practice target.
    void chooseTarget(const QString &target);

    // The next machine: the target is cleared (never the same disk twice by mistake).
    void forNextMachine();

    // Where the machine is: its disk attached here (the bench), or away, guided by phone, or at
    // the machine's BitLocker screen with a barcode scanner.
    enum class Route { DiskHere, Phone, AtMachine };
    Route route() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void focusNaturalField();
    // The first problem of the technician or ticket reference field (domain/fieldtext.h): a
    // recovery key, a control or text-direction character, over 128 characters. Empty when fine.
    QString identityProblem() const;
    void showIdentityProblem();
    QStringList chosenTargets() const;
    void syncLanguageCombo();
    void retranslateExtras();
    void browseImage();
    void browseFolder();

    std::unique_ptr<Ui::StartPage> ui;
    QPushButton *m_caseStoreButton = nullptr;
    QGroupBox *m_routeGroup = nullptr;
    QRadioButton *m_routeDiskRadio = nullptr;
    QRadioButton *m_routePhoneRadio = nullptr;
    QRadioButton *m_routeMachineRadio = nullptr;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    bool m_goOn = false;  // detected off the UI thread: the next validatePage() goes on
    bool m_identityMessageShown = false;  // the message line shows a field problem
};

}  // namespace ra::gui
