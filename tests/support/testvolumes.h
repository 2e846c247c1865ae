// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real BitLocker test volumes for the end-to-end suite, built from the shared test data
// (bitlocker/bitlocker-images.tar.xz): each image is unpacked (sparse), unlocked read-write
// with dislocker, formatted NTFS *through* the decrypted view with mkntfs (ending below the
// first FVE metadata block), and given the standard incident tree. Built volumes are cached
// in the build tree (per test run; every test process shares them under a lock); tests work
// on fresh sparse copies.

#include "domain/result.h"
#include "domain/volume.h"

#include <QString>

namespace ra::test {

struct TestImage {
    QString name;            // "bitlk-aes-xts-128"
    QString recoveryKey;     // RP from images.conf (empty for clear-key only)
    QString recoveryKey2;    // RP2 (two-recovery)
    QString recoveryGuid;    // RP_VMK_GUID
    QString recoveryGuid2;   // RP2_VMK_GUID
    QString startupKeyGuid;  // SK_VMK_GUID
    QString clearKeyGuid;    // CLEARKEY_VMK_GUID
};

class TestVolumes {
public:
    // Why the e2e suite cannot run here (not root, no /dev/fuse, no test data, a tool missing);
    // empty when it can.
    static QString unavailableReason();
    static TestImage image(const QString &name);
    // The unpacked, untouched image (shared; copy before writing).
    static Result<QString> pristineImage(const QString &name);
    // The .BEK startup key file that comes with the images.
    static Result<QString> startupKeyFile();
    // A fresh sparse copy, inside dir, of the built volume (NTFS + incident tree inside).
    static Result<QString> builtVolumeCopy(const QString &name, const QString &dir);
    // A whole-disk image in dir with a GPT partition table whose partition 1 (at 1 MiB) holds
    // a copy of the built volume; its offset and size through the out parameters.
    static Result<QString> gptDiskCopy(const QString &name, const QString &dir, qint64 *offset, qint64 *size);
    // Sparse copy (holes stay holes).
    static bool sparseCopy(const QString &from, const QString &to);
    // The byte offsets of the FVE metadata blocks (cryptsetup bitlkDump).
    static QList<qint64> fveMetadataOffsets(const QString &image);
    // An unlock material for a recovery key text (empty text: none).
    static UnlockMaterial recoveryMaterial(const QString &key);
};

}  // namespace ra::test
