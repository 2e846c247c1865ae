// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Texts from a key export (host, directory, volume type, file name, any other column) are
// untrusted: a quoted CSV field can span lines and hold another row, another machine's key or
// terminal control sequences. They are checked and cleaned once, at import, here.

#include <QString>

#include <string_view>

namespace ra::ExportText {

// The longest text from an export that reaches a screen, a ticket or a log (in characters,
// the ellipsis included).
inline constexpr int MaxLength = 128;

enum class Elide : quint8 { End, Middle };

// One line: line breaks and tabs become spaces, other control characters (escape sequences,
// C1, bidirectional overrides, zero-width marks) are dropped, runs of white space become one
// space, trimmed, at most maxLength characters with "…" where it was cut (in the middle keeps
// a path's file name).
QString oneLine(QStringView text, int maxLength = MaxLength, Elide elide = Elide::End);
QString oneLine(std::string_view utf8, int maxLength = MaxLength, Elide elide = Elide::End);
// True when utf8 is already what oneLine makes of it (plain printable ASCII, no double or
// edge space, short enough): the fast path of a million-row import.
bool isClean(std::string_view utf8, int maxLength = MaxLength);

// A recovery-key-shaped run: 48 digits (ASCII or full-width) in 8 groups of 6, the groups
// joined by short separators (at most 3 characters that are neither letters nor digits:
// dashes, spaces, line breaks, commas, quotes) or none, or any run of 48 digits or more. A
// field other than the key column that holds one makes its row bad.
bool containsKeyShapedRun(std::string_view utf8);

}  // namespace ra::ExportText
