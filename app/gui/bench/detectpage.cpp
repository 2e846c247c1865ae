// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/detectpage.h"

#include "batch/batchpage.h"
#include "widgets/dialoghooks.h"
#include "widgets/keyfileloader.h"
#include "wizardflow.h"
#include "workflow/casefiling.h"
#include "workflow/recoverysession.h"
#include "workflow/volumechoice.h"
#include "ui_detectpage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace ra::gui {

namespace {
QIcon iconFor(const VolumeInfo &volume)
{
    if (volume.practice)
        return QIcon(QStringLiteral(":/icons/volume-practice.svg"));
    switch (volume.kind) {
    case VolumeKind::BitLocker: return QIcon(QStringLiteral(":/icons/volume-locked.svg"));
    case VolumeKind::Ntfs:
    case VolumeKind::Folder: return QIcon(QStringLiteral(":/icons/volume-windows.svg"));
    default: return QIcon(QStringLiteral(":/icons/volume-other.svg"));
    }
}

QStringList shortKeyIds(const VolumeInfo &volume)
{
    QStringList ids;
    if (volume.bitlocker)
        for (const ProtectorId &id : volume.bitlocker->recoveryIds())
            ids.append(id.shortId());
    return ids;
}
}  // namespace

DetectPage::DetectPage(RecoverySession &recoverySession, DialogHooks &dialogHooks, WizardFlow &wizardFlow,
                       QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::DetectPage>()), m_session(&recoverySession), m_hooks(&dialogHooks), m_flow(&wizardFlow),
      m_batchFrame(new QFrame(this)), m_batchLabel(new QLabel(m_batchFrame)), m_loadKeysButton(new QPushButton(m_batchFrame)),
      m_fixAllButton(new QPushButton(m_batchFrame))
{
    ui->setupUi(this);
    m_batchFrame->setObjectName(QStringLiteral("batchFrame"));
    m_batchFrame->setFrameShape(QFrame::StyledPanel);
    m_batchLabel->setWordWrap(true);
    m_loadKeysButton->setObjectName(QStringLiteral("loadKeysButton"));
    m_fixAllButton->setObjectName(QStringLiteral("fixAllButton"));
    auto *batchLayout = new QVBoxLayout(m_batchFrame);
    batchLayout->addWidget(m_batchLabel);
    auto *batchButtons = new QHBoxLayout;
    batchButtons->addWidget(m_loadKeysButton);
    batchButtons->addWidget(m_fixAllButton);
    batchButtons->addStretch(1);
    batchLayout->addLayout(batchButtons);
    // Below the key ID of the selected volume, above the messages.
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->keyIdFrame) + 1, m_batchFrame);
    connect(m_loadKeysButton, &QPushButton::clicked, this, [this] {
        KeyFileLoader::choose(this, *m_session, *m_hooks, *m_flow, [this](const Status &loaded, const QString &summary) {
            if (!loaded)
                ui->message->showError(loaded.error().message);
            else
                ui->message->showSuccess(summary);
            retranslate();
        });
    });
    connect(m_fixAllButton, &QPushButton::clicked, this, [this] {
        if (m_flow->isBusy() || BatchPage::candidates(*m_session).isEmpty())
            return;
        m_batchChosen = true;
        wizard()->next();
        m_batchChosen = false;
    });
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    ui->keyIdValue->setFont(big);
    ui->hintLabel->setOpenExternalLinks(false);
    connect(ui->volumeList, &QListWidget::currentRowChanged, this, [this] {
        ui->readOnlyNotice->reset();
        ui->message->clear();
        showSelection();
        emit completeChanged();
    });
    connect(ui->rescanButton, &QPushButton::clicked, this, [this] { detectAgain(m_flow->targets()); });
    connect(ui->practiceButton, &QPushButton::clicked, this,
            [this] { detectAgain({RecoverySession::practiceTarget()}); });
}

DetectPage::~DetectPage() = default;

void DetectPage::initializePage()
{
    ui->readOnlyNotice->reset();
    ui->message->clear();
    showVolumes();
}

void DetectPage::cleanupPage()
{
    ui->readOnlyNotice->reset();
    ui->message->clear();
}

void DetectPage::detectAgain(const QStringList &targets)
{
    m_flow->setTargets(targets);
    ui->readOnlyNotice->reset();
    ui->message->clear();
    if (m_flow->isBusy())
        return;
    RecoverySession *session = m_session;
    m_flow->runBusy(
        this, tr("Looking for disks again…"), [session, targets] { return session->detect(targets); },
        [this](const Status &detected, bool) {
            showVolumes();
            if (!detected)
                ui->message->showError(detected.error().message);
        });
}

void DetectPage::showVolumes()
{
    const RecoverySession *session = m_session;
    const QSignalBlocker blocker(ui->volumeList);
    const int previous = ui->volumeList->currentRow();
    ui->volumeList->clear();
    for (const VolumeInfo &volume : session->volumes())
        new QListWidgetItem(iconFor(volume), QString(), ui->volumeList);
    const int count = ui->volumeList->count();
    if (count == 1)
        ui->volumeList->setCurrentRow(0);
    else if (previous >= 0 && previous < count)
        ui->volumeList->setCurrentRow(previous);
    else if (const Result<int> windows = VolumeChoice::choose(session->volumes()); windows)
        ui->volumeList->setCurrentRow(windows.value());  // the one volume that can hold Windows; several: the user picks
    retranslate();
    showSelection();
    emit completeChanged();
}

