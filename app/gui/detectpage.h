// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Detect: every candidate volume in plain words with an icon; the Key ID of a locked one in
// large type; hints when nothing is found.

#include <QWizardPage>

#include <memory>

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

    std::unique_ptr<Ui::DetectPage> ui;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    bool m_goOn = false;  // opened off the UI thread: the next validatePage() goes on
};

}  // namespace ra::gui
