// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small pieces the phone and at-machine pages share: wrapped and framed labels, Enter in a
// field that runs the field's action (never the wizard's Next), HTML with line breaks.

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QObject>
#include <QString>

#include <functional>

namespace ra::gui::phone {

inline QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

inline QLabel *framed(QWidget *parent, const QString &objectName)
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

inline void onEnter(QLineEdit *edit, std::function<void()> action)
{
    new EnterFilter(edit, std::move(action));
}

inline QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

}  // namespace ra::gui::phone
