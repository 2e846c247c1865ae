// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/keysource.h"
#include "system/escrow/escrowindex.h"
#include "system/escrow/exporttext.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using ra::EscrowEntry;
using ra::EscrowFormat;
using ra::EscrowIndex;
using ra::ErrorKind;

Q_DECLARE_METATYPE(ra::EscrowFormat)

namespace {

// Real keys and their protector GUIDs (the BitLocker test images of the shared test data).
const QString kKey64311 = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
const QString kKey3fd7 = QStringLiteral("042647-302313-590458-071500-554323-116567-412181-516978");
const QString kKey83ab = QStringLiteral("404558-436711-420860-678557-638220-018909-039941-695321");
const QString kKey2565 = QStringLiteral("685839-373538-494868-036223-326590-515064-328416-685102");

enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be };

QByteArray encode(const QByteArray &utf8, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return utf8;
    case Encoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + utf8;
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        QStringEncoder encoder(encoding == Encoding::Utf16Le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::WriteBom);
        return encoder(QString::fromUtf8(utf8));
    }
    }
    return utf8;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(RA_SOURCE_DIR "/tests/core/data/escrow/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return file.readAll();
}

QStringList keyIdsOf(const QList<EscrowEntry> &entries)
{
    QStringList ids;
    for (const EscrowEntry &e : entries)
        ids.append(e.keyId);
    return ids;
}

}  // namespace

class TestEscrowIndex : public QObject {
    Q_OBJECT

private slots:
    void importsEveryFormat_data();
    void importsEveryFormat();
    void findsByKeyIdAnyForm_data();
    void findsByKeyIdAnyForm();
    void hostWithTwoKeysNewestFirst_data();
    void hostWithTwoKeysNewestFirst();
    void entryCarriesItsSource();
    void quotedFieldsAndShortIds();
    void duplicatesAcrossFilesMergeAndConflictsAreKept();
    void problemsNeverContainKeyText();
    void rejectsFilesThatAreNoExport_data();
    void rejectsFilesThatAreNoExport();
    void importFileRemembersPathAndClearForgets();
    void parsesDatesOfEveryExport_data();
    void parsesDatesOfEveryExport();
    void keyIdsReadExactly_data();
    void keyIdsReadExactly();
    void largeExportReadInTwoHalves_data();
    void largeExportReadInTwoHalves();
    void keyOutsideTheKeyColumnMakesTheRowBad_data();
    void keyOutsideTheKeyColumnMakesTheRowBad();
    void keyShapedRuns_data();
    void keyShapedRuns();
    void exportTextsAreOneLineAndBounded();
};

void TestEscrowIndex::importsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<EscrowFormat>("format");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QList<int>>("badLines");

    struct Case {
        const char *file;
        EscrowFormat format;
        int rows, keys, duplicates;
        QList<int> badLines;
    };
    const Case cases[] = {
        {"crowdstrike.csv", EscrowFormat::CrowdStrikeCsv, 5, 2, 1, {4, 5}},
        {"crowdstrike-quoted.csv", EscrowFormat::CrowdStrikeCsv, 3, 2, 0, {4}},
        {"graph.csv", EscrowFormat::GraphCsv, 3, 2, 0, {4}},
        {"ad.csv", EscrowFormat::ActiveDirectoryCsv, 3, 2, 0, {5}},
        {"ad-computers.tsv", EscrowFormat::ActiveDirectoryCsv, 2, 2, 0, {}},
        {"mbam.csv", EscrowFormat::MbamCsv, 3, 2, 0, {3}},
        {"graph.json", EscrowFormat::GraphJson, 2, 1, 0, {11}},
    };
    const std::pair<Encoding, const char *> encodings[] = {
        {Encoding::Utf8, "utf-8"}, {Encoding::Utf8Bom, "utf-8 bom"},
        {Encoding::Utf16Le, "utf-16le bom"}, {Encoding::Utf16Be, "utf-16be bom"}};
    for (const Case &c : cases)
        for (const auto &[encoding, name] : encodings)
            QTest::addRow("%s %s", c.file, name) << QString::fromLatin1(c.file) << int(encoding) << c.format << c.rows
                                                 << c.keys << c.duplicates << c.badLines;
}

