// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverywizard.h"

#include "atmachine/atmachinepage.h"
#include "batch/batchpage.h"
#include "bench/detectpage.h"
#include "bench/keypage.h"
#include "bench/readonlynotice.h"
#include "bench/repairpage.h"
#include "bench/reviewpage.h"
#include "bench/startpage.h"
#include "bench/ticketpage.h"
#include "phone/phonepages.h"
#include "widgets/busybar.h"
#include "widgets/dialoghooks.h"
#include "widgets/statusmessage.h"
#include "workflow/guidesession.h"
#include "workflow/recoverysession.h"

#include <QAbstractButton>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <QSettings>

namespace ra::gui {

namespace {
const QString LanguageKey = QStringLiteral("language");
}

RecoveryWizard::RecoveryWizard(RecoverySession *session, DialogHooks *hooks, QWidget *parent)
    : QWizard(parent), m_session(session), m_hooks(hooks)
{
    // The phone and at-machine routes: the bench's playbook and key exports, a case per call.
    auto script = GuideScript::builtin();
    m_guide = std::make_unique<GuideSession>(m_session->playbook(), script ? *script : GuideScript(),
                                             &m_session->keyExports());
    setObjectName(QStringLiteral("recoveryWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("languageButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            toggleLanguage();
    });
    const QIcon icon(QStringLiteral(":/icons/recovery-assistant.svg"));
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));

    m_startPage = new StartPage(*m_session, *m_hooks, *this, this);
    setPage(StartPageId, m_startPage);
    setPage(DetectPageId, new DetectPage(*m_session, *m_hooks, *this, this));
    m_keyPage = new KeyPage(*m_session, *m_hooks, *this, this);
    setPage(KeyPageId, m_keyPage);
    setPage(ReviewPageId, new ReviewPage(*m_session, *m_hooks, *this, this));
    setPage(RepairPageId, new RepairPage(*m_session, *m_hooks, *this, this));
    setPage(TicketPageId, new TicketPage(*m_session, *m_hooks, *this, this));
    setPage(BatchPageId, new BatchPage(*m_session, *m_hooks, *this, this));
    setPage(PhoneKeyPageId, new PhoneKeyPage(*m_session, *m_hooks, *this, this));
    setPage(PhoneNavigatePageId, new PhoneNavigatePage(*m_session, *m_hooks, *this, this));
    setPage(PhoneDrivePageId, new PhoneDrivePage(*m_session, *m_hooks, *this, this));
    setPage(PhoneReadKeyPageId, new PhoneReadKeyPage(*m_session, *m_hooks, *this, this));
    setPage(PhoneFilesPageId, new PhoneFilesPage(*m_session, *m_hooks, *this, this));
    setPage(PhoneFinishPageId, new PhoneFinishPage(*m_session, *m_hooks, *this, this));
    setPage(PhoneTicketPageId, new PhoneTicketPage(*m_session, *m_hooks, *this, this));
    setPage(AtMachinePageId, new AtMachinePage(*m_session, *m_hooks, *this, this));
    setStartId(StartPageId);
    for (int id : pageIds()) {
        makeScrollable(page(id));
        connect(busyBar(page(id)), &BusyBar::cancelRequested, this, &RecoveryWizard::cancelBusy);
    }

    // The remembered language, else the one already chosen; installed either way so that
    // English plural forms come from the English catalogue too.
    ra::installAppTranslator(languageFromCode(QSettings().value(LanguageKey).toString(), uiLanguage()));
    m_session->setTicketLanguage(uiLanguage());
    retranslate();

    fitToScreen();
}

// The page's own layout moves into a frameless scroll area: below its natural size the page
// scrolls, so the window (and its button row) never has to grow past the screen.
void RecoveryWizard::makeScrollable(QWizardPage *page)
{
    QLayout *layout = page->layout();
    if (!layout)
        return;
    auto *content = new QWidget;
    content->setObjectName(page->objectName() + QStringLiteral("Content"));
    content->setLayout(layout);  // reparents the layout and every widget in it
    auto *scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // Below the scrolling content, so it shows however small the window is.
    auto *busy = new BusyBar(page);
    outer->addWidget(busy);
}

// The natural size where it fits; never more than the screen's free area (panels excluded).
void RecoveryWizard::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    QSize size(920, 660);
    if (screen) {
        const QSize avail = screen->availableGeometry().size();
        // Room for the window frame the window manager adds around us.
        const QSize limit(std::max(320, avail.width() - 16), std::max(240, avail.height() - 40));
        setMaximumSize(limit);
        size = size.boundedTo(limit);
        setMinimumSize(QSize(320, 240).boundedTo(limit));
    }
    resize(size);
}

