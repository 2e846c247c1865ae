// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recoverykey.h"
#include "testsupport.h"

#include <QDebug>
#include <QTest>

#include <fmt/format.h>

#include <type_traits>

using ra::RecoveryKey;
using GS = RecoveryKey::GroupState;

// Compile-time proof that a key cannot be logged: no QDebug streaming, no fmt formatter,
// no conversion to a string type.
template <typename T, typename = void>
struct streamsToQDebug : std::false_type {};
template <typename T>
struct streamsToQDebug<T, std::void_t<decltype(std::declval<QDebug &>() << std::declval<const T &>())>> : std::true_type {};
static_assert(!streamsToQDebug<RecoveryKey>::value, "RecoveryKey must not stream to QDebug");
static_assert(!fmt::is_formattable<RecoveryKey>::value, "RecoveryKey must not be formattable by fmt/spdlog");
static_assert(!std::is_convertible_v<RecoveryKey, QString>, "RecoveryKey must not convert to QString");
static_assert(!std::is_convertible_v<RecoveryKey, std::string>, "RecoveryKey must not convert to std::string");

class TestRecoveryKey : public QObject {
    Q_OBJECT

private slots:
    void realKeysFromImagesConf();
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void rejectsTypos_data();
    void rejectsTypos();
    void groupStates_data();
    void groupStates();
    void canonicalAndMasked();
    void splitGroupsForPaste();
    void wipeClearsMemory();
    void moveLeavesNoCopy();
    void parseCanonical_data();
    void parseCanonical();
};

static const QString kKey = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");

void TestRecoveryKey::realKeysFromImagesConf()
{
    const auto conf = ra::test::bitlockerImagesConf();
    if (conf.isEmpty()) {
        if (ra::test::requireE2E())
            QFAIL("images.conf missing from RA_TESTDATA_DIR but RA_REQUIRE_E2E=1");
        QSKIP("../shared/testdata/bitlocker/images.conf is not present");
    }
    int checked = 0;
    for (auto it = conf.cbegin(); it != conf.cend(); ++it) {
        for (const char *field : {"RP", "RP2"}) {
            const QString rp = it.value().value(QString::fromLatin1(field));
            if (rp.isEmpty())
                continue;
            const auto key = RecoveryKey::parse(rp);
            QVERIFY2(key.ok(), qPrintable(it.key()));
            QCOMPARE(key->revealForInputFields(), rp);
            ++checked;
        }
    }
    QVERIFY(checked >= 7);
}

void TestRecoveryKey::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("canonical") << kKey;
    QTest::newRow("spaces") << QStringLiteral("235818 357951 253979 013365 241120 245575 342914 591910");
    QTest::newRow("no separators") << QStringLiteral("235818357951253979013365241120245575342914591910");
    QTest::newRow("full-width digits and dashes")
        << QStringLiteral("２３５８１８－３５７９５１－２５３９７９－０１３３６５－２４１１２０－２４５５７５－３４２９１４－５９１９１０");
    QTest::newRow("katakana prolonged mark") << QStringLiteral("235818ー357951ー253979ー013365ー241120ー245575ー342914ー591910");
    QTest::newRow("hyphen U+2010") << QStringLiteral("235818‐357951‐253979‐013365‐241120‐245575‐342914‐591910");
    QTest::newRow("ideographic spaces") << QStringLiteral("235818　357951　253979　013365　241120　245575　342914　591910");
    QTest::newRow("text around it") << QStringLiteral("Recovery key: 235818-357951-253979-013365-241120-245575-342914-591910 (Key ID 64311DEA)");
    QTest::newRow("japanese text around it") << QStringLiteral("回復キー：235818-357951-253979-013365-241120-245575-342914-591910。");
    QTest::newRow("line breaks and tabs") << QStringLiteral("\t235818-357951-253979-013365\n241120-245575-342914-591910\r\n");
    QTest::newRow("double separators") << QStringLiteral("235818 - 357951 - 253979 - 013365 - 241120 - 245575 - 342914 - 591910");
}

void TestRecoveryKey::parsesWhatPeopleType()
{
    QFETCH(QString, input);
    const auto key = RecoveryKey::parse(input);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(key->revealForInputFields(), kKey);
}

void TestRecoveryKey::rejectsTypos_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<int>>("badGroups");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("one digit wrong in group 2")
        << QStringLiteral("235818-357952-253979-013365-241120-245575-342914-591910") << QList<int>{2} << QStringLiteral("2");
    QTest::newRow("swapped digits in group 5 and 8")
        << QStringLiteral("235818-357951-253979-013365-241210-245575-342914-591901") << QList<int>{5, 8} << QStringLiteral("5, 8");
    QTest::newRow("out of range (multiple of 11 above 720895)")
        << QStringLiteral("235818-357951-253979-013365-241120-245575-342914-999999") << QList<int>{8} << QStringLiteral("8");
    QTest::newRow("group too short")
        << QStringLiteral("235818-35795-253979-013365-241120-245575-342914-591910") << QList<int>{2} << QStringLiteral("2");
    QTest::newRow("seven groups")
        << QStringLiteral("235818-357951-253979-013365-241120-245575-342914") << QList<int>{} << QStringLiteral("7");
    QTest::newRow("letter O for zero")
        << QStringLiteral("235818-357951-253979-O13365-241120-245575-342914-591910") << QList<int>{} << QStringLiteral("8 groups");
    QTest::newRow("empty") << QString() << QList<int>{} << QStringLiteral("48-digit");
}