void TestEscrowIndex::importsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(EscrowFormat, format);
    QFETCH(int, rows);
    QFETCH(int, keys);
    QFETCH(int, duplicates);
    QFETCH(QList<int>, badLines);

    EscrowIndex index;
    const auto summary = index.importData(encode(fixture(file), Encoding(encoding)), file);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->format, format);
    QCOMPARE(summary->rows, rows);
    QCOMPARE(summary->keys, keys);
    QCOMPARE(summary->duplicates, duplicates);
    QCOMPARE(summary->badRows, int(badLines.size()));
    QList<int> lines;
    for (const ra::EscrowProblem &p : summary->problems) {
        lines.append(p.line);
        QVERIFY(!p.reason.isEmpty());
    }
    QCOMPARE(lines, badLines);
    QCOMPARE(index.keyCount(), keys);
}

void TestEscrowIndex::findsByKeyIdAnyForm_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedKey");
    QTest::newRow("short upper") << QStringLiteral("64311DEA") << kKey64311;
    QTest::newRow("short lower") << QStringLiteral("64311dea") << kKey64311;
    QTest::newRow("short spaces") << QStringLiteral("  64311Dea ") << kKey64311;
    QTest::newRow("full braces") << QStringLiteral("{64311DEA-4587-4029-924A-BA299647998E}") << kKey64311;
    QTest::newRow("full lower") << QStringLiteral("3fd763f9-74c7-4e90-8fa2-1f6a2e2b4e0c") << kKey3fd7;
    QTest::newRow("host any case") << QStringLiteral("wks-002") << kKey3fd7;
    QTest::newRow("host fqdn") << QStringLiteral("WKS-002.corp.example") << kKey3fd7;
    QTest::newRow("unknown short") << QStringLiteral("DEADBEEF") << QString();
    QTest::newRow("unknown full") << QStringLiteral("64311DEA-4587-4029-924A-BA2996479980") << QString();
    QTest::newRow("unknown host") << QStringLiteral("WKS-999") << QString();
    QTest::newRow("bad row not indexed") << QStringLiteral("83ABDB8F") << QString();
}

void TestEscrowIndex::findsByKeyIdAnyForm()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedKey);
    EscrowIndex index;
    QVERIFY(index.importData(fixture(QStringLiteral("crowdstrike.csv")), QStringLiteral("crowdstrike.csv")).ok());
    const QList<EscrowEntry> found = index.lookup(query);
    if (expectedKey.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key.revealForInputFields(), expectedKey);
}

void TestEscrowIndex::hostWithTwoKeysNewestFirst_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("keyIds");
    QTest::newRow("graph csv") << QStringLiteral("graph.csv") << QStringLiteral("laptop-7")
                               << QStringList{QStringLiteral("2565364C"), QStringLiteral("83ABDB8F")};
    QTest::newRow("ad dn") << QStringLiteral("ad.csv") << QStringLiteral("srv-db01")
                           << QStringList{QStringLiteral("64311DEA"), QStringLiteral("3FD763F9")};
    QTest::newRow("ad computers pm") << QStringLiteral("ad-computers.tsv") << QStringLiteral("PC-Alpha")
                                     << QStringList{QStringLiteral("2565364C"), QStringLiteral("64311DEA")};
    QTest::newRow("graph json device") << QStringLiteral("graph.json")
                                       << QStringLiteral("1AB40AB2-32A8-4B00-B828-A3A1D2C4E0A1")
                                       << QStringList{QStringLiteral("64311DEA")};
}

void TestEscrowIndex::hostWithTwoKeysNewestFirst()
{
    QFETCH(QString, file);
    QFETCH(QString, host);
    QFETCH(QStringList, keyIds);
    EscrowIndex index;
    QVERIFY(index.importData(fixture(file), file).ok());
    const QList<EscrowEntry> found = index.lookupHost(host);
    QCOMPARE(keyIdsOf(found), keyIds);
    for (int i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].date > found[i].date);
    QCOMPARE(keyIdsOf(index.lookup(host)), keyIds);
}

