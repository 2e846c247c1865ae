// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Detect: every candidate volume in plain words with an icon; the Key ID of a locked one in
// large type; hints when nothing is found.

#include <QWizardPage>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;

namespace Ui {
class DetectPage;
}

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class WizardFlow;

class DetectPage : public QWizardPage {
    Q_OBJECT

public:
    DetectPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~DetectPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showVolumes();
    void showSelection();
    void retranslate();
    void detectAgain(const QStringList &targets);
    void showBatchOffer();

    std::unique_ptr<Ui::DetectPage> ui;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    bool m_goOn = false;  // opened off the UI thread: the next validatePage() goes on
    // Several disks: load keys, then fix every disk whose key is loaded (the batch page).
    QFrame *m_batchFrame;
    QLabel *m_batchLabel;
    QPushButton *m_loadKeysButton;
    QPushButton *m_fixAllButton;
    bool m_batchChosen = false;  // only during the next() of "fix every disk"
};

}  // namespace ra::gui
