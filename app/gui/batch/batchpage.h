// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Several disks at once: every attached disk whose recovery key is loaded (or that needs none).
// First every disk is opened read-only and its plan shown (each file the default selection
// removes, disk by disk); one confirmation; then the disks are fixed in parallel (BatchRun),
// each its own case and ticket; the page ends with the combined summary to copy. A disk
// whose files changed between the plan and the run is left unchanged and said so.

#include "workflow/batchrun.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class StatusMessage;
class WizardFlow;

class BatchPage : public QWizardPage {
    Q_OBJECT

public:
    BatchPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~BatchPage() override;

    // Per disk (target) the one volume that can hold Windows (indexes into session.volumes()).
    static QList<int> windowsVolumes(const RecoverySession &session);
    // The session's volumes (indexes) a batch would fix: each volume that can hold Windows and is
    // unencrypted or has its recovery key among the loaded keys.
    static QList<int> candidates(const RecoverySession &session);
    // What BatchRun opens for a volume: the disk, image file or folder that holds it.
    static QString batchTarget(const RecoverySession &session, int volume);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }
    bool isRunning() const { return m_stage == Stage::Planning || m_stage == Stage::Running; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Stage { Idle, Planning, Planned, Running, Done };

    void startPlan();
    void startRun();
    void runBatch(BatchOptions options, const QString &what);
    void showItem(int index, const BatchItem &item);
    void showItems();
    void retranslate();
    QString itemState(const BatchItem &item) const;
    QString summaryText() const;
    void copySummary();
    int plannedFiles() const;
    int plannedTargets() const;

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QLabel *m_intro;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QCheckBox *m_confirm;
    QPushButton *m_runButton;
    QPushButton *m_copyButton;
    QPushButton *m_nextMachineButton;
    StatusMessage *m_message;
    QTimer *m_stopPoll;
    Stage m_stage = Stage::Idle;
    QStringList m_targets;
    QList<BatchItem> m_items;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

}  // namespace ra::gui