void TestEscrowIndex::entryCarriesItsSource()
{
    EscrowIndex index;
    QVERIFY(index.importData(fixture(QStringLiteral("graph.csv")), QStringLiteral("/exports/graph.csv")).ok());
    const QList<EscrowEntry> found = index.lookupKeyId(QStringLiteral("2565364C"));
    QCOMPARE(found.size(), 1);
    const EscrowEntry &e = found.first();
    QCOMPARE(e.key.revealForInputFields(), kKey2565);
    QCOMPARE(e.protectorId.toString(), QStringLiteral("2565364C-947D-4CF0-9FA2-4EA51E3BBE86"));
    QCOMPARE(e.host, QStringLiteral("LAPTOP-7"));
    QCOMPARE(e.date, QDateTime(QDate(2024, 7, 19), QTime(5, 30), Qt::UTC));
    QCOMPARE(e.volumeType, QStringLiteral("fixedDataVolume"));
    QCOMPARE(e.format, EscrowFormat::GraphCsv);
    QCOMPARE(e.filePath, QStringLiteral("/exports/graph.csv"));
    QCOMPARE(e.line, 3);
    QCOMPARE(e.key.masked(), QStringLiteral("••••••-••••••-••••••-••••••-••••••-••••••-••••••-685102"));

    // The protector GUID the volume carries finds it too.
    const auto id = ra::ProtectorId::parse(u"2565364c-947d-4cf0-9fa2-4ea51e3bbe86");
    QCOMPARE(index.lookupProtector(*id).size(), 1);

    // MBAM: no date stays no date; a key with a date sorts before one without.
    EscrowIndex mbam;
    QVERIFY(mbam.importData(fixture(QStringLiteral("mbam.csv")), QStringLiteral("mbam.csv")).ok());
    const QList<EscrowEntry> kiosk = mbam.lookup(QStringLiteral("kiosk-14"));
    QCOMPARE(kiosk.size(), 1);
    QVERIFY(!kiosk.first().date.isValid());
    QCOMPARE(kiosk.first().key.revealForInputFields(), kKey83ab);
}

void TestEscrowIndex::quotedFieldsAndShortIds()
{
    EscrowIndex index;
    QVERIFY(index.importData(fixture(QStringLiteral("crowdstrike-quoted.csv")), QStringLiteral("q.csv")).ok());
    const QList<EscrowEntry> quoted = index.lookup(QStringLiteral("64311DEA"));
    QCOMPARE(quoted.size(), 1);
    QCOMPARE(quoted.first().host, QStringLiteral("WKS \"quoted\", with comma"));
    QCOMPARE(quoted.first().directory, QStringLiteral("AD second line"));  // one line
    QCOMPARE(quoted.first().line, 2);

    // A short Key ID only (no GUID in the export), key typed with spaces.
    const QList<EscrowEntry> shortOnly = index.lookup(QStringLiteral("{3FD763F9-74C7-4E90-8FA2-1F6A2E2B4E0C}"));
    QCOMPARE(shortOnly.size(), 1);
    QVERIFY(shortOnly.first().protectorId.isNull());
    QCOMPARE(shortOnly.first().keyId, QStringLiteral("3FD763F9"));
    QCOMPARE(shortOnly.first().key.revealForInputFields(), kKey3fd7);
    QCOMPARE(shortOnly.first().line, 5);
}

void TestEscrowIndex::duplicatesAcrossFilesMergeAndConflictsAreKept()
{
    EscrowIndex index;
    QVERIFY(index.importData(fixture(QStringLiteral("crowdstrike.csv")), QStringLiteral("a.csv")).ok());
    // The same two keys again from another export: merged, the newer (dated) record kept.
    const auto second = index.importData(fixture(QStringLiteral("ad.csv")), QStringLiteral("b.csv"));
    QVERIFY(second.ok());
    QCOMPARE(second->duplicates, 2);
    QCOMPARE(second->keys, 2);  // replaced the undated CrowdStrike records
    QCOMPARE(index.keyCount(), 2);
    const QList<EscrowEntry> found = index.lookup(QStringLiteral("64311DEA"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().filePath, QStringLiteral("b.csv"));

    // Same GUID, different key: both kept and reported.
    const QByteArray conflicting = "Hostname,KeyID,RecoveryKey,Directory\n"
                                   "WKS-X,64311DEA-4587-4029-924A-BA299647998E," + kKey2565.toLatin1() + ",AD\n";
    const auto third = index.importData(conflicting, QStringLiteral("c.csv"));
    QVERIFY(third.ok());
    QCOMPARE(third->conflicts, 1);
    QCOMPARE(third->problems.size(), 1);
    QCOMPARE(third->problems.first().line, 2);
    QCOMPARE(index.lookup(QStringLiteral("64311dea")).size(), 2);
}

void TestEscrowIndex::problemsNeverContainKeyText()
{
    EscrowIndex index;
    for (const char *file : {"crowdstrike.csv", "graph.csv", "ad.csv", "mbam.csv", "graph.json", "crowdstrike-quoted.csv"}) {
        const auto summary = index.importData(fixture(QString::fromLatin1(file)), QString::fromLatin1(file));
        QVERIFY(summary.ok());
        for (const ra::EscrowProblem &p : summary->problems) {
            QVERIFY2(!p.reason.contains(QStringLiteral("404558")) && !p.reason.contains(QStringLiteral("042647"))
                         && !p.reason.contains(QStringLiteral("51697")) && !p.reason.contains(QStringLiteral("see ticket")),
                     qPrintable(p.reason));
        }
    }
}

void TestEscrowIndex::rejectsFilesThatAreNoExport_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("no key column") << fixture(QStringLiteral("not-an-export.csv"));
    QTest::newRow("broken json") << QByteArray("{\"value\": [ {\"id\": ");
    QTest::newRow("json without value") << QByteArray("{\"items\": 3}");
    QTest::newRow("only blank lines") << QByteArray("\n\n\r\n");
}

