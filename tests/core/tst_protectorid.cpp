// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/protectorid.h"

#include <QTest>

using ra::ProtectorId;

class TestProtectorId : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void shortForms();
};

void TestProtectorId::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain lower") << QStringLiteral("64311dea-4587-4029-924a-ba299647998e") << true;
    QTest::newRow("braces upper") << QStringLiteral("{64311DEA-4587-4029-924A-BA299647998E}") << true;
    QTest::newRow("spaces around") << QStringLiteral("  64311DEA-4587-4029-924A-BA299647998E ") << true;
    QTest::newRow("short is not full") << QStringLiteral("64311DEA") << false;
    QTest::newRow("bad hex") << QStringLiteral("64311DEG-4587-4029-924A-BA299647998E") << false;
    QTest::newRow("missing dash") << QStringLiteral("64311DEA45874029924ABA299647998E") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProtectorId::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto id = ProtectorId::parse(text);
    QCOMPARE(id.has_value(), valid);
    if (valid) {
        QCOMPARE(id->toString(), QStringLiteral("64311DEA-4587-4029-924A-BA299647998E"));
        QCOMPARE(id->shortId(), QStringLiteral("64311DEA"));
    }
}

void TestProtectorId::shortForms()
{
    const auto id = ProtectorId::parse(QStringLiteral("64311dea-4587-4029-924a-ba299647998e"));
    QVERIFY(id);
    QVERIFY(id->matches(QStringLiteral("64311dea")));
    QVERIFY(id->matches(QStringLiteral(" 64311DEA ")));
    QVERIFY(id->matches(QStringLiteral("{64311DEA-4587-4029-924A-BA299647998E}")));
    QVERIFY(!id->matches(QStringLiteral("64311DEB")));
    QVERIFY(!id->matches(QStringLiteral("64311DE")));
    QVERIFY(!ProtectorId().matches(QStringLiteral("00000000")));
    QVERIFY(ProtectorId::isShortId(QStringLiteral("b7adc334")));
    QVERIFY(!ProtectorId::isShortId(QStringLiteral("b7adc33")));
    QCOMPARE(ProtectorId::normalizedShortId(QStringLiteral("{b7adc334-fe6d-4ae4-b5c4-1c1d0dbc335b}")), QStringLiteral("B7ADC334"));
    QCOMPARE(ProtectorId::normalizedShortId(QStringLiteral("b7adc334")), QStringLiteral("B7ADC334"));
    QCOMPARE(ProtectorId::normalizedShortId(QStringLiteral("nonsense")), QString());
}

QTEST_GUILESS_MAIN(TestProtectorId)
#include "tst_protectorid.moc"
