// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidepdf.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ra {

Status GuidePdf::write(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Failed, tr("The guide sheet cannot be written."), QStringLiteral("%1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Recovery Assistant"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setResolution(300);

        QTextDocument doc;
        doc.setDocumentMargin(0);
        QFont font = doc.defaultFont();
        font.setPointSizeF(8.5);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 13pt; } h2 { font-size: 9.5pt; margin-top: 6px; } "
                                                "p { margin: 1px 0; } pre { margin: 1px 0 1px 12px; }"));
        doc.setHtml(html);
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        // Lay out at a readable width in points, then scale the whole page to fit one sheet.
        const qreal pointWidth = 520;
        doc.setTextWidth(pointWidth);
        const qreal scaleX = page.width() / pointWidth;
        const qreal scaleY = page.height() / doc.size().height();
        const qreal scale = qMin(scaleX, scaleY);
        QPainter painter(&pdf);
        painter.scale(scale, scale);
        doc.drawContents(&painter);
        painter.end();
    }
    if (!file.commit())
        return makeError(ErrorKind::Failed, tr("The guide sheet cannot be written."), QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

}  // namespace ra
