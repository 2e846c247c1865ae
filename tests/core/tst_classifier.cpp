// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/finding.h"
#include "domain/playbook.h"

#include <QTest>
#include <QTimeZone>

using namespace ra;

class TestClassifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void verdictAtBoundaries_data();
    void verdictAtBoundaries();
    void headerStates_data();
    void headerStates();
    void defaultSelection();

private:
    Playbook m_playbook;
};

void TestClassifier::initTestCase()
{
    auto p = Playbook::builtin();
    QVERIFY(p.ok());
    m_playbook = p.value();
}

static QDateTime utc(int h, int m, int s, int ms = 0, int day = 19)
{
    return QDateTime(QDate(2024, 7, day), QTime(h, m, s, ms), Qt::UTC);
}

void TestClassifier::verdictAtBoundaries_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<int>("header");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("reason");
    const int valid = int(HeaderState::Valid);
    QTest::newRow("1 ms before faulty window") << utc(4, 8, 59, 999) << valid << int(Verdict::Unknown) << int(VerdictReason::BeforeFaultyWindow);
    QTest::newRow("04:09:00.000 exactly") << utc(4, 9, 0) << valid << int(Verdict::Faulty) << int(VerdictReason::FaultyWindow);
    QTest::newRow("inside window") << utc(4, 30, 0) << valid << int(Verdict::Faulty) << int(VerdictReason::FaultyWindow);
    QTest::newRow("1 ms before 05:27") << utc(5, 26, 59, 999) << valid << int(Verdict::Faulty) << int(VerdictReason::FaultyWindow);
    QTest::newRow("05:27:00.000 exactly") << utc(5, 27, 0) << valid << int(Verdict::Good) << int(VerdictReason::GoodWindow);
    QTest::newRow("next day") << utc(1, 0, 0, 0, 20) << valid << int(Verdict::Good) << int(VerdictReason::GoodWindow);
    QTest::newRow("faulty time in JST") << QDateTime(QDate(2024, 7, 19), QTime(13, 9), QTimeZone("Asia/Tokyo")) << valid
                                        << int(Verdict::Faulty) << int(VerdictReason::FaultyWindow);
    QTest::newRow("zeros at faulty time") << utc(4, 9, 0) << int(HeaderState::AllZero) << int(Verdict::Faulty) << int(VerdictReason::FaultyWindow);
    QTest::newRow("zeros at good time") << utc(5, 30, 0) << int(HeaderState::AllZero) << int(Verdict::Unknown) << int(VerdictReason::ZeroFilled);
    QTest::newRow("other header at good time") << utc(6, 0, 0) << int(HeaderState::Other) << int(Verdict::Unknown) << int(VerdictReason::NotChannelFile);
    QTest::newRow("no time") << QDateTime() << valid << int(Verdict::Unknown) << int(VerdictReason::NoTimestamp);
}

void TestClassifier::verdictAtBoundaries()
{
    QFETCH(QDateTime, time);
    QFETCH(int, header);
    QFETCH(int, verdict);
    QFETCH(int, reason);
    const auto outcome = Classifier::classify(m_playbook, time, HeaderState(header));
    QCOMPARE(int(outcome.verdict), verdict);
    QCOMPARE(int(outcome.reason), reason);
    QVERIFY(!Classifier::reasonText(outcome.reason, Language::English).isEmpty());
}

void TestClassifier::headerStates_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::newRow("channel header") << QByteArray::fromHex("AAAAAAAA0100230100ff") << int(HeaderState::Valid);
    QTest::newRow("zeros") << QByteArray(64, '\0') << int(HeaderState::AllZero);
    QTest::newRow("other") << QByteArray("MZ\x90\x00", 4) << int(HeaderState::Other);
    QTest::newRow("short prefix of header") << QByteArray::fromHex("AAAAAAAA") << int(HeaderState::Other);
    QTest::newRow("empty") << QByteArray() << int(HeaderState::Other);
}

void TestClassifier::headerStates()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QCOMPARE(int(Classifier::headerState(m_playbook, bytes)), state);
}

void TestClassifier::defaultSelection()
{
    QList<Finding> findings(3);
    findings[0].verdict = Verdict::Faulty;
    findings[1].verdict = Verdict::Good;
    findings[2].verdict = Verdict::Unknown;
    Classifier::applyDefaultSelection(findings, false);
    QVERIFY(findings[0].selected);
    QVERIFY(!findings[1].selected);
    QVERIFY(findings[2].selected);
    Classifier::applyDefaultSelection(findings, true);
    QVERIFY(findings[0].selected && findings[1].selected && findings[2].selected);
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
