// SPDX-License-Identifier: GPL-3.0-or-later
// The phone route, pages 6-7: delete and continue, the outcome; the ticket.
#include "phone/phonepages.h"
#include "phone/phonewidgets.h"

#include "domain/finding.h"
#include "domain/guidescript.h"
#include "guidepdf.h"
#include "widgets/dialoghooks.h"
#include "widgets/keyfileloader.h"
#include "widgets/statusmessage.h"
#include "wizardflow.h"
#include "workflow/guidesession.h"
#include "workflow/guidesheet.h"
#include "workflow/recoverysession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace ra::gui {

using namespace phone;

// ---------------------------------------------------------------------------------------------

PhoneFinishPage::PhoneFinishPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneFinishPage"));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summary = wrapped(this, QStringLiteral("phoneFaultySummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    addStep(layout, QStringLiteral("delete-files"), QStringLiteral("phoneDelete"));
    m_safeModeOff = addBranch(layout, QStringLiteral("safe-mode"), QStringLiteral("phoneSafeModeOff"));
    addStep(layout, QStringLiteral("restart"), QStringLiteral("phoneRestart"));
    m_outcomeLabel = wrapped(this, QStringLiteral("phoneOutcomeLabel"));
    m_outcomeLabel->setFont(bold);
    layout->addWidget(m_outcomeLabel);
    m_fixedRadio = new QRadioButton(this);
    m_fixedRadio->setObjectName(QStringLiteral("phoneFixedRadio"));
    m_crashingRadio = new QRadioButton(this);
    m_crashingRadio->setObjectName(QStringLiteral("phoneStillCrashingRadio"));
    m_unfinishedRadio = new QRadioButton(this);
    m_unfinishedRadio->setObjectName(QStringLiteral("phoneUnfinishedRadio"));
    for (QRadioButton *r : {m_fixedRadio, m_crashingRadio, m_unfinishedRadio}) {
        layout->addWidget(r);
        connect(r, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    }
    m_restartsText = addBranch(layout, QStringLiteral("restarts"), QStringLiteral("phoneRestartsBranch"));
    m_safebootText = addBranch(layout, QStringLiteral("safeboot-left"), QStringLiteral("phoneSafebootLeftBranch"));
    layout->addStretch(1);
    connect(m_crashingRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_restartsText->setVisible(on);
        if (on)
            reveal(m_restartsText);
    });
    retranslate();
}

void PhoneFinishPage::retranslate()
{
    setTitle(tr("Phone: delete, restart, and how it ended"));
    // The case is written next: no way back into it from the ticket.
    setButtonText(QWizard::CommitButton, tr("Wri&te the ticket"));
    const auto &files = guide().reportedFiles();
    const int faulty = int(std::count_if(files.cbegin(), files.cend(), [](const Finding &f) { return f.verdict == Verdict::Faulty; }));
    m_summary->setText(files.isEmpty() ? tr("The user reported no channel file 291.")
                                       : tr("%n file(s) reported; faulty: %1.", nullptr, int(files.size())).arg(faulty));
    m_outcomeLabel->setText(tr("How did it end?"));
    m_fixedRadio->setText(tr("&Windows started normally: fixed"));
    m_crashingRadio->setText(tr("It &still stops with a blue screen"));
    m_unfinishedRadio->setText(tr("&Not finished (the call ended, no key, no administrator)"));
    refreshStep(QStringLiteral("delete-files"));
    refreshStep(QStringLiteral("restart"));
    refreshBranch(m_safeModeOff, QStringLiteral("safe-mode"), 2, 2);
    refreshBranch(m_restartsText, QStringLiteral("restarts"));
    refreshBranch(m_safebootText, QStringLiteral("safeboot-left"));
}

void PhoneFinishPage::initializePage()
{
    for (QRadioButton *r : {m_fixedRadio, m_crashingRadio, m_unfinishedRadio}) {
        r->setAutoExclusive(false);
        r->setChecked(false);
        r->setAutoExclusive(true);
    }
    m_safeModeOff->setVisible(guide().safeModeRoute());
    m_restartsText->setVisible(false);
    retranslate();
    QTimer::singleShot(0, this, [this] { m_fixedRadio->setFocus(Qt::OtherFocusReason); });
}

bool PhoneFinishPage::isComplete() const
{
    return m_fixedRadio->isChecked() || m_crashingRadio->isChecked() || m_unfinishedRadio->isChecked();
}

