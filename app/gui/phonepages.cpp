// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonepages.h"

#include "dialoghooks.h"
#include "keyfileloader.h"
#include "statusmessage.h"
#include "wizardflow.h"
#include "domain/finding.h"
#include "domain/guidescript.h"
#include "guidepdf.h"
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

namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *framed(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrapped(parent, objectName);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fffde7; color: #1a1a1a; border: 1px solid #c9b458; "
                                        "border-radius: 4px; padding: 8px; }"));
    return label;
}

// Enter in a field runs the field's action and stops there: it must not also press the wizard's
// default button (Next), which would leave the page after the first line typed.
class EnterFilter : public QObject {
public:
    EnterFilter(QLineEdit *edit, std::function<void()> action) : QObject(edit), m_action(std::move(action))
    {
        edit->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        m_action();
        return true;
    }

private:
    std::function<void()> m_action;
};

void onEnter(QLineEdit *edit, std::function<void()> action)
{
    new EnterFilter(edit, std::move(action));
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

}  // namespace

// ---------------------------------------------------------------------------------------------

KeyLookupBox::KeyLookupBox(const QString &prefix, RecoverySession &session, DialogHooks &hooks, WizardFlow &flow,
                           QWidget *parent)
    : QWidget(parent), m_session(&session), m_hooks(&hooks), m_flow(&flow), m_prompt(new QLabel(this)),
      m_edit(new QLineEdit(this)), m_lookupButton(new QPushButton(this)), m_loadButton(new QPushButton(this)),
      m_count(new QLabel(this)), m_message(new StatusMessage(this))
{
    setObjectName(prefix + QStringLiteral("KeyLookup"));
    m_edit->setObjectName(prefix + QStringLiteral("KeyIdEdit"));
    m_lookupButton->setObjectName(prefix + QStringLiteral("LookupButton"));
    m_loadButton->setObjectName(prefix + QStringLiteral("LoadExportButton"));
    m_count->setObjectName(prefix + QStringLiteral("ExportCount"));
    m_message->setObjectName(prefix + QStringLiteral("KeyMessage"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_edit);
    m_count->setWordWrap(true);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF() * 1.4);
    m_edit->setFont(mono);
    m_edit->setMaxLength(64);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_lookupButton);
    layout->addLayout(row);
    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadButton);
    loadRow->addWidget(m_count, 1);
    layout->addLayout(loadRow);
    layout->addWidget(m_message);

    onEnter(m_edit, [this] { lookUp(); });
    connect(m_lookupButton, &QPushButton::clicked, this, &KeyLookupBox::lookUp);
    connect(m_loadButton, &QPushButton::clicked, this, &KeyLookupBox::loadExport);
    retranslate();
}

void KeyLookupBox::retranslate()
{
    m_lookupButton->setText(tr("L&ook up"));
    m_loadButton->setText(tr("Load key e&xport…"));
    m_edit->setAccessibleName(tr("Key ID or computer name"));
    m_edit->setPlaceholderText(tr("For example 64311DEA, or the computer name"));
    showCount();
}

void KeyLookupBox::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

void KeyLookupBox::reset()
{
    m_edit->clear();
    m_message->clear();
    showCount();
}

void KeyLookupBox::showCount()
{
    const int keys = m_session->exportKeyCount();
    m_count->setText(keys == 0 ? tr("No key export loaded yet.")
                               : tr("%n key(s) loaded (kept in memory only).", nullptr, keys));
}

void KeyLookupBox::lookUp()
{
    GuideSession &guide = m_flow->guide();
    guide.useExports(&m_session->keyExports());
    if (m_session->exportKeyCount() == 0) {
        m_message->showError(tr("Load the key export (or key bundle) first: the key is looked up there."));
        m_loadButton->setFocus(Qt::OtherFocusReason);
        emit notFound();
        return;
    }
    const auto matches = guide.findKey(m_edit->text());
    if (!matches) {
        m_message->showError(matches.error().message);
        m_edit->selectAll();
        emit notFound();
        return;
    }
    if (*matches > 1)
        m_message->showInfo(tr("%n keys match; the newest is used. Compare the whole Key ID with the user.", nullptr,
                               *matches));
    else
        m_message->clear();
    emit found();
}

