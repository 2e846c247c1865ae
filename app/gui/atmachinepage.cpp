// SPDX-License-Identifier: GPL-3.0-or-later
#include "atmachinepage.h"

#include "phonepages.h"
#include "statusmessage.h"
#include "wizardflow.h"
#include "keysymbols.h"
#include "workflow/guidesession.h"
#include "workflow/recoverysession.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ra::gui {

namespace {

QFont monoFont(double scale)
{
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF() * scale);
    return mono;
}

void wipe(QImage &image)
{
    if (!image.isNull())
        image.fill(Qt::white);
    image = QImage();
}

}  // namespace

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

    // Black on white whatever the desktop theme: what a scanner reads best.
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("atMachineSymbols"));
    frame->setStyleSheet(QStringLiteral("QFrame#atMachineSymbols { background: #ffffff; border: 1px solid #888888; } "
                                        "QFrame#atMachineSymbols QLabel { color: #000000; background: #ffffff; }"));
    m_symbols = frame;
    auto *symbolsLayout = new QVBoxLayout(frame);
    m_code128 = new QLabel(frame);
    m_code128->setObjectName(QStringLiteral("atMachineCode128"));
    m_code128->setAlignment(Qt::AlignCenter);
    symbolsLayout->addWidget(m_code128);
    auto *row = new QHBoxLayout;
    m_qr = new QLabel(frame);
    m_qr->setObjectName(QStringLiteral("atMachineQr"));
    row->addWidget(m_qr);
    auto *idColumn = new QVBoxLayout;
    m_keyIdCaption = new QLabel(frame);
    m_keyIdCaption->setWordWrap(true);
    m_keyId = new QLabel(frame);
    m_keyId->setObjectName(QStringLiteral("atMachineKeyId"));
    QFont big = monoFont(2.2);
    big.setBold(true);
    m_keyId->setFont(big);
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fullKeyId = new QLabel(frame);
    m_fullKeyId->setObjectName(QStringLiteral("atMachineFullKeyId"));
    m_fullKeyId->setFont(monoFont(1.0));
    m_fullKeyId->setWordWrap(true);
    m_fullKeyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scanHint = new QLabel(frame);
    m_scanHint->setObjectName(QStringLiteral("atMachineScanHint"));
    m_scanHint->setWordWrap(true);
    idColumn->addWidget(m_keyIdCaption);
    idColumn->addWidget(m_keyId);
    idColumn->addWidget(m_fullKeyId);
    idColumn->addWidget(m_scanHint);
    idColumn->addStretch(1);
    row->addLayout(idColumn, 1);
    symbolsLayout->addLayout(row);
    layout->addWidget(frame);
    m_symbols->setVisible(false);
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
    m_keyIdCaption->setText(tr("Compare with the screen — Key ID:"));
    m_scanHint->setText(tr("Code 128 above, QR code here: use whichever your scanner reads. Hide it once the drive is "
                           "unlocked."));
    m_code128->setAccessibleName(tr("Recovery key as a Code 128 barcode"));
    m_qr->setAccessibleName(tr("Recovery key as a QR code"));
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
    return !m_code128Modules.isNull();
}

void AtMachinePage::clearSymbols()
{
    wipe(m_code128Modules);
    wipe(m_qrModules);
    m_code128->clear();
    m_qr->clear();
    m_keyId->clear();
    m_fullKeyId->clear();
    m_symbols->setVisible(false);
    retranslate();
}

void AtMachinePage::showSymbols()
{
    const GuideSession &g = m_flow->guide();
    if (!g.hasKey())
        return;
    auto code128 = KeySymbols::render(g.key(), KeySymbols::Kind::Code128, 1);
    auto qr = KeySymbols::render(g.key(), KeySymbols::Kind::Qr, 1);
    if (!code128 || !qr) {
        m_lookup->message()->showError(code128 ? qr.error().message : code128.error().message);
        return;
    }
    m_code128Modules = *code128;
    m_qrModules = *qr;
    // The first 8 characters large (what the screen's Key ID starts with), the rest small and
    // wrapped at its dashes on a narrow screen; the computer the export names.
    m_keyId->setText(g.keyId());
    QString rest = g.fullKeyId().toUpper().remove(u'{').remove(u'}');
    rest.replace(u'-', QStringLiteral("-\u200B"));
    m_fullKeyId->setText(QStringList{rest, g.host()}.join(u'\n').trimmed());
    m_symbols->setVisible(true);
    placeSymbols();
    retranslate();
    QTimer::singleShot(0, this, [this] {
        // The symbols from their top: on a small or scaled screen they fill the window.
        auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
        if (scroll && scroll->widget())
            scroll->verticalScrollBar()->setValue(m_symbols->mapTo(scroll->widget(), QPoint(0, 0)).y());
    });
}

// Whole device pixels per module (never smoothed): as large as the page allows, so a scanner
// reads it from the screen at 100 % as at 200 %.
void AtMachinePage::placeSymbols()
{
    if (!symbolsShown())
        return;
    const qreal dpr = devicePixelRatioF();
    const int available = qMax(200, width() - 60);
    // The window's height counts too: on 1366x768 at 200 % the page is 384 pixels high.
    auto *scroll = findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
    const int viewHeight = scroll ? scroll->viewport()->height() : height();
    const int deviceWidth = int(available * dpr);
    const int barModule = qBound(1, deviceWidth / qMax(1, m_code128Modules.width()), 8);
    const int barHeight = qMax(m_code128Modules.height() * barModule, int(qBound(50, viewHeight / 4, 90) * dpr));
    QPixmap bar = QPixmap::fromImage(m_code128Modules.scaled(m_code128Modules.width() * barModule, barHeight,
                                                             Qt::IgnoreAspectRatio, Qt::FastTransformation));
    bar.setDevicePixelRatio(dpr);
    m_code128->setPixmap(bar);
    const int qrTarget = int(qMin(qMin(260, available / 2), qMax(120, viewHeight - int(barHeight / dpr) - 40)) * dpr);
    const int qrModule = qBound(2, qrTarget / qMax(1, m_qrModules.width()), 16);
    QPixmap qr = QPixmap::fromImage(m_qrModules.scaled(m_qrModules.width() * qrModule, m_qrModules.height() * qrModule,
                                                       Qt::IgnoreAspectRatio, Qt::FastTransformation));
    qr.setDevicePixelRatio(dpr);
    m_qr->setPixmap(qr);
}

void AtMachinePage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    placeSymbols();
}

void AtMachinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

}  // namespace ra::gui
