// SPDX-License-Identifier: GPL-3.0-or-later
// The phone route, pages 1-3: the key found, into the Command Prompt, the drive letter.
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

PhoneKeyPage::PhoneKeyPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneKeyPage"));
    auto *layout = new QVBoxLayout(this);
    m_intro = wrapped(this, QStringLiteral("phoneIntro"));
    layout->addWidget(m_intro);

    auto *form = new QGridLayout;
    m_userLabel = new QLabel(this);
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("phoneUserEdit"));
    m_userLabel->setBuddy(m_userEdit);
    m_windowsLabel = new QLabel(this);
    m_windowsLanguage = new QComboBox(this);
    m_windowsLanguage->setObjectName(QStringLiteral("phoneWindowsLanguageCombo"));
    // Language names in their own language, never translated.
    m_windowsLanguage->addItem(QStringLiteral("日本語"), languageCode(Language::Japanese));
    m_windowsLanguage->addItem(QStringLiteral("English"), languageCode(Language::English));
    m_windowsVersion = new QComboBox(this);
    m_windowsVersion->setObjectName(QStringLiteral("phoneWindowsVersionCombo"));
    m_windowsVersion->addItem(QStringLiteral("Windows 11"), 11);
    m_windowsVersion->addItem(QStringLiteral("Windows 10"), 10);
    m_windowsLabel->setBuddy(m_windowsLanguage);
    form->addWidget(m_userLabel, 0, 0);
    form->addWidget(m_userEdit, 0, 1, 1, 2);
    form->addWidget(m_windowsLabel, 1, 0);
    form->addWidget(m_windowsLanguage, 1, 1);
    form->addWidget(m_windowsVersion, 1, 2);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(2, 1);
    layout->addLayout(form);

    addStep(layout, QStringLiteral("recovery-screen"), QStringLiteral("phoneRecoveryScreen"));
    m_lookup = new KeyLookupBox(QStringLiteral("phone"), session, hooks, flow, this);
    layout->addWidget(m_lookup);
    m_found = wrapped(this, QStringLiteral("phoneKeyFound"));
    QFont big = monoFont(1.6);
    big.setBold(true);
    m_found->setFont(big);
    m_found->setStyleSheet(QStringLiteral("QLabel { color: #1e4620; }"));
    layout->addWidget(m_found);

    m_noKey = new QWidget(this);
    m_noKey->setObjectName(QStringLiteral("phoneNoKey"));
    auto *noKeyLayout = new QVBoxLayout(m_noKey);
    noKeyLayout->setContentsMargins(0, 0, 0, 0);
    m_safeModeText = addBranch(noKeyLayout, QStringLiteral("safe-mode"), QStringLiteral("phoneSafeModeBranch"));
    m_safeModeCheck = new QCheckBox(m_noKey);
    m_safeModeCheck->setObjectName(QStringLiteral("phoneSafeModeCheck"));
    noKeyLayout->addWidget(m_safeModeCheck);
    layout->addWidget(m_noKey);
    m_noKey->setVisible(false);

    // The whole guide for a chat message, an e-mail or paper: the key masked, always.
    auto *sheetRow = new QHBoxLayout;
    m_copyGuideButton = new QPushButton(this);
    m_copyGuideButton->setObjectName(QStringLiteral("phoneCopyGuideButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("phoneGuidePdfButton"));
    sheetRow->addWidget(m_copyGuideButton);
    sheetRow->addWidget(m_pdfButton);
    sheetRow->addStretch(1);
    layout->addLayout(sheetRow);
    m_sheetMessage = new StatusMessage(this);
    m_sheetMessage->setObjectName(QStringLiteral("phoneGuideSheetMessage"));
    layout->addWidget(m_sheetMessage);
    layout->addStretch(1);
    connect(m_copyGuideButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(GuideSheet::render(sheetInput(), GuideFormat::Text));
        m_sheetMessage->showSuccess(tr("The guide is on the clipboard (the key masked): paste it into a chat or an e-mail."));
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = m_hooks->saveFileName(this, tr("Save the guide as PDF"),
                                                   QDir::homePath() + QStringLiteral("/winre-guide.pdf"),
                                                   tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const GuideSheetInput input = sheetInput();
        const Status written = GuidePdf::write(GuideSheet::render(input, GuideFormat::Html),
                                               guide().script().title.text(uiLanguage()), path);
        if (written)
            m_sheetMessage->showSuccess(tr("Saved as %1 (the key masked).").arg(QDir::toNativeSeparators(path)));
        else
            m_sheetMessage->showError(written.error().message);
    });

    connect(m_windowsLanguage, &QComboBox::currentIndexChanged, this, &PhoneKeyPage::windowsChanged);
    connect(m_windowsVersion, &QComboBox::currentIndexChanged, this, &PhoneKeyPage::windowsChanged);
    connect(m_lookup, &KeyLookupBox::found, this, [this] {
        m_safeModeCheck->setChecked(false);
        m_noKey->setVisible(false);
        refreshStep(QStringLiteral("recovery-screen"));  // the Key ID in full, to compare
        showFound();
        emit completeChanged();
        // The answer is in: Next is the natural key.
        if (wizard() && wizard()->button(QWizard::NextButton))
            wizard()->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
    });
    connect(m_lookup, &KeyLookupBox::notFound, this, [this] {
        showFound();
        m_noKey->setVisible(!guide().hasKey());
        emit completeChanged();
    });
    connect(m_safeModeCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_lookup->edit(), &QLineEdit::textEdited, this, [this] { m_found->clear(); });
    retranslate();
}

void PhoneKeyPage::retranslate()
{
    setTitle(tr("Phone: the BitLocker recovery screen"));
    m_intro->setText(tr("Guide the user through Windows' own recovery screens. Choose how the user's Windows shows "
                        "its screens; what to say is in your language."));
    m_userLabel->setText(tr("The &user's name:"));
    m_userEdit->setPlaceholderText(tr("Written on the ticket"));
    m_userEdit->setAccessibleName(tr("The user's name"));
    m_windowsLabel->setText(tr("The user's &Windows:"));
    m_windowsLanguage->setAccessibleName(tr("Language of the user's Windows"));
    m_windowsVersion->setAccessibleName(tr("Version of the user's Windows"));
    m_lookup->setPrompt(tr("&Key ID as the user reads it (its first 8 characters), or the computer name:"));
    m_lookup->retranslate();
    m_safeModeCheck->setText(tr("No key: go on by the &Safe Mode route (TPM only, a local administrator)"));
    m_copyGuideButton->setText(tr("Copy the whole guide as &text"));
    m_pdfButton->setText(tr("Save the guide as P&DF…"));
    refreshStep(QStringLiteral("recovery-screen"));
    refreshBranch(m_safeModeText, QStringLiteral("safe-mode"));
    showFound();
}

void PhoneKeyPage::initializePage()
{
    {
        const QSignalBlocker a(m_windowsLanguage);
        const QSignalBlocker b(m_windowsVersion);
        m_windowsLanguage->setCurrentIndex(m_windowsLanguage->findData(languageCode(guide().windowsLanguage())));
        m_windowsVersion->setCurrentIndex(guide().windowsVersion() == WindowsVersion::Windows10 ? 1 : 0);
    }
    // Only ever entered from the start page: a new call, a new case.
    guide().restart();
    m_lookup->reset();
    m_userEdit->clear();
    m_found->clear();
    m_safeModeCheck->setChecked(false);
    m_noKey->setVisible(false);
    m_sheetMessage->clear();
    retranslate();
    QTimer::singleShot(0, this, [this] {
        QLineEdit *first = m_userEdit->text().trimmed().isEmpty() ? m_userEdit : m_lookup->edit();
        first->setFocus(Qt::OtherFocusReason);
    });
}

GuideSheetInput PhoneKeyPage::sheetInput()
{
    windowsChanged();
    const GuideSession &g = guide();
    GuideSheetInput input;
    input.script = &g.script();
    input.values = g.values(false);
    input.technician = uiLanguage();
    input.windows = g.windowsLanguage();
    input.version = g.windowsVersion();
    input.keyId = g.keyId();
    input.host = g.host();
    if (g.hasKey())
        input.keyGroups = g.key().masked().split(u'-');
    return input;
}

void PhoneKeyPage::cleanupPage()
{
    // Back to the start page: the call is abandoned, the key it looked up goes.
    guide().restart();
    m_lookup->reset();
    m_found->clear();
}

void PhoneKeyPage::windowsChanged()
{
    guide().setWindows(languageFromCode(m_windowsLanguage->currentData().toString()),
                       m_windowsVersion->currentData().toInt() == 10 ? WindowsVersion::Windows10
                                                                     : WindowsVersion::Windows11);
    refreshStep(QStringLiteral("recovery-screen"));
}

void PhoneKeyPage::showFound()
{
    const GuideSession &g = guide();
    if (!g.hasKey()) {
        m_found->clear();
        return;
    }
    m_found->setText(g.host().isEmpty() ? tr("Key ID %1").arg(g.keyId())
                                        : tr("Key ID %1 — computer %2").arg(g.keyId(), g.host()));
}

bool PhoneKeyPage::isComplete() const
{
    return guide().hasKey() || m_safeModeCheck->isChecked();
}

bool PhoneKeyPage::validatePage()
{
    GuideSession &g = guide();
    g.setRemoteUser(m_userEdit->text());
    windowsChanged();
    g.setSafeModeRoute(!g.hasKey() && m_safeModeCheck->isChecked());
    g.recordAnswer(QStringLiteral("recovery-screen"),
                   g.hasKey() ? QStringLiteral("Key ID %1").arg(g.keyId()) : QStringLiteral("no key"));
    return true;
}

int PhoneKeyPage::nextId() const
{
    return WizardFlow::PhoneNavigatePageId;
}

// ---------------------------------------------------------------------------------------------

namespace {
const QStringList NavigateSteps{QStringLiteral("skip-drive"), QStringLiteral("troubleshoot"),
                                QStringLiteral("advanced-options"), QStringLiteral("command-prompt")};
}

PhoneNavigatePage::PhoneNavigatePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneNavigatePage"));
    auto *layout = new QVBoxLayout(this);
    int n = 0;
    for (const QString &id : NavigateSteps) {
        ++n;
        addStep(layout, id, QStringLiteral("phoneNavigate%1").arg(n), n);
        auto *check = new QCheckBox(this);
        check->setObjectName(QStringLiteral("phoneNavigateCheck%1").arg(n));
        layout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        m_checks.append(check);
    }
    m_safeModeHeading = wrapped(this, QStringLiteral("phoneSafeModeHeading"));
    layout->addWidget(m_safeModeHeading);
    m_safeModeText = addBranch(layout, QStringLiteral("safe-mode"), QStringLiteral("phoneSafeModeStart"));
    layout->addStretch(1);
    retranslate();
}

