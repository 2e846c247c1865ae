// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one wrapper for every external tool the core runs (kpmcore ExternalCommand): only tools on
// the allowlist, a timeout, captured output, optional bytes on stdin, and a report node that
// records the command line and its output.
//
// Contract: a secret never goes into argv (/proc/<pid>/cmdline is world-readable). Secrets are
// handed over on stdin (setStandardInput) or through a private file descriptor. run() refuses an
// argument list that looks like it carries a recovery key or a dislocker password option.

#include "domain/report.h"
#include "domain/result.h"
#include "domain/securebytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace ra {

struct CommandOutput {
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    qint64 pid = 0;
    // stdout and stderr together, decoded (tools print their errors on either).
    QString text() const;
};

class ExternalCommand {
    Q_DECLARE_TR_FUNCTIONS(ExternalCommand)

public:
    static constexpr int DefaultTimeoutMs = 60000;

    ExternalCommand(QString tool, QStringList arguments);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Bytes written to the tool's stdin, then stdin is closed. The buffer is wiped after use.
    void setStandardInput(SecureBytes bytes) { m_stdin = std::move(bytes); }

    // Runs the tool to completion. An error only when it could not run or finish: ToolMissing,
    // BadInput (not allowlisted, or a secret in argv), Failed (timeout, crash). A non-zero exit
    // code is not an error here: the caller knows what the tool's codes mean.
    Result<CommandOutput> run(ReportNode &report);

    QString commandLine() const;  // "tool arg1 arg2": arguments only, never stdin

    static bool isAllowed(const QString &tool);
    // Absolute path of an allowlisted, installed tool; empty when missing (PATH, then sbin dirs).
    static QString findTool(const QString &tool);
    // The error for a tool that is not installed (ToolMissing), naming its Debian package.
    static Error toolMissing(const QString &tool);
    // Whether an argument list would leak a secret (a recovery key, dislocker -p/-u values).
    static bool argumentsLeakSecret(const QString &tool, const QStringList &arguments);

    // Test hook: tools that only tests run (mkntfs, tar, …). Not thread-safe; call at start-up.
    static void allowToolForTests(const QString &tool, const QString &package);
    // Test hook: called with the pid of every child right after it started.
    static void setStartObserver(std::function<void(qint64)> observer);

private:
    QString m_tool;
    QStringList m_arguments;
    int m_timeoutMs = DefaultTimeoutMs;
    SecureBytes m_stdin;
};

}  // namespace ra
