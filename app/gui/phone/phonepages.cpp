// SPDX-License-Identifier: GPL-3.0-or-later
// The phone route, shared parts: the Key ID lookup box and the base of the guide pages.
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

}  // namespace ra::gui
