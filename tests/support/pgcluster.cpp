// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace ra::test {

namespace {

constexpr uid_t NobodyId = 65534;

void chownTree(const QString &path)
{
    if (::geteuid() == 0)
        (void)::chown(QFile::encodeName(path).constData(), NobodyId, NobodyId);
}

}  // namespace

QString PgCluster::binDir()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return {};
}

PgCluster::~PgCluster()
{
    if (m_running)
        stop();
}

bool PgCluster::run(const QString &program, const QStringList &args, bool asOwner)
{
    QProcess p;
    QString exe = program.startsWith(u'/') ? program : binDir() + u'/' + program;
    QStringList argv = args;
    if (asOwner && ::geteuid() == 0) {
        argv.prepend(exe);
        argv = QStringList{QStringLiteral("--reuid=%1").arg(NobodyId), QStringLiteral("--regid=%1").arg(NobodyId),
                           QStringLiteral("--clear-groups"), QStringLiteral("--")} + argv;
        exe = QStringLiteral("setpriv");
    }
    p.setWorkingDirectory(m_dir->path());
    p.start(exe, argv);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = program + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    if (binDir().isEmpty()) {
        m_error = QStringLiteral("PostgreSQL is not installed (scripts/deps installs it)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/ra-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return false;
    }
    QDir(m_dir->path()).mkpath(QStringLiteral("sock"));
    chownTree(m_dir->path());
    chownTree(m_dir->filePath(QStringLiteral("sock")));
    ::chmod(QFile::encodeName(m_dir->filePath(QStringLiteral("sock"))).constData(), 0700);
    m_port = 50000 + int(::getpid() % 10000);
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-U"),
                                        QStringLiteral("ra"), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                                        QStringLiteral("UTF8"), QStringLiteral("--no-sync"), QStringLiteral("--no-locale")},
             true))
        return false;
    if (!restart())
        return false;
    return run(binDir() + QStringLiteral("/createdb"),
               {QStringLiteral("-h"), m_dir->filePath(QStringLiteral("sock")), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("ra"), QStringLiteral("cases")},
               true);
}

bool PgCluster::restart()
{
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -F -c max_connections=60")
                                .arg(m_dir->filePath(QStringLiteral("sock"))).arg(m_port);
    m_running = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-o"), options,
                                               QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                                               QStringLiteral("start")},
                    true);
    return m_running;
}

bool PgCluster::stop()
{
    const bool ok = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                                   QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                        true);
    m_running = !ok;
    return ok;
}

QString PgCluster::url() const
{
    return QStringLiteral("postgresql://ra@localhost/cases?host=%1&port=%2").arg(m_dir->filePath(QStringLiteral("sock"))).arg(m_port);
}

QStringList PgCluster::psqlArguments() const
{
    return {QStringLiteral("-h"), m_dir->filePath(QStringLiteral("sock")), QStringLiteral("-p"), QString::number(m_port),
            QStringLiteral("-U"), QStringLiteral("ra"), QStringLiteral("-d"), QStringLiteral("cases"), QStringLiteral("-X"), QStringLiteral("-At")};
}

QString PgCluster::psql(const QString &sql) const
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/psql"), psqlArguments() + QStringList{QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

}  // namespace ra::test

namespace ra::test {

QByteArray PgCluster::dump() const
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/pg_dump"),
            {QStringLiteral("-h"), m_dir->filePath(QStringLiteral("sock")), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), QStringLiteral("ra"), QStringLiteral("cases")});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QString PgCluster::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

}  // namespace ra::test
