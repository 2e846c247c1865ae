// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/playbook.h"
#include "domain/ticket.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QRegularExpression>
#include <QTimeZone>

using namespace ra;

// Golden files: tests/core/data/ticket/<name>. RA_UPDATE_GOLDEN=1 rewrites them (then read the
// diff before committing: these texts are what a helpdesk lead pastes into ServiceNow/Jira).
class TestTicket : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void caseIdsStartedInOneSecondDiffer();
    void golden_data();
    void golden();
    void neverCarriesTheKey();
    void rotateStepOnlyWhenKeyUsed();
    void notAffectedCase();
    void fixedSaysWhatEachRemovedFileWas();
    void computerNameFromTheKeyExportIsSaidSo();

private:
    Case fixedCase() const;
    Playbook m_playbook;
};

void TestTicket::initTestCase()
{
    auto p = Playbook::builtin();
    QVERIFY(p.ok());
    m_playbook = p.value();
}

Case TestTicket::fixedCase() const
{
    Case c;
    c.id = QStringLiteral("RA-20240719-061500-4F2A");
    c.playbookId = m_playbook.id;
    c.technician = QStringLiteral("Sato Hanako");
    c.ticketReference = QStringLiteral("INC0012345");
    c.target = QStringLiteral("/dev/sdb3");
    c.targetDescription = {QStringLiteral("BitLocker (XTS-AES 128), 237 GB"), QStringLiteral("BitLocker (XTS-AES 128)、237 GB")};
    c.keyId = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
    c.keySource = KeySource::exportEntry(QStringLiteral("/media/usb/keys.csv"), QStringLiteral("PC-TOKYO-0042"),
                                         QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC), 12,
                                         *ProtectorId::parse(QStringLiteral("64311DEA-4587-4029-924A-BA299647998E")));
    c.recoveryKeyUsed = true;
    c.windowsRoot = QStringLiteral("Windows");
    c.windows.computerName = QStringLiteral("PC-TOKYO-0042");
    c.windows.domain = QStringLiteral("corp.example.co.jp");
    c.windows.productName = QStringLiteral("Windows 11 Pro");
    c.windows.displayVersion = QStringLiteral("23H2");
    c.windows.currentBuild = QStringLiteral("22631");
    c.windows.ubr = QStringLiteral("3880");
    c.windows.sensorKnown = true;
    c.windows.sensorPresent = true;
    c.windows.sensorVersion = QStringLiteral("7.16.18605.0");
    const QString dir = QStringLiteral("Windows/System32/drivers/CrowdStrike/");
    Finding faulty;
    faulty.relativePath = dir + QStringLiteral("C-00000291-00000000-00000032.sys");
    faulty.size = 42406;
    faulty.lastWriteUtc = QDateTime(QDate(2024, 7, 19), QTime(4, 9), Qt::UTC);
    faulty.sha256 = QStringLiteral("1fd3a8e1d7e5c2a4b6f8e0d2c4a6b8e0f2d4c6a8b0e2f4d6c8a0b2e4f6d8c0a2");
    faulty.header = HeaderState::Valid;
    faulty.verdict = Verdict::Faulty;
    faulty.reason = VerdictReason::FaultyWindow;
    faulty.selected = true;
    Finding good = faulty;
    good.relativePath = dir + QStringLiteral("C-00000291-00000000-00000033.sys");
    good.lastWriteUtc = QDateTime(QDate(2024, 7, 19), QTime(5, 27), Qt::UTC);
    good.sha256 = QStringLiteral("7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c");
    good.verdict = Verdict::Good;
    good.reason = VerdictReason::GoodWindow;
    good.selected = false;
    c.findings = {faulty, good};
    c.removed = {{faulty.relativePath, faulty.size, faulty.lastWriteUtc, faulty.sha256, Verdict::Faulty,
                  QStringLiteral("/home/tech/.local/share/recovery-assistant/cases/RA-20240719-061500-4F2A/quarantine/") + faulty.relativePath}};
    c.outcome = Outcome::Fixed;
    c.opened = QDateTime(QDate(2024, 7, 19), QTime(6, 15), Qt::UTC);
    c.closed = QDateTime(QDate(2024, 7, 19), QTime(6, 21, 30), Qt::UTC);
    c.folder = QStringLiteral("/home/tech/.local/share/recovery-assistant/cases/RA-20240719-061500-4F2A");
    return c;
}

void TestTicket::golden_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("text en") << int(TicketFormat::Text) << int(Language::English) << QStringLiteral("fixed_en.txt");
    QTest::newRow("text ja") << int(TicketFormat::Text) << int(Language::Japanese) << QStringLiteral("fixed_ja.txt");
    QTest::newRow("markdown en") << int(TicketFormat::Markdown) << int(Language::English) << QStringLiteral("fixed_en.md");
    QTest::newRow("markdown ja") << int(TicketFormat::Markdown) << int(Language::Japanese) << QStringLiteral("fixed_ja.md");
    QTest::newRow("json en") << int(TicketFormat::Json) << int(Language::English) << QStringLiteral("fixed_en.json");
    QTest::newRow("json ja") << int(TicketFormat::Json) << int(Language::Japanese) << QStringLiteral("fixed_ja.json");
}

