// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/readonlynotice.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ra::gui {

ReadOnlyNotice::ReadOnlyNotice(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_reason(new QLabel(this)), m_remove(new QCheckBox(this)),
      m_consequence(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyNotice"));
    m_remove->setObjectName(QStringLiteral("removeHiberfileCheck"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("ra--gui--ReadOnlyNotice { background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; }"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_title, m_reason, m_consequence})
        label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_remove);
    layout->addWidget(m_consequence);
    retranslate();
    setVisible(false);
}

void ReadOnlyNotice::showReason(const QString &reason)
{
    m_reason->setText(reason);
    m_remove->setChecked(false);
    setVisible(true);
}

void ReadOnlyNotice::reset()
{
    m_remove->setChecked(false);
    setVisible(false);
}

bool ReadOnlyNotice::removeHiberfile() const
{
    return m_remove->isChecked();
}

void ReadOnlyNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ReadOnlyNotice::retranslate()
{
    m_title->setText(tr("Windows on this disk was not shut down completely (hibernation or Fast Startup)."));
    m_remove->setText(tr("&Remove the hibernation file so that the disk can be repaired"));
    m_consequence->setText(
        tr("Consequence: Windows starts fresh next time. Programs and documents that were open when it went to "
           "sleep are lost; saved files stay. Without this, the disk is only inspected and nothing is removed. "
           "Press Next to go on."));
}

}  // namespace ra::gui
