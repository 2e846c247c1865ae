#include "repairpage.h"

#include "recoverywizard.h"
#include "ui_repairpage.h"
#include "workflow/recoverysession.h"

#include <QEvent>
#include <QLocale>

namespace ra::gui {

RepairPage::RepairPage(RecoveryWizard *wizard) : QWizardPage(wizard), ui(std::make_unique<Ui::RepairPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    QFont big = ui->outcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui->outcomeLabel->setFont(big);
    RecoverySession *session = m_wizard->session();
    connect(session, &RecoverySession::progress, this, &RepairPage::onProgress);
    connect(session, &RecoverySession::remediationFinished, this, &RepairPage::onFinished);
    connect(ui->stopButton, &QPushButton::clicked, this, &RepairPage::requestStop);
}

RepairPage::~RepairPage() = default;

void RepairPage::initializePage()
{
    ui->stepList->clear();
    for (const QString &step : m_wizard->session()->planSteps())
        ui->stepList->addItem(QStringLiteral("○ ") + step);
    ui->progressBar->setRange(0, 0);
    ui->outcomeLabel->clear();
    ui->nextStepLabel->clear();
    ui->stopButton->setEnabled(true);
    ui->stopButton->setVisible(true);
    m_running = true;
    m_finished = false;
    emit completeChanged();
    m_wizard->session()->startRemediation();
}

bool RepairPage::isComplete() const
{
    return !m_running;
}

int RepairPage::nextId() const
{
    return RecoveryWizard::TicketPageId;
}

void RepairPage::requestStop()
{
    if (!m_running)
        return;
    m_wizard->session()->cancel();
    ui->stopButton->setEnabled(false);
    ui->outcomeLabel->setText(tr("Stopping after the current file…"));
}

void RepairPage::onProgress(const QString &step, int done, int total)
{
    if (!m_running)
        return;
    if (total > 0) {
        ui->progressBar->setRange(0, total);
        ui->progressBar->setValue(done);
    }
    ui->stepList->addItem(QStringLiteral("● ") + step);
    ui->stepList->scrollToBottom();
}

void RepairPage::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    ui->progressBar->setRange(0, 1);
    ui->progressBar->setValue(1);
    ui->stopButton->setVisible(false);
    retranslate();
    emit completeChanged();
}

void RepairPage::retranslate()
{
    if (!m_finished)
        return;
    const Case &c = m_wizard->session()->currentCase();
    const int removed = int(c.removed.size());
    QString outcome;
    QString next;
    QString colour = QStringLiteral("#1e4620");
    switch (c.outcome) {
    case Outcome::Fixed:
        outcome = tr("Fixed: %n file(s) removed from the disk and kept in quarantine.", nullptr, removed);
        next = tr("Put the disk back and start the computer: Windows should start normally. Then write down the "
                  "ticket on the next page.");
        break;
    case Outcome::NotAffected:
        outcome = tr("Nothing to fix: no faulty channel file is on this disk.");
        next = tr("If the computer still does not start, the cause is something else: note it on the ticket.");
        break;
    case Outcome::AlreadyRemediated:
        outcome = tr("Nothing to fix: this disk was already repaired.");
        next = tr("If the computer still does not start, the cause is something else: note it on the ticket.");
        break;
    case Outcome::Cancelled:
        outcome = tr("Stopped: %n file(s) were removed and kept in quarantine; the others were not touched.", nullptr,
                     removed);
        next = tr("The disk is in a consistent state. To finish, run the assistant on this disk again.");
        colour = QStringLiteral("#6d4c00");
        break;
    case Outcome::Failed:
    case Outcome::Pending:
        outcome = tr("The repair failed: %1").arg(c.outcomeMessage);
        next = tr("No file was left half done. Read the details on the ticket page, fix the cause (for example "
                  "free space or a loose cable) and run the assistant on this disk again, or follow the vendor's manual steps "
                  "in Safe Mode.");
        colour = QStringLiteral("#8a1c1c");
        break;
    }
    ui->outcomeLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    ui->outcomeLabel->setText(outcome);
    ui->nextStepLabel->setText(next);
}

void RepairPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        setButtonText(QWizard::CommitButton, tr("&Next >"));
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