void KeyLookupBox::loadExport()
{
    // A key export, or a key bundle with its passphrase, read off the UI thread (KeyFileLoader).
    QWizardPage *page = nullptr;
    for (QWidget *w = parentWidget(); w && !page; w = w->parentWidget())
        page = qobject_cast<QWizardPage *>(w);
    if (!page)
        return;
    KeyFileLoader::choose(page, *m_session, *m_hooks, *m_flow, [this](const Status &loaded, const QString &) {
        if (!loaded) {
            m_message->showError(loaded.error().message);
            return;
        }
        m_message->clear();
        showCount();
        if (!m_edit->text().trimmed().isEmpty())
            lookUp();
        else
            m_edit->setFocus(Qt::OtherFocusReason);
    });
}

// ---------------------------------------------------------------------------------------------

GuidePage::GuidePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : QWizardPage(parent), m_session(&session), m_hooks(&hooks), m_flow(&flow)
{
}

GuideSession &GuidePage::guide() const
{
    return m_flow->guide();
}

const GuideStep *GuidePage::step(const QString &id) const
{
    return guide().script().step(id);
}

const GuideBranch *GuidePage::branch(const QString &id) const
{
    return guide().script().branch(id);
}

QString GuidePage::fill(const QString &text) const
{
    return guide().values(false).fill(text);
}

QFont GuidePage::monoFont(double scale)
{
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF() * scale);
    return mono;
}

QWidget *GuidePage::addStep(QVBoxLayout *layout, const QString &stepId, const QString &objectPrefix, int number)
{
    auto *box = new QWidget(this);
    box->setObjectName(objectPrefix + QStringLiteral("Step"));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 4, 0, 4);
    StepWidgets w;
    w.id = stepId;
    w.number = number;
    w.heading = wrapped(box, objectPrefix + QStringLiteral("Heading"));
    QFont bold = w.heading->font();
    bold.setBold(true);
    w.heading->setFont(bold);
    w.screen = wrapped(box, objectPrefix + QStringLiteral("Screen"));
    w.say = wrapped(box, objectPrefix + QStringLiteral("Say"));
    w.command = wrapped(box, objectPrefix + QStringLiteral("Command"));
    w.command->setTextFormat(Qt::RichText);
    w.notes = wrapped(box, objectPrefix + QStringLiteral("Notes"));
    w.notes->setStyleSheet(QStringLiteral("QLabel { color: #7a4d00; }"));
    for (QLabel *l : {w.heading, w.screen, w.say, w.command, w.notes})
        v->addWidget(l);
    layout->addWidget(box);
    m_steps.append(w);
    return box;
}

