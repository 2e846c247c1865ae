// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/keyentrywidget.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace ra::gui {

namespace {
constexpr int Groups = RecoveryKey::GroupCount;
constexpr int Digits = RecoveryKey::GroupDigits;

// The ASCII digits of what was typed or pasted (full-width digits converted first).
QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : RecoveryKey::normalize(text))
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            digits.append(c);
    return digits;
}

bool isWrong(RecoveryKey::GroupState state)
{
    using S = RecoveryKey::GroupState;
    return state == S::BadChecksum || state == S::OutOfRange || state == S::NotDigits || state == S::TooLong;
}
}  // namespace

KeyEntryWidget::KeyEntryWidget(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    const int width = QFontMetrics(mono).horizontalAdvance(QString(Digits + 1, u'0')) + 16;
    for (int g = 0; g < Groups; ++g) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("keyGroup%1").arg(g + 1));
        edit->setFont(mono);
        edit->setMinimumWidth(width);
        edit->setAlignment(Qt::AlignCenter);
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, this, [this, g](const QString &text) { onEdited(g, text); });
        auto *mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("keyMark%1").arg(g + 1));
        mark->setAlignment(Qt::AlignCenter);
        if (g + 1 < Groups)
            m_dashes.append(new QLabel(QStringLiteral("-"), this));
        m_fields.append(edit);
        m_marks.append(mark);
        m_rejected.append(false);
    }
    placeGroups(false);
    for (int g = 0; g + 1 < Groups; ++g)
        setTabOrder(m_fields[g], m_fields[g + 1]);
    setFocusProxy(m_fields.first());
    retranslate();
}

int KeyEntryWidget::rowWidth(int groups) const
{
    const auto *grid = static_cast<const QGridLayout *>(layout());
    const int dash = m_dashes.first()->sizeHint().width();
    return groups * m_fields.first()->minimumSizeHint().expandedTo(m_fields.first()->minimumSize()).width()
           + (groups - 1) * dash + 2 * (groups - 1) * grid->horizontalSpacing();
}

void KeyEntryWidget::placeGroups(bool twoRows)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    for (int g = 0; g < Groups; ++g) {
        grid->removeWidget(m_fields[g]);
        grid->removeWidget(m_marks[g]);
        if (g + 1 < Groups)
            grid->removeWidget(m_dashes[g]);
    }
    const int perRow = twoRows ? Groups / 2 : Groups;
    for (int g = 0; g < Groups; ++g) {
        const int row = 2 * (g / perRow), column = 2 * (g % perRow);
        grid->addWidget(m_fields[g], row, column);
        grid->addWidget(m_marks[g], row + 1, column);
        if (g + 1 < Groups)
            grid->addWidget(m_dashes[g], row, column + 1);
    }
    m_twoRows = twoRows;
    updateGeometry();
}

QSize KeyEntryWidget::minimumSizeHint() const
{
    return {rowWidth(Groups / 2) + m_dashes.first()->sizeHint().width(), QWidget::minimumSizeHint().height()};
}

void KeyEntryWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool twoRows = width() < rowWidth(Groups);
    if (twoRows != m_twoRows)
        placeGroups(twoRows);
}

KeyEntryWidget::~KeyEntryWidget()
{
    // No changed(): whoever listens may already be half destroyed.
    const QSignalBlocker blocker(this);
    clear();
}

bool KeyEntryWidget::isComplete() const
{
    for (int g = 0; g < Groups; ++g)
        if (groupState(g) != RecoveryKey::GroupState::Valid)
            return false;
    return true;
}

Result<RecoveryKey> KeyEntryWidget::key() const
{
    QStringList groups;
    for (const QLineEdit *edit : m_fields)
        groups.append(edit->text());
    return RecoveryKey::parse(groups.join(u'-'));
}

void KeyEntryWidget::setKey(const RecoveryKey &key)
{
    fillFrom(0, digitsOf(key.revealForInputFields()));
}

void KeyEntryWidget::clear()
{
    m_rejected.fill(false);
    m_filling = true;
    for (QLineEdit *edit : m_fields)
        edit->setText(QString());  // setText also drops the undo history
    m_filling = false;
    for (int g = 0; g < Groups; ++g)
        updateMark(g);
    emit changed();
}

bool KeyEntryWidget::isEmpty() const
{
    for (const QLineEdit *edit : m_fields)
        if (!edit->text().isEmpty())
            return false;
    return true;
}

void KeyEntryWidget::markRejected()
{
    m_rejected.fill(true);
    for (int g = 0; g < Groups; ++g)
        updateMark(g);
    m_fields.first()->setFocus(Qt::OtherFocusReason);
    m_fields.first()->selectAll();
}

void KeyEntryWidget::setRevealed(bool revealed)
{
    m_revealed = revealed;
    for (QLineEdit *edit : m_fields)
        edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
}

RecoveryKey::GroupState KeyEntryWidget::groupState(int group) const
{
    return RecoveryKey::checkGroup(m_fields.at(group)->text());
}

