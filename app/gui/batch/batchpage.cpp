// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/batchpage.h"

#include "domain/finding.h"
#include "widgets/dialoghooks.h"
#include "widgets/statusmessage.h"
#include "wizardflow.h"
#include "workflow/recoverysession.h"
#include "workflow/volumechoice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra::gui {

BatchPage::BatchPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : QWizardPage(parent), m_session(&session), m_hooks(&hooks), m_flow(&flow), m_intro(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_summary(new QLabel(this)), m_confirm(new QCheckBox(this)),
      m_runButton(new QPushButton(this)), m_copyButton(new QPushButton(this)), m_nextMachineButton(new QPushButton(this)),
      m_message(new StatusMessage(this)), m_stopPoll(new QTimer(this))
{
    setObjectName(QStringLiteral("batchPage"));
    m_intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("batchTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    // Small on a small screen, so the confirmation below it stays in view; grows with the window.
    m_tree->setMinimumHeight(fontMetrics().height() * 5);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("batchConfirmCheck"));
    m_runButton->setObjectName(QStringLiteral("batchRunButton"));
    m_copyButton->setObjectName(QStringLiteral("batchCopyButton"));
    m_nextMachineButton->setObjectName(QStringLiteral("batchNextMachineButton"));
    m_message->setObjectName(QStringLiteral("batchMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_nextMachineButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_confirm, &QCheckBox::toggled, this, [this] { retranslate(); });
    connect(m_runButton, &QPushButton::clicked, this, &BatchPage::startRun);
    connect(m_copyButton, &QPushButton::clicked, this, &BatchPage::copySummary);
    connect(m_nextMachineButton, &QPushButton::clicked, this, [this] { m_flow->startNextMachine(); });
    // Cancel (the busy bar's button, Esc or closing the window) stops the batch like the Stop of one.
    m_stopPoll->setInterval(100);
    connect(m_stopPoll, &QTimer::timeout, this, [this] {
        if (m_stop && m_flow->busyCancelled())
            m_stop->store(true);
    });
    retranslate();
}

BatchPage::~BatchPage() = default;

// Per target (a disk, an image file, a folder): the one volume that can hold Windows, as the
// batch chooses it; a target with several such volumes is for the one-disk flow.
QList<int> BatchPage::windowsVolumes(const RecoverySession &session)
{
    return VolumeChoice::onePerTarget(session.volumes());
}

QList<int> BatchPage::candidates(const RecoverySession &session)
{
    const std::shared_ptr<KeyExports> keys = session.sharedKeyExports();
    QList<int> result;
    for (int i : windowsVolumes(session)) {
        const VolumeInfo &v = session.volumes()[i];
        if (!VolumeChoice::keyLoaded(v, keys.get()))
            continue;
        result.append(i);
    }
    return result;
}

QString BatchPage::batchTarget(const RecoverySession &session, int volume)
{
    return session.volumes()[volume].target;
}

void BatchPage::initializePage()
{
    m_targets.clear();
    for (int i : candidates(*m_session)) {
        const QString target = batchTarget(*m_session, i);
        if (!m_targets.contains(target))
            m_targets.append(target);
    }
    m_confirm->setChecked(false);
    m_message->clear();
    m_stage = Stage::Idle;
    m_items.clear();
    for (const QString &t : std::as_const(m_targets))
        m_items.append(BatchItem{t});
    showItems();
    // Shown first, then every disk is opened read-only for its plan.
    QTimer::singleShot(0, this, [this] {
        if (m_stage == Stage::Idle && isVisible())
            startPlan();
    });
}

void BatchPage::cleanupPage()
{
    m_stage = Stage::Idle;
    m_items.clear();
    m_tree->clear();
    m_message->clear();
}

bool BatchPage::isComplete() const
{
    return m_stage == Stage::Done;
}

void BatchPage::startPlan()
{
    if (m_flow->isBusy() || m_targets.isEmpty())
        return;
    m_stage = Stage::Planning;
    BatchOptions options;
    options.planOnly = true;
    runBatch(std::move(options), tr("Opening every disk read-only to list what would be removed…"));
}

void BatchPage::startRun()
{
    if (m_stage != Stage::Planned || !m_confirm->isChecked() || m_flow->isBusy())
        return;
    BatchOptions options;
    QStringList targets;
    for (const BatchItem &item : std::as_const(m_items)) {
        if (item.result != BatchItem::Result::Planned)
            continue;  // no key, or it could not be read: left as the plan said
        targets.append(item.target);
        options.confirmedPlans.insert(item.name(), planKeys(item.plan));
    }
    if (targets.isEmpty())
        return;
    options.technician = m_session->technician();
    options.ticketReference = m_session->ticketReference();
    options.casesDir = m_session->casesDir();
    options.ticketLanguage = m_flow->language();
    m_stage = Stage::Running;
    m_targets = targets;
    runBatch(std::move(options), tr("Fixing %n disk(s): each removed file is copied and verified first…", nullptr,
                                    int(targets.size())));
}

void BatchPage::runBatch(BatchOptions options, const QString &what)
{
    // The run's targets are a subset of the page's rows: map them back by target.
    QList<int> rows;
    for (const QString &t : std::as_const(m_targets))
        for (int r = 0; r < m_items.size(); ++r)
            if (m_items[r].target == t) {
                rows.append(r);
                break;
            }
    options.technician = options.technician.isEmpty() ? m_session->technician() : options.technician;
    auto run = std::make_shared<BatchRun>(m_targets, std::move(options), m_session->sharedKeyExports());
    m_stop = std::make_shared<std::atomic<bool>>(false);
    run->setExternalStop(m_stop.get());
    run->setProgress([this, rows](int index, const BatchItem &item) {
        // From a worker thread: shown on the UI thread (dropped if the page is gone).
        QMetaObject::invokeMethod(this, [this, row = rows.value(index, -1), item] {
            if (row >= 0 && row < m_items.size()) {
                m_items[row] = item;
                showItem(row, item);
            }
        }, Qt::QueuedConnection);
    });
    m_stopPoll->start();
    retranslate();
    m_flow->runBusy(
        this, what,
        [run, stop = m_stop]() -> Status {
            run->run();
            return {};
        },
        [this, run, rows](const Status &, bool cancelled) {
            m_stopPoll->stop();
            const QList<BatchItem> done = run->items();
            for (int i = 0; i < done.size() && i < rows.size(); ++i)
                m_items[rows[i]] = done[i];
            if (m_stage == Stage::Planning) {
                m_stage = cancelled ? Stage::Idle : Stage::Planned;
                if (cancelled)
                    m_message->showInfo(tr("Stopped before anything was changed. Go back to choose again."));
            } else {
                m_stage = Stage::Done;
                m_message->clear();
            }
            showItems();
            emit completeChanged();
            QWidget *next = m_stage == Stage::Planned && m_confirm->isEnabled() ? static_cast<QWidget *>(m_confirm)
                            : m_stage == Stage::Done                        ? m_copyButton
                                                                            : nullptr;
            if (next) {
                next->setFocus(Qt::OtherFocusReason);
                // On a small or scaled screen the page scrolls: bring the next action into view.
                // After the layout took in the widgets just shown.
                QTimer::singleShot(0, this, [this, next] {
                    if (auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly))
                        scroll->ensureWidgetVisible(next);
                });
            }
        });
}

QString BatchPage::itemState(const BatchItem &item) const
{
    switch (item.result) {
    case BatchItem::Result::Planned:
        return item.planned == 0 ? tr("nothing to remove") : tr("%n file(s) to remove", nullptr, item.planned);
    case BatchItem::Result::Fixed: return tr("fixed: %n file(s) removed", nullptr, item.removed);
    case BatchItem::Result::NotAffected: return tr("not affected: nothing to remove");
    case BatchItem::Result::NoKey: return tr("no loaded key: left untouched");
    case BatchItem::Result::NotFixed: return tr("not fixed");
    case BatchItem::Result::Stopped: return tr("stopped");
    case BatchItem::Result::Pending: break;
    }
    switch (item.stage) {
    case BatchItem::Stage::Waiting: return tr("waiting");
    case BatchItem::Stage::Detecting: return tr("looking at the disk");
    case BatchItem::Stage::Unlocking: return tr("unlocking");
    case BatchItem::Stage::Removing: return tr("removing files");
    case BatchItem::Stage::Closing: return tr("closing");
    case BatchItem::Stage::Done: break;
    }
    return {};
}

void BatchPage::showItem(int index, const BatchItem &item)
{
    QTreeWidgetItem *row = m_tree->topLevelItem(index);
    if (!row)
        return;
    row->setText(0, item.target == RecoverySession::practiceTarget() ? tr("Practice disk") : item.target);
    row->setToolTip(0, item.target);
    row->setText(1, item.keyIds.join(QStringLiteral(", ")));
    row->setText(2, itemState(item));
    const bool problem = item.result == BatchItem::Result::NotFixed || item.result == BatchItem::Result::NoKey
                         || item.result == BatchItem::Result::Stopped;
    row->setForeground(2, problem ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::Text));
    row->setToolTip(2, item.message.isEmpty() ? itemState(item) : itemState(item) + QStringLiteral(": ") + item.message);
    // Children: the one-sentence reason of a problem, then every file of the plan.
    qDeleteAll(row->takeChildren());
    if (problem && !item.message.isEmpty()) {
        auto *why = new QTreeWidgetItem(row);
        why->setText(0, item.message);
        why->setFirstColumnSpanned(true);
        why->setToolTip(0, item.message);
    }
    const QLocale locale;
    for (const Finding &f : item.plan) {
        auto *file = new QTreeWidgetItem(row);
        file->setText(0, f.relativePath.section(u'/', -1));
        file->setToolTip(0, f.relativePath);
        file->setText(1, Classifier::verdictName(f.verdict));
        file->setText(2, locale.toString(f.lastWriteUtc.toLocalTime(), QLocale::ShortFormat));
    }
    row->setExpanded(true);
}

void BatchPage::showItems()
{
    m_tree->clear();
    for (int i = 0; i < m_items.size(); ++i) {
        new QTreeWidgetItem(m_tree);
        showItem(i, m_items[i]);
    }
    retranslate();
}

int BatchPage::plannedFiles() const
{
    int n = 0;
    for (const BatchItem &item : m_items)
        n += item.result == BatchItem::Result::Planned ? item.planned : 0;
    return n;
}

int BatchPage::plannedTargets() const
{
    int n = 0;
    for (const BatchItem &item : m_items)
        n += item.result == BatchItem::Result::Planned;
    return n;
}

QString BatchPage::summaryText() const
{
    return BatchTally::of(m_items).sentence();
}

void BatchPage::retranslate()
{
    setTitle(tr("Fix every disk whose key is loaded"));
    m_tree->setHeaderLabels({tr("Disk"), tr("Key ID"), tr("What happens")});
    const int files = plannedFiles(), targets = plannedTargets();
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Planning:
        m_intro->setText(tr("Each disk is opened read-only first: nothing changes until you confirm the plan below."));
        m_summary->clear();
        break;
    case Stage::Planned:
        m_intro->setText(tr("Check the plan: these files are removed, disk by disk. Each removed file is first copied "
                            "and the copy verified."));
        m_summary->setText(targets == 0 ? tr("There is no disk to fix: nothing will be changed.")
                                        : tr("%n file(s) will be removed in all.", nullptr, files) + u' '
                                              + tr("%n disk(s) will be fixed, each with its own case and ticket.", nullptr, targets));
        break;
    case Stage::Running:
        m_intro->setText(tr("The disks are being fixed. Cancel stops every disk cleanly: a file being copied is "
                            "finished or left in place."));
        m_summary->clear();
        break;
    case Stage::Done:
        m_intro->setText(tr("Done. Every disk has its own case folder and ticket; copy the summary with every ticket for "
                            "the incident."));
        m_summary->setText(summaryText());
        break;
    }
    m_confirm->setText(tr("&Yes, remove these files from %n disk(s)", nullptr, targets));
    m_confirm->setVisible(m_stage == Stage::Planned || m_stage == Stage::Running);
    m_confirm->setEnabled(m_stage == Stage::Planned && targets > 0);
    m_runButton->setText(tr("&Repair all"));
    m_runButton->setVisible(m_stage == Stage::Planned || m_stage == Stage::Running);
    m_runButton->setEnabled(m_stage == Stage::Planned && targets > 0 && m_confirm->isChecked());
    m_runButton->setDefault(m_runButton->isEnabled());
    m_copyButton->setText(tr("&Copy summary and tickets"));
    m_copyButton->setVisible(m_stage == Stage::Done);
    m_nextMachineButton->setText(tr("Next &machine"));
    m_nextMachineButton->setVisible(m_stage == Stage::Done);
    for (int i = 0; i < m_items.size(); ++i)
        if (QTreeWidgetItem *row = m_tree->topLevelItem(i))
            row->setText(2, itemState(m_items[i]));
}

void BatchPage::copySummary()
{
    QString text = tr("Recovery Assistant — %n disk(s)", nullptr, int(m_items.size())) + u'\n' + summaryText() + u'\n';
    for (const BatchItem &item : std::as_const(m_items)) {
        text += QStringLiteral("- %1: %2").arg(item.target, itemState(item));
        if (!item.caseId.isEmpty())
            text += QStringLiteral(" (%1)").arg(item.caseId);
        if (!item.message.isEmpty() && item.result != BatchItem::Result::Fixed)
            text += QStringLiteral(" — ") + item.message;
        text += u'\n';
    }
    for (const BatchItem &item : std::as_const(m_items)) {
        QFile ticket(QDir(item.caseFolder).filePath(QStringLiteral("ticket.txt")));
        if (!item.caseFolder.isEmpty() && ticket.open(QIODevice::ReadOnly))
            text += QStringLiteral("\n\n") + QString::fromUtf8(ticket.readAll());
    }
    QGuiApplication::clipboard()->setText(text);
    m_message->showSuccess(tr("The summary and every ticket are on the clipboard."));
}

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (int i = 0; i < m_items.size(); ++i)
            showItem(i, m_items[i]);
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