void GuidePage::refreshStep(const QString &stepId)
{
    const GuideStep *s = step(stepId);
    for (const StepWidgets &w : std::as_const(m_steps)) {
        if (w.id != stepId)
            continue;
        if (!s) {
            w.heading->setText(tr("This step is missing from the guide's data (%1).").arg(stepId));
            continue;
        }
        const GuideSession &g = guide();
        const Language windows = g.windowsLanguage();
        const QString version = g.windowsVersion() == WindowsVersion::Windows10 ? QStringLiteral("Windows 10")
                                                                                 : QStringLiteral("Windows 11");
        const QString language = windows == Language::Japanese ? QStringLiteral("日本語") : QStringLiteral("English");
        w.heading->setText(w.number > 0 ? tr("Step %1 — the user's screen (%2, %3):").arg(w.number).arg(version, language)
                                        : tr("The user's screen (%1, %2):").arg(version, language));
        w.screen->setText(fill(s->screen(g.windowsVersion()).text(windows)));
        // The Command Prompt is black (its screens start with a prompt, "X:\...>"); the recovery
        // screens are blue.
        // A one-line answer right after a command (manage-bde's "unlocked") is the console's too.
        static const QRegularExpression prompt(QStringLiteral("^(\\{drive\\}|[A-Z]:)[^\\n]*>"));
        const QString shown = s->screen(g.windowsVersion()).en;
        bool console = prompt.match(shown).hasMatch();
        const QList<GuideStep> &all = g.script().steps;
        for (qsizetype i = 1; i < all.size() && !console; ++i)
            if (all.at(i).id == stepId)
                console = s->command.isEmpty() && !all.at(i - 1).command.isEmpty() && !shown.contains(u'\n');
        w.screen->setFont(console ? monoFont(1.1) : QFont());
        w.screen->setStyleSheet(console ? QStringLiteral("QLabel { background: #0c0c0c; color: #e0e0e0; padding: 10px; }")
                                        : QStringLiteral("QLabel { background: #0b57a4; color: #ffffff; padding: 10px; }"));
        w.screen->setAccessibleName(tr("What the user's screen shows"));
        w.say->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Say:").toHtmlEscaped(),
                                                          htmlEscaped(fill(g.script().withScreenWords(
                                                              s->say.text(uiLanguage()), uiLanguage(), windows,
                                                              g.windowsVersion())))));
        w.say->setTextFormat(Qt::RichText);
        w.command->setVisible(!s->command.isEmpty());
        setCommand(stepId, fill(s->command));
        QStringList notes;
        for (const QString &id : s->notes) {
            // The Japanese keyboard's keys matter only on a Japanese keyboard.
            if (id.startsWith(QLatin1String("jis-")) && windows != Language::Japanese)
                continue;
            if (auto it = g.script().keyboardNotes.constFind(id); it != g.script().keyboardNotes.cend())
                notes << QStringLiteral("⌨ ") + it->text(uiLanguage());
        }
        w.notes->setText(notes.join(u'\n'));
        w.notes->setVisible(!notes.isEmpty());
    }
}

void GuidePage::setCommand(const QString &stepId, const QString &command)
{
    for (const StepWidgets &w : std::as_const(m_steps))
        if (w.id == stepId)
            w.command->setText(QStringLiteral("%1<br><span style=\"font-family: 'DejaVu Sans Mono', monospace; "
                                              "font-size: large; font-weight: bold\">%2</span>")
                                   .arg(tr("The user types:").toHtmlEscaped(), command.toHtmlEscaped()));
}

void GuidePage::revealTop(QWidget *widget)
{
    QTimer::singleShot(0, this, [this, widget] {
        auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
        if (scroll && scroll->widget())
            scroll->verticalScrollBar()->setValue(widget->mapTo(scroll->widget(), QPoint(0, 0)).y());
    });
}

void GuidePage::reveal(QWidget *widget)
{
    // The page scrolls on a small screen: what the technician needs next comes into view.
    QTimer::singleShot(0, this, [this, widget] {
        if (auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly))
            scroll->ensureWidgetVisible(widget);
    });
}

QLabel *GuidePage::addBranch(QVBoxLayout *layout, const QString &, const QString &objectName)
{
    QLabel *label = framed(this, objectName);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(label);
    return label;
}