QString KeyEntryWidget::problem() const
{
    QStringList wrong;
    for (int g = 0; g < Groups; ++g)
        if (isWrong(groupState(g)))
            wrong.append(QLocale().toString(g + 1));
    if (wrong.isEmpty())
        return {};
    return tr("%n group(s) cannot be right: %1. Compare these digits with the key list again.", nullptr,
              int(wrong.size()))
        .arg(wrong.join(tr(", ")));
}

void KeyEntryWidget::onEdited(int group, const QString &text)
{
    if (m_filling)
        return;
    if (!text.isEmpty() && digitsOf(text).isEmpty()) {
        // Letters only: nothing to put in the field, say so rather than swallow it silently.
        m_filling = true;
        m_fields[group]->setText(QString());
        m_filling = false;
        updateMark(group);
        emit noDigitsIgnored();
        emit changed();
        return;
    }
    // A whole key pasted into any field: spread it over all eight.
    const QList<QString> whole = RecoveryKey::splitGroups(text);
    if (whole.size() == Groups) {
        fillFrom(0, whole.join(QString()));
        // Pasted: the key must not stay on the clipboard for the next application to read.
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (RecoveryKey::splitGroups(clipboard->text()) == whole)
            clipboard->clear();
        return;
    }
    fillFrom(group, digitsOf(text));
}

// Writes digits into the field of group and, when there are more than 6, on into the next
// fields; focus goes to the field where typing continues.
void KeyEntryWidget::fillFrom(int group, const QString &digits)
{
    m_filling = true;
    int g = group;
    QString rest = digits;
    do {
        m_rejected[g] = false;
        m_fields[g]->setText(rest.left(Digits));
        updateMark(g);
        rest = rest.mid(Digits);
        if (rest.isEmpty() || g + 1 == Groups)
            break;
        ++g;
    } while (true);
    m_filling = false;
    const bool full = m_fields[g]->text().size() == Digits;
    QLineEdit *next = full && g + 1 < Groups ? m_fields[g + 1] : m_fields[g];
    next->setFocus(Qt::OtherFocusReason);
    // Moving on to a group that holds digits already (typing the key again): typing replaces them.
    if (next != m_fields[g])
        next->selectAll();
    emit changed();
}

void KeyEntryWidget::updateMark(int group)
{
    using S = RecoveryKey::GroupState;
    const S state = groupState(group);
    QLineEdit *edit = m_fields[group];
    QLabel *mark = m_marks[group];
    const char *property = state == S::Valid ? "valid" : isWrong(state) ? "wrong" : "neutral";
    edit->setProperty("groupState", QString::fromLatin1(property));
    if (m_rejected[group] && !edit->text().isEmpty()) {
        // The volume refused the key: a passing checksum must not read as "right".
        edit->setProperty("groupState", QStringLiteral("rejected"));
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #b26a00; border-radius: 3px; }"));
        mark->setText(QStringLiteral("<span style='color:#b26a00'>?</span>"));
        mark->setToolTip(tr("The disk did not accept the key: type this group again."));
        edit->setAccessibleDescription(tr("not accepted by the disk"));
    } else if (state == S::Valid) {
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #2e7d32; border-radius: 3px; }"));
        mark->setText(QStringLiteral("<span style='color:#2e7d32'>✔</span>"));
        mark->setToolTip(tr("Checksum OK (the whole key is checked when the disk is opened)."));
        edit->setAccessibleDescription(tr("checksum OK"));
    } else if (isWrong(state)) {
        edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; background: #fdecea; }"));
        mark->setText(QStringLiteral("<span style='color:#c62828'>✘</span>"));
        mark->setToolTip(tr("These six digits cannot be right: check them again."));
        edit->setAccessibleDescription(tr("wrong: check these digits"));
    } else {
        edit->setStyleSheet(QString());
        mark->setText(QString());
        mark->setToolTip(QString());
        edit->setAccessibleDescription(QString());
    }
}

bool KeyEntryWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        // Entering a group by Tab, Shift+Tab or auto-advance selects its digits: typing replaces them.
        auto *edit = qobject_cast<QLineEdit *>(watched);
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (edit && reason != Qt::MouseFocusReason && !m_filling)
            edit->selectAll();
    }
    if (event->type() == QEvent::KeyPress) {
        const int g = int(m_fields.indexOf(static_cast<QLineEdit *>(watched)));
        const auto *key = static_cast<QKeyEvent *>(event);
        // Backspace in an empty field goes back to the previous group.
        if (g > 0 && key->key() == Qt::Key_Backspace && m_fields[g]->text().isEmpty()) {
            // Back to go on deleting: the cursor at the end, nothing selected.
            m_filling = true;
            m_fields[g - 1]->setFocus(Qt::BacktabFocusReason);
            m_filling = false;
            m_fields[g - 1]->deselect();
            m_fields[g - 1]->end(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KeyEntryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (int g = 0; g < Groups; ++g)
            updateMark(g);
    }
    QWidget::changeEvent(event);
}

void KeyEntryWidget::retranslate()
{
    for (int g = 0; g < Groups; ++g)
        m_fields[g]->setAccessibleName(tr("Recovery key, group %1 of %2").arg(g + 1).arg(Groups));
}

}  // namespace ra::gui