void TestRecoveryKey::rejectsTypos()
{
    QFETCH(QString, input);
    QFETCH(QList<int>, badGroups);
    QFETCH(QString, messagePart);
    const auto key = RecoveryKey::parse(input);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ra::ErrorKind::BadInput);
    QVERIFY2(key.error().message.contains(messagePart), qPrintable(key.error().message));
    if (!badGroups.isEmpty())
        QCOMPARE(RecoveryKey::diagnose(input).badGroups, badGroups);
    // The error names groups, never the digits that were typed.
    QVERIFY(!key.error().message.contains(QStringLiteral("235818")));
    QVERIFY(!key.error().details.contains(QStringLiteral("235818")));
}

void TestRecoveryKey::groupStates_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("state");
    QTest::newRow("valid") << QStringLiteral("235818") << int(GS::Valid);
    QTest::newRow("valid zero") << QStringLiteral("000000") << int(GS::Valid);
    QTest::newRow("largest valid") << QStringLiteral("720885") << int(GS::Valid);
    QTest::newRow("limit itself") << QStringLiteral("720896") << int(GS::OutOfRange);
    QTest::newRow("checksum") << QStringLiteral("235819") << int(GS::BadChecksum);
    QTest::newRow("partial") << QStringLiteral("2358") << int(GS::Incomplete);
    QTest::newRow("too long") << QStringLiteral("2358180") << int(GS::TooLong);
    QTest::newRow("letters") << QStringLiteral("23581a") << int(GS::NotDigits);
    QTest::newRow("empty") << QString() << int(GS::Empty);
    QTest::newRow("full-width") << QStringLiteral("２３５８１８") << int(GS::Valid);
}

void TestRecoveryKey::groupStates()
{
    QFETCH(QString, group);
    QFETCH(int, state);
    QCOMPARE(int(RecoveryKey::checkGroup(group)), state);
}

void TestRecoveryKey::canonicalAndMasked()
{
    const auto key = RecoveryKey::parse(kKey);
    QVERIFY(key.ok());
    const ra::SecureBytes bytes = key->canonicalBytes();
    QCOMPARE(int(bytes.size()), RecoveryKey::CanonicalLength);
    QCOMPARE(QByteArray(bytes.data(), int(bytes.size())), kKey.toLatin1());
    const QString masked = key->masked();
    QVERIFY(masked.endsWith(QStringLiteral("591910")));
    QVERIFY(!masked.contains(QStringLiteral("235818")));
    QCOMPARE(masked.size(), RecoveryKey::CanonicalLength);
}

void TestRecoveryKey::splitGroupsForPaste()
{
    QCOMPARE(RecoveryKey::splitGroups(QStringLiteral("２３５８１８３５７９５１２５３９７９０１３３６５２４１１２０２４５５７５３４２９１４５９１９１０")).size(), 8);
    QCOMPARE(RecoveryKey::splitGroups(QStringLiteral("235818")).size(), 0);
}

void TestRecoveryKey::wipeClearsMemory()
{
    auto parsed = RecoveryKey::parse(kKey);
    QVERIFY(parsed.ok());
    RecoveryKey &key = parsed.value();
    // Look at the object's own storage: after wipe() no digit of the key is left in it.
    const auto *raw = reinterpret_cast<const char *>(&key);
    QVERIFY(QByteArray(raw, sizeof(RecoveryKey)).contains("235818"));
    key.wipe();
    QVERIFY(key.isEmpty());
    QVERIFY(!QByteArray(raw, sizeof(RecoveryKey)).contains("235818"));
    QCOMPARE(QByteArray(raw, sizeof(RecoveryKey)).count('\0') >= RecoveryKey::GroupCount * RecoveryKey::GroupDigits, true);

    ra::SecureBytes bytes("secret", 6);
    const char *storage = bytes.data();
    bytes.wipe();
    QVERIFY(bytes.isEmpty());
    Q_UNUSED(storage);  // freed memory is not inspected: explicit_bzero ran before the free
}

void TestRecoveryKey::moveLeavesNoCopy()
{
    auto parsed = RecoveryKey::parse(kKey);
    QVERIFY(parsed.ok());
    RecoveryKey source = parsed.value();
    RecoveryKey target = std::move(source);
    QVERIFY(source.isEmpty());  // NOLINT(bugprone-use-after-move): moved-from is defined as wiped
    const auto *raw = reinterpret_cast<const char *>(&source);
    QVERIFY(!QByteArray(raw, sizeof(RecoveryKey)).contains("235818"));
    QCOMPARE(target.revealForInputFields(), kKey);
}

void TestRecoveryKey::parseCanonical_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("canonical") << kKey.toLatin1() << true;
    QTest::newRow("bad checksum") << QByteArray("235818-357951-253979-013365-241120-245575-342914-591911") << false;
    QTest::newRow("out of range") << QByteArray("720896-357951-253979-013365-241120-245575-342914-591910") << false;
    QTest::newRow("spaces") << QByteArray("235818 357951 253979 013365 241120 245575 342914 591910") << false;
    QTest::newRow("too short") << QByteArray("235818-357951-253979-013365-241120-245575-342914-59191") << false;
    QTest::newRow("letter") << QByteArray("235818-357951-253979-01336a-241120-245575-342914-591910") << false;
    QTest::newRow("high byte") << QByteArray("235818-357951-253979-013365-241120-245575-342914-59191\xB9") << false;
}

void TestRecoveryKey::parseCanonical()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    RecoveryKey key;
    QCOMPARE(RecoveryKey::parseCanonical(input, key), valid);
    QCOMPARE(key.isEmpty(), !valid);
    if (valid)
        QCOMPARE(key, RecoveryKey::parse(kKey).value());
}

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
