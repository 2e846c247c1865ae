// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverywizard.h"

#include "detectpage.h"
#include "dialoghooks.h"
#include "keypage.h"
#include "readonlynotice.h"
#include "repairpage.h"
#include "reviewpage.h"
#include "startpage.h"
#include "statusmessage.h"
#include "ticketpage.h"
#include "workflow/recoverysession.h"

#include <QAbstractButton>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QScreen>
#include <QSettings>

namespace ra::gui {

namespace {
const QString LanguageKey = QStringLiteral("language");
}

RecoveryWizard::RecoveryWizard(RecoverySession *session, DialogHooks *hooks, QWidget *parent)
    : QWizard(parent), m_session(session), m_hooks(hooks)
{
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

    setPage(StartPageId, new StartPage(this));
    setPage(DetectPageId, new DetectPage(this));
    m_keyPage = new KeyPage(this);
    setPage(KeyPageId, m_keyPage);
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(RepairPageId, new RepairPage(this));
    setPage(TicketPageId, new TicketPage(this));
    setStartId(StartPageId);

    // The remembered language, else the one already chosen; installed either way so that
    // English plural forms come from the English catalogue too.
    ra::installAppTranslator(languageFromCode(QSettings().value(LanguageKey).toString(), uiLanguage()));
    m_session->setTicketLanguage(uiLanguage());
    retranslate();

    // Fits a 1366×768 screen (and 200 % scaling of a larger one) with room for the panel.
    QSize size(920, 660);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

RecoveryWizard::~RecoveryWizard() = default;

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

bool RecoveryWizard::openSelectedVolume(const UnlockMaterial &material, ReadOnlyNotice *notice, StatusMessage *message)
{
    message->clear();
    const Status opened = m_session->openOrConfirmReadOnly(material, notice->isShowing(), notice->removeHiberfile());
    if (!opened && opened.error().kind == ErrorKind::ReadOnly) {
        notice->showReason(m_session->readOnlyReason());
        return false;
    }
    notice->reset();
    if (!opened)
        message->showError(opened.error().message);
    return opened.ok();
}

void RecoveryWizard::startNextMachine()
{
    m_keyPage->clearSecrets();
    m_session->reset();
    restart();
}

void RecoveryWizard::reject()
{
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
