// SPDX-License-Identifier: GPL-3.0-or-later
// The one recovery-key-shape detector (domain/keyshape.h), the rule for typed fields and the
// escaping of untrusted text (domain/fieldtext.h), the one way to open an input file
// (system/inputfile.h), and where they are used: the ticket and the case record.

#include "casefixtures.h"
#include "hivebuilder.h"
#include "testsupport.h"

#include "domain/fieldtext.h"
#include "domain/keyshape.h"
#include "domain/playbook.h"
#include "domain/recoverykey.h"
#include "domain/ticket.h"
#include "system/inputfile.h"
#include "system/store/caserecord.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ra;

namespace {

const QString kKey = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");

QString inScript(const QString &key, char32_t zero)
{
    QString s;
    for (const QChar c : key) {
        if (c.isDigit()) {
            const char32_t u = zero + char32_t(c.unicode() - u'0');
            s += QString::fromUcs4(&u, 1);
        } else {
            s += c;
        }
    }
    return s;
}

}  // namespace

class TestFieldText : public QObject {
    Q_OBJECT
private slots:
    void keyShape_data();
    void keyShape();
    void keyShapeIsLinear();
    void fieldProblems_data();
    void fieldProblems();
    void escaped();
    void inputFileRefusesWhatIsNotARegularFile();
    void ticketShowsNamesEscaped();
    void caseRecordChecksDecodedText_data();
    void caseRecordChecksDecodedText();
    void aFixRemoving1400FilesIsFiled();
    void recoveryKeyTakesOtherScriptsDigits();
};

void TestFieldText::keyShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("key");
    QTest::newRow("dashes") << kKey << true;
    QTest::newRow("none") << QString(kKey).remove(u'-') << true;
    QTest::newRow("spaces") << QString(kKey).replace(u'-', u' ') << true;
    QTest::newRow("double spaces") << QString(kKey).replace(u'-', QStringLiteral("  ")) << true;
    QTest::newRow("dots") << QString(kKey).replace(u'-', u'.') << true;
    QTest::newRow("underscores") << QString(kKey).replace(u'-', u'_') << true;
    QTest::newRow("slashes") << QString(kKey).replace(u'-', u'/') << true;
    QTest::newRow("line breaks") << QString(kKey).replace(u'-', QStringLiteral("\r\n")) << true;
    QTest::newRow("ideographic spaces") << QString(kKey).replace(u'-', u'\u3000') << true;
    QTest::newRow("zero-width joiners") << QString(kKey).replace(u'-', u'\u200B') << true;
    QTest::newRow("mixed") << QStringLiteral("235818-357951.253979 013365/241120_245575  342914591910") << true;
    QTest::newRow("in a sentence") << QStringLiteral("key is ") + kKey + QStringLiteral(", thanks") << true;
    QTest::newRow("after other digits") << QStringLiteral("INC 2024 ") + kKey << true;
    QTest::newRow("glued to a letter") << QStringLiteral("x") + kKey + QStringLiteral("y") << true;
    QTest::newRow("full-width") << inScript(kKey, U'\uFF10') << true;
    QTest::newRow("arabic-indic") << inScript(kKey, U'\u0660') << true;
    QTest::newRow("devanagari") << inScript(kKey, U'\u0966') << true;
    QTest::newRow("mathematical bold (outside the BMP)") << inScript(kKey, U'\U0001D7CE') << true;
    QTest::newRow("the practice key") << QStringLiteral("121121-242242-363363-484484-605605-010010-131131-252252") << true;
    // Not a key.
    QTest::newRow("group 3 not a multiple of 11") << QStringLiteral("235818-357951-253970-013365-241120-245575-342914-591910") << false;
    QTest::newRow("group above 720896") << QStringLiteral("235818-357951-253979-013365-241120-245575-342914-999999") << false;
    QTest::newRow("seven groups") << kKey.left(48) << false;
    QTest::newRow("a letter between groups") << QStringLiteral("235818-357951-253979-013365a241120-245575-342914-591910") << false;
    QTest::newRow("a separator inside a group") << QStringLiteral("235 818-357951-253979-013365-241120-245575-342914-591910") << false;
    QTest::newRow("separators too long") << QString(kKey).replace(u'-', QStringLiteral("      ")) << false;
    QTest::newRow("a GUID") << QStringLiteral("{6A1B2C3D-0000-4000-8000-000000000001}") << false;
    QTest::newRow("file sizes") << QStringLiteral("50716 bytes, 1024 bytes, 2024-07-19 04:09:00") << false;
    QTest::newRow("48 digits, no group valid") << QStringLiteral("123456").repeated(8) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestFieldText::keyShape()
{
    QFETCH(QString, text);
    QFETCH(bool, key);
    QCOMPARE(KeyShape::containsRecoveryKey(text), key);
}