void PhoneNavigatePage::retranslate()
{
    setTitle(tr("Phone: into the Command Prompt"));
    for (int i = 0; i < NavigateSteps.size(); ++i) {
        refreshStep(NavigateSteps.at(i));
        const GuideStep *s = step(NavigateSteps.at(i));
        const QString answer = s ? guide().script().withScreenWords(s->answerPrompt.text(uiLanguage()), uiLanguage(),
                                                                  guide().windowsLanguage(), guide().windowsVersion())
                                 : QString();
        m_checks.at(i)->setText(QString(answer).replace(u'&', QStringLiteral("&&")));
    }
    m_safeModeHeading->setText(tr("Safe Mode route (no key): in the Command Prompt, switch Safe Mode on:"));
    refreshBranch(m_safeModeText, QStringLiteral("safe-mode"), 0, 0);
}

void PhoneNavigatePage::initializePage()
{
    for (QCheckBox *c : std::as_const(m_checks))
        c->setChecked(false);
    const bool safeMode = guide().safeModeRoute();
    m_safeModeHeading->setVisible(safeMode);
    m_safeModeText->setVisible(safeMode);
    retranslate();
    QTimer::singleShot(0, this, [this] { m_checks.first()->setFocus(Qt::OtherFocusReason); });
}

bool PhoneNavigatePage::isComplete() const
{
    // The last answer is what counts: the black Command Prompt window is open.
    return m_checks.last()->isChecked();
}

