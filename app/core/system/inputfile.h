// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way a file named by the user is read (every option that takes an input FILE: the key
// file, the passphrase file, key exports and bundles, .BEK startup keys, case.json on import):
// the path is resolved (realpath), then opened O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC (a
// FIFO never blocks the open, a link swapped in after the resolution is not followed), and the
// opened descriptor is checked with fstat: a regular file only, and at most the size cap of its
// kind. A FIFO, a device (/dev/zero), a socket or a folder is refused with one sentence
// (ErrorKind::BadInput, exit 2): nothing is read from it, so nothing hangs or grows.
//
// checkOutput() is the same rule for a file about to be written (guide --barcode/--pdf): an
// existing FIFO, device, socket or folder is refused before anything opens it.

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ra {

class InputFile {
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    enum class Kind {
        RecoveryKey,  // --key-file: 64 KiB
        Passphrase,   // --passphrase-file: 64 KiB
        StartupKey,   // --bek: 64 KiB
        KeyExport,    // --escrow and friends: 4 GiB
        KeyBundle,    // --bundle: 4 GiB
        CaseRecord,   // case.json on import: 4 MiB
        Output,       // a file to be written (checkOutput)
    };

    static qint64 maxBytes(Kind kind);

    InputFile() = default;
    ~InputFile();
    InputFile(InputFile &&other) noexcept;
    InputFile &operator=(InputFile &&other) noexcept;
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    // Opens path for reading as described above. NotFound when it does not exist.
    static Result<InputFile> open(const QString &path, Kind kind);
    // Opens and reads the whole file (its size at the fstat) into memory.
    static Result<QByteArray> readAll(const QString &path, Kind kind);
    // For a file about to be written: refused when it exists and is not a regular file.
    static Status checkOutput(const QString &path);

    int fd() const { return m_fd; }
    qint64 size() const { return m_size; }
    const QString &path() const { return m_path; }      // as given
    // Reads up to size() bytes from the start into data (nothing else is allocated); the number
    // read, or an error.
    Result<qint64> read(char *data, qint64 max);
    // Hands the descriptor over (the caller closes it); this object is empty afterwards.
    int release();

private:
    int m_fd = -1;
    qint64 m_size = 0;
    QString m_path;
};

}  // namespace ra
