// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one detector of recovery-key-shaped text: does a text (already decoded: JSON escapes,
// percent-encoding and so on are undone by whoever read it) hold something that would be a
// BitLocker recovery key? Used on every field that is written anywhere (technician, ticket
// reference, bench, site, computer name, notes, a server's message), at input and at import.
//
// Shape: 8 groups of 6 digits, each a multiple of 11 below 720896 (RecoveryKey's rule), with
// any separators between the groups (dashes, dots, '_', '/', spaces, line breaks, several of
// them: at most MaxSeparatorRun characters that are neither letters nor digits) or none. A digit
// is any decimal digit of any script (QChar::digitValue: ASCII, full-width ０-９, Arabic-Indic,
// Devanagari…). Letters break a chain; a separator inside a group breaks it too. Pure, no I/O.

#include <QStringView>

namespace ra::KeyShape {

// The longest run of separator characters still joining two groups.
inline constexpr int MaxSeparatorRun = 4;

// True when text contains a recovery-key-shaped run anywhere.
bool containsRecoveryKey(QStringView text);

}  // namespace ra::KeyShape
