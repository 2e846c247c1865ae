// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/isolatedcall.h"
#include "system/processhardening.h"

#include <QElapsedTimer>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ra {

namespace {

bool writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

[[noreturn]] void childMain(int writeFd, const std::function<SecureBytes()> &work)
{
    // No core dump (the child holds the key), no ptrace by others, and gone with its parent.
    disableCoreDumps();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    // The work may crash: that is the point. Default actions, so the parent sees the signal.
    for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGQUIT})
        ::signal(sig, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    SecureBytes out = work();
    const quint64 size = out.size();
    const bool ok = writeAll(writeFd, reinterpret_cast<const char *>(&size), sizeof size) && writeAll(writeFd, out.data(), out.size());
    out.wipe();
    ::_exit(ok ? 0 : 1);
}

}  // namespace

IsolatedOutcome IsolatedCall::run(const std::function<SecureBytes()> &work, int timeoutMs, std::size_t maxOutput,
                                  const std::function<bool()> &stopRequested)
{
    IsolatedOutcome outcome;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        outcome.details = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return outcome;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        outcome.details = QStringLiteral("fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(fds[0]);
        ::close(fds[1]);
        return outcome;
    }
    if (pid == 0) {
        ::close(fds[0]);
        childMain(fds[1], work);
    }
    ::close(fds[1]);

    SecureBytes received;
    QElapsedTimer clock;
    clock.start();
    bool timedOut = false;
    bool tooLarge = false;
    bool stopped = false;
    char chunk[4096];
    constexpr qint64 StopPollMs = 100;
    for (;;) {
        if (stopRequested && stopRequested()) {
            stopped = true;
            break;
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, int(stopRequested ? qMin(left, StopPollMs) : left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0 && stopRequested && clock.elapsed() < timeoutMs)
            continue;
        if (ready <= 0) {
            timedOut = ready == 0;
            break;
        }
        const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (received.size() + std::size_t(n) > maxOutput + sizeof(quint64)) {
            tooLarge = true;
            break;
        }
        received.append(chunk, std::size_t(n));
    }
    secureWipe(chunk, sizeof chunk);
    ::close(fds[0]);
    if (timedOut || tooLarge || stopped)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }

    if (stopped) {
        outcome.state = IsolatedOutcome::State::Stopped;
        outcome.details = QStringLiteral("stopped on request; the helper process was ended");
    } else if (timedOut) {
        outcome.state = IsolatedOutcome::State::TimedOut;
        outcome.details = QStringLiteral("the helper process did not answer within %1 s and was stopped").arg(timeoutMs / 1000);
    } else if (WIFSIGNALED(status)) {
        outcome.state = IsolatedOutcome::State::Crashed;
        outcome.signal = WTERMSIG(status);
        outcome.details = QStringLiteral("the helper process died with signal %1 (%2)")
                              .arg(outcome.signal)
                              .arg(QString::fromLocal8Bit(strsignal(outcome.signal)));
    } else if (tooLarge || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || received.size() < sizeof(quint64)) {
        outcome.details = QStringLiteral("the helper process failed (exit status %1, %2 bytes)").arg(WEXITSTATUS(status)).arg(received.size());
    } else {
        quint64 size = 0;
        std::memcpy(&size, received.data(), sizeof size);
        if (size != received.size() - sizeof size) {
            outcome.details = QStringLiteral("the helper process answered %1 of %2 bytes").arg(received.size() - sizeof size).arg(size);
        } else {
            outcome.state = IsolatedOutcome::State::Finished;
            outcome.output = SecureBytes(received.data() + sizeof size, std::size_t(size));
        }
    }
    return outcome;
}

void IsolatedRecord::putInt(qint32 value)
{
    m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void IsolatedRecord::putBytes(const char *data, std::size_t size)
{
    putInt(qint32(size));
    m_bytes.append(data, size);
}

void IsolatedRecord::putText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    putBytes(utf8.constData(), std::size_t(utf8.size()));
}

bool IsolatedReader::getInt(qint32 *value)
{
    if (m_bytes.size() - m_at < sizeof(qint32))
        return false;
    std::memcpy(value, m_bytes.data() + m_at, sizeof(qint32));
    m_at += sizeof(qint32);
    return true;
}

bool IsolatedReader::getBytes(SecureBytes *out)
{
    qint32 size = 0;
    if (!getInt(&size) || size < 0 || std::size_t(size) > m_bytes.size() - m_at)
        return false;
    *out = SecureBytes(m_bytes.data() + m_at, std::size_t(size));
    m_at += std::size_t(size);
    return true;
}

bool IsolatedReader::getText(QString *text)
{
    SecureBytes bytes;
    if (!getBytes(&bytes))
        return false;
    *text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    return true;
}

}  // namespace ra
