// SPDX-License-Identifier: GPL-3.0-or-later
// The unattended batch on the practice and folder backends: several targets, keys from an export,
// no prompt, one case (with its ticket) per target; a keyless or missing target reported and the
// others unaffected; a stop before the start changes nothing.

#include "system/volumes/practicebackend.h"
#include "testsupport.h"
#include "workflow/batchrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace ra;

namespace {

QString channelFolder(const QString &root)
{
    return root + QStringLiteral("/Windows/System32/drivers/CrowdStrike");
}

int channelFiles(const QString &root)
{
    return int(QDir(channelFolder(root)).entryList({QStringLiteral("C-00000291*.sys")}, QDir::Files).size());
}

}  // namespace

class TestBatchRun : public QObject {
    Q_OBJECT

private slots:
    void everyTargetItsOwnCase();
    void keylessAndMissingTargetsReported();
    void stopBeforeStartChangesNothing();
    void defaultJobs();
};

void TestBatchRun::everyTargetItsOwnCase()
{
    QTemporaryDir a, b, clean, cases;
    QVERIFY(test::plantFiles(a.path(), test::standardIncidentTree()));
    QVERIFY(test::plantFiles(b.path(), test::standardIncidentTree()));
    QVERIFY(test::plantFiles(clean.path(), {test::standardIncidentTree()[1]}));  // only the good version
    auto index = std::make_shared<KeyExports>();
    const QByteArray csv = "Hostname,KeyID,RecoveryKey,Directory\nPRACTICE-PC," + PracticeBackend::keyId().toString().toLatin1()
        + ',' + PracticeBackend::keyText().toLatin1() + ",AD\n";
    QVERIFY(index->importData(csv, QStringLiteral("keys.csv")).ok());

    BatchOptions options;
    options.jobs = 2;
    options.casesDir = cases.path();
    options.technician = QStringLiteral("Tanaka");
    BatchRun batch({a.path(), RecoverySession::practiceTarget(), b.path(), clean.path()}, options, index);
    int progressCalls = 0;
    batch.setProgress([&](int, const BatchItem &) { ++progressCalls; });
    const QList<BatchItem> items = batch.run();

    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].result, BatchItem::Result::Fixed);
    QCOMPARE(items[1].result, BatchItem::Result::Fixed);
    QCOMPARE(items[2].result, BatchItem::Result::Fixed);
    QCOMPARE(items[3].result, BatchItem::Result::NotAffected);
    QCOMPARE(items[0].removed, 2);
    QCOMPARE(items[1].keyIds, QStringList{QStringLiteral("ACE0FBA5")});
    QVERIFY(items[1].keySource.contains(QStringLiteral("keys.csv")));
    QVERIFY(progressCalls >= 4 * 3);
    QSet<QString> folders;
    for (const BatchItem &item : items) {
        QVERIFY(item.finished());
        QVERIFY2(!item.caseId.isEmpty(), qPrintable(item.target));
        folders.insert(item.caseFolder);
        for (const char *name : {"case.json", "ticket.txt", "ticket.json"})
            QVERIFY2(QFile::exists(item.caseFolder + u'/' + QLatin1String(name)), name);
        QFile ticket(item.caseFolder + QStringLiteral("/ticket.txt"));
        QVERIFY(ticket.open(QIODevice::ReadOnly));
        const QByteArray text = ticket.readAll();
        QVERIFY(text.contains("Tanaka"));
        QVERIFY(!text.contains(PracticeBackend::keyText().toLatin1()));
    }
    QCOMPARE(folders.size(), 4);
    // Each folder independently: the faulty and unknown versions gone, the good one kept.
    QCOMPARE(channelFiles(a.path()), 1);
    QCOMPARE(channelFiles(b.path()), 1);
    QCOMPARE(channelFiles(clean.path()), 1);
}

void TestBatchRun::keylessAndMissingTargetsReported()
{
    QTemporaryDir a, cases;
    QVERIFY(test::plantFiles(a.path(), test::standardIncidentTree()));
    auto empty = std::make_shared<KeyExports>();
    BatchOptions options;
    options.jobs = 3;
    options.casesDir = cases.path();
    const QString missing = a.path() + QStringLiteral("-gone/disk.vhdx");
    BatchRun batch({RecoverySession::practiceTarget(), missing, a.path()}, options, empty);
    const QList<BatchItem> items = batch.run();
    QCOMPARE(items[0].result, BatchItem::Result::NoKey);
    QVERIFY(items[0].message.contains(QStringLiteral("ACE0FBA5")));
    QVERIFY(items[0].caseId.isEmpty());
    QCOMPARE(items[1].result, BatchItem::Result::NotFixed);
    QVERIFY(!items[1].message.isEmpty());
    QCOMPARE(items[2].result, BatchItem::Result::Fixed);
    QCOMPARE(channelFiles(a.path()), 1);
    // Only the fixed target has a case folder.
    QCOMPARE(QDir(cases.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
}

void TestBatchRun::stopBeforeStartChangesNothing()
{
    QTemporaryDir a, b, cases;
    QVERIFY(test::plantFiles(a.path(), test::standardIncidentTree()));
    QVERIFY(test::plantFiles(b.path(), test::standardIncidentTree()));
    BatchOptions options;
    options.casesDir = cases.path();
    std::atomic<bool> stop{true};
    BatchRun batch({a.path(), b.path()}, options, {});
    batch.setExternalStop(&stop);
    batch.stop();
    for (const BatchItem &item : batch.run())
        QCOMPARE(item.result, BatchItem::Result::Stopped);
    QCOMPARE(channelFiles(a.path()), 3);
    QCOMPARE(channelFiles(b.path()), 3);
}

void TestBatchRun::defaultJobs()
{
    QCOMPARE(BatchRun::defaultJobs(1), 1);
    QVERIFY(BatchRun::defaultJobs(100) >= 1);
    QVERIFY(BatchRun::defaultJobs(100) <= std::max(1, QThread::idealThreadCount()));
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_batchrun.moc"
