// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A block device or image file opened read-only, with bounded positional reads and one
// mapping from errno to the user's sentence (NotFound, NeedsAdmin, DeviceGone, …). Shared by
// VolumeProbe and BitLockerMetadata; never writes.

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sys/types.h>

namespace ra {

class BlockFile {
    Q_DECLARE_TR_FUNCTIONS(BlockFile)

public:
    static Result<BlockFile> open(const QString &path);

    BlockFile(BlockFile &&other) noexcept;
    BlockFile &operator=(BlockFile &&other) noexcept;
    BlockFile(const BlockFile &) = delete;
    BlockFile &operator=(const BlockFile &) = delete;
    ~BlockFile();

    int fd() const { return m_fd; }
    QString path() const { return m_path; }
    qint64 size() const { return m_size; }
    bool isBlockDevice() const { return m_blockDevice; }
    dev_t deviceNumber() const { return m_rdev; }  // st_rdev of a block device, else 0

    // Up to length bytes at offset (fewer only at the end of the file); length is capped by
    // the caller's own bound, never by the file's claims.
    Result<QByteArray> readAt(qint64 offset, qint64 length) const;

    // The user's sentence for an errno from opening or reading path.
    static Error errorFor(int errnum, const QString &path);

private:
    BlockFile() = default;
    int m_fd = -1;
    QString m_path;
    qint64 m_size = 0;
    bool m_blockDevice = false;
    dev_t m_rdev = 0;
};

}  // namespace ra
