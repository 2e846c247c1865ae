// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ticket: the case is closed (every mount undone, ticket files written to the case folder);
// the summary is previewed, copied, saved elsewhere, and the next machine can start.

#include "domain/ticket.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class TicketPage;
}

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class WizardFlow;

class TicketPage : public QWizardPage {
    Q_OBJECT

public:
    TicketPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~TicketPage() override;

    void initializePage() override;
    int nextId() const override;

    TicketFormat format() const;
    Language ticketLanguage() const;
    QString previewText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fillCombos();
    void copyToClipboard();
    void saveAs();
    void openCaseFolder();

    std::unique_ptr<Ui::TicketPage> ui;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QString m_copied;  // the text last put on the clipboard (empty: none, or no longer shown)
};

}  // namespace ra::gui