void TestFieldText::keyShapeIsLinear()
{
    // 4 MiB of digits (a hostile case.json): one pass, not a quadratic search.
    const QString digits = QStringLiteral("1234567").repeated(600 * 1024);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!KeyShape::containsRecoveryKey(digits));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestFieldText::fieldProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");  // empty: accepted
    QTest::newRow("plain") << QStringLiteral("佐藤 Sato") << QString();
    QTest::newRow("ticket number") << QStringLiteral("INC0012345") << QString();
    QTest::newRow("128 characters") << QString(128, u'x') << QString();
    QTest::newRow("129 characters") << QString(129, u'x') << QStringLiteral("longer than 128 characters");
    QTest::newRow("line break") << QStringLiteral("Sato\nResult: Fixed") << QStringLiteral("control");
    QTest::newRow("tab") << QStringLiteral("Sato\t") << QStringLiteral("control");
    QTest::newRow("ESC") << QStringLiteral("\x1b[2J") << QStringLiteral("control");
    QTest::newRow("C1") << QStringLiteral("Sato\u009b") << QStringLiteral("control");
    QTest::newRow("RLM") << QStringLiteral("Sato\u200F") << QStringLiteral("text-direction");
    QTest::newRow("ALM") << QStringLiteral("Sato\u061C") << QStringLiteral("text-direction");
    QTest::newRow("RLO") << QStringLiteral("Sato\u202E") << QStringLiteral("text-direction");
    QTest::newRow("isolate") << QStringLiteral("Sato\u2067") << QStringLiteral("text-direction");
    QTest::newRow("the key") << kKey << QStringLiteral("recovery key");
    QTest::newRow("the key, full-width") << inScript(kKey, U'\uFF10') << QStringLiteral("recovery key");
}

void TestFieldText::fieldProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const QString problem = FieldText::problem(FieldText::Field::Technician, text);
    if (says.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(says) && problem.contains(QStringLiteral("Technician name")), qPrintable(problem));
        QVERIFY(!problem.contains(kKey.left(6)));  // the sentence never repeats what was typed
    }
}

void TestFieldText::escaped()
{
    QCOMPARE(FieldText::escaped(u"C:\\Windows"), QStringLiteral("C:\\Windows"));  // nothing hostile: unchanged
    QCOMPARE(FieldText::escaped(u"a\x1b[2J\\b"), QStringLiteral("a\\x1b[2J\\\\b"));
    QCOMPARE(FieldText::escaped(u"Sato\nResult: Fixed"), QStringLiteral("Sato\\x0aResult: Fixed"));
    QCOMPARE(FieldText::escaped(u"abc\u202Etxt.exe"), QStringLiteral("abc\\u202etxt.exe"));
    QCOMPARE(FieldText::escaped(u"\u0085\u061C"), QStringLiteral("\\x85\\u061c"));
}