bool PhoneFinishPage::validatePage()
{
    GuideSession &g = guide();
    // A branch that applies goes into the ticket's next steps, in both languages.
    const auto branchStep = [&g](const QString &id) {
        LocalizedText text;
        const GuideValues v = g.values(false);
        if (const GuideBranch *b = g.script().branch(id))
            for (const GuideBranchStep &s : b->steps) {
                text.en += (text.en.isEmpty() ? QString() : QStringLiteral(" ")) + v.fill(s.text.en);
                text.ja += v.fill(s.text.ja);
            }
        return text;
    };
    if (g.safeModeRoute())
        g.addNextStep(branchStep(QStringLiteral("safeboot-left")));  // Safe Mode must not stay on
    if (m_fixedRadio->isChecked()) {
        g.recordAnswer(QStringLiteral("restart"), QStringLiteral("Windows started"));
        g.finish(true);
    } else if (m_crashingRadio->isChecked()) {
        g.addNextStep(branchStep(QStringLiteral("restarts")));
        g.finish(false, tr("The machine still stops with a blue screen after the guide."));
    } else {
        g.finish(false, tr("The guide was not finished."));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

PhoneTicketPage::PhoneTicketPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneTicketPage"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_intro = wrapped(this, QStringLiteral("phoneTicketIntro"));
    layout->addWidget(m_intro);
    auto *row = new QHBoxLayout;
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("phoneTicketFormatCombo"));
    m_formatLabel->setBuddy(m_format);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("phoneTicketLanguageCombo"));
    m_language->addItem(QStringLiteral("日本語"), languageCode(Language::Japanese));
    m_language->addItem(QStringLiteral("English"), languageCode(Language::English));
    m_languageLabel->setBuddy(m_language);
    row->addWidget(m_formatLabel);
    row->addWidget(m_format);
    row->addWidget(m_languageLabel);
    row->addWidget(m_language);
    row->addStretch(1);
    layout->addLayout(row);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("phoneTicketPreview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_preview, 1);
    auto *buttons = new QHBoxLayout;
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("phoneCopyTicketButton"));
    m_nextCallButton = new QPushButton(this);
    m_nextCallButton->setObjectName(QStringLiteral("phoneNextCallButton"));
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_nextCallButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = new StatusMessage(this);
    m_message->setObjectName(QStringLiteral("phoneTicketMessage"));
    layout->addWidget(m_message);

    connect(m_format, &QComboBox::currentIndexChanged, this, &PhoneTicketPage::render);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setTicketLanguage(ticketLanguage());
        render();
    });
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_preview->toPlainText());
        m_message->showSuccess(tr("The ticket is on the clipboard: paste it into your helpdesk system."));
    });
    connect(m_nextCallButton, &QPushButton::clicked, this, [this] { m_flow->startNextMachine(); });
    retranslate();
}

void PhoneTicketPage::retranslate()
{
    setTitle(tr("Phone: ticket"));
    m_intro->setText(tr("The case is saved. Copy this summary into your helpdesk ticket: it names the Key ID that "
                        "was read aloud (rotate that key), never the key."));
    m_formatLabel->setText(tr("Fo&rmat:"));
    m_languageLabel->setText(tr("Lan&guage of the ticket:"));
    m_format->setAccessibleName(tr("Ticket format"));
    m_language->setAccessibleName(tr("Language of the ticket"));
    m_preview->setAccessibleName(tr("Ticket text"));
    m_copyButton->setText(tr("&Copy to clipboard"));
    m_nextCallButton->setText(tr("Next ca&ll"));
    {
        const QSignalBlocker blocker(m_format);
        const int index = qMax(0, m_format->currentIndex());
        m_format->clear();
        m_format->addItem(tr("Plain text"), int(TicketFormat::Text));
        m_format->addItem(tr("Markdown (Jira, GitHub)"), int(TicketFormat::Markdown));
        m_format->addItem(tr("JSON (for tools)"), int(TicketFormat::Json));
        m_format->setCurrentIndex(index);
    }
    if (wizard() && wizard()->currentPage() == this)
        render();
}

Language PhoneTicketPage::ticketLanguage() const
{
    return languageFromCode(m_language->currentData().toString());
}

void PhoneTicketPage::initializePage()
{
    m_message->clear();
    {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(m_language->findData(languageCode(m_session->ticketLanguage())));
    }
    m_preview->clear();
    GuideSession *g = &guide();
    const QString casesDir = m_session->casesDir();
    const Language language = ticketLanguage();
    // The case store may be on the network: off the UI thread, not cancellable.
    m_flow->runBusy(
        this, tr("Writing the case folder…"), [g, casesDir, language] { return g->close(casesDir, language); },
        [this](const Status &closed, bool) {
            if (!closed)
                m_message->showError(closed.error().message);
            render();
            QTimer::singleShot(0, m_copyButton, [this] { m_copyButton->setFocus(Qt::OtherFocusReason); });
        },
        false);
}

void PhoneTicketPage::render()
{
    m_preview->setPlainText(guide().ticket(TicketFormat(m_format->currentData().toInt()), ticketLanguage()));
}

QString PhoneTicketPage::previewText() const
{
    return m_preview->toPlainText();
}

}  // namespace ra::gui