void TestEscrowIndex::rejectsFilesThatAreNoExport()
{
    QFETCH(QByteArray, data);
    EscrowIndex index;
    QVERIFY(index.importData(fixture(QStringLiteral("crowdstrike.csv")), QStringLiteral("ok.csv")).ok());
    const auto summary = index.importData(data, QStringLiteral("bad"));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().kind, ErrorKind::BadInput);
    QCOMPARE(index.keyCount(), 2);  // what was loaded before stays
    QCOMPARE(index.files(), QStringList{QStringLiteral("ok.csv")});
}

void TestEscrowIndex::importFileRemembersPathAndClearForgets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encode(fixture(QStringLiteral("ad.csv")), Encoding::Utf16Le));
    file.close();

    EscrowIndex index;
    const auto summary = index.importFile(path);
    QVERIFY(summary.ok());
    QCOMPARE(summary->keys, 2);
    QCOMPARE(index.files(), QStringList{path});
    QCOMPARE(index.lookup(QStringLiteral("srv-db01")).first().filePath, path);

    EscrowIndex moved = std::move(index);
    QCOMPARE(moved.keyCount(), 2);
    QCOMPARE(index.keyCount(), 0);  // NOLINT: a moved-from index is empty and usable
    moved.clear();
    QVERIFY(moved.isEmpty());
    QVERIFY(moved.lookup(QStringLiteral("64311DEA")).isEmpty());
    QVERIFY(moved.files().isEmpty());

    QCOMPARE(index.importFile(dir.filePath(QStringLiteral("missing.csv"))).error().kind, ErrorKind::NotFound);
}

void TestEscrowIndex::parsesDatesOfEveryExport_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2024, 7, 19), QTime(4, 9, 0), Qt::UTC);
    QTest::newRow("graph iso z") << QStringLiteral("2024-07-19T04:09:00Z") << t;
    QTest::newRow("graph iso fraction") << QStringLiteral("2024-07-19T04:09:00.1234567Z") << t;
    QTest::newRow("ad name offset") << QStringLiteral("2024-07-19T04:09:00-00:00") << t;
    QTest::newRow("offset +09:00") << QStringLiteral("2024-07-19T13:09:00+09:00") << t;
    QTest::newRow("mbam") << QStringLiteral("2024-07-19 04:09:00.000") << t;
    QTest::newRow("generalized time") << QStringLiteral("20240719040900.0Z") << t;
    QTest::newRow("powershell en-US am") << QStringLiteral("7/19/2024 4:09:00 AM") << t;
    QTest::newRow("powershell en-US pm") << QStringLiteral("7/19/2024 4:09:00 PM") << t.addSecs(12 * 3600);
    QTest::newRow("powershell ja-JP") << QStringLiteral("2024/07/19 4:09:00") << t;
    QTest::newRow("powershell de-DE") << QStringLiteral("19.07.2024 04:09:00") << t;
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
}

void TestEscrowIndex::parsesDatesOfEveryExport()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QByteArray csv = "Id,Key,createdDateTime\n64311dea-4587-4029-924a-ba299647998e," + kKey64311.toLatin1() + ","
                           + text.toUtf8() + "\n";
    EscrowIndex index;
    QVERIFY(index.importData(csv, QStringLiteral("dates.csv")).ok());
    const QList<EscrowEntry> found = index.lookup(QStringLiteral("64311DEA"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().date, expected);
}

