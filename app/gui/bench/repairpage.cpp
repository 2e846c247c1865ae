// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/repairpage.h"

#include "widgets/dialoghooks.h"
#include "wizardflow.h"
#include "workflow/recoverysession.h"
#include "ui_repairpage.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace ra::gui {

RepairPage::RepairPage(RecoverySession &recoverySession, DialogHooks &dialogHooks, WizardFlow &wizardFlow,
                       QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::RepairPage>()), m_session(&recoverySession), m_hooks(&dialogHooks), m_flow(&wizardFlow)
{
    ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    QFont big = ui->outcomeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    ui->outcomeLabel->setFont(big);
    RecoverySession *session = m_session;
    connect(session, &RecoverySession::progress, this, &RepairPage::onProgress);
    connect(session, &RecoverySession::remediationFinished, this, &RepairPage::onFinished);
    connect(ui->stopButton, &QPushButton::clicked, this, &RepairPage::requestStop);
    // The whole report (mounts, commands run, registry reads) only on request: the list shows
    // what happened to the files.
    m_detailsCheck = new QCheckBox(this);
    m_detailsCheck->setObjectName(QStringLiteral("repairDetailsCheck"));
    m_detailsCheck->setVisible(false);
    ui->stopRow->insertWidget(1, m_detailsCheck);
    connect(m_detailsCheck, &QCheckBox::toggled, this, [this] {
        if (m_finished)
            showReport();
    });
    retranslateTitle();
}

RepairPage::~RepairPage() = default;

void RepairPage::initializePage()
{
    ui->stepList->clear();
    m_steps = m_session->planSteps();
    for (const QString &step : m_steps)
        ui->stepList->addItem(QStringLiteral("○ ") + step);
    m_detailsCheck->setVisible(false);
    m_detailsCheck->setChecked(false);
    m_currentFile.clear();
    m_done = 0;
    m_total = 0;
    ui->currentLabel->clear();
    ui->progressBar->setRange(0, 0);
    ui->outcomeLabel->clear();
    ui->nextStepLabel->clear();
    ui->stopButton->setEnabled(true);
    ui->stopButton->setVisible(true);
    m_running = true;
    m_finished = false;
    retranslateTitle();
    emit completeChanged();
    m_session->startRemediation();
}

bool RepairPage::isComplete() const
{
    return !m_running;
}

int RepairPage::nextId() const
{
    return WizardFlow::TicketPageId;
}

void RepairPage::requestStop()
{
    if (!m_running)
        return;
    m_session->cancel();
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
    tickSteps(step.isEmpty());
    showCurrent();
}

// The plan is: check, then copy and delete per file, then the manifest (Remediation::describe).
// Steps are ticked as the files before the current one are done; the current file's show ▶.
void RepairPage::tickSteps(bool allDone)
{
    const int count = ui->stepList->count();
    const int completed = allDone ? count : std::min(count, 1 + 2 * m_done);
    for (int i = 0; i < count; ++i) {
        const bool current = !allDone && i >= completed && i < completed + 2 && i + 1 < count;
        const QString mark = i < completed ? QStringLiteral("✔ ") : current ? QStringLiteral("▶ ") : QStringLiteral("○ ");
        ui->stepList->item(i)->setText(mark + m_steps.value(i));
    }
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
    const bool details = m_detailsCheck->isChecked();
    // The removal's own node, titled by Remediation in the language of the run.
    const QString removal = QCoreApplication::translate("Remediation", "Remove the faulty files");
    const auto &top = m_session->currentCase().report->children();
    const bool found = std::any_of(top.begin(), top.end(), [&](const auto &n) { return n->title() == removal; });
    const std::function<void(const ReportNode &, int)> add = [&](const ReportNode &node, int depth) {
        for (const auto &child : node.children()) {
            // Without details: the removal and its files only (no command lines, no mounts).
            if (!details && found && depth == 0 && child->title() != removal)
                continue;
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
    add(*m_session->currentCase().report, 0);
    ui->stepList->scrollToBottom();
}

void RepairPage::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    const Case &c = m_session->currentCase();
    // Stopped or failed: the bar shows how far it got, not 100 %.
    const bool complete = c.outcome != Outcome::Cancelled && c.outcome != Outcome::Failed;
    ui->progressBar->setRange(0, std::max(1, m_total));
    ui->progressBar->setValue(complete ? std::max(1, m_total) : m_done);
    m_detailsCheck->setVisible(true);
    ui->stopButton->setVisible(false);
    ui->currentLabel->clear();
    showReport();
    retranslate();
    emit completeChanged();
}

void RepairPage::retranslateTitle()
{
    if (!m_finished) {
        setTitle(tr("Repairing"));
        return;
    }
    switch (m_session->currentCase().outcome) {
    case Outcome::Cancelled:
        setTitle(tr("Repair stopped"));
        break;
    case Outcome::Failed:
    case Outcome::Pending:
        setTitle(tr("Repair failed"));
        break;
    default:
        setTitle(tr("Repair finished"));
    }
}

void RepairPage::retranslate()
{
    retranslateTitle();
    m_detailsCheck->setText(tr("Show &details (every step and command)"));
    if (!m_finished)
        return;
    const Case &c = m_session->currentCase();
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
        if (m_running) {
            m_steps = m_session->planSteps();
            tickSteps(false);
        }
        showCurrent();
        if (m_finished)
            showReport();
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
