// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Repair: the session's plan runs off the UI thread; this page shows its steps, offers a stop
// that the session honours between files, and says the outcome in one sentence.

#include <QWizardPage>

#include <memory>

class QCheckBox;

namespace Ui {
class RepairPage;
}

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class WizardFlow;

class RepairPage : public QWizardPage {
    Q_OBJECT

public:
    RepairPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~RepairPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    bool isRunning() const { return m_running; }
    // Asks the session to stop after the current file.
    void requestStop();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tickSteps(bool allDone);
    void retranslateTitle();
    void onProgress(const QString &step, int done, int total);
    void onFinished();
    void showCurrent();
    void showReport();
    void retranslate();

    std::unique_ptr<Ui::RepairPage> ui;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QCheckBox *m_detailsCheck = nullptr;
    QStringList m_steps;  // the plan as shown before the run (ticked as it goes)
    bool m_running = false;
    bool m_finished = false;
    QString m_currentFile;
    int m_done = 0;
    int m_total = 0;
};

}  // namespace ra::gui