void TestEscrowIndex::keyIdsReadExactly_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");  // ProtectorId::toString(), "short:XXXXXXXX", or empty = bad row
    const QString guid = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
    QTest::newRow("lower") << guid.toLower() << guid;
    QTest::newRow("upper") << guid << guid;
    QTest::newRow("mixed braces") << QStringLiteral("{64311dEa-4587-4029-924a-Ba299647998e}") << guid;
    QTest::newRow("no dashes") << QStringLiteral("64311DEA45874029924ABA299647998E") << guid;
    QTest::newRow("all digits") << QStringLiteral("01234567-8901-2345-6789-012345678901")
                                << QStringLiteral("01234567-8901-2345-6789-012345678901");
    QTest::newRow("all letters") << QStringLiteral("abcdefab-cdef-abcd-efab-cdefabcdefab")
                                 << QStringLiteral("ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB");
    QTest::newRow("short") << QStringLiteral("64311dea") << QStringLiteral("short:64311DEA");
    // Every byte next to the hex ranges, in every part of the GUID.
    const QString neighbours = QStringLiteral("/:@G`g");
    const int positions[] = {0, 7, 9, 12, 14, 19, 24, 30, 35};
    for (QChar c : neighbours)
        for (int pos : positions) {
            QString bad = guid;
            bad[pos] = c;
            QTest::addRow("'%c' at %d", char(c.unicode()), pos) << bad << QString();
        }
    QTest::newRow("short with g") << QStringLiteral("64311deg") << QString();
    QTest::newRow("seven digits") << QStringLiteral("64311de") << QString();
    QTest::newRow("dash misplaced") << QStringLiteral("64311DE-A4587-4029-924A-BA299647998E") << QString();
    QTest::newRow("full-width") << QStringLiteral("６４３１１ＤＥＡ") << QString();
    QTest::newRow("nul guid") << QStringLiteral("00000000-0000-0000-0000-000000000000") << QString();
}

void TestEscrowIndex::keyIdsReadExactly()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const QByteArray csv = "Id,Key\n\"" + id.toUtf8() + "\"," + kKey64311.toLatin1() + "\n";
    EscrowIndex index;
    const auto summary = index.importData(csv, QStringLiteral("ids.csv"));
    QVERIFY(summary.ok());
    if (expected.isEmpty()) {
        QCOMPARE(summary->badRows, 1);
        return;
    }
    QCOMPARE(summary->keys, 1);
    const QString shortId = expected.startsWith(QStringLiteral("short:")) ? expected.mid(6) : expected.left(8);
    const QList<EscrowEntry> found = index.lookupKeyId(shortId);
    QCOMPARE(found.size(), 1);
    if (expected.startsWith(QStringLiteral("short:")))
        QVERIFY(found.first().protectorId.isNull());
    else
        QCOMPARE(found.first().protectorId.toString(), expected);
}

// Exports over 8 MB are read in two halves in parallel; the result must be the same as one pass:
// line numbers, hosts, labels, duplicates across the halves, and a quoted field with line breaks
// across the split point (which makes the reader fall back to one pass).
void TestEscrowIndex::largeExportReadInTwoHalves_data()
{
    QTest::addColumn<bool>("quotedAcrossMiddle");
    QTest::newRow("plain") << false;
    QTest::newRow("quoted field across the middle") << true;
}

