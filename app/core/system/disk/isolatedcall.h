// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one piece of work in a short-lived child process of ours (fork, no exec) and hands its
// output back through a pipe. Used for every call into libcryptsetup on untrusted BitLocker
// metadata: a crash (SIGSEGV, abort) or a hang there ends the child, never the wizard or the
// CLI. The work's inputs (a key, a passphrase) reach the child as its copy of our memory,
// never through argv or the environment; the child cannot dump core (it may hold keys), dies
// with its parent, and does nothing but the work and one write.

#include "domain/securebytes.h"

#include <QString>

#include <functional>

namespace ra {

struct IsolatedOutcome {
    enum class State { Finished, Crashed, TimedOut, Failed, Stopped };
    State state = State::Failed;
    int signal = 0;          // Crashed: the signal that ended the child
    SecureBytes output;      // Finished: what the work returned
    QString details;         // why, for the report (never a secret)

    bool finished() const { return state == State::Finished; }
};

class IsolatedCall {
public:
    // work runs in the child; its result (at most maxOutput bytes) is the outcome's output.
    // stopRequested, when given, is asked about ten times a second while the child works: when it
    // says yes the child is killed at once and the outcome is Stopped (a Stop, SIGINT or SIGTERM
    // never waits for a long computation such as a key bundle's Argon2id).
    static IsolatedOutcome run(const std::function<SecureBytes()> &work, int timeoutMs = 300000,
                               std::size_t maxOutput = 1 << 20, const std::function<bool()> &stopRequested = {});
};

// A small length-prefixed record format for the child's answer (bounded when read back).
class IsolatedRecord {
public:
    void putInt(qint32 value);
    void putBytes(const char *data, std::size_t size);
    void putText(const QString &text);
    SecureBytes take() { return std::move(m_bytes); }

private:
    SecureBytes m_bytes;
};

class IsolatedReader {
public:
    explicit IsolatedReader(const SecureBytes &bytes) : m_bytes(bytes) {}
    bool getInt(qint32 *value);
    bool getBytes(SecureBytes *out);
    bool getText(QString *text);

private:
    const SecureBytes &m_bytes;
    std::size_t m_at = 0;
};

}  // namespace ra
