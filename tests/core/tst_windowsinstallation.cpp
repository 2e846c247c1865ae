// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/volumes/windowsinstallation.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using ra::WindowsInstallation;

class TestWindowsInstallation : public QObject {
    Q_OBJECT

private slots:
    void locatesAnyCase_data();
    void locatesAnyCase();
    void noWindows();
    void refusesLinksOutOfTheVolume();
    void refusesDotDot();
};

void TestWindowsInstallation::locatesAnyCase_data()
{
    QTest::addColumn<QString>("windows");
    QTest::addColumn<QString>("system32");
    QTest::newRow("as Windows writes it") << QStringLiteral("Windows") << QStringLiteral("System32");
    QTest::newRow("upper") << QStringLiteral("WINDOWS") << QStringLiteral("SYSTEM32");
    QTest::newRow("lower") << QStringLiteral("windows") << QStringLiteral("system32");
}

void TestWindowsInstallation::locatesAnyCase()
{
    QFETCH(QString, windows);
    QFETCH(QString, system32);
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(windows + u'/' + system32 + QStringLiteral("/drivers/crowdstrike")));
    const auto found = WindowsInstallation::locate(root.path());
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().details));
    QCOMPARE(found->windowsName, windows);
    const auto folder = WindowsInstallation::resolve(root.path(), QStringLiteral("Windows/System32/drivers/CrowdStrike"));
    QVERIFY(folder.ok());
    QVERIFY(folder->endsWith(windows + u'/' + system32 + QStringLiteral("/drivers/crowdstrike")));
}

void TestWindowsInstallation::noWindows()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("Users/Public")));
    const auto found = WindowsInstallation::locate(root.path());
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind, ra::ErrorKind::NotFound);
    QVERIFY(!WindowsInstallation::locate(QStringLiteral("/nonexistent/volume")).ok());
}

void TestWindowsInstallation::refusesLinksOutOfTheVolume()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    // Windows/System32 exists, but drivers is a link (ntfs-3g shows junctions as symlinks) to
    // a folder outside the volume that holds a matching file.
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("Windows/System32")));
    QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("CrowdStrike")));
    QVERIFY(QFile::link(outside.path(), root.path() + QStringLiteral("/Windows/System32/drivers")));
    const auto folder = WindowsInstallation::resolve(root.path(), QStringLiteral("Windows/System32/drivers/CrowdStrike"));
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().kind, ra::ErrorKind::Unsupported);
    QVERIFY(!WindowsInstallation::resolve(root.path(), QStringLiteral("Windows/System32/drivers/CrowdStrike"), true).ok());
    QVERIFY(!WindowsInstallation::staysInside(root.path(), outside.path()));

    // A link inside the volume is still refused by default, and followed only when allowed.
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("Other/CrowdStrike")));
    QVERIFY(QFile::remove(root.path() + QStringLiteral("/Windows/System32/drivers")));
    QVERIFY(QFile::link(root.path() + QStringLiteral("/Other"), root.path() + QStringLiteral("/Windows/System32/drivers")));
    QVERIFY(!WindowsInstallation::resolve(root.path(), QStringLiteral("Windows/System32/drivers/CrowdStrike")).ok());
    QVERIFY(WindowsInstallation::resolve(root.path(), QStringLiteral("Windows/System32/drivers/CrowdStrike"), true).ok());
}

void TestWindowsInstallation::refusesDotDot()
{
    QTemporaryDir root;
    const auto r = WindowsInstallation::resolve(root.path(), QStringLiteral("Windows/../../etc"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ra::ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestWindowsInstallation)
#include "tst_windowsinstallation.moc"
