// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throwaway PostgreSQL cluster for tests: initdb and pg_ctl from Debian's postgresql package,
// in a private folder under /tmp with a private Unix socket folder and no TCP listener. Run as
// root (CI), the cluster belongs to "nobody" (PostgreSQL refuses to run as root); otherwise to
// the current user. Stopped and removed when the object goes.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

class PgCluster {
public:
    PgCluster() = default;
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // The folder with initdb, pg_ctl and postgres; empty when PostgreSQL is not installed.
    static QString binDir();
    // initdb, start, create the database "cases" owned by user "ra" (trust on the socket only).
    bool start();
    bool stop();
    bool restart();  // start again after stop(), same data
    // postgresql://ra@localhost/cases?host=<socket dir>&port=<port>
    QString url() const;
    // psql -At -c SQL against the database; stdout, trimmed.
    QString psql(const QString &sql) const;
    QStringList psqlArguments() const;  // for timing the same query with psql
    // pg_dump of the database "cases" (plain SQL with the data); empty on failure.
    QByteArray dump() const;
    // The cluster's data folder (its table and WAL files, for byte-level searches).
    QString dataDir() const;
    QString error() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &args, bool asOwner);
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 54329;
    bool m_running = false;
};

}  // namespace ra::test
