// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Review: the findings with their verdicts, the plan in plain steps, and one confirmation that
// names the files. Nothing on the disk changes before the user confirms here.

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class WizardFlow;

class ReviewPage : public QWizardPage {
    Q_OBJECT

public:
    enum Column { SelectedColumn, FileColumn, UtcColumn, LocalColumn, SizeColumn, VerdictColumn, ColumnCount };

    ReviewPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCase();
    void retranslate();

    std::unique_ptr<Ui::ReviewPage> ui;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    bool m_rendering = false;
    bool m_compact = false;  // a narrow table: no local time, the verdict without its reason
    int m_planHeight = 0;  // the plan list only grows while the page is shown: a toggle never moves the confirmation
};

}  // namespace ra::gui