void TestTicket::golden()
{
    QFETCH(int, format);
    QFETCH(int, language);
    QFETCH(QString, file);
    const QString rendered = Ticket::render(fixedCase(), m_playbook, TicketFormat(format), Language(language),
                                            QTimeZone("Asia/Tokyo"));
    const QString path = QStringLiteral(RA_SOURCE_DIR "/tests/core/data/ticket/") + file;
    if (qEnvironmentVariable("RA_UPDATE_GOLDEN") == QLatin1String("1")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(rendered.toUtf8());
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(rendered, QString::fromUtf8(golden.readAll()));
    if (TicketFormat(format) == TicketFormat::Json) {
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(rendered.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("recovery-assistant.ticket/1"));
        QCOMPARE(o.value(QStringLiteral("removed")).toArray().size(), 1);
    }
}

void TestTicket::neverCarriesTheKey()
{
    // Whatever the case holds, the ticket has the Key ID and no 48-digit key shape.
    const QRegularExpression keyShape(QStringLiteral("\\d{6}-\\d{6}-\\d{6}-\\d{6}-\\d{6}-\\d{6}-\\d{6}-\\d{6}"));
    for (TicketFormat f : {TicketFormat::Text, TicketFormat::Markdown, TicketFormat::Json})
        for (Language l : {Language::English, Language::Japanese}) {
            const QString t = Ticket::render(fixedCase(), m_playbook, f, l, QTimeZone("Asia/Tokyo"));
            QVERIFY(t.contains(QStringLiteral("64311DEA")));
            QVERIFY(!keyShape.match(t).hasMatch());
        }
}

void TestTicket::rotateStepOnlyWhenKeyUsed()
{
    Case c = fixedCase();
    QVERIFY(Ticket::render(c, m_playbook, TicketFormat::Text, Language::English).contains(QStringLiteral("rotate it")));
    QVERIFY(Ticket::render(c, m_playbook, TicketFormat::Text, Language::Japanese).contains(QStringLiteral("回復キーを再発行")));
    c.recoveryKeyUsed = false;
    c.keyId.clear();
    QVERIFY(!Ticket::render(c, m_playbook, TicketFormat::Text, Language::English).contains(QStringLiteral("rotate it")));
}

void TestTicket::notAffectedCase()
{
    Case c = fixedCase();
    c.findings.clear();
    c.removed.clear();
    c.outcome = Outcome::AlreadyRemediated;
    const QString en = Ticket::render(c, m_playbook, TicketFormat::Text, Language::English, QTimeZone("Asia/Tokyo"));
    QVERIFY(en.contains(QStringLiteral("Already remediated")));
    QVERIFY(en.contains(QStringLiteral("Files removed (0)")));
    QVERIFY(!en.contains(QStringLiteral("Start the machine normally")));  // a "fixed"-only step
    const QString ja = Ticket::render(c, m_playbook, TicketFormat::Text, Language::Japanese, QTimeZone("Asia/Tokyo"));
    QVERIFY(ja.contains(QStringLiteral("対処済み")));
}

// Issue 9, item 11: one faulty and one of unknown version removed is not "2 faulty files".
void TestTicket::fixedSaysWhatEachRemovedFileWas()
{
    Case c = fixedCase();
    RemovedFile unknown = c.removed.first();
    unknown.originalPath.replace(QStringLiteral("00000032"), QStringLiteral("00000031"));
    unknown.verdict = Verdict::Unknown;
    c.removed.append(unknown);
    const QString en = Ticket::render(c, m_playbook, TicketFormat::Text, Language::English, QTimeZone("Asia/Tokyo"));
    QVERIFY2(en.contains(QStringLiteral("Fixed: 2 files removed (1 faulty version, 1 of unknown version); verified copies are in quarantine.")),
             qPrintable(en));
    QVERIFY(!en.contains(QStringLiteral("2 faulty")));
    const QString ja = Ticket::render(c, m_playbook, TicketFormat::Json, Language::Japanese, QTimeZone("Asia/Tokyo"));
    QVERIFY2(ja.contains(QStringLiteral("修復済み: ファイルを 2 個削除しました (不具合のあるバージョン 1 個、バージョン不明 1 個)。")), qPrintable(ja));
    // All faulty: the plain sentence as before.
    c.removed.removeLast();
    QVERIFY(Ticket::render(c, m_playbook, TicketFormat::Text, Language::English)
                .contains(QStringLiteral("Fixed: 1 faulty file removed; its verified copy is in quarantine.")));
}

void TestTicket::caseIdsStartedInOneSecondDiffer()
{
    // Many batch jobs and benches start cases in the same second: the ids must still differ.
    const QDateTime second(QDate(2024, 7, 19), QTime(6, 15), Qt::UTC);
    static const QRegularExpression shape(QStringLiteral("^RA-20240719-061500-[0-9A-F]{8}$"));
    QSet<QString> ids;
    for (int i = 0; i < 20000; ++i) {
        const QString id = Case::newId(second);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 20000);
}

QTEST_GUILESS_MAIN(TestTicket)
#include "tst_ticket.moc"

// No name from the registry (unreadable hive): the host the key export filed the key under is
// used, marked as such; a typed key gives no such name.
void TestTicket::computerNameFromTheKeyExportIsSaidSo()
{
    Case c = fixedCase();
    c.windows.computerName.clear();
    const QTimeZone tokyo("Asia/Tokyo");
    QVERIFY(Ticket::render(c, m_playbook, TicketFormat::Text, Language::English, tokyo)
                .contains(QStringLiteral("Computer name: PC-TOKYO-0042 (from the key export)\n")));
    QVERIFY(Ticket::render(c, m_playbook, TicketFormat::Markdown, Language::English, tokyo)
                .contains(QStringLiteral("| Computer name | PC-TOKYO-0042 (from the key export) |")));
    const QString ja = Ticket::render(c, m_playbook, TicketFormat::Text, Language::Japanese, tokyo);
    QVERIFY2(ja.contains(QStringLiteral("PC-TOKYO-0042 (キーのエクスポートより)")), qPrintable(ja.left(600)));
    c.keySource = KeySource::typed();
    QVERIFY(Ticket::render(c, m_playbook, TicketFormat::Text, Language::English, tokyo)
                .contains(QStringLiteral("Computer name: unknown\n")));
}