bool PhoneNavigatePage::validatePage()
{
    for (int i = 0; i < NavigateSteps.size(); ++i)
        if (m_checks.at(i)->isChecked())
            guide().recordAnswer(NavigateSteps.at(i), QStringLiteral("done"));
    return true;
}

int PhoneNavigatePage::nextId() const
{
    // Safe Mode: Windows itself runs next, on C:, and no key is read.
    return guide().safeModeRoute() ? WizardFlow::PhoneFilesPageId : WizardFlow::PhoneDrivePageId;
}

// ---------------------------------------------------------------------------------------------

PhoneDrivePage::PhoneDrivePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneDrivePage"));
    auto *layout = new QVBoxLayout(this);
    addStep(layout, QStringLiteral("find-drive"), QStringLiteral("phoneDrive"));
    auto *row = new QHBoxLayout;
    m_driveLabel = new QLabel(this);
    m_driveLabel->setWordWrap(true);
    m_driveEdit = new QLineEdit(this);
    m_driveEdit->setObjectName(QStringLiteral("phoneDriveEdit"));
    m_driveEdit->setMaxLength(3);
    m_driveEdit->setFont(monoFont(1.6));
    m_driveEdit->setMaximumWidth(m_driveEdit->fontMetrics().horizontalAdvance(QStringLiteral("MMMMM")));
    m_driveLabel->setBuddy(m_driveEdit);
    row->addWidget(m_driveLabel, 1);
    row->addWidget(m_driveEdit);
    layout->addLayout(row);
    m_message = new StatusMessage(this);
    m_message->setObjectName(QStringLiteral("phoneDriveMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_driveEdit, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        emit completeChanged();
    });
    retranslate();
}

void PhoneDrivePage::retranslate()
{
    setTitle(tr("Phone: which letter has the locked drive?"));
    const GuideStep *s = step(QStringLiteral("find-drive"));
    m_driveLabel->setText(tr("&Drive letter — %1:").arg(s ? s->answerPrompt.text(uiLanguage()) : QString()));
    m_driveEdit->setAccessibleName(tr("Drive letter"));
    refreshStep(QStringLiteral("find-drive"));
}

void PhoneDrivePage::initializePage()
{
    m_driveEdit->setText(guide().drive().left(1));
    m_message->clear();
    retranslate();
    QTimer::singleShot(0, this, [this] {
        m_driveEdit->setFocus(Qt::OtherFocusReason);
        m_driveEdit->selectAll();
    });
}

bool PhoneDrivePage::isComplete() const
{
    return !m_driveEdit->text().trimmed().isEmpty();
}

bool PhoneDrivePage::validatePage()
{
    if (const Status set = guide().setDrive(m_driveEdit->text()); !set) {
        m_message->showError(set.error().message);
        m_driveEdit->selectAll();
        return false;
    }
    return true;
}

}  // namespace ra::gui
