// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/playbook.h"
#include "system/volumes/channelfilescanner.h"
#include "testsupport.h"
#include "workflow/remediation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestRemediation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void describesBeforeTouching();
    void quarantinesThenDeletes();
    void failingCopyLeavesOriginal();
    void changedFileIsLeftAlone();
    void readOnlyVolumeRefusedBeforeAnyStep();
    void diskFullLeavesEverything();
    void cancelStopsBetweenFiles();

private:
    QList<Finding> scanSelected(const QString &root);
    Playbook m_playbook;
};

void TestRemediation::initTestCase()
{
    auto p = Playbook::builtin();
    QVERIFY(p.ok());
    m_playbook = p.value();
}

QList<Finding> TestRemediation::scanSelected(const QString &root)
{
    auto scanned = ChannelFileScanner::scan(m_playbook, root);
    if (!scanned)
        return {};
    QList<Finding> findings = scanned->findings;
    Classifier::applyDefaultSelection(findings, false);
    QList<Finding> selected;
    for (const Finding &f : findings)
        if (f.selected)
            selected.append(f);
    return selected;
}

static bool exists(const QString &root, const QString &relative)
{
    return QFile::exists(root + u'/' + relative);
}

static const QString kDir = QStringLiteral("Windows/System32/drivers/CrowdStrike/");

void TestRemediation::describesBeforeTouching()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    const QList<Finding> selected = scanSelected(volume.path());
    QCOMPARE(selected.size(), 2);  // the faulty one and the zero-filled one; not the good one
    Remediation r(volume.path(), selected, cases.path() + QStringLiteral("/q"), QStringLiteral("RA-TEST"));
    const QStringList steps = r.describe();
    QCOMPARE(steps.size(), 1 + 2 * 2 + 1);
    QVERIFY(steps.join(u'\n').contains(QStringLiteral("C-00000291-00000000-00000032.sys")));
    // Nothing changed by describing.
    QVERIFY(exists(volume.path(), kDir + QStringLiteral("C-00000291-00000000-00000032.sys")));
    QVERIFY(!QDir(cases.path() + QStringLiteral("/q")).exists());
}

void TestRemediation::quarantinesThenDeletes()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    const QList<Finding> selected = scanSelected(volume.path());
    const QString quarantine = cases.path() + QStringLiteral("/q");
    Remediation r(volume.path(), selected, quarantine, QStringLiteral("RA-TEST"));
    Report report;
    QList<RemovedFile> removed;
    QList<int> progressSeen;
    const Status status = r.execute(report, removed, [&](const QString &, int done, int) { progressSeen.append(done); });
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(report.overallState(), ReportNode::State::Ok);
    QVERIFY(!progressSeen.isEmpty());

    // Exactly the selected files are gone; the good version and channel file 290 stay.
    QVERIFY(!exists(volume.path(), kDir + QStringLiteral("C-00000291-00000000-00000032.sys")));
    QVERIFY(!exists(volume.path(), kDir + QStringLiteral("C-00000291-00000000-00000031.sys")));
    QVERIFY(exists(volume.path(), kDir + QStringLiteral("C-00000291-00000000-00000033.sys")));
    QVERIFY(exists(volume.path(), kDir + QStringLiteral("C-00000290-00000000-00000010.sys")));

    // Every copy matches its hash and keeps its last-write time; the manifest lists them.
    for (const RemovedFile &f : removed) {
        QVERIFY(QFile::exists(f.quarantinePath));
        QCOMPARE(ChannelFileScanner::sha256(f.quarantinePath), f.sha256);
        QCOMPARE(QFileInfo(f.quarantinePath).fileTime(QFileDevice::FileModificationTime).toUTC(), f.lastWriteUtc);
    }
    QFile manifest(r.manifestPath());
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(m.value(QStringLiteral("caseId")).toString(), QStringLiteral("RA-TEST"));
    const QJsonArray files = m.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    for (const auto &v : files) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"path", "size", "lastWriteUtc", "sha256", "verdict", "quarantinePath"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
    }
    QCOMPARE(files[1].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("faulty"));
    QCOMPARE(files[1].toObject().value(QStringLiteral("lastWriteUtc")).toString(), QStringLiteral("2024-07-19T04:09:00Z"));
}