void TestEscrowIndex::largeExportReadInTwoHalves()
{
    QFETCH(bool, quotedAcrossMiddle);
    const int rows = 100000;
    QByteArray csv = "Hostname,KeyID,RecoveryKey,Directory\n";
    csv.reserve(rows * 112);
    auto keyFor = [](int i) {
        QByteArray key;
        for (int g = 0; g < 8; ++g) {
            if (g)
                key += '-';
            key += QByteArray::number(((i * 7 + g * 13) % 65536) * 11).rightJustified(6, '0');
        }
        return key;
    };
    auto idFor = [](int i) { return QByteArray::number(quint32(i) * 2654435761u, 16).rightJustified(8, '0').toUpper(); };
    int line = 1;
    qsizetype quotedStart = -1, quotedEnd = -1;
    QList<int> badLines;
    for (int i = 0; i < rows; ++i) {
        ++line;
        QByteArray directory = (i % 2) ? "AD" : "Entra";
        if (quotedAcrossMiddle && i == rows / 2 - 20) {
            quotedStart = csv.size();
            directory = "\"" + QByteArray("note\n").repeated(40000) + "end\"";
            csv += "HOST-" + QByteArray::number(i) + "," + idFor(i) + "-0000-4000-8000-000000000000," + keyFor(i) + ","
                   + directory + "\n";
            line += 40000;
            quotedEnd = csv.size();
            continue;
        }
        if (i == 10 || i == 90000) {
            csv += "HOST-" + QByteArray::number(i) + "," + idFor(i) + "-0000-4000-8000-000000000000,123456-654321,AD\n";
            badLines.append(line);
            continue;
        }
        csv += "HOST-" + QByteArray::number(i) + "," + idFor(i) + "-0000-4000-8000-000000000000," + keyFor(i) + ","
               + directory + "\n";
    }
    // A duplicate of a first-half row at the end.
    ++line;
    csv += "HOST-5," + idFor(5) + "-0000-4000-8000-000000000000," + keyFor(5) + ",AD\n";
    QVERIFY(csv.size() > 8 * 1024 * 1024);
    if (quotedAcrossMiddle) {  // the reader's split point falls inside the quoted field
        const qsizetype body = csv.indexOf('\n') + 1;
        const qsizetype split = csv.indexOf('\n', body + (csv.size() - body) / 2);
        QVERIFY2(split > quotedStart && split < quotedEnd, qPrintable(QStringLiteral("%1 %2 %3").arg(split).arg(quotedStart).arg(quotedEnd)));
    }

    EscrowIndex index;
    const auto summary = index.importData(csv, QStringLiteral("big.csv"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->rows, rows + 1);
    QCOMPARE(summary->badRows, 2);
    QCOMPARE(summary->duplicates, 1);
    QCOMPARE(summary->keys, rows - 2);
    QList<int> lines;
    for (const ra::EscrowProblem &p : summary->problems)
        lines.append(p.line);
    QCOMPARE(lines, badLines);

    // A row far in the second half: its line, host, label and key.
    const int probe = 95000;
    const QList<EscrowEntry> found = index.lookup(QString::fromLatin1(idFor(probe)));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().host, QStringLiteral("HOST-%1").arg(probe));
    QCOMPARE(found.first().line, probe + 2 + (quotedAcrossMiddle ? 40000 : 0));
    QCOMPARE(found.first().directory, QStringLiteral("Entra"));
    QCOMPARE(found.first().key.revealForInputFields(), QString::fromLatin1(keyFor(probe)));
    QCOMPARE(index.lookup(QStringLiteral("host-%1").arg(probe)).size(), 1);
    QCOMPARE(index.lookup(QStringLiteral("HOST-5")).first().line, 7);  // the first of the duplicates
}

