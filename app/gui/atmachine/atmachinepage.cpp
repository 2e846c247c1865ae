// SPDX-License-Identifier: GPL-3.0-or-later
#include "atmachine/atmachinepage.h"

#include "phone/phonepages.h"
#include "widgets/keysymbolsview.h"
#include "widgets/statusmessage.h"
#include "wizardflow.h"
#include "workflow/guidesession.h"
#include "workflow/recoverysession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ra::gui {

AtMachinePage::AtMachinePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent)
    : QWizardPage(parent), m_session(&session), m_hooks(&hooks), m_flow(&flow)
{
    setObjectName(QStringLiteral("atMachinePage"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("atMachineIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_lookup = new KeyLookupBox(QStringLiteral("atMachine"), session, hooks, flow, this);
    layout->addWidget(m_lookup);
    // Above the symbols, so they show without scrolling to them.
    auto *buttons = new QHBoxLayout;
    m_hideButton = new QPushButton(this);
    m_hideButton->setObjectName(QStringLiteral("atMachineHideButton"));
    m_nextMachineButton = new QPushButton(this);
    m_nextMachineButton->setObjectName(QStringLiteral("atMachineNextMachineButton"));
    buttons->addWidget(m_hideButton);
    buttons->addWidget(m_nextMachineButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_symbols = new KeySymbolsView(QStringLiteral("atMachine"), this);
    layout->addWidget(m_symbols);
    layout->addStretch(1);

    connect(m_lookup, &KeyLookupBox::found, this, &AtMachinePage::showSymbols);
    connect(m_lookup, &KeyLookupBox::notFound, this, &AtMachinePage::clearSymbols);
    connect(m_hideButton, &QPushButton::clicked, this, [this] {
        if (symbolsShown())
            clearSymbols();
        else
            showSymbols();
    });
    connect(m_nextMachineButton, &QPushButton::clicked, this, [this] { m_flow->startNextMachine(); });
    retranslate();
}

void AtMachinePage::retranslate()
{
    setTitle(tr("At the machine: the key as a barcode"));
    m_intro->setText(tr("Look the key up by the Key ID the BitLocker recovery screen shows, then scan the code with a "
                        "USB barcode scanner into the recovery key field and press Enter. The code holds the 48 digits; "
                        "the screen adds the dashes itself."));
    m_lookup->setPrompt(tr("&Key ID from the BitLocker screen (its first 8 characters), or the computer name:"));
    m_lookup->retranslate();
    m_hideButton->setText(symbolsShown() ? tr("&Hide the key") : tr("S&how the key as a barcode"));
    m_nextMachineButton->setText(tr("Next &machine"));
    m_hideButton->setEnabled(m_flow->guide().hasKey());
}

void AtMachinePage::initializePage()
{
    m_flow->guide().restart();
    clearSymbols();
    m_lookup->reset();
    retranslate();
    QTimer::singleShot(0, this, [this] { m_lookup->edit()->setFocus(Qt::OtherFocusReason); });
}

void AtMachinePage::cleanupPage()
{
    clearSymbols();
    m_lookup->reset();
    m_flow->guide().restart();
}

bool AtMachinePage::symbolsShown() const
{
    return m_symbols->isShowing();
}

void AtMachinePage::clearSymbols()
{
    m_symbols->clear();
    retranslate();
}

void AtMachinePage::showSymbols()
{
    const GuideSession &g = m_flow->guide();
    if (!g.hasKey())
        return;
    QString error;
    if (!m_symbols->setKey(g.key(), g.keyId(), g.fullKeyId(), g.host(), &error)) {
        m_lookup->message()->showError(error);
        return;
    }
    retranslate();
    QTimer::singleShot(0, this, [this] {
        // The symbols from their top: on a small or scaled screen they fill the window.
        auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
        if (scroll && scroll->widget())
            scroll->verticalScrollBar()->setValue(m_symbols->mapTo(scroll->widget(), QPoint(0, 0)).y());
    });
}

void AtMachinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
