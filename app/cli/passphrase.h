// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The key bundle's passphrase: from the terminal (echo off), or from --passphrase-file FILE
// ("-" is standard input) for scripts. Never from argv or the environment. Kept in locked memory.

#include "domain/result.h"
#include "workflow/keyexports.h"

#include <QString>

namespace ra::cli {

// file empty: ask on the terminal (twice when confirm); no terminal is a BadInput error.
Result<LockedBuffer> readPassphrase(const QString &file, bool confirm);
// Opens a bundle into index with the passphrase from file (or the terminal).
Result<KeyBundleInfo> openBundle(const QString &bundle, const QString &passphraseFile, KeyExports &exports);

}  // namespace ra::cli
