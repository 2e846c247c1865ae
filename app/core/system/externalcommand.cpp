// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/externalcommand.h"

#include "system/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <QDeadlineTimer>
#include <QThread>

#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <mutex>

namespace ra {

namespace {

// tool -> Debian package that provides it
QMap<QString, QString> &allowlist()
{
    static QMap<QString, QString> tools{
        {QStringLiteral("dislocker"), QStringLiteral("dislocker")},
        {QStringLiteral("dislocker-fuse"), QStringLiteral("dislocker")},
        {QStringLiteral("ntfs-3g"), QStringLiteral("ntfs-3g")},
        {QStringLiteral("ntfsfix"), QStringLiteral("ntfs-3g")},
        {QStringLiteral("fusermount"), QStringLiteral("fuse3")},
        {QStringLiteral("fusermount3"), QStringLiteral("fuse3")},
        {QStringLiteral("umount"), QStringLiteral("mount")},
        {QStringLiteral("losetup"), QStringLiteral("mount")},
        {QStringLiteral("cryptsetup"), QStringLiteral("cryptsetup-bin")},
        {QStringLiteral("mcopy"), QStringLiteral("mtools")},
        {QStringLiteral("qemu-img"), QStringLiteral("qemu-utils")},
        {QStringLiteral("qemu-storage-daemon"), QStringLiteral("qemu-system-common")},
    };
    return tools;
}

std::mutex &observerMutex()
{
    static std::mutex m;
    return m;
}

std::function<void(qint64)> &startObserver()
{
    static std::function<void(qint64)> observer;
    return observer;
}

constexpr int MaxReportedOutput = 8192;
constexpr int TermGraceMs = 3000;

// Stops a tool that did not finish in time, and everything it started in its process group
// (a tool that forks, QEMU's daemon before it detaches): SIGTERM, a grace period, then SIGKILL.
void stopGroup(QProcess &process, qint64 pid)
{
    if (pid <= 0)
        return;
    ::kill(-pid_t(pid), SIGTERM);
    if (process.waitForFinished(TermGraceMs)) {
        ::kill(-pid_t(pid), SIGKILL);  // whatever of the group is left
        return;
    }
    ::kill(-pid_t(pid), SIGKILL);
    process.waitForFinished(5000);
}

QString clipped(const QString &text)
{
    return text.size() > MaxReportedOutput ? text.left(MaxReportedOutput) + QStringLiteral("\n…") : text;
}

}  // namespace

QString CommandOutput::text() const
{
    QString all = QString::fromLocal8Bit(standardOutput).trimmed();
    const QString err = QString::fromLocal8Bit(standardError).trimmed();
    if (!err.isEmpty())
        all += (all.isEmpty() ? QString() : QStringLiteral("\n")) + err;
    return all;
}

ExternalCommand::ExternalCommand(QString tool, QStringList arguments)
    : m_tool(std::move(tool)), m_arguments(std::move(arguments))
{
}

bool ExternalCommand::isAllowed(const QString &tool)
{
    return allowlist().contains(tool);
}

QString ExternalCommand::findTool(const QString &tool)
{
    if (!isAllowed(tool))
        return {};
    QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                     QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return path;
}

Error ExternalCommand::toolMissing(const QString &tool)
{
    return makeError(ErrorKind::ToolMissing,
                     tr("The tool \"%1\" is not installed on this computer; install the package \"%2\" and try again.")
                         .arg(tool, allowlist().value(tool, tool)),
                     QStringLiteral("%1 not found in PATH, /usr/sbin or /sbin").arg(tool));
}

bool ExternalCommand::argumentsLeakSecret(const QString &tool, const QStringList &arguments)
{
    // 48 digits in groups of 6, with or without separators: a recovery key, whatever tool.
    static const QRegularExpression recoveryKey(QStringLiteral("\\d{6}(?:[-\\s]?\\d{6}){7}"));
    static const QRegularExpression shortCluster(QStringLiteral("^-[A-Za-z]"));
    const bool dislocker = tool.startsWith(QStringLiteral("dislocker"));
    for (const QString &arg : arguments) {
        if (recoveryKey.match(arg).hasMatch())
            return true;
        if (!dislocker)
            continue;
        // dislocker takes -p<recovery password> and -u<user password> in argv: never allowed.
        if (arg.startsWith(QStringLiteral("--recovery-password")) || arg.startsWith(QStringLiteral("--user-password")))
            return true;
        if (shortCluster.match(arg).hasMatch() && (arg.contains(u'p') || arg.contains(u'u')))
            return true;
    }
    return false;
}

void ExternalCommand::allowToolForTests(const QString &tool, const QString &package)
{
    allowlist().insert(tool, package);
}

void ExternalCommand::setStartObserver(std::function<void(qint64)> observer)
{
    std::lock_guard<std::mutex> lock(observerMutex());
    startObserver() = std::move(observer);
}

QString ExternalCommand::commandLine() const
{
    QStringList parts{m_tool};
    for (const QString &arg : m_arguments)
        parts << (arg.contains(u' ') ? u'"' + arg + u'"' : arg);
    return parts.join(u' ');
}

Result<CommandOutput> ExternalCommand::run(ReportNode &report)
{
    // A refused argument list is never written anywhere, not even into the report.
    const bool leaks = argumentsLeakSecret(m_tool, m_arguments);
    ReportNode &node = report.addChild(leaks ? m_tool + QStringLiteral(" [arguments withheld]") : commandLine());
    auto fail = [&](Error error) -> Result<CommandOutput> {
        node.finish(ReportNode::State::Failed, error.details);
        m_stdin.wipe();
        return error;
    };

    if (!isAllowed(m_tool))
        return fail(makeError(ErrorKind::BadInput, tr("The program refused to run a tool it does not know."),
                              QStringLiteral("not on the allowlist: %1").arg(m_tool)));
    if (leaks)
        return fail(makeError(ErrorKind::BadInput,
                              tr("The program refused to put a key on a command line, where other users could read it."),
                              QStringLiteral("secret-bearing argument refused for %1").arg(m_tool)));
    const QString program = findTool(m_tool);
    if (program.isEmpty())
        return fail(toolMissing(m_tool));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));  // messages we parse stay English
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(m_arguments);
    if (m_stdin.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    // Every tool in a process group of its own (a timeout stops the group; a Ctrl+C on the
    // terminal reaches us, and we stop the tools in order), and killed when we die while it runs
    // (a tool that daemonizes forks first: its daemon is not tied to us, see VmImage and DiskMount
    // for how those are released). Only async-signal-safe calls in the child.
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);  // we died before the line above took effect
    });
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(m_timeoutMs)) {
        const bool missing = process.error() == QProcess::FailedToStart && !QFileInfo(program).isExecutable();
        return fail(missing ? toolMissing(m_tool)
                            : makeError(ErrorKind::Failed, tr("The tool \"%1\" could not be started.").arg(m_tool),
                                        process.errorString()));
    }
    CommandOutput out;
    out.pid = process.processId();
    {
        std::lock_guard<std::mutex> lock(observerMutex());
        if (startObserver())
            startObserver()(out.pid);
    }
    if (!m_stdin.isEmpty()) {
        qint64 written = 0;
        while (written < qint64(m_stdin.size())) {
            const qint64 n = process.write(m_stdin.data() + written, qint64(m_stdin.size()) - written);
            if (n <= 0)
                break;
            written += n;
        }
        process.waitForBytesWritten(m_timeoutMs);
        m_stdin.wipe();
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(m_timeoutMs)) {
        stopGroup(process, out.pid);
        return fail(makeError(ErrorKind::Failed,
                              tr("The tool \"%1\" did not finish within %2 seconds and was stopped.")
                                  .arg(m_tool)
                                  .arg(m_timeoutMs / 1000),
                              QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError())));
    }
    out.standardOutput = process.readAllStandardOutput();
    out.standardError = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        return fail(makeError(ErrorKind::Failed, tr("The tool \"%1\" crashed.").arg(m_tool), clipped(out.text())));
    out.exitCode = process.exitCode();
    log().debug("ran {} -> {}", u8(commandLine()), out.exitCode);
    node.finish(out.exitCode == 0 ? ReportNode::State::Ok : ReportNode::State::Failed,
                QStringLiteral("exit %1\n%2").arg(out.exitCode).arg(clipped(out.text())));
    return out;
}

}  // namespace ra
