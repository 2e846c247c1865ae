// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery key as a Code 128 barcode and a QR code, for a keyboard-emulating USB scanner at
// the machine's BitLocker screen: the symbols hold the 48 digits only (the screen inserts the
// dashes itself). Encoded by libzint, never by hand. The images live in memory only; nothing
// here writes a file or logs (the CLI's --barcode writes one PNG on request, with --show-key).
#include "domain/recoverykey.h"
#include "domain/result.h"
#include <QCoreApplication>
#include <QImage>

namespace ra {

class KeySymbols {
    Q_DECLARE_TR_FUNCTIONS(KeySymbols)
public:
    enum class Kind { Code128, Qr };
    // One module is `moduleSize` pixels; black on white with the quiet zones the standard asks for.
    static Result<QImage> render(const RecoveryKey &key, Kind kind, int moduleSize = 4);
    // Code 128 above the QR code and the Key ID beside them, on white: the printable sheet (PNG).
    static Result<QImage> sheet(const RecoveryKey &key, const QString &keyId);
};

}  // namespace ra