RecoveryWizard::~RecoveryWizard()
{
    // Work still running off the UI thread uses the session and the pages: it ends first.
    for (auto *watcher : findChildren<QFutureWatcher<Status> *>(QString(), Qt::FindDirectChildrenOnly)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

Language RecoveryWizard::language() const
{
    return uiLanguage();
}

void RecoveryWizard::setLanguage(Language language)
{
    QSettings().setValue(LanguageKey, languageCode(language));
    m_session->setTicketLanguage(language);
    if (language == uiLanguage())
        return;
    // Sends LanguageChange to every widget; each page retranslates its form and its own texts.
    ra::installAppTranslator(language);
    emit languageChanged(language);
}

void RecoveryWizard::toggleLanguage()
{
    setLanguage(uiLanguage() == Language::Japanese ? Language::English : Language::Japanese);
}

BusyBar *RecoveryWizard::busyBar(QWizardPage *p) const
{
    return p ? p->findChild<BusyBar *>(QStringLiteral("busyBar"), Qt::FindDirectChildrenOnly) : nullptr;
}

void RecoveryWizard::runBusy(QWizardPage *p, const QString &what, Work work, Then then, bool cancellable)
{
    m_busyPage = p;
    m_busyCancelled = false;
    m_busyCancellable = cancellable;
    BusyBar *bar = busyBar(p);
    if (bar)
        bar->start(what, cancellable);
    if (QWidget *content = p->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly))
        content->setEnabled(false);
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
        button(which)->setEnabled(false);
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, p, bar, then] {
        watcher->deleteLater();
        const Status status = watcher->result();
        const bool cancelled = m_busyCancelled;
        m_busyPage.clear();
        if (bar)
            bar->stop();
        if (QWidget *content = p->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly))
            content->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        button(QWizard::FinishButton)->setEnabled(true);
        const bool complete = p->isComplete();
        button(QWizard::NextButton)->setEnabled(complete);
        button(QWizard::CommitButton)->setEnabled(complete);
        then(status, cancelled);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void RecoveryWizard::cancelBusy()
{
    if (!isBusy() || m_busyCancelled || !m_busyCancellable)
        return;
    m_busyCancelled = true;
    if (BusyBar *bar = busyBar(m_busyPage))
        bar->setCancelling();
}

void RecoveryWizard::openSelectedVolume(QWizardPage *p, const UnlockMaterial &material, ReadOnlyNotice *notice,
                                        StatusMessage *message, std::function<void(bool)> then)
{
    message->clear();
    // The hibernation two-step lives in the session: a read-only result is explained first
    // (ReadOnly comes back); the next call goes on read-only, or reopens with the hibernation
    // file removed when the user ticked that.
    const bool explained = notice->isShowing();
    const bool removeHiberfile = notice->removeHiberfile();
    if (explained && m_session->isReadOnly() && !removeHiberfile) {
        QTimer::singleShot(0, this, [then] { then(true); });
        return;
    }
    RecoverySession *session = m_session;
    runBusy(
        p, tr("Opening the disk (unlocking and mounting can take a minute on a slow USB disk)…"),
        [session, material = UnlockMaterial(material), explained, removeHiberfile]() mutable {
            Status opened = session->openOrConfirmReadOnly(material, explained, removeHiberfile);
            material.recoveryKey.wipe();
            return opened;
        },
        [this, notice, message, then](const Status &opened, bool cancelled) {
            if (cancelled) {
                // The technician stopped it: release whatever was opened, stay on the page.
                if (opened || opened.error().kind == ErrorKind::ReadOnly)
                    m_session->selectVolume(m_session->selectedIndex());
                notice->reset();
                message->showInfo(tr("Opening was cancelled; the disk was released."));
                then(false);
                return;
            }
            if (!opened && opened.error().kind == ErrorKind::ReadOnly) {
                notice->showReason(m_session->readOnlyReason());
                then(false);
                return;
            }
            notice->reset();
            if (!opened) {
                message->showError(opened.error().message);
                then(false);
                return;
            }
            then(true);
        });
}

void RecoveryWizard::startNextMachine()
{
    if (isBusy())
        return;
    m_keyPage->clearSecrets();
    m_session->reset();
    m_guide->restart();
    // Not the same disk twice by mistake: the target goes, the technician and the exports stay.
    m_targets.clear();
    m_startPage->forNextMachine();
    restart();
}

void RecoveryWizard::reject()
{
    if (isBusy()) {
        // Esc or the close button while a step runs: cancel it, the page says when it ended.
        cancelBusy();
        return;
    }
    auto *repair = qobject_cast<RepairPage *>(currentPage());
    if (repair && repair->isRunning()) {
        // Closing now would leave the disk mid-plan: stop cleanly first, the page reports it.
        repair->requestStop();
        return;
    }
    const auto state = m_session->state();
    const bool repaired = state == RecoverySession::State::Remediated;
    if (state == RecoverySession::State::Inspected || repaired) {
        const QString question =
            repaired ? tr("The disk will be released safely and the ticket is saved in the case folder.")
                     : tr("The disk will be released safely; nothing on it was changed.");
        if (!m_hooks->confirm(this, tr("Close the assistant?"), question))
            return;
        // Files were removed: the case must still be written. Otherwise just release the disk.
        if (repaired)
            m_session->close();
        else
            m_session->reset();
    }
    m_keyPage->clearSecrets();
    m_guide->restart();  // the key a phone call looked up goes with the window
    QWizard::reject();
}

void RecoveryWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void RecoveryWizard::retranslate()
{
    setWindowTitle(tr("Recovery Assistant"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("&Repair now"));
    // The switch names the other language in that language, so anyone can find it.
    setButtonText(QWizard::CustomButton1,
                  uiLanguage() == Language::Japanese ? QStringLiteral("English") : QStringLiteral("日本語"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Switch language"));
    button(QWizard::CustomButton1)->setToolTip(tr("Switch language"));
}

}  // namespace ra::gui
