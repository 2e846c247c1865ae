// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/channelfilescanner.h"

#include "system/volumes/windowsinstallation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Reads a whole regular file through fd: the SHA-256, and whether every byte is zero.
bool hashFd(int fd, QString *sha, bool *allZero, QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool zero = true;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (error)
                *error = errnoText(errno);
            return false;
        }
        if (n == 0)
            break;
        const QByteArrayView chunk(buffer.constData(), n);
        hash.addData(chunk);
        if (zero)
            zero = std::all_of(chunk.begin(), chunk.end(), [](char c) { return c == '\0'; });
    }
    *sha = QString::fromLatin1(hash.result().toHex());
    if (allZero)
        *allZero = zero;
    return true;
}

}  // namespace

QString ChannelFileScanner::displayName(const QByteArray &name)
{
    QString out;
    const QByteArray::const_iterator end = name.cend();
    for (auto it = name.cbegin(); it != end;) {
        // The longest valid UTF-8 sequence at it, else one escaped byte.
        const auto c = uchar(*it);
        int length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length > 1 && end - it >= length) {
            const QByteArray sequence(&*it, length);
            const QString decoded = QString::fromUtf8(sequence);
            if (decoded.toUtf8() == sequence && !decoded.contains(QChar::ReplacementCharacter)) {
                out += decoded;
                it += length;
                continue;
            }
        }
        if (length == 1 && c >= 0x20 && c != 0x7F && c != '\\') {
            out += QLatin1Char(char(c));
        } else if (length == 1 && c == '\\') {
            out += QStringLiteral("\\\\");
        } else {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        }
        ++it;
    }
    return out;
}

QString ChannelFileScanner::sha256(const QString &path, QString *error)
{
    return sha256Native(QFile::encodeName(path), error);
}

QString ChannelFileScanner::sha256Native(const QByteArray &path, QString *error)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = errnoText(errno);
        return {};
    }
    struct stat st {};
    QString sha;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (error)
            *error = tr("not a regular file");
    } else {
        hashFd(fd, &sha, nullptr, error);
    }
    ::close(fd);
    return sha;
}

Result<ScanResult> ChannelFileScanner::scan(const Playbook &playbook, const QString &root)
{
    ScanResult result;
    auto windows = WindowsInstallation::locate(root);
    if (!windows) {
        if (windows.error().kind != ErrorKind::NotFound)
            return windows.error();
        return result;  // not a Windows volume: nothing to scan
    }
    result.windowsFound = true;
    result.windowsDir = windows->windowsDir;
    result.windowsRelative = windows->windowsName;

    auto folder = WindowsInstallation::resolve(root, playbook.targetFolder);
    if (!folder) {
        if (folder.error().kind == ErrorKind::NotFound)
            return result;
        return folder.error();  // a link out of the volume: refuse
    }
    result.targetFolderFound = true;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString relativeFolder = QDir(canonicalRoot).relativeFilePath(folder.value());
    const QByteArray folderNative = QFile::encodeName(folder.value());

    // readdir, not QDir: QDir drops or mangles names that are not valid UTF-8.
    DIR *dir = ::opendir(folderNative.constData());
    if (!dir)
        return makeError(errno == EACCES ? ErrorKind::NeedsAdmin : ErrorKind::Failed,
                         tr("The folder %1 cannot be read.").arg(relativeFolder), errnoText(errno));
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    const int dirFd = ::dirfd(dir);
    std::sort(names.begin(), names.end(), [](const QByteArray &a, const QByteArray &b) {
        const int c = displayName(a).compare(displayName(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });

    for (const QByteArray &name : names) {
        const QString shown = displayName(name);
        if (!playbook.matchesFileName(shown))
            continue;
        Finding f;
        f.relativePath = relativeFolder + u'/' + shown;
        f.absolutePath = folder.value() + u'/' + shown;
        if (shown != QString::fromUtf8(name))
            f.nativePath = folderNative + '/' + name;
        struct stat st {};
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            result.skipped.append(tr("%1 cannot be read: %2").arg(shown, errnoText(errno)));
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            result.skipped.append(tr("%1 is a link; it is not followed.").arg(shown));
            continue;
        }
        f.size = S_ISREG(st.st_mode) ? qint64(st.st_size) : 0;
        f.lastWriteUtc = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, Qt::UTC).addMSecs(st.st_mtim.tv_nsec / 1000000);
        if (!S_ISREG(st.st_mode)) {
            // A FIFO would block the read, a device never ends: never opened.
            f.reason = VerdictReason::NotRegularFile;
            result.findings.append(f);
            continue;
        }
        if (f.size > playbook.maxBytes) {
            f.reason = VerdictReason::TooLarge;
            result.findings.append(f);
            continue;
        }
        const int fd = ::openat(dirFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            result.skipped.append(tr("%1 cannot be read: %2").arg(shown, errnoText(errno)));
            continue;
        }
        struct stat opened {};
        if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_ino != st.st_ino
            || opened.st_size > playbook.maxBytes) {
            ::close(fd);  // replaced between the look and the open: look again next time
            f.reason = VerdictReason::NotRegularFile;
            result.findings.append(f);
            continue;
        }
        QByteArray head(qMax<qsizetype>(playbook.header.size(), 4096), Qt::Uninitialized);
        const ssize_t got = ::pread(fd, head.data(), size_t(head.size()), 0);
        head.truncate(got > 0 ? got : 0);
        QString error;
        bool allZero = false;
        const bool hashed = got >= 0 && hashFd(fd, &f.sha256, &allZero, &error);
        ::close(fd);
        if (!hashed) {
            result.skipped.append(tr("%1 cannot be read: %2").arg(shown, got < 0 ? errnoText(errno) : error));
            continue;
        }
        f.header = Classifier::headerState(playbook, head);
        if (f.header == HeaderState::AllZero && !allZero)
            f.header = HeaderState::Other;  // only zero-filled when the whole file is zeros
        const auto verdict = Classifier::classify(playbook, f.lastWriteUtc, f.header);
        f.verdict = verdict.verdict;
        f.reason = verdict.reason;
        result.findings.append(f);
    }
    ::closedir(dir);
    return result;
}

}  // namespace ra