void GuidePage::refreshBranch(QLabel *label, const QString &branchId, int fromStep, int toStep)
{
    const GuideBranch *b = branch(branchId);
    if (!b) {
        label->setText(tr("This step is missing from the guide's data (%1).").arg(branchId));
        return;
    }
    const Language ui = uiLanguage();
    QString html = QStringLiteral("<b>%1</b><ol start=\"%2\">").arg(htmlEscaped(b->when.text(ui))).arg(fromStep + 1);
    const int last = toStep < 0 ? int(b->steps.size()) - 1 : qMin(toStep, int(b->steps.size()) - 1);
    for (int i = fromStep; i <= last; ++i) {
        const GuideBranchStep &s = b->steps.at(i);
        html += QStringLiteral("<li>") + htmlEscaped(fill(s.text.text(ui)));
        if (!s.command.isEmpty())
            html += QStringLiteral("<br><code style=\"font-size: large\"><b>%1</b></code>").arg(htmlEscaped(fill(s.command)));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    label->setText(html);
}

void GuidePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

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

// ---------------------------------------------------------------------------------------------

PhoneReadKeyPage::PhoneReadKeyPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneReadKeyPage"));
    auto *layout = new QVBoxLayout(this);
    addStep(layout, QStringLiteral("read-key"), QStringLiteral("phoneReadKey"));
    // The whole command with the key only on request: the groups are read one at a time.
    m_showKeyCheck = new QCheckBox(this);
    m_showKeyCheck->setObjectName(QStringLiteral("phoneShowKeyCheck"));
    layout->addWidget(m_showKeyCheck);

    auto *groupBox = new QFrame(this);
    groupBox->setObjectName(QStringLiteral("phoneGroupBox"));
    groupBox->setStyleSheet(QStringLiteral("QFrame#phoneGroupBox { background: #ffffff; border: 2px solid #0b57a4; "
                                           "border-radius: 6px; } QFrame#phoneGroupBox QLabel { color: #000000; }"));
    auto *g = new QGridLayout(groupBox);
    m_groupNumber = new QLabel(groupBox);
    m_groupNumber->setObjectName(QStringLiteral("phoneGroupNumber"));
    QFont numberFont = m_groupNumber->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.5);
    numberFont.setBold(true);
    m_groupNumber->setFont(numberFont);
    m_groupDigits = new QLabel(groupBox);
    m_groupDigits->setObjectName(QStringLiteral("phoneGroupDigits"));
    QFont huge = monoFont(3.2);
    huge.setBold(true);
    huge.setLetterSpacing(QFont::PercentageSpacing, 120);
    m_groupDigits->setFont(huge);
    m_groupDigits->setAlignment(Qt::AlignCenter);
    m_progress = new QLabel(groupBox);
    m_progress->setObjectName(QStringLiteral("phoneGroupProgress"));
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setFont(monoFont(1.1));
    m_progress->setAlignment(Qt::AlignCenter);
    g->addWidget(m_groupNumber, 0, 0);
    g->addWidget(m_groupDigits, 1, 0);
    g->addWidget(m_progress, 2, 0);
    layout->addWidget(groupBox);
    m_groupBox = groupBox;
    // Right under the group: what the check said about the group just read back.
    m_verdict = new StatusMessage(this);
    m_verdict->setObjectName(QStringLiteral("phoneReadBackVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    layout->addWidget(m_verdict);

    m_readBackLabel = new QLabel(this);
    m_readBackLabel->setWordWrap(true);
    m_readBackEdit = new QLineEdit(this);
    m_readBackEdit->setObjectName(QStringLiteral("phoneReadBackEdit"));
    m_readBackEdit->setFont(monoFont(1.6));
    m_readBackEdit->setMaxLength(12);
    m_readBackLabel->setBuddy(m_readBackEdit);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("phoneCheckGroupButton"));
    m_previousButton = new QPushButton(this);
    m_previousButton->setObjectName(QStringLiteral("phonePreviousGroupButton"));
    m_nextGroupButton = new QPushButton(this);
    m_nextGroupButton->setObjectName(QStringLiteral("phoneNextGroupButton"));
    layout->addWidget(m_readBackLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_readBackEdit, 1);
    row->addWidget(m_checkButton);
    layout->addLayout(row);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_previousButton);
    moveRow->addWidget(m_nextGroupButton);
    moveRow->addStretch(1);
    layout->addLayout(moveRow);

    addStep(layout, QStringLiteral("unlocked"), QStringLiteral("phoneUnlocked"));
    m_unlockedCheck = new QCheckBox(this);
    m_unlockedCheck->setObjectName(QStringLiteral("phoneUnlockedCheck"));
    layout->addWidget(m_unlockedCheck);
    layout->addStretch(1);

    onEnter(m_readBackEdit, [this] { check(); });
    connect(m_checkButton, &QPushButton::clicked, this, &PhoneReadKeyPage::check);
    connect(m_previousButton, &QPushButton::clicked, this, [this] { showGroup(m_group - 1); });
    connect(m_nextGroupButton, &QPushButton::clicked, this, [this] { showGroup(m_group + 1); });
    connect(m_showKeyCheck, &QCheckBox::toggled, this, &PhoneReadKeyPage::showCommand);
    connect(m_unlockedCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

void PhoneReadKeyPage::retranslate()
{
    setTitle(tr("Phone: unlock the drive with the recovery key"));
    m_showKeyCheck->setText(tr("S&how the whole key in the command"));
    m_readBackLabel->setText(tr("What the user &reads back (6 digits; Enter checks):"));
    m_readBackEdit->setAccessibleName(tr("Group as the user reads it back"));
    m_checkButton->setText(tr("&Check"));
    m_previousButton->setText(tr("< &Previous group"));
    m_nextGroupButton->setText(tr("Ne&xt group >"));
    const GuideStep *unlocked = step(QStringLiteral("unlocked"));
    m_unlockedCheck->setText((unlocked ? unlocked->answerPrompt.text(uiLanguage()) : QString()).replace(u'&', QStringLiteral("&&")));
    refreshStep(QStringLiteral("read-key"));
    refreshStep(QStringLiteral("unlocked"));
    showCommand();
    if (!m_states.isEmpty())
        showGroup(m_group);
}

void PhoneReadKeyPage::initializePage()
{
    m_states = QList<int>(RecoveryKey::GroupCount, 0);
    m_showKeyCheck->setChecked(false);
    m_unlockedCheck->setChecked(false);
    m_verdict->clear();
    retranslate();
    showGroup(1);
    QTimer::singleShot(0, this, [this] { m_readBackEdit->setFocus(Qt::OtherFocusReason); });
}

void PhoneReadKeyPage::cleanupPage()
{
    // Leaving backwards: nothing of the key stays on the screen.
    m_groupDigits->clear();
    m_readBackEdit->clear();
    m_showKeyCheck->setChecked(false);
    showCommand();
}

void PhoneReadKeyPage::showCommand()
{
    const GuideStep *s = step(QStringLiteral("read-key"));
    if (!s)
        return;
    GuideValues values = guide().values(m_showKeyCheck->isChecked());
    if (!m_showKeyCheck->isChecked())
        values.key = guide().key().masked();
    setCommand(QStringLiteral("read-key"), values.fill(s->command));
}

void PhoneReadKeyPage::showGroup(int group)
{
    m_group = qBound(1, group, int(RecoveryKey::GroupCount));
    m_groupNumber->setText(tr("Group %1 of %2").arg(m_group).arg(RecoveryKey::GroupCount));
    m_groupDigits->setText(guide().group(m_group));
    m_groupDigits->setAccessibleName(tr("Group %1 to read aloud").arg(m_group));
    QStringList marks;
    for (int i = 0; i < m_states.size(); ++i) {
        const QString mark = m_states.at(i) == 1 ? QStringLiteral("✓") : m_states.at(i) == 2 ? QStringLiteral("✗")
                                                                                             : QStringLiteral("·");
        const QString color = m_states.at(i) == 1 ? QStringLiteral("#1e7b34")
                                                  : m_states.at(i) == 2 ? QStringLiteral("#b3261e") : QStringLiteral("#555555");
        const QString text = QStringLiteral("%1%2").arg(i + 1).arg(mark);
        marks << (i + 1 == m_group ? QStringLiteral("<u><b style=\"color:%1\">%2</b></u>")
                                   : QStringLiteral("<span style=\"color:%1\">%2</span>"))
                     .arg(color, text);
    }
    m_progress->setText(marks.join(QStringLiteral(" ")));
    m_progress->setAccessibleName(tr("%n group(s) confirmed", nullptr, int(m_states.count(1))));
    m_previousButton->setEnabled(m_group > 1);
    m_nextGroupButton->setEnabled(m_group < RecoveryKey::GroupCount);
    m_readBackEdit->clear();
}

void PhoneReadKeyPage::check()
{
    if (m_readBackEdit->text().trimmed().isEmpty())
        return;
    const auto state = guide().checkGroup(m_group, m_readBackEdit->text());
    const QString sentence = GuideSession::readBackText(state);
    if (state == GuideSession::ReadBack::Confirmed) {
        m_states[m_group - 1] = 1;
        const int confirmedGroup = m_group;
        if (!m_states.contains(0) && !m_states.contains(2)) {
            m_verdict->showSuccess(tr("Group %1: %2. All 8 groups confirmed: the user presses Enter.")
                                       .arg(confirmedGroup)
                                       .arg(sentence));
            showGroup(m_group);
            m_unlockedCheck->setFocus(Qt::OtherFocusReason);
            reveal(m_unlockedCheck);
            return;
        } else {
            m_verdict->showSuccess(tr("Group %1: %2.").arg(confirmedGroup).arg(sentence));
            int next = m_group + 1;
            while (next <= RecoveryKey::GroupCount && m_states.at(next - 1) == 1)
                ++next;
            if (next > RecoveryKey::GroupCount)
                next = int(m_states.indexOf(m_states.contains(2) ? 2 : 0)) + 1;
            showGroup(next);
        }
    } else {
        m_states[m_group - 1] = 2;
        m_verdict->showError(tr("Group %1: %2.").arg(m_group).arg(sentence));
        showGroup(m_group);
    }
    m_readBackEdit->setFocus(Qt::OtherFocusReason);
    // On a small or scaled screen: the group, the verdict and the field in view together.
    revealTop(m_groupBox);
}

bool PhoneReadKeyPage::isComplete() const
{
    // Windows' own answer decides: the volume was unlocked.
    return m_unlockedCheck->isChecked();
}

bool PhoneReadKeyPage::validatePage()
{
    guide().recordAnswer(QStringLiteral("unlocked"), QStringLiteral("done"));
    m_groupDigits->clear();
    m_showKeyCheck->setChecked(false);
    return true;
}

// ---------------------------------------------------------------------------------------------

PhoneFilesPage::PhoneFilesPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : GuidePage(session, hooks, flow, parent)
{
    setObjectName(QStringLiteral("phoneFilesPage"));
    auto *layout = new QVBoxLayout(this);
    m_safeModeText = addBranch(layout, QStringLiteral("safe-mode"), QStringLiteral("phoneSafeModeDelete"));
    addStep(layout, QStringLiteral("list-files"), QStringLiteral("phoneFiles"));

    auto *zoneRow = new QHBoxLayout;
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setWordWrap(true);
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(QStringLiteral("phoneZoneCombo"));
    m_zoneLabel->setBuddy(m_zoneCombo);
    zoneRow->addWidget(m_zoneLabel, 1);
    zoneRow->addWidget(m_zoneCombo);
    layout->addLayout(zoneRow);
    fillZones();

    m_lineLabel = new QLabel(this);
    m_lineLabel->setWordWrap(true);
    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(QStringLiteral("phoneDirLineEdit"));
    m_lineEdit->setFont(monoFont(1.1));
    m_lineLabel->setBuddy(m_lineEdit);
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("phoneAddFileButton"));
    layout->addWidget(m_lineLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_lineEdit, 1);
    row->addWidget(m_addButton);
    layout->addLayout(row);
    m_message = new StatusMessage(this);
    m_message->setObjectName(QStringLiteral("phoneFilesMessage"));
    layout->addWidget(m_message);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("phoneFilesList"));
    m_files->setWordWrap(true);
    m_files->setFixedHeight(m_files->fontMetrics().lineSpacing() * 6 + 8);
    layout->addWidget(m_files);
    m_noFilesCheck = new QCheckBox(this);
    m_noFilesCheck->setObjectName(QStringLiteral("phoneNoFilesCheck"));
    layout->addWidget(m_noFilesCheck);
    layout->addStretch(1);

    onEnter(m_lineEdit, [this] { addLine(); });
    connect(m_addButton, &QPushButton::clicked, this, &PhoneFilesPage::addLine);
    connect(m_lineEdit, &QLineEdit::textEdited, m_message, &StatusMessage::clear);
    connect(m_noFilesCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

void PhoneFilesPage::fillZones()
{
    const QByteArray current = m_zoneCombo->currentData().toByteArray();
    const QSignalBlocker blocker(m_zoneCombo);
    m_zoneCombo->clear();
    const QByteArray system = QTimeZone::systemTimeZoneId();
    m_zoneCombo->addItem(tr("This computer's (%1)").arg(QString::fromLatin1(system)), system);
    for (const char *id : {"Asia/Tokyo", "UTC", "America/New_York", "America/Chicago", "America/Los_Angeles",
                           "Europe/London", "Europe/Berlin", "Australia/Sydney"})
        if (QByteArray(id) != system)
            m_zoneCombo->addItem(QString::fromLatin1(id), QByteArray(id));
    const int index = m_zoneCombo->findData(current);
    m_zoneCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void PhoneFilesPage::retranslate()
{
    setTitle(tr("Phone: which channel files are there?"));
    m_zoneLabel->setText(tr("The user's &time zone (dir shows local time):"));
    m_zoneCombo->setAccessibleName(tr("The user's time zone"));
    const GuideStep *s = step(QStringLiteral("list-files"));
    m_lineLabel->setText(tr("&One line of dir as the user reads it — %1 — then Enter:")
                             .arg(s ? s->answerPrompt.text(uiLanguage()) : QString()));
    m_lineEdit->setPlaceholderText(tr("2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys"));
    m_lineEdit->setAccessibleName(tr("One line of dir"));
    m_addButton->setText(tr("&Add"));
    m_noFilesCheck->setText(tr("dir says \"File Not Found\": there is no such file"));
    m_files->setAccessibleName(tr("Files the user reported, with their verdicts"));
    fillZones();
    refreshStep(QStringLiteral("list-files"));
    refreshBranch(m_safeModeText, QStringLiteral("safe-mode"), 1, 1);
    showFiles();
}

void PhoneFilesPage::initializePage()
{
    m_message->clear();
    m_lineEdit->clear();
    m_noFilesCheck->setChecked(false);
    m_safeModeText->setVisible(guide().safeModeRoute());
    // Japanese Windows: most likely Japan's time.
    if (guide().windowsLanguage() == Language::Japanese && guide().reportedFiles().isEmpty()) {
        const int tokyo = m_zoneCombo->findData(QByteArray("Asia/Tokyo"));
        if (tokyo >= 0)
            m_zoneCombo->setCurrentIndex(tokyo);
    }
    retranslate();
    QTimer::singleShot(0, this, [this] { m_lineEdit->setFocus(Qt::OtherFocusReason); });
}

void PhoneFilesPage::addLine()
{
    const QString line = m_lineEdit->text().trimmed();
    if (line.isEmpty())
        return;
    const QTimeZone zone(m_zoneCombo->currentData().toByteArray());
    const auto reported = guide().reportFile(line, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (!reported) {
        m_message->showError(reported.error().message);
        m_lineEdit->selectAll();
        return;
    }
    m_message->clear();
    m_lineEdit->clear();
    m_noFilesCheck->setChecked(false);
    showFiles();
    m_files->scrollToBottom();
    emit completeChanged();
}

void PhoneFilesPage::showFiles()
{
    m_files->clear();
    const QTimeZone zone(m_zoneCombo->currentData().toByteArray());
    for (const Finding &f : guide().reportedFiles()) {
        const QString name = QFileInfo(f.relativePath).fileName();
        const QString when = f.lastWriteUtc.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto *item = new QListWidgetItem(
            tr("%1: %2 — %3 (%4 UTC). %5")
                .arg(Classifier::verdictName(f.verdict), name, when,
                     f.lastWriteUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), Classifier::reasonText(f.reason)),
            m_files);
        item->setData(Qt::UserRole, int(f.verdict));
        item->setForeground(f.verdict == Verdict::Faulty ? QColor(0xb3, 0x26, 0x1e)
                            : f.verdict == Verdict::Good ? QColor(0x1e, 0x7b, 0x34)
                                                         : QColor(0x7a, 0x4d, 0x00));
    }
}

bool PhoneFilesPage::isComplete() const
{
    return !guide().reportedFiles().isEmpty() || m_noFilesCheck->isChecked();
}

bool PhoneFilesPage::validatePage()
{
    if (m_noFilesCheck->isChecked() && guide().reportedFiles().isEmpty())
        guide().recordAnswer(QStringLiteral("list-files"), QStringLiteral("File Not Found"));
    return true;
}

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
