// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The front ends' door to system/inputfile.h (front ends include only workflow/ and domain/):
// every option that names a file to read (--key-file, --passphrase-file, --escrow, --bundle,
// --bek, case.json on import) goes through InputFile, and every file about to be written that
// a FIFO would block (guide --barcode, --pdf) through InputFile::checkOutput.

#include "system/inputfile.h"
