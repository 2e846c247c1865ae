// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/statusmessage.h"

namespace ra::gui {

StatusMessage::StatusMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    setVisible(false);
}

void StatusMessage::show(Kind kind, const QString &text)
{
    m_kind = kind;
    static const char *const styles[] = {
        "QLabel { background: #e8f0fe; color: #174ea6; border-radius: 4px; }",
        "QLabel { background: #e6f4ea; color: #1e4620; border-radius: 4px; }",
        "QLabel { background: #fdecea; color: #8a1c1c; border-radius: 4px; font-weight: bold; }",
    };
    setStyleSheet(QString::fromLatin1(styles[int(kind)]));
    setText(text);
    setVisible(!text.isEmpty());
}

void StatusMessage::clear()
{
    setText(QString());
    setVisible(false);
}

}  // namespace ra::gui
