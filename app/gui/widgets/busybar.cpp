// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/busybar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace ra::gui {

BusyBar::BusyBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("busyBar"));
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("busyIndicator"));
    m_bar->setRange(0, 0);  // moving, no percentage: how long a key stretch or a mount takes is unknown
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("busyCancelButton"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 4, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancelRequested);
    retranslate();
    setVisible(false);
}

void BusyBar::start(const QString &what, bool cancellable)
{
    m_running = true;
    m_label->setText(what);
    m_cancel->setEnabled(true);
    m_cancel->setVisible(cancellable);
    setVisible(true);  // no focus on Cancel: an impatient second Enter must not cancel
}

void BusyBar::setCancelling()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling: the current step ends first, then the disk is released…"));
}

void BusyBar::stop()
{
    m_running = false;
    setVisible(false);
}

void BusyBar::retranslate()
{
    m_cancel->setText(tr("Cancel"));
}

void BusyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

}  // namespace ra::gui
