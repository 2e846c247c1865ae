// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/reviewpage.h"

#include "widgets/dialoghooks.h"
#include "wizardflow.h"
#include "workflow/recoverysession.h"
#include "ui_reviewpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

#include <algorithm>

namespace ra::gui {

ReviewPage::ReviewPage(RecoverySession &recoverySession, DialogHooks &dialogHooks, WizardFlow &wizardFlow,
                       QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::ReviewPage>()), m_session(&recoverySession), m_hooks(&dialogHooks), m_flow(&wizardFlow)
{
    ui->setupUi(this);
    setCommitPage(true);
    ui->findingsTable->setColumnCount(ColumnCount);
    ui->findingsTable->verticalHeader()->setVisible(false);
    ui->findingsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->pageLayout->setStretchFactor(ui->findingsTable, 2);
    ui->pageLayout->setStretchFactor(ui->planList, 3);
    QHeaderView *header = ui->findingsTable->horizontalHeader();
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, c == VerdictColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    RecoverySession *session = m_session;
    connect(ui->findingsTable, &QTableWidget::itemChanged, this, [this, session](QTableWidgetItem *item) {
        if (m_rendering || item->column() != SelectedColumn)
            return;
        session->setSelected(item->row(), item->checkState() == Qt::Checked);
    });
    connect(ui->vendorCheck, &QCheckBox::toggled, this, [this, session](bool all) {
        if (!m_rendering)
            session->setVendorProcedure(all);
    });
    connect(session, &RecoverySession::caseChanged, this, [this] {
        if (wizard()->currentPage() == this) {
            // What the confirmation names has changed: it must be given again.
            ui->confirmCheck->setChecked(false);
            showCase();
        }
    });
    connect(ui->confirmCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    ui->findingsTable->installEventFilter(this);
}

// Space toggles "Remove" of the current row, whichever column is current. A narrow table
// (about 110 characters or less) hides the local time and shows the verdict without its reason.
bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->findingsTable && event->type() == QEvent::Resize) {
        const bool compact = ui->findingsTable->width() < 110 * ui->findingsTable->fontMetrics().averageCharWidth();
        if (compact != m_compact) {
            m_compact = compact;
            ui->findingsTable->setColumnHidden(LocalColumn, compact);
            QMetaObject::invokeMethod(this, [this] { showCase(); }, Qt::QueuedConnection);
        }
    }
    if (watched == ui->findingsTable && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const int row = ui->findingsTable->currentRow();
        QTableWidgetItem *item = row >= 0 ? ui->findingsTable->item(row, SelectedColumn) : nullptr;
        if (item && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    ui->confirmCheck->setChecked(false);
    ui->message->clear();
    m_planHeight = 0;
    ui->findingsTable->setCurrentItem(nullptr);
    showCase();
    // The first row is current: Space toggles it at once, Tab goes on to the confirmation.
    if (ui->findingsTable->rowCount() > 0)
        ui->findingsTable->setFocus(Qt::OtherFocusReason);
}

bool ReviewPage::isComplete() const
{
    const RecoverySession *session = m_session;
    if (session->isReadOnly() || session->selectedFindings().isEmpty())
        return true;
    return ui->confirmCheck->isChecked();
}

int ReviewPage::nextId() const
{
    return m_session->isReadOnly() ? WizardFlow::TicketPageId : WizardFlow::RepairPageId;
}

void ReviewPage::showCase()
{
    const RecoverySession *session = m_session;
    const QList<Finding> &findings = session->findings();
    const QLocale locale;
    const bool readOnly = session->isReadOnly();

    // A toggle re-renders the rows: the row in use and the focus stay where they were.
    const bool hadFocus = ui->findingsTable->hasFocus();
    const int currentRow = std::max(0, ui->findingsTable->currentRow());
    m_rendering = true;
    ui->vendorCheck->setChecked(session->vendorProcedure());
    ui->vendorCheck->setEnabled(!readOnly && !findings.isEmpty());
    ui->findingsTable->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const Finding &f = findings[row];
        auto *selected = new QTableWidgetItem;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!readOnly)
            flags |= Qt::ItemIsUserCheckable;
        selected->setFlags(flags);
        selected->setCheckState(f.selected ? Qt::Checked : Qt::Unchecked);
        selected->setData(Qt::AccessibleTextRole, f.selected ? tr("will be removed") : tr("will be kept"));
        ui->findingsTable->setItem(row, SelectedColumn, selected);

        auto *file = new QTableWidgetItem(f.fileName());
        file->setToolTip(f.relativePath);
        ui->findingsTable->setItem(row, FileColumn, file);
        const bool known = f.lastWriteUtc.isValid();
        ui->findingsTable->setItem(row, UtcColumn, new QTableWidgetItem(
            known ? locale.toString(f.lastWriteUtc.toUTC(), QLocale::ShortFormat) : tr("unknown")));
        ui->findingsTable->setItem(row, LocalColumn, new QTableWidgetItem(
            known ? locale.toString(f.lastWriteUtc.toLocalTime(), QLocale::ShortFormat) : tr("unknown")));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(f.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        size->setToolTip(tr("%1 bytes").arg(locale.toString(f.size)));
        ui->findingsTable->setItem(row, SizeColumn, size);
        // A narrow table (a small or scaled screen) shows the verdict alone; the reason stays in
        // the tooltip and for screen readers.
        const QString reasoned = Classifier::verdictName(f.verdict) + QStringLiteral(": ") + Classifier::reasonText(f.reason);
        auto *verdict = new QTableWidgetItem(m_compact ? Classifier::verdictName(f.verdict) : reasoned);
        verdict->setToolTip(reasoned);
        verdict->setData(Qt::AccessibleTextRole, reasoned);
        verdict->setForeground(f.verdict == Verdict::Faulty ? QColor(0x8a, 0x1c, 0x1c)
                               : f.verdict == Verdict::Good ? QColor(0x1e, 0x46, 0x20)
                                                            : QColor(0x6d, 0x4c, 0x00));
        ui->findingsTable->setItem(row, VerdictColumn, verdict);
    }
    // Room for up to three rows however small the window gets.
    const int rows = qMin(3, ui->findingsTable->rowCount());
    int height = ui->findingsTable->horizontalHeader()->height() + 2 * ui->findingsTable->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += ui->findingsTable->rowHeight(row);
    ui->findingsTable->setMinimumHeight(height);
    if (!findings.isEmpty())
        ui->findingsTable->setCurrentCell(std::min(currentRow, int(findings.size()) - 1), SelectedColumn);
    if (hadFocus)
        ui->findingsTable->setFocus(Qt::OtherFocusReason);
    m_rendering = false;

    const QStringList steps = session->planSteps();
    ui->planList->clear();
    for (int i = 0; i < steps.size(); ++i)
        ui->planList->addItem(QStringLiteral("%1. %2").arg(locale.toString(i + 1), steps[i]));
    // Every step readable without scrolling the list (it is what the technician confirms), and
    // room for the plan with every file chosen: a toggle in the table never moves the confirmation.
    int planHeight = 2 * ui->planList->frameWidth() + 4;
    for (int i = 0; i < ui->planList->count(); ++i)
        planHeight += ui->planList->sizeHintForRow(i);
    const int rowHeight = ui->planList->count() > 0 ? ui->planList->sizeHintForRow(ui->planList->count() - 1)
                                                    : ui->planList->fontMetrics().height() + 4;
    planHeight += std::max(0, session->planStepsWhenAllSelected() - int(ui->planList->count())) * rowHeight;
    m_planHeight = std::max(m_planHeight, planHeight);
    ui->planList->setFixedHeight(m_planHeight);
    retranslate();
    emit completeChanged();
}

void ReviewPage::retranslate()
{
    const RecoverySession *session = m_session;
    ui->findingsTable->setHorizontalHeaderLabels(
        {tr("Remove"), tr("File"), tr("Written (UTC)"), tr("Local time"), tr("Size"), tr("Verdict")});

    QStringList names;
    for (const Finding &f : session->selectedFindings())
        names.append(f.fileName());
    const bool readOnly = session->isReadOnly();
    const bool nothing = names.isEmpty();

    if (readOnly) {
        ui->readOnlyBanner->showError(
            tr("This disk is open read-only, so nothing can be removed (%1). Go back to remove the hibernation file, "
               "or start the computer once and shut it down completely. Next writes the ticket with what was found.")
                .arg(session->readOnlyReason()));
    } else if (session->findings().isEmpty()) {
        ui->readOnlyBanner->showInfo(tr("No channel 291 file was found: this disk does not need the repair."));
    } else if (nothing) {
        ui->readOnlyBanner->showInfo(tr("No file is chosen for removal: nothing on the disk will change."));
    } else {
        ui->readOnlyBanner->clear();
    }
    ui->findingsTable->setVisible(!session->findings().isEmpty());
    ui->planCaption->setVisible(!nothing && !readOnly);
    ui->planList->setVisible(!nothing && !readOnly);
    ui->confirmCheck->setVisible(!nothing && !readOnly);
    ui->confirmLabel->setVisible(!nothing && !readOnly);
    // At most three names: the table lists them all, this line must not grow with the case.
    constexpr int NamesShown = 3;
    QString shown = names.mid(0, NamesShown).join(tr(", "));
    if (names.size() > NamesShown)
        shown = tr("%1 and %n more", nullptr, int(names.size() - NamesShown)).arg(shown);
    ui->confirmLabel->setText(tr("%n file(s) will be removed from this disk: %1. A verified copy of each is kept in "
                                 "the quarantine folder on this computer first.",
                                 nullptr, int(names.size()))
                                  .arg(shown));
    setButtonText(QWizard::CommitButton, readOnly || nothing ? tr("&Continue") : tr("&Repair now"));
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        if (wizard()->currentId() == WizardFlow::ReviewPageId)
            showCase();
        else
            retranslate();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
