// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/ticketpage.h"

#include "widgets/dialoghooks.h"
#include "wizardflow.h"
#include "workflow/casefolder.h"
#include "workflow/recoverysession.h"
#include "ui_ticketpage.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QTimer>
#include <QUrl>

namespace ra::gui {

TicketPage::TicketPage(RecoverySession &recoverySession, DialogHooks &dialogHooks, WizardFlow &wizardFlow,
                       QWidget *parent)
    : QWizardPage(parent), ui(std::make_unique<Ui::TicketPage>()), m_session(&recoverySession), m_hooks(&dialogHooks), m_flow(&wizardFlow)
{
    ui->setupUi(this);
    setFinalPage(true);
    ui->preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fillCombos();
    connect(ui->formatCombo, &QComboBox::currentIndexChanged, this, &TicketPage::render);
    connect(ui->ticketLanguageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setTicketLanguage(ticketLanguage());
        render();
    });
    connect(ui->copyButton, &QPushButton::clicked, this, &TicketPage::copyToClipboard);
    connect(ui->saveButton, &QPushButton::clicked, this, &TicketPage::saveAs);
    connect(ui->openFolderButton, &QPushButton::clicked, this, &TicketPage::openCaseFolder);
    connect(ui->nextMachineButton, &QPushButton::clicked, this, [this] { m_flow->startNextMachine(); });
}

TicketPage::~TicketPage() = default;

void TicketPage::fillCombos()
{
    const QSignalBlocker formatBlocker(ui->formatCombo);
    const QSignalBlocker languageBlocker(ui->ticketLanguageCombo);
    const int format = qMax(0, ui->formatCombo->currentIndex());
    ui->formatCombo->clear();
    ui->formatCombo->addItem(tr("Plain text"), int(TicketFormat::Text));
    ui->formatCombo->addItem(tr("Markdown (Jira, GitHub)"), int(TicketFormat::Markdown));
    ui->formatCombo->addItem(tr("JSON (for tools)"), int(TicketFormat::Json));
    ui->formatCombo->setCurrentIndex(format);
    if (ui->ticketLanguageCombo->count() == 0) {
        ui->ticketLanguageCombo->addItem(QStringLiteral("日本語"), languageCode(Language::Japanese));
        ui->ticketLanguageCombo->addItem(QStringLiteral("English"), languageCode(Language::English));
    }
}

void TicketPage::initializePage()
{
    ui->message->clear();
    m_copied.clear();
    RecoverySession *session = m_session;
    {
        const QSignalBlocker blocker(ui->ticketLanguageCombo);
        ui->ticketLanguageCombo->setCurrentIndex(
            ui->ticketLanguageCombo->findData(languageCode(session->ticketLanguage())));
    }
    const auto ready = [this] {
        render();
        // After QWizard has placed the focus on the page: start on the most common action.
        QTimer::singleShot(0, ui->copyButton, [this] { ui->copyButton->setFocus(Qt::OtherFocusReason); });
    };
    if (session->state() == RecoverySession::State::Closed) {
        ready();
        return;
    }
    // Unmounting and locking can take a while on a slow disk: off the UI thread, not cancellable
    // (the disk must be released either way).
    ui->preview->clear();
    m_flow->runBusy(
        this, tr("Releasing the disk and writing the case folder…"), [session] { return session->close(); },
        [this, ready](const Status &closed, bool) {
            if (!closed)
                ui->message->showError(closed.error().message);
            ready();
        },
        false);
}

int TicketPage::nextId() const
{
    return -1;
}

TicketFormat TicketPage::format() const
{
    return TicketFormat(ui->formatCombo->currentData().toInt());
}

Language TicketPage::ticketLanguage() const
{
    return languageFromCode(ui->ticketLanguageCombo->currentData().toString());
}

QString TicketPage::previewText() const
{
    return ui->preview->toPlainText();
}

void TicketPage::render()
{
    const QString text = m_session->ticket(format(), ticketLanguage());
    ui->preview->setPlainText(text);
    // Another format or language than the one copied: the clipboard no longer holds what shows.
    if (!m_copied.isEmpty() && m_copied != text) {
        m_copied.clear();
        ui->message->showInfo(tr("The clipboard still holds the earlier version: press Copy to put this one there."));
    }
}

void TicketPage::copyToClipboard()
{
    m_copied = m_session->ticket(format(), ticketLanguage());
    QGuiApplication::clipboard()->setText(m_copied);
    ui->message->showSuccess(tr("The ticket is on the clipboard: paste it into your helpdesk system."));
}

void TicketPage::saveAs()
{
    const RecoverySession *session = m_session;
    const Case &c = session->currentCase();
    const QString suggested = QDir::homePath() + u'/' + c.id + u'.' + Ticket::fileSuffix(format());
    const QString path = m_hooks->saveFileName(this, tr("Save the ticket"), suggested,
                                                         tr("Ticket (*.%1)").arg(Ticket::fileSuffix(format())));
    if (path.isEmpty())
        return;
    const Status saved = CaseFolder::saveTicket(path, session->currentCase(), session->playbook(), format(), ticketLanguage());
    if (saved)
        ui->message->showSuccess(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    else
        ui->message->showError(saved.error().message);
}

void TicketPage::openCaseFolder()
{
    const QString folder = m_session->currentCase().folder;
    if (folder.isEmpty() || !m_hooks->openUrl(QUrl::fromLocalFile(folder)))
        ui->message->showError(tr("The case folder could not be opened. It is: %1").arg(QDir::toNativeSeparators(folder)));
}

void TicketPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillCombos();
        const QSignalBlocker blocker(ui->ticketLanguageCombo);
        ui->ticketLanguageCombo->setCurrentIndex(
            ui->ticketLanguageCombo->findData(languageCode(m_session->ticketLanguage())));
        if (wizard()->currentId() == WizardFlow::TicketPageId)
            render();
    }
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