void DetectPage::showSelection()
{
    const int row = ui->volumeList->currentRow();
    const auto &volumes = m_session->volumes();
    const QStringList ids = row >= 0 && row < volumes.size() ? shortKeyIds(volumes[row]) : QStringList();
    ui->keyIdFrame->setVisible(!ids.isEmpty());
    ui->keyIdValue->setText(ids.join(QStringLiteral("  ")));
    // The duplicate-machine warning from the case store: a warning, never a block.
    const QStringList earlier = row >= 0 ? CaseFiling::earlierCaseWarnings(*m_session, m_flow->language(), row) : QStringList();
    if (!earlier.isEmpty())
        ui->message->showInfo(earlier.join(u'\n'));
}

void DetectPage::retranslate()
{
    const bool nothing = ui->volumeList->count() == 0;
    ui->volumeList->setVisible(!nothing);
    ui->practiceButton->setVisible(nothing);
    ui->hintLabel->setVisible(nothing);
    if (nothing) {
        ui->hintLabel->setText(
            QStringLiteral("<p><b>%1</b></p><ul><li>%2</li><li>%3</li><li>%4</li></ul>")
                .arg(tr("No disk with Windows was found.").toHtmlEscaped(),
                     tr("Connect the disk with an adapter that fits it: an NVMe disk (M.2, one notch) needs an NVMe "
                        "adapter, a SATA disk (2.5 inch, or M.2 with two notches) a SATA adapter. Wait ten seconds, "
                        "then press Search again.")
                         .toHtmlEscaped(),
                     tr("A disk from a computer set to RAID or Intel VMD (Intel RST) may not appear at all. Repair "
                        "such a computer in its own Windows Recovery Environment with the vendor's steps "
                        "instead.")
                         .toHtmlEscaped(),
                     tr("Without administrator rights no disk is visible: start the assistant from the menu, which "
                        "asks for the administrator password.")
                         .toHtmlEscaped()));
    }
    // Summaries come from the session in the UI language: render them again.
    const RecoverySession *session = m_session;
    for (int i = 0; i < ui->volumeList->count() && i < session->volumes().size(); ++i) {
        const VolumeInfo &volume = session->volumes()[i];
        const QString name = volume.practice ? tr("Practice disk (made by this tool for training)") : volume.displayName();
        QString summary = session->volumeSummary(volume);
        // With keys loaded: whether this drive's key is among them (the batch fixes those).
        if (volume.kind == VolumeKind::BitLocker && volume.bitlocker && session->exportKeyCount() > 0)
            summary += QStringLiteral(" · ")
                       + (!VolumeChoice::keyLoaded(volume, session->sharedKeyExports().get())
                              ? tr("no loaded key")
                              : tr("recovery key loaded ✔"));
        ui->volumeList->item(i)->setText(name + u'\n' + summary);
        ui->volumeList->item(i)->setData(Qt::AccessibleTextRole, name + QStringLiteral(", ") + summary);
    }
    showBatchOffer();
}

// Several volumes that can hold Windows (several disks attached): load keys, fix them all.
void DetectPage::showBatchOffer()
{
    const RecoverySession *session = m_session;
    const int windows = int(BatchPage::windowsVolumes(*session).size());
    m_batchFrame->setVisible(windows >= 2);
    if (windows < 2)
        return;
    const int ready = int(BatchPage::candidates(*session).size());
    m_batchLabel->setText(
        tr("%n disks are attached.", nullptr, windows) + u' '
        + (session->exportKeyCount() == 0
               ? tr("Load a key export or key bundle to fix every disk whose key it holds in one go, with one confirmation.")
               : tr("%n of them can be fixed now (unencrypted, or with a recovery key among the loaded ones).", nullptr, ready)));
    m_loadKeysButton->setText(tr("Load &keys…"));
    m_loadKeysButton->setToolTip(tr("A CSV or JSON export of recovery keys, or an encrypted key bundle (.rakeys) with its passphrase. It is read into memory only."));
    m_fixAllButton->setText(tr("Fix &every disk whose key is loaded (%n)…", nullptr, ready));
    m_fixAllButton->setEnabled(ready > 0);
}

bool DetectPage::isComplete() const
{
    return ui->volumeList->currentRow() >= 0;
}

bool DetectPage::validatePage()
{
    if (WizardFlow::takeGoOn(m_goOn) || m_batchChosen)
        return true;
    if (m_flow->isBusy())
        return false;
    RecoverySession *session = m_session;
    const int row = ui->volumeList->currentRow();
    // Still open from the last Next (a read-only result being explained): keep it.
    const bool openAlready = session->state() == RecoverySession::State::Inspected && session->selectedIndex() == row;
    if (!openAlready) {
        const Status selected = session->selectVolume(row);
        if (!selected) {
            ui->message->showError(selected.error().message);
            return false;
        }
    }
    if (session->needsKey())
        return true;
    m_flow->openSelectedVolume(this, UnlockMaterial{}, ui->readOnlyNotice, ui->message, [this](bool ok) {
        if (ok) {
            m_goOn = true;
            wizard()->next();
        }
    });
    return false;
}

int DetectPage::nextId() const
{
    if (m_batchChosen)
        return WizardFlow::BatchPageId;
    return m_session->needsKey() ? WizardFlow::KeyPageId : WizardFlow::ReviewPageId;
}

void DetectPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