// Issue 9, item 7: another machine's key in a field other than the key column (a quoted,
// multi-line Directory; a quoted, multi-line Hostname holding a whole other row; any other
// column, any grouping, JSON too) makes the row bad, by line, never echoed; the good rows load.
void TestEscrowIndex::keyOutsideTheKeyColumnMakesTheRowBad_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("badLine");
    const QByteArray own = "64311DEA-4587-4029-924A-BA299647998E," + kKey64311.toLatin1();
    const QByteArray other = kKey83ab.toLatin1();
    const QByteArray good = "WKS-9,3fd763f9-74c7-4e90-8fa2-1f6a2e2b4e0c," + kKey3fd7.toLatin1() + ",Entra\n";
    const QByteArray header = "Hostname,KeyID,RecoveryKey,Directory\n";
    QTest::newRow("multi-line Directory with another host's key")
        << QByteArray(header + "PC-001," + own + ",\"AD\nPC-003 " + other + "\"\n" + good) << 2;
    QTest::newRow("multi-line Hostname holding a whole other row")
        << QByteArray(header + good + "\"PC-001\nPC-003,83ABDB8F-3218-4BFD-ACED-215E1E189BDF," + other + ",AD\"," + own + ",AD\n") << 3;
    QTest::newRow("digits without separators")
        << QByteArray(header + "PC-001," + own + ",AD " + QByteArray(other).replace('-', "") + "\n" + good) << 2;
    QTest::newRow("groups with spaces and line breaks")
        << QByteArray(header + "PC-001," + own + ",\"" + QByteArray(other).replace('-', " \r\n") + "\"\n" + good) << 2;
    QTest::newRow("full-width digits")
        << QByteArray(header + "PC-001," + own + "," + QString(kKey83ab).replace(QRegularExpression(QStringLiteral("[0-9]")), QStringLiteral("\uFF10")).toUtf8() + "\n" + good) << 2;
    QTest::newRow("a column no reader knows")
        << QByteArray("Hostname,KeyID,RecoveryKey,Directory,Notes\nPC-001," + own + ",AD,\"old key: " + other + "\"\n" + good) << 2;
    QTest::newRow("semicolon export, key in the host")
        << QByteArray("Hostname;KeyID;RecoveryKey;Directory\n\"PC-001 " + other + "\";" + QByteArray(own).replace(',', ';') + ";AD\n"
                      + QByteArray(good).replace(',', ';')) << 2;
    QTest::newRow("Graph JSON, key in the device name")
        << QByteArray("{\"value\": [\n{\"id\": \"64311dea-4587-4029-924a-ba299647998e\", \"key\": \"" + kKey64311.toLatin1()
                      + "\", \"deviceName\": \"PC-001\\n" + other + "\"},\n{\"id\": \"3fd763f9-74c7-4e90-8fa2-1f6a2e2b4e0c\", \"key\": \""
                      + kKey3fd7.toLatin1() + "\"}\n]}") << 2;
    QTest::newRow("Graph JSON, key in a nested object")
        << QByteArray("{\"value\": [\n{\"id\": \"64311dea-4587-4029-924a-ba299647998e\", \"key\": \"" + kKey64311.toLatin1()
                      + "\", \"extra\": {\"note\": \"" + other + "\"}},\n{\"id\": \"3fd763f9-74c7-4e90-8fa2-1f6a2e2b4e0c\", \"key\": \""
                      + kKey3fd7.toLatin1() + "\"}\n]}") << 2;
}

void TestEscrowIndex::keyOutsideTheKeyColumnMakesTheRowBad()
{
    QFETCH(QByteArray, data);
    QFETCH(int, badLine);
    EscrowIndex index;
    const auto summary = index.importData(data, QStringLiteral("hostile.csv"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->rows, 2);
    QCOMPARE(summary->badRows, 1);
    QCOMPARE(summary->keys, 1);
    QCOMPARE(summary->problems.size(), 1);
    QCOMPARE(summary->problems.first().line, badLine);
    const QString reason = summary->problems.first().reason;
    QVERIFY2(reason.contains(QStringLiteral("recovery key")) && !reason.contains(QRegularExpression(QStringLiteral("\\d{6}"))),
             qPrintable(reason));
    // The bad row's own key is not in the index, nor anything of it.
    QVERIFY(index.lookup(QStringLiteral("64311DEA")).isEmpty());
    QVERIFY(index.lookup(QStringLiteral("83ABDB8F")).isEmpty());
    QVERIFY(index.lookup(QStringLiteral("PC-001")).isEmpty());
    // The good row still loads.
    const QList<EscrowEntry> good = index.lookup(QStringLiteral("3FD763F9"));
    QCOMPARE(good.size(), 1);
    QCOMPARE(good.first().key.revealForInputFields(), kKey3fd7);
}

void TestEscrowIndex::keyShapedRuns_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("keyShaped");
    QTest::newRow("key with dashes") << kKey83ab.toLatin1() << true;
    QTest::newRow("48 digits") << QByteArray(48, '7') << true;
    QTest::newRow("groups with ' - '") << kKey83ab.toLatin1().replace("-", " - ") << true;
    QTest::newRow("inside other text") << QByteArray("CN=PC,OU=" + kKey83ab.toLatin1() + ",DC=corp") << true;
    QTest::newRow("47 digits") << QByteArray(47, '7') << false;
    QTest::newRow("60 digits") << QByteArray(60, '7') << true;
    QTest::newRow("groups, some joined") << kKey83ab.toLatin1().replace(6, 1, "").replace(26, 1, "") << true;
    QTest::newRow("lines of groups") << kKey83ab.toLatin1().replace("-", "\r\n") << true;
    QTest::newRow("a byte list") << QByteArray("12 34 255 0 1 17 200 3 4 99 100 101 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22") << false;
    QTest::newRow("a JSON number list") << QByteArray("[120,34,255,0,1,17,200,3,4,99,100,101,7,8,9,10,11,12,13,14,15,16,17,18,19]") << false;
    QTest::newRow("phone numbers") << QByteArray("03-1234-5678, 090-1234-5678, 06-6123-4567, 011-222-3333, 0120-444-555") << false;
    QTest::newRow("7 groups") << kKey83ab.toLatin1().left(48) << false;
    QTest::newRow("broken by a letter") << kKey83ab.toLatin1().replace(20, 1, "x") << false;
    QTest::newRow("separators too long") << kKey83ab.toLatin1().replace("-", " -- ") << false;
    QTest::newRow("GUID and date") << QByteArray("2024-07-19T04:09:00-08:00{12345678-1234-1234-1234-123456789012}") << false;
    QTest::newRow("AD DN") << QByteArray("CN=2024-07-19T04:09:00+09:00{64311DEA-4587-4029-924A-BA299647998E},CN=PC-001,OU=Tokyo 2024,DC=corp") << false;
}

