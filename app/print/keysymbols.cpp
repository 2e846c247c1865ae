// SPDX-License-Identifier: GPL-3.0-or-later
#include "keysymbols.h"

#include <QPainter>

#include <cstring>
#include <memory>
#include <zint.h>

namespace ra {

namespace {

// zint keeps copies of the data (text, encoded modules, bitmap): wiped before it is freed.
struct SymbolDeleter {
    void operator()(zint_symbol *s) const
    {
        if (!s)
            return;
        std::memset(s->text, 0, sizeof s->text);
        std::memset(s->encoded_data, 0, sizeof s->encoded_data);
        if (s->bitmap)
            std::memset(s->bitmap, 0, std::size_t(s->bitmap_width) * std::size_t(s->bitmap_height) * 3);
        ZBarcode_Delete(s);
    }
};

}  // namespace

Result<QImage> KeySymbols::render(const RecoveryKey &key, Kind kind, int moduleSize)
{
    if (key.isEmpty())
        return makeError(ErrorKind::BadInput, tr("There is no recovery key to show."));
    const SecureBytes canonical = key.canonicalBytes();
    SecureBytes digits(std::size_t(RecoveryKey::GroupCount * RecoveryKey::GroupDigits));
    std::size_t n = 0;
    for (std::size_t i = 0; i < canonical.size() && n < digits.size(); ++i)
        if (canonical.data()[i] >= '0' && canonical.data()[i] <= '9')
            digits.data()[n++] = canonical.data()[i];

    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return makeError(ErrorKind::Failed, tr("The barcode cannot be drawn."), QStringLiteral("ZBarcode_Create failed"));
    symbol->symbology = kind == Kind::Code128 ? BARCODE_CODE128 : BARCODE_QRCODE;
    symbol->input_mode = DATA_MODE;
    symbol->show_hrt = 0;
    symbol->scale = 0.5f;  // one pixel per module; scaled up below without smoothing
    symbol->output_options |= BARCODE_QUIET_ZONES;
    if (kind == Kind::Code128)
        symbol->height = 40.0f;
    else
        symbol->option_1 = 2;  // error correction level M
    const int rc = ZBarcode_Encode_and_Buffer(symbol.get(), reinterpret_cast<const unsigned char *>(digits.data()),
                                              int(n), 0);
    digits.wipe();
    if (rc >= ZINT_ERROR)
        return makeError(ErrorKind::Failed, tr("The barcode cannot be drawn."), QString::fromLatin1(symbol->errtxt));

    QImage image(symbol->bitmap_width, symbol->bitmap_height, QImage::Format_Grayscale8);
    const unsigned char *rgb = symbol->bitmap;
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x, rgb += 3)
            line[x] = rgb[0] < 128 ? 0 : 255;
    }
    return image.scaled(image.width() * moduleSize, image.height() * moduleSize, Qt::IgnoreAspectRatio,
                        Qt::FastTransformation);
}

Result<QImage> KeySymbols::sheet(const RecoveryKey &key, const QString &keyId)
{
    auto code128 = render(key, Kind::Code128, 3);
    if (!code128)
        return code128.error();
    auto qr = render(key, Kind::Qr, 8);
    if (!qr)
        return qr.error();
    const int margin = 40;
    const int textHeight = 60;
    QImage sheet(qMax(code128->width(), qr->width()) + 2 * margin,
                 code128->height() + qr->height() + textHeight + 3 * margin, QImage::Format_Grayscale8);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    QFont font = p.font();
    font.setPixelSize(36);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(margin, margin / 2, sheet.width() - 2 * margin, textHeight), Qt::AlignCenter,
               tr("Key ID %1").arg(keyId));
    p.drawImage(margin, margin + textHeight, *code128);
    p.drawImage((sheet.width() - qr->width()) / 2, 2 * margin + textHeight + code128->height(), *qr);
    p.end();
    return sheet;
}

}  // namespace ra
