// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/playbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ra::Playbook;

class TestPlaybook : public QObject {
    Q_OBJECT

private slots:
    void builtinDescribesTheIncident();
    void rejectsBrokenFields_data();
    void rejectsBrokenFields();
    void rejectsNonJson();
    void matchesNamesCaseInsensitively();

private:
    QJsonObject builtinJson() const;
};

QJsonObject TestPlaybook::builtinJson() const
{
    QFile file(QStringLiteral(RA_SOURCE_DIR "/resources/playbooks/crowdstrike-channel-291.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestPlaybook::builtinDescribesTheIncident()
{
    const auto p = Playbook::builtin();
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message + p.error().details));
    QCOMPARE(p->id, QStringLiteral("crowdstrike-channel-291"));
    QCOMPARE(p->targetFolder, QStringLiteral("Windows/System32/drivers/CrowdStrike"));
    QCOMPARE(p->filePattern, QStringLiteral("C-00000291*.sys"));
    QCOMPARE(p->header, QByteArray::fromHex("AAAAAAAA01002301"));
    QCOMPARE(p->faultyFrom, QDateTime(QDate(2024, 7, 19), QTime(4, 9), Qt::UTC));
    QCOMPARE(p->faultyUntil, QDateTime(QDate(2024, 7, 19), QTime(5, 27), Qt::UTC));
    QCOMPARE(p->goodFrom, QDateTime(QDate(2024, 7, 19), QTime(5, 27), Qt::UTC));
    QVERIFY(!p->title.ja.isEmpty() && !p->title.en.isEmpty());
    bool hasRotateStep = false;
    for (const auto &step : p->nextSteps)
        hasRotateStep = hasRotateStep || (step.when == ra::NextStep::When::KeyUsed && step.text.ja.contains(QStringLiteral("回復キー")));
    QVERIFY(hasRotateStep);
}

void TestPlaybook::rejectsBrokenFields_data()
{
    QTest::addColumn<QString>("pointer");  // "a.b" path of the field to change
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");    // the field name the error must name
    QTest::newRow("schema") << QStringLiteral("schema") << QJsonValue(2) << QStringLiteral("schema");
    QTest::newRow("id") << QStringLiteral("id") << QJsonValue(QStringLiteral("Bad Id!")) << QStringLiteral("id");
    QTest::newRow("title without ja") << QStringLiteral("title") << QJsonValue(QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}}) << QStringLiteral("title");
    QTest::newRow("absolute folder") << QStringLiteral("target.folder") << QJsonValue(QStringLiteral("/Windows")) << QStringLiteral("target.folder");
    QTest::newRow("escaping folder") << QStringLiteral("target.folder") << QJsonValue(QStringLiteral("Windows/../..")) << QStringLiteral("target.folder");
    QTest::newRow("pattern with path") << QStringLiteral("target.pattern") << QJsonValue(QStringLiteral("a/b*.sys")) << QStringLiteral("target.pattern");
    QTest::newRow("header not hex") << QStringLiteral("target.header") << QJsonValue(QStringLiteral("AA ZZ")) << QStringLiteral("target.header");
    QTest::newRow("time without zone") << QStringLiteral("timestamps.faultyFrom") << QJsonValue(QStringLiteral("2024-07-19T04:09:00")) << QStringLiteral("timestamps.faultyFrom");
    QTest::newRow("until before from") << QStringLiteral("timestamps.faultyUntil") << QJsonValue(QStringLiteral("2024-07-19T04:00:00Z")) << QStringLiteral("timestamps.faultyUntil");
    QTest::newRow("good before until") << QStringLiteral("timestamps.goodFrom") << QJsonValue(QStringLiteral("2024-07-19T05:00:00Z")) << QStringLiteral("timestamps.goodFrom");
    QTest::newRow("no steps") << QStringLiteral("nextSteps") << QJsonValue(QJsonArray()) << QStringLiteral("nextSteps");
}

void TestPlaybook::rejectsBrokenFields()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject root = builtinJson();
    QVERIFY(!root.isEmpty());
    const QStringList parts = pointer.split(u'.');
    if (parts.size() == 1) {
        root.insert(parts[0], value);
    } else {
        QJsonObject inner = root.value(parts[0]).toObject();
        inner.insert(parts[1], value);
        root.insert(parts[0], inner);
    }
    const auto p = Playbook::fromJson(QJsonDocument(root).toJson(), QStringLiteral("test.json"));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().kind, ra::ErrorKind::BadInput);
    QVERIFY2(p.error().message.contains(u'"' + field + u'"'), qPrintable(p.error().message));
}

void TestPlaybook::rejectsNonJson()
{
    const auto p = Playbook::fromJson("{ not json", QStringLiteral("x.json"));
    QVERIFY(!p.ok());
    QVERIFY(p.error().details.contains(QStringLiteral("x.json")));
    const auto missing = Playbook::load(QStringLiteral("/nonexistent/playbook.json"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ra::ErrorKind::NotFound);
}

void TestPlaybook::matchesNamesCaseInsensitively()
{
    const auto p = Playbook::builtin();
    QVERIFY(p.ok());
    QVERIFY(p->matchesFileName(QStringLiteral("C-00000291-00000000-00000032.sys")));
    QVERIFY(p->matchesFileName(QStringLiteral("c-00000291-00000000-00000032.SYS")));
    QVERIFY(p->matchesFileName(QStringLiteral("C-00000291.sys")));
    QVERIFY(!p->matchesFileName(QStringLiteral("C-00000290-00000000-00000032.sys")));
    QVERIFY(!p->matchesFileName(QStringLiteral("C-00000291-00000000-00000032.sys.bak")));
    QVERIFY(!p->matchesFileName(QStringLiteral("xC-00000291.sys")));
}

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
