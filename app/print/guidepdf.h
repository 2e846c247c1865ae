// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one-page printable phone guide: the guide's HTML (workflow/guidesheet) laid out by
// QTextDocument and written by QPdfWriter, A4, shrunk to fit one page. Needs a QGuiApplication
// (the CLI starts one on the offscreen platform for --pdf).
#include "domain/result.h"
#include <QCoreApplication>
#include <QString>

namespace ra {

class GuidePdf {
    Q_DECLARE_TR_FUNCTIONS(GuidePdf)
public:
    static Status write(const QString &html, const QString &title, const QString &path);
};

}  // namespace ra
