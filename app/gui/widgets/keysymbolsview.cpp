// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/keysymbolsview.h"

#include "keysymbols.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
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

KeySymbolsView::KeySymbolsView(const QString &prefix, QWidget *parent)
    : QFrame(parent), m_code128(new QLabel(this)), m_qr(new QLabel(this)), m_keyIdCaption(new QLabel(this)),
      m_keyId(new QLabel(this)), m_fullKeyId(new QLabel(this)), m_scanHint(new QLabel(this))
{
    setObjectName(prefix + QStringLiteral("Symbols"));
    // Black on white whatever the desktop theme: what a scanner reads best.
    setStyleSheet(QStringLiteral("QFrame#%1 { background: #ffffff; border: 1px solid #888888; } "
                                 "QFrame#%1 QLabel { color: #000000; background: #ffffff; }")
                      .arg(objectName()));
    m_code128->setObjectName(prefix + QStringLiteral("Code128"));
    m_code128->setAlignment(Qt::AlignCenter);
    m_qr->setObjectName(prefix + QStringLiteral("Qr"));
    m_keyIdCaption->setWordWrap(true);
    m_keyId->setObjectName(prefix + QStringLiteral("KeyId"));
    QFont big = monoFont(2.2);
    big.setBold(true);
    m_keyId->setFont(big);
    m_keyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fullKeyId->setObjectName(prefix + QStringLiteral("FullKeyId"));
    m_fullKeyId->setFont(monoFont(1.0));
    m_fullKeyId->setWordWrap(true);
    m_fullKeyId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scanHint->setObjectName(prefix + QStringLiteral("ScanHint"));
    m_scanHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_code128);
    auto *row = new QHBoxLayout;
    row->addWidget(m_qr);
    auto *idColumn = new QVBoxLayout;
    idColumn->addWidget(m_keyIdCaption);
    idColumn->addWidget(m_keyId);
    idColumn->addWidget(m_fullKeyId);
    idColumn->addWidget(m_scanHint);
    idColumn->addStretch(1);
    row->addLayout(idColumn, 1);
    layout->addLayout(row);
    setVisible(false);
    retranslate();
}

KeySymbolsView::~KeySymbolsView()
{
    clear();
}

void KeySymbolsView::retranslate()
{
    m_keyIdCaption->setText(tr("Compare with the screen — Key ID:"));
    m_scanHint->setText(tr("Code 128 above, QR code here: use whichever your scanner reads. Hide it once the drive is "
                           "unlocked."));
    m_code128->setAccessibleName(tr("Recovery key as a Code 128 barcode"));
    m_qr->setAccessibleName(tr("Recovery key as a QR code"));
}

bool KeySymbolsView::setKey(const RecoveryKey &key, const QString &keyId, const QString &fullKeyId,
                            const QString &host, QString *error)
{
    clear();
    auto code128 = KeySymbols::render(key, KeySymbols::Kind::Code128, 1);
    auto qr = KeySymbols::render(key, KeySymbols::Kind::Qr, 1);
    if (!code128 || !qr) {
        if (error)
            *error = code128 ? qr.error().message : code128.error().message;
        return false;
    }
    m_code128Modules = *code128;
    m_qrModules = *qr;
    // The first 8 characters large (what the screen's Key ID starts with), the rest small and
    // wrapped at its dashes on a narrow screen; the computer the export names.
    m_keyId->setText(keyId);
    QString rest = QString(fullKeyId).toUpper().remove(u'{').remove(u'}');
    rest.replace(u'-', QStringLiteral("-\u200B"));
    m_fullKeyId->setText(QStringList{rest, host}.join(u'\n').trimmed());
    setVisible(true);
    place();
    return true;
}

void KeySymbolsView::clear()
{
    wipe(m_code128Modules);
    wipe(m_qrModules);
    m_code128->clear();
    m_qr->clear();
    m_keyId->clear();
    m_fullKeyId->clear();
    setVisible(false);
}

// Whole device pixels per module (never smoothed): as large as the window allows, so a scanner
// reads it from the screen at 100 % as at 200 %.
void KeySymbolsView::place()
{
    if (!isShowing())
        return;
    const qreal dpr = devicePixelRatioF();
    // The width of what holds it (stable while the pixmaps change the frame's own size hint).
    const int available = qMax(200, (parentWidget() ? parentWidget()->width() : width()) - 60);
    // The window's height counts too: on 1366x768 at 200 % the page is 384 pixels high.
    int viewHeight = window()->height();
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            viewHeight = scroll->viewport()->height();
            break;
        }
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

void KeySymbolsView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    place();
}

void KeySymbolsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

}  // namespace ra::gui
