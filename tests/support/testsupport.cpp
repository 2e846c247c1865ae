// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace ra::test {

QString testDataDir()
{
    QString dir = qEnvironmentVariable("RA_TESTDATA_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(RA_SOURCE_DIR_FALLBACK "/../shared/testdata");
    return QFileInfo(dir).isDir() ? QFileInfo(dir).canonicalFilePath() : QString();
}

QMap<QString, QMap<QString, QString>> bitlockerImagesConf()
{
    QMap<QString, QMap<QString, QString>> conf;
    QFile file(testDataDir() + QStringLiteral("/bitlocker/images.conf"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return conf;
    QString section;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(u'[') && line.endsWith(u']'))
            section = line.mid(1, line.size() - 2);
        else if (const auto eq = line.indexOf(u'='); eq > 0 && !section.isEmpty())
            conf[section][line.left(eq)] = line.mid(eq + 1);
    }
    return conf;
}

QByteArray channelHeader()
{
    return QByteArray::fromHex("AAAAAAAA01002301");
}

bool plantFiles(const QString &root, const QList<PlantedFile> &files)
{
    for (const PlantedFile &f : files) {
        const QString path = root + u'/' + f.relativePath;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size())
            return false;
        // Flush first: a buffered write landing at close() would bump the time again.
        if (!file.flush())
            return false;
        if (f.lastWriteUtc.isValid() && !file.setFileTime(f.lastWriteUtc, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

QList<PlantedFile> manyFaultyChannelFiles(int count)
{
    QList<PlantedFile> files;
    const QByteArray body = channelHeader() + QByteArray(64 * 1024, '\x5a');
    for (int i = 0; i < count; ++i)
        files.append({QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-%1.sys")
                          .arg(i, 8, 10, QLatin1Char('0')),
                      body, QDateTime(QDate(2024, 7, 19), QTime(4, 9, 0), Qt::UTC)});
    return files;
}

QList<PlantedFile> standardIncidentTree(const QString &windowsFolderName)
{
    const QString dir = windowsFolderName + QStringLiteral("/System32/drivers/CrowdStrike/");
    const QByteArray body = channelHeader() + QByteArray(4096, '\x5a');
    return {
        {dir + QStringLiteral("C-00000291-00000000-00000032.sys"), body,
         QDateTime(QDate(2024, 7, 19), QTime(4, 9, 0), Qt::UTC)},
        {dir + QStringLiteral("C-00000291-00000000-00000033.sys"), body + "good",
         QDateTime(QDate(2024, 7, 19), QTime(5, 27, 0), Qt::UTC)},
        {dir + QStringLiteral("C-00000291-00000000-00000031.sys"), QByteArray(2048, '\0'),
         QDateTime(QDate(2024, 7, 19), QTime(5, 30, 0), Qt::UTC)},
        {dir + QStringLiteral("C-00000290-00000000-00000010.sys"), body,
         QDateTime(QDate(2024, 7, 19), QTime(4, 9, 0), Qt::UTC)},
    };
}

bool requireE2E()
{
    return qEnvironmentVariable("RA_REQUIRE_E2E") == QLatin1String("1");
}

}  // namespace ra::test

#include <QProcess>

#include <unistd.h>

namespace ra::test {

namespace {
bool runMount(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("mount"), args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}
}  // namespace

TmpfsMount::~TmpfsMount()
{
    if (!m_path.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
}

bool TmpfsMount::canMount()
{
    return geteuid() == 0;
}

bool TmpfsMount::mount(const QString &path, const QString &options)
{
    if (!runMount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options, QStringLiteral("ra-test"), path}, &m_error))
        return false;
    m_path = path;
    return true;
}

bool TmpfsMount::remountReadOnly()
{
    return runMount({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path}, &m_error);
}

}  // namespace ra::test