void TestRemediation::failingCopyLeavesOriginal()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    const QList<Finding> selected = scanSelected(volume.path());
    const QString quarantine = cases.path() + QStringLiteral("/q");
    // A plain file where the quarantine's Windows folder must go: every copy fails.
    QVERIFY(QDir().mkpath(quarantine));
    QFile blocker(quarantine + QStringLiteral("/Windows"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Remediation r(volume.path(), selected, quarantine, QStringLiteral("RA-TEST"));
    Report report;
    QList<RemovedFile> removed;
    const Status status = r.execute(report, removed);
    QVERIFY(!status.ok());
    QVERIFY(removed.isEmpty());
    QCOMPARE(report.overallState(), ReportNode::State::Failed);
    for (const Finding &f : selected)
        QVERIFY2(QFile::exists(f.absolutePath), qPrintable(f.relativePath));
    QVERIFY(status.error().message.contains(QStringLiteral("left on the affected disk")));
}

void TestRemediation::changedFileIsLeftAlone()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    const QList<Finding> selected = scanSelected(volume.path());
    QFile changed(selected.last().absolutePath);
    QVERIFY(changed.open(QIODevice::Append));
    changed.write("changed after review");
    changed.close();
    Remediation r(volume.path(), selected, cases.path() + QStringLiteral("/q"), QStringLiteral("RA-TEST"));
    Report report;
    QList<RemovedFile> removed;
    const Status status = r.execute(report, removed);
    QVERIFY(!status.ok());
    QVERIFY(QFile::exists(selected.last().absolutePath));
    QCOMPARE(removed.size(), 1);  // the other file is still handled
}

void TestRemediation::readOnlyVolumeRefusedBeforeAnyStep()
{
    QTemporaryDir volume, cases;
    test::TmpfsMount mount;
    if (test::TmpfsMount::canMount()) {
        QVERIFY2(mount.mount(volume.path(), QStringLiteral("size=4m")), qPrintable(mount.error()));
        QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
        QVERIFY2(mount.remountReadOnly(), qPrintable(mount.error()));
    } else {
        QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
        QVERIFY(QFile::setPermissions(volume.path() + u'/' + kDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QVERIFY(QFile::setPermissions(volume.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QList<Finding> selected = scanSelected(volume.path());
    QCOMPARE(selected.size(), 2);
    const QString quarantine = cases.path() + QStringLiteral("/q");
    Remediation r(volume.path(), selected, quarantine, QStringLiteral("RA-TEST"));
    Report report;
    QList<RemovedFile> removed;
    const Status status = r.execute(report, removed);
    QFile::setPermissions(volume.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::ReadOnly);
    QVERIFY(!QDir(quarantine).exists());  // refused before the first step
    for (const Finding &f : selected)
        QVERIFY(QFile::exists(f.absolutePath));
}

void TestRemediation::diskFullLeavesEverything()
{
    if (!test::TmpfsMount::canMount()) {
        if (test::requireE2E())
            QFAIL("a tiny tmpfs for the full quarantine disk needs root, and RA_REQUIRE_E2E=1");
        QSKIP("needs root to mount a tiny tmpfs as the full quarantine disk");
    }
    QTemporaryDir volume, cases;
    QList<test::PlantedFile> files = test::standardIncidentTree();
    files[0].content += QByteArray(256 * 1024, 'x');  // larger than the quarantine disk
    QVERIFY(test::plantFiles(volume.path(), files));
    test::TmpfsMount full;
    QVERIFY2(full.mount(cases.path(), QStringLiteral("size=128k")), qPrintable(full.error()));
    const QList<Finding> selected = scanSelected(volume.path());
    Remediation r(volume.path(), selected, cases.path() + QStringLiteral("/q"), QStringLiteral("RA-TEST"));
    Report report;
    QList<RemovedFile> removed;
    const Status status = r.execute(report, removed);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::DiskFull);
    QVERIFY(removed.isEmpty());
    for (const Finding &f : selected)
        QVERIFY(QFile::exists(f.absolutePath));
}

void TestRemediation::cancelStopsBetweenFiles()
{
    QTemporaryDir volume, cases;
    QVERIFY(test::plantFiles(volume.path(), test::standardIncidentTree()));
    const QList<Finding> selected = scanSelected(volume.path());
    Remediation r(volume.path(), selected, cases.path() + QStringLiteral("/q"), QStringLiteral("RA-TEST"));
    Report report;
    QList<RemovedFile> removed;
    std::atomic<bool> cancel{false};
    // Cancel while the first file is being handled: it completes, the second is not touched.
    const Status status = r.execute(report, removed, [&](const QString &, int, int) { cancel = true; }, &cancel);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Cancelled);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!QFile::exists(selected[0].absolutePath));
    QVERIFY(QFile::exists(selected[1].absolutePath));
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
