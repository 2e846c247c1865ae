// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrase.h"

#include "clioutput.h"
#include "workflow/inputfiles.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ra::cli {

namespace {

constexpr std::size_t MaxPassphrase = 4096;

// One line (without its line break) from fd into locked memory.
Result<LockedBuffer> readLine(int fd, const QString &origin)
{
    LockedBuffer line(MaxPassphrase);
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        if (!line.append(&c, 1))
            return makeError(ErrorKind::BadInput, Cli::tr("The passphrase in %1 is too long.").arg(origin));
    }
    c = 0;
    if (line.size() > 0 && line.data()[line.size() - 1] == '\r')
        line.resize(line.size() - 1);
    if (line.size() == 0)
        return makeError(ErrorKind::BadInput, Cli::tr("The passphrase in %1 is empty.").arg(origin));
    return Result<LockedBuffer>(std::move(line));
}

Result<LockedBuffer> askTerminal(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return makeError(ErrorKind::BadInput,
                         Cli::tr("There is no terminal to ask for the passphrase: give it with --passphrase-file FILE (- for standard input)."));
    const QByteArray text = prompt.toUtf8();
    (void)!::write(tty, text.constData(), std::size_t(text.size()));
    termios old{};
    const bool isTerminal = tcgetattr(tty, &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    auto line = readLine(tty, Cli::tr("the terminal"));
    if (isTerminal)
        tcsetattr(tty, TCSAFLUSH, &old);
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    return line;
}

}  // namespace

Result<LockedBuffer> readPassphrase(const QString &file, bool confirm)
{
    if (file == QLatin1String("-"))
        return readLine(STDIN_FILENO, Cli::tr("standard input"));
    if (!file.isEmpty()) {
        // A FIFO, a device or a folder is refused before anything is read (system/inputfile.h).
        auto opened = InputFile::open(file, InputFile::Kind::Passphrase);
        if (!opened)
            return opened.error();
        return readLine(opened->fd(), file);
    }
    auto first = askTerminal(Cli::tr("Passphrase of the key bundle: "));
    if (!first || !confirm)
        return first;
    auto second = askTerminal(Cli::tr("The same passphrase again: "));
    if (!second)
        return second;
    if (first->size() != second->size() || std::memcmp(first->data(), second->data(), first->size()) != 0)
        return makeError(ErrorKind::BadInput, Cli::tr("The two passphrases differ; nothing was written."));
    return first;
}

Result<KeyBundleInfo> openBundle(const QString &bundle, const QString &passphraseFile, KeyExports &exports)
{
    if (!QFile::exists(bundle))
        return makeError(ErrorKind::BadInput, Cli::tr("The key bundle %1 does not exist.").arg(bundle));
    auto passphrase = readPassphrase(passphraseFile, false);
    if (!passphrase)
        return passphrase.error();
    return exports.importBundle(bundle, *passphrase);
}

}  // namespace ra::cli
