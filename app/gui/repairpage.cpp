// SPDX-License-Identifier: GPL-3.0-or-later
#include "repairpage.h"

#include "recoverywizard.h"
#include "ui_repairpage.h"
#include "workflow/recoverysession.h"

#include <QDir>
#include <QEvent>
#include <QLocale>

#include <functional>

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
    m_currentFile.clear();
    ui->currentLabel->clear();
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
    m_currentFile = step;
    m_done = done;
    m_total = total;
    showCurrent();
}

void RepairPage::showCurrent()
{
    if (!m_running || m_currentFile.isEmpty()) {
        ui->currentLabel->clear();
        return;
    }
    const QLocale locale;
    ui->currentLabel->setText(tr("File %1 of %2: %3")
                                  .arg(locale.toString(m_done + 1), locale.toString(m_total),
                                       QDir::toNativeSeparators(m_currentFile)));
}

// After the run: every step of the report with its result.
void RepairPage::showReport()
{
    ui->stepList->clear();
    const std::function<void(const ReportNode &, int)> add = [&](const ReportNode &node, int depth) {
        for (const auto &child : node.children()) {
            static const char16_t *const marks[] = {u"…", u"✔", u"⚠", u"✘", u"–"};
            auto *item = new QListWidgetItem(QString(depth * 4, u' ') + QString::fromUtf16(marks[int(child->state())])
                                                 + u' ' + child->title(),
                                             ui->stepList);
            item->setToolTip(ReportNode::stateName(child->state()) + (child->details().isEmpty()
                                                                       ? QString()
                                                                       : QStringLiteral("\n") + child->details()));
            add(*child, depth + 1);
        }
    };
    add(*m_wizard->session()->currentCase().report, 0);
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
    ui->currentLabel->clear();
    showReport();
    retranslate();
    emit completeChanged();
}

void RepairPage::retranslate()
{
    if (!m_finished)
        return;
    const Case &c = m_wizard->session()->currentCase();
    const QString outcome = c.outcomeSentence(uiLanguage());
    QString next;
    QString colour = QStringLiteral("#1e4620");
    switch (c.outcome) {
    case Outcome::Fixed:
        next = tr("Put the disk back and start the computer: Windows should start normally. Then write down the "
                  "ticket on the next page.");
        break;
    case Outcome::NotAffected:
    case Outcome::AlreadyRemediated:
        next = tr("If the computer still does not start, the cause is something else: note it on the ticket.");
        break;
    case Outcome::Cancelled:
        next = tr("The disk is in a consistent state. To finish, run the assistant on this disk again.");
        colour = QStringLiteral("#6d4c00");
        break;
    case Outcome::Failed:
    case Outcome::Pending:
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
        showCurrent();
        if (m_finished)
            showReport();
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