void TestEscrowIndex::keyShapedRuns()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, keyShaped);
    QCOMPARE(ra::ExportText::containsKeyShapedRun(std::string_view(text.constData(), std::size_t(text.size()))), keyShaped);
}

// Host, directory, volume type and file texts are made one line, without control characters,
// at most 128 characters, once at import.
void TestEscrowIndex::exportTextsAreOneLineAndBounded()
{
    const QByteArray longHost(300, 'H');
    const QByteArray data = "Hostname,KeyID,RecoveryKey,Directory\n"
                            "\"PC-001\r\n\x1b[31mred\x1b[0m\u202Eevil\",64311DEA-4587-4029-924A-BA299647998E,"
                            + kKey64311.toLatin1() + ",\"AD\n\tOU=Tokyo\x07\"\n"
                            "" + longHost + ",3fd763f9-74c7-4e90-8fa2-1f6a2e2b4e0c," + kKey3fd7.toLatin1() + ",\"" + QByteArray(200, 'D') + "\"\n";
    EscrowIndex index;
    const auto summary = index.importData(data, QStringLiteral("/tmp/exports\n/keys\x1b.csv"));
    QVERIFY(summary.ok());
    QCOMPARE(summary->badRows, 0);
    QCOMPARE(summary->filePath, QStringLiteral("/tmp/exports /keys.csv"));
    auto clean = [](const QString &s) {
        for (QChar c : s)
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == u'\n')
                return false;
        return s.size() <= ra::ExportText::MaxLength;
    };
    const QList<EscrowEntry> first = index.lookup(QStringLiteral("64311DEA"));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().host, QStringLiteral("PC-001 [31mred[0mevil"));
    QCOMPARE(first.first().directory, QStringLiteral("AD OU=Tokyo"));
    QVERIFY(clean(first.first().filePath));
    {
        const EscrowEntry &e = first.first();
        const ra::KeySource source = ra::KeySource::exportEntry(e.filePath, e.host, e.date, e.line, e.protectorId);
        QVERIFY(clean(source.describe(ra::Language::English)));
        QVERIFY(clean(source.describe(ra::Language::Japanese)));
    }
    const QList<EscrowEntry> second = index.lookup(QStringLiteral("3FD763F9"));
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().host.size(), ra::ExportText::MaxLength);
    QVERIFY(second.first().host.endsWith(QChar(0x2026)));
    QCOMPARE(second.first().directory.size(), ra::ExportText::MaxLength);
    QVERIFY(clean(second.first().host) && clean(second.first().directory));
    // The host is still found by its (cleaned) name.
    QCOMPARE(index.lookup(QStringLiteral("PC-001 [31mred[0mevil")).size(), 1);
    // A long path keeps its file name.
    const QString longPath = QStringLiteral("/") + QString(300, u'p') + QStringLiteral("/export.csv");
    const QString shown = ra::ExportText::oneLine(longPath, ra::ExportText::MaxLength, ra::ExportText::Elide::Middle);
    QCOMPARE(shown.size(), ra::ExportText::MaxLength);
    QVERIFY(shown.endsWith(QStringLiteral("/export.csv")));
    QCOMPARE(ra::ExportText::oneLine(shown, ra::ExportText::MaxLength, ra::ExportText::Elide::Middle), shown);  // idempotent
}

QTEST_GUILESS_MAIN(TestEscrowIndex)
#include "tst_escrowindex.moc"
