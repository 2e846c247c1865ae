// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/stopsignals.h"

#include "system/logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace ra::StopSignals {

namespace {
std::atomic<int> g_signal{0};
int g_pipe[2] = {-1, -1};
std::function<void(int)> g_onSignal;

void handler(int signal)
{
    int expected = 0;
    g_signal.compare_exchange_strong(expected, signal);
    if (g_pipe[1] >= 0) {
        const char byte = char(signal);
        const int saved = errno;
        [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
        errno = saved;
    }
}
}  // namespace

void install(std::function<void(int)> onSignal)
{
    static bool installed = false;
    if (onSignal)
        g_onSignal = std::move(onSignal);
    if (installed)
        return;
    installed = true;
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        g_pipe[0] = g_pipe[1] = -1;
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;  // system calls in flight go on; the workflow polls the flag
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGQUIT})
        ::sigaction(s, &action, nullptr);
    if (g_pipe[0] >= 0 && QCoreApplication::instance()) {
        auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
            char buffer[16];
            while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
            }
            const int s = g_signal.load();
            log().warn("signal {} received: stopping as with Stop", s);
            if (g_onSignal)
                g_onSignal(s);
        });
    }
}

bool stopRequested()
{
    return g_signal.load() != 0;
}

int signalNumber()
{
    return g_signal.load();
}

void request(int signal)
{
    handler(signal);
}

void faultPoint(const char *name)
{
    // Only the first time: "before-delete" comes once per file, and a test that continues the
    // run after its fault must not find it stopped again at the next file.
    static const QByteArray wanted = qgetenv("RA_FAULT_PAUSE");
    static std::atomic<bool> paused{false};
    if (!wanted.isEmpty() && wanted == name && !paused.exchange(true))
        ::raise(SIGSTOP);
}

}  // namespace ra::StopSignals
