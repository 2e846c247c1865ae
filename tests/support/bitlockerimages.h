// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The BitLocker test images (testdata/bitlocker/bitlocker-images.tar.xz), unpacked sparse once
// per test process into a private temporary folder that is removed when the process exits.
// Never unpacked into the repository. Tests may modify the unpacked files: every process has
// its own copy.

#include <QString>
#include <QStringList>
#include <QTest>

#include "testsupport.h"

// In a test function: skip with the reason when the images are unavailable, fail under
// RA_REQUIRE_E2E=1.
#define RA_REQUIRE_BITLOCKER_IMAGES()                                                  \
    do {                                                                               \
        const QString raImagesProblem = ra::test::bitlockerImagesProblem();            \
        if (!raImagesProblem.isEmpty()) {                                              \
            if (ra::test::requireE2E())                                                \
                QFAIL(qPrintable(raImagesProblem));                                    \
            QSKIP(qPrintable(raImagesProblem));                                        \
        }                                                                              \
    } while (false)

namespace ra::test {

// The folder with the unpacked images (and the startup key .BEK file); empty when the test
// data is absent or unpacking failed (see bitlockerImagesProblem()).
QString bitlockerImagesDir();
// The path of one unpacked image by name, with or without ".img"
// ("bitlk-aes-xts-128"); empty when it is not there.
QString bitlockerImage(const QString &name);
// The image names of images.conf ("bitlk-aes-cbc-128", …), sorted.
QStringList bitlockerImageNames();
// One data row ("name") per image in images.conf, for a `_data()` function; a single row with
// an empty name when there are none, so the test reports that instead of running nothing.
void addBitLockerImageRows();
// Copies file into target at byte offset, keeping holes (dd conv=sparse,notrunc): builds
// whole-disk images and scratch copies. The target is created if missing, never truncated.
bool copySparse(const QString &file, const QString &target, qint64 offset = 0);
// Why the images are unavailable (a sentence for QSKIP/QFAIL); empty when they are there.
QString bitlockerImagesProblem();

}  // namespace ra::test