void TestFieldText::inputFileRefusesWhatIsNotARegularFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString link = dir.filePath(QStringLiteral("zero"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
    const QString sock = dir.filePath(QStringLiteral("sock"));
    const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    qstrncpy(addr.sun_path, QFile::encodeName(sock).constData(), sizeof addr.sun_path);
    QVERIFY(::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    const QString good = dir.filePath(QStringLiteral("key.txt"));
    QVERIFY(ra::test::writeFile(good, kKey.toLatin1()));
    const QString linkToGood = dir.filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(good, linkToGood));
    const QString big = dir.filePath(QStringLiteral("big"));
    QVERIFY(ra::test::writeFile(big, QByteArray(65 * 1024, 'x')));

    const struct {
        QString path;
        const char *says;
    } refused[] = {{fifo, "a FIFO (named pipe), not a regular file"}, {link, "a device, not a regular file"},
                   {sock, "a socket, not a regular file"}, {dir.path(), "is a folder, not a regular file"},
                   {big, "larger than 64 KiB"}, {dir.filePath(QStringLiteral("none")), "does not exist"}};
    for (const auto &r : refused) {
        QElapsedTimer clock;
        clock.start();
        const auto opened = InputFile::open(r.path, InputFile::Kind::RecoveryKey);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY2(!opened && opened.error().message.contains(QLatin1String(r.says)), qPrintable(opened ? r.path : opened.error().message));
        QVERIFY(opened.error().message.startsWith(QStringLiteral("The key file ")));
    }
    ::close(s);
    for (const QString &path : {good, linkToGood}) {
        const auto data = InputFile::readAll(path, InputFile::Kind::RecoveryKey);
        QVERIFY(data);
        QCOMPARE(*data, kKey.toLatin1());
    }
    QVERIFY(InputFile::checkOutput(dir.filePath(QStringLiteral("new.png"))));
    QVERIFY(InputFile::checkOutput(good));
    QVERIFY(!InputFile::checkOutput(fifo));
    QVERIFY(!InputFile::checkOutput(dir.path()));
    QCOMPARE(InputFile::maxBytes(InputFile::Kind::CaseRecord), qint64(CaseRecord::MaxRecordBytes));
}

void TestFieldText::ticketShowsNamesEscaped()
{
    ra::test::CaseSpec spec{QStringLiteral("RA-1"), QStringLiteral("PC-1"), ra::test::keyIdFor(1)};
    spec.technician = QStringLiteral("Sato\nResult: Fixed, nothing to worry about");
    Case c = ra::test::makeCase(spec);
    c.ticketReference = QStringLiteral("INC1\x1b]0;pwned\x07");
    c.windows.computerName = QStringLiteral("PC\u202Eexe.txt");
    const auto playbook = Playbook::builtin();
    QVERIFY(playbook);
    for (const TicketFormat format : {TicketFormat::Text, TicketFormat::Markdown}) {
        const QString ticket = Ticket::render(c, *playbook, format, Language::English);
        QVERIFY2(!ticket.contains(QChar(0x1b)) && !ticket.contains(QChar(0x202E)) && !ticket.contains(QChar(0x07)), qPrintable(ticket));
        QVERIFY2(ticket.contains(QStringLiteral("Sato\\x0aResult: Fixed")), qPrintable(ticket));
        QVERIFY2(ticket.contains(QStringLiteral("INC1\\x1b]0;pwned\\x07")), qPrintable(ticket));
        QVERIFY2(ticket.contains(QStringLiteral("PC\\u202eexe.txt")), qPrintable(ticket));
        int results = 0;
        for (const QString &line : ticket.split(u'\n'))
            results += line.startsWith(QStringLiteral("Result: ")) ? 1 : 0;
        QVERIFY(results <= 1);
    }
}

void TestFieldText::caseRecordChecksDecodedText_data()
{
    QTest::addColumn<QByteArray>("technician");  // as written in the JSON file, quotes included
    QByteArray escaped = "\"";
    for (const QChar c : kKey)
        escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
    escaped += '"';
    QTest::newRow("\\u escapes") << escaped;
    QTest::newRow("dots") << ("\"" + QString(kKey).replace(u'-', u'.').toUtf8() + "\"");
    QTest::newRow("underscores") << ("\"" + QString(kKey).replace(u'-', u'_').toUtf8() + "\"");
    QTest::newRow("slashes") << ("\"" + QString(kKey).replace(u'-', QStringLiteral("\\/")).toUtf8() + "\"");
    QTest::newRow("double spaces") << ("\"" + QString(kKey).replace(u'-', QStringLiteral("  ")).toUtf8() + "\"");
    QTest::newRow("full-width") << ("\"" + inScript(kKey, U'\uFF10').toUtf8() + "\"");
    QTest::newRow("arabic-indic") << ("\"" + inScript(kKey, U'\u0660').toUtf8() + "\"");
}

void TestFieldText::caseRecordChecksDecodedText()
{
    QFETCH(QByteArray, technician);
    QByteArray json = ra::test::caseJson({QStringLiteral("RA-9"), QStringLiteral("PC-9"), {}});
    QVERIFY(json.contains("\"Sato\""));
    json.replace("\"Sato\"", technician);
    const auto record = CaseRecord::fromCaseJson(json);
    QVERIFY2(!record, record ? record->json.constData() : "");
    QVERIFY2(record.error().message.contains(QStringLiteral("recovery key")), qPrintable(record.error().message));
}

void TestFieldText::aFixRemoving1400FilesIsFiled()
{
    QJsonObject o = QJsonDocument::fromJson(ra::test::caseJson({QStringLiteral("RA-1400"), QStringLiteral("PC-1400"), {}})).object();
    QJsonArray removed, findings;
    for (int i = 0; i < 1400; ++i) {
        const QString name = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-%1.sys").arg(i, 8, 10, QLatin1Char('0'));
        const QJsonObject file{{QStringLiteral("originalPath"), name},
                               {QStringLiteral("sha256"), QString(64, u'a')},
                               {QStringLiteral("size"), 50716},
                               {QStringLiteral("lastWriteUtc"), QStringLiteral("2024-07-19T04:09:00Z")},
                               {QStringLiteral("verdict"), QStringLiteral("faulty")},
                               {QStringLiteral("quarantinePath"), QStringLiteral("/root/.local/share/recovery-assistant/cases/RA-1400/quarantine/") + name}};
        removed.append(file);
        findings.append(file);
    }
    o.insert(QStringLiteral("removed"), removed);
    o.insert(QStringLiteral("findings"), findings);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY2(json.size() > 1024 * 1024, qPrintable(QString::number(json.size())));
    const auto record = CaseRecord::fromCaseJson(json);
    QVERIFY2(record, qPrintable(record ? QString() : record.error().message));
}

void TestFieldText::recoveryKeyTakesOtherScriptsDigits()
{
    QVERIFY(RecoveryKey::parse(inScript(kKey, U'\u0660')));
    QVERIFY(RecoveryKey::parse(inScript(kKey, U'\uFF10')));
    const auto wrong = RecoveryKey::parse(inScript(QStringLiteral("235818-357951-253970-013365-241120-245575-342914-591910"), U'\u0660'));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(u'3'), qPrintable(wrong.error().message));
}

QTEST_GUILESS_MAIN(TestFieldText)
#include "tst_fieldtext.moc"
