// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitlockerimages.h"

#include <QTest>

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

namespace {

struct Unpacked {
    std::unique_ptr<QTemporaryDir> dir;
    QString problem;
};

const Unpacked &unpacked()
{
    static const Unpacked result = [] {
        Unpacked u;
        const QString data = testDataDir();
        const QString tarball = data + QStringLiteral("/bitlocker/bitlocker-images.tar.xz");
        if (data.isEmpty()) {
            u.problem = QStringLiteral("test data folder not found (RA_TESTDATA_DIR=%1)").arg(qEnvironmentVariable("RA_TESTDATA_DIR"));
            return u;
        }
        if (!QFile::exists(tarball)) {
            u.problem = QStringLiteral("BitLocker test images not found: %1").arg(tarball);
            return u;
        }
        u.dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ra-bitlocker-XXXXXX"));
        if (!u.dir->isValid()) {
            u.problem = QStringLiteral("cannot create a temporary folder: %1").arg(u.dir->errorString());
            return u;
        }
        // The main archive, then every image that comes in an archive of its own
        // (bitlk-aes-cbc-elephant-128.tar.xz): images.conf names them all.
        QStringList archives{tarball};
        for (const QString &extra : QDir(data + QStringLiteral("/bitlocker")).entryList({QStringLiteral("bitlk-*.tar.xz")}, QDir::Files, QDir::Name))
            archives << data + QStringLiteral("/bitlocker/") + extra;
        for (const QString &archive : archives) {
            QProcess tar;
            tar.start(QStringLiteral("tar"), {QStringLiteral("-xJf"), archive, QStringLiteral("-C"), u.dir->path()});
            if (!tar.waitForFinished(120000) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0) {
                u.problem = QStringLiteral("unpacking %1 failed: %2").arg(archive, QString::fromLocal8Bit(tar.readAllStandardError()));
                return u;
            }
        }
        return u;
    }();
    return result;
}

}  // namespace

QString bitlockerImagesDir()
{
    return unpacked().problem.isEmpty() && unpacked().dir ? unpacked().dir->path() : QString();
}

QString bitlockerImage(const QString &name)
{
    const QString dir = bitlockerImagesDir();
    if (dir.isEmpty())
        return {};
    const QString path = dir + u'/' + (name.endsWith(QLatin1String(".img")) ? name : name + QStringLiteral(".img"));
    return QFile::exists(path) ? path : QString();
}

QStringList bitlockerImageNames()
{
    return bitlockerImagesConf().keys();
}

bool copySparse(const QString &file, const QString &target, qint64 offset)
{
    QProcess dd;
    dd.start(QStringLiteral("dd"), {QStringLiteral("if=") + file, QStringLiteral("of=") + target, QStringLiteral("bs=64K"),
                                     QStringLiteral("seek=%1").arg(offset), QStringLiteral("oflag=seek_bytes"),
                                     QStringLiteral("conv=sparse,notrunc"), QStringLiteral("status=none")});
    return dd.waitForFinished(120000) && dd.exitStatus() == QProcess::NormalExit && dd.exitCode() == 0;
}

QString bitlockerImagesProblem()
{
    return unpacked().problem;
}

void addBitLockerImageRows()
{
    QTest::addColumn<QString>("name");
    const QStringList names = bitlockerImageNames();
    if (names.isEmpty())
        QTest::newRow("no images.conf") << QString();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

}  // namespace ra::test
