// SPDX-License-Identifier: GPL-3.0-or-later
// The phone guide: the script data validated on load, the key found by the first 8 characters
// of its Key ID, a misheard group caught by its checksum, the user's dir times judged by the
// playbook's rules, the ticket "fixed by phone"; and the BCD store's Safe Mode flag read from a
// hive on a FAT image (mtools), as from a whole disk's EFI partition.

#include "hivebuilder.h"
#include "testsupport.h"

#include "system/registry/bcdstore.h"
#include "workflow/guidesession.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::test::HiveBuilder;

namespace {

const QString kDefaultLoader = QStringLiteral("{7c1c9a3e-3f2e-11ef-9a7b-0800272b1a10}");

QString fixture(const char *name)
{
    return QStringLiteral(RA_SOURCE_DIR "/tests/core/data/") + QString::fromLatin1(name);
}

bool buildBcd(const QString &path, bool safeBoot)
{
    HiveBuilder b;
    b.set(QStringLiteral("Objects\\{9dea862c-5cdd-4e70-acc1-f32b344d4795}\\Elements\\23000003"),
          {HiveBuilder::Value::sz(QStringLiteral("Element"), kDefaultLoader)});
    b.set(QStringLiteral("Objects\\") + kDefaultLoader + QStringLiteral("\\Elements\\12000004"),
          {HiveBuilder::Value::sz(QStringLiteral("Element"), QStringLiteral("Windows 11"))});
    if (safeBoot)
        b.set(QStringLiteral("Objects\\") + kDefaultLoader + QStringLiteral("\\Elements\\25000080"),
              {HiveBuilder::Value::raw(QStringLiteral("Element"), 3, QByteArray::fromHex("0000000000000000"))});
    return b.commit(path);
}

bool run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

}  // namespace

class TestGuide : public QObject {
    Q_OBJECT

private slots:
    void scriptLoadsAndNamesBadFields();
    void sayQuotesTheUsersScreenWords();
    void keyFoundByShortKeyId();
    void misheardGroupCaughtByChecksum();
    void dirTimesJudged_data();
    void dirTimesJudged();
    void ticketSaysFixedByPhone();
    void bcdSafeBootReported();
    void bcdOnFatPartition();

private:
    static GuideSession newSession();
};

GuideSession TestGuide::newSession()
{
    GuideSession s(*Playbook::builtin(), *GuideScript::builtin());
    const auto summary = s.loadExport(fixture("escrow/ad-computers.tsv"));
    if (!summary)
        qWarning() << summary.error().message;
    return s;
}

void TestGuide::scriptLoadsAndNamesBadFields()
{
    const auto script = GuideScript::builtin();
    QVERIFY2(script.ok(), script.ok() ? "" : qPrintable(script.error().message));
    QVERIFY(script->step(QStringLiteral("recovery-screen")));
    QVERIFY(!script->step(QStringLiteral("recovery-screen"))->screen10.ja.isEmpty());  // Windows 10 differs
    QVERIFY(script->step(QStringLiteral("list-files"))->notes.contains(QStringLiteral("jis-backslash")));
    QVERIFY(script->branch(QStringLiteral("safeboot-left"))->steps.first().command.contains(QStringLiteral("{default}")));

    QFile file(QStringLiteral(RA_SOURCE_DIR "/resources/guides/winre-phone.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QByteArray bad = good;
    bad.replace("\"kind\": \"drive\"", "\"kind\": \"letter\"");
    const auto broken = GuideScript::fromJson(bad, QStringLiteral("test"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QStringLiteral("steps[5].answer.kind")), qPrintable(broken.error().message));
    QByteArray noComment = good;
    noComment.replace("\"_comment\": \"Pre-boot heading", "\"note\": \"Pre-boot heading");
    const auto uncited = GuideScript::fromJson(noComment, QStringLiteral("test"));
    QVERIFY(!uncited.ok());
    QVERIFY(uncited.error().message.contains(QStringLiteral("screen._comment")));
}

void TestGuide::sayQuotesTheUsersScreenWords()
{
    const auto script = GuideScript::builtin();
    QVERIFY(script.ok());
    const auto say = [&](const char *step, Language technician, Language windows) {
        return script->withScreenWords(script->step(QString::fromLatin1(step))->say.text(technician), technician, windows,
                                       WindowsVersion::Windows11);
    };
    // A Japanese technician, an English Windows: the words the user sees, in the technician's quotes.
    QVERIFY2(say("restart", Language::Japanese, Language::English).contains(QStringLiteral("「Continue」")),
             qPrintable(say("restart", Language::Japanese, Language::English)));
    QVERIFY(say("skip-drive", Language::Japanese, Language::English).contains(QStringLiteral("「Skip this drive」")));
    QVERIFY(say("recovery-screen", Language::Japanese, Language::English).contains(QStringLiteral("「Recovery key ID」")));
    // The reverse.
    QVERIFY(say("troubleshoot", Language::English, Language::Japanese).contains(QStringLiteral("\"トラブルシューティング\"")));
    QVERIFY(say("command-prompt", Language::English, Language::Japanese).contains(QStringLiteral("\"コマンド プロンプト\"")));
    QVERIFY(say("recovery-screen", Language::English, Language::Japanese).contains(QStringLiteral("\"回復キー ID\"")));
    // The same language: unchanged; a quote that is no screen's word stays.
    QCOMPARE(say("restart", Language::English, Language::English), script->step(QStringLiteral("restart"))->say.en);
    QVERIFY(say("delete-files", Language::English, Language::Japanese).contains(QStringLiteral("\"File Not Found\"")));
}

void TestGuide::keyFoundByShortKeyId()
{
    GuideSession s = newSession();
    QCOMPARE(s.findKey(QStringLiteral("６４３１１ｄｅａ")).ok(), true);  // read out, typed full-width
    QCOMPARE(s.keyId(), QStringLiteral("64311DEA"));
    QCOMPARE(s.host(), QStringLiteral("PC-ALPHA"));
    QCOMPARE(s.group(1), QStringLiteral("235818"));
    QCOMPARE(s.group(8), QStringLiteral("591910"));
    const auto missing = s.findKey(QStringLiteral("DEADBEEF"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestGuide::misheardGroupCaughtByChecksum()
{
    GuideSession s = newSession();
    QVERIFY(s.findKey(QStringLiteral("64311DEA")).ok());
    QCOMPARE(s.checkGroup(1, u"235818"), GuideSession::ReadBack::Confirmed);
    QCOMPARE(s.checkGroup(2, u"357915"), GuideSession::ReadBack::Misheard);   // 51 heard as 15
    QCOMPARE(s.checkGroup(2, u"253979"), GuideSession::ReadBack::Different);  // group 3 read for 2
    QCOMPARE(s.checkGroup(2, u"35795"), GuideSession::ReadBack::Incomplete);
    QCOMPARE(s.checkGroup(2, u"３５７９５１"), GuideSession::ReadBack::Confirmed);
    // The case records the outcome per group, never the digits.
    const QString report = s.currentCase().report->toText();
    QVERIFY(!report.contains(QStringLiteral("357951")));
    QVERIFY(!report.contains(QStringLiteral("235818")));
}

void TestGuide::dirTimesJudged_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("verdict");
    QTest::newRow("ja faulty") << QStringLiteral("2024/07/19  13:09    50,716 C-00000291-00000000-00000032.sys")
                               << QStringLiteral("Asia/Tokyo") << int(Verdict::Faulty);
    QTest::newRow("ja good") << QStringLiteral("2024/07/19  14:27    50,716 C-00000291-00000000-00000033.sys")
                             << QStringLiteral("Asia/Tokyo") << int(Verdict::Good);
    QTest::newRow("us faulty") << QStringLiteral("07/19/2024  04:09 AM            50,716 C-00000291-00000000-00000032.sys")
                               << QStringLiteral("UTC") << int(Verdict::Faulty);
    QTest::newRow("us pm good") << QStringLiteral("07/19/2024 12:30 PM") << QStringLiteral("UTC") << int(Verdict::Good);
    QTest::newRow("before") << QStringLiteral("2024/07/18 09:00") << QStringLiteral("Asia/Tokyo") << int(Verdict::Unknown);
}

void TestGuide::dirTimesJudged()
{
    QFETCH(QString, line);
    QFETCH(QString, zone);
    QFETCH(int, verdict);
    GuideSession s = newSession();
    const auto f = s.reportFile(line, QTimeZone(zone.toLatin1()));
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    QCOMPARE(int(f->verdict), verdict);
    QCOMPARE(s.reportedFiles().size(), 1);
    QVERIFY(!s.reportFile(QStringLiteral("13:09"), QTimeZone("UTC")).ok());                          // no date
    QVERIFY(!s.reportFile(QStringLiteral("2024/07/19 13:09 other.sys"), QTimeZone("UTC")).ok());     // not this incident
}

void TestGuide::ticketSaysFixedByPhone()
{
    GuideSession s = newSession();
    QVERIFY(s.findKey(QStringLiteral("64311DEA")).ok());
    s.setRemoteUser(QStringLiteral("Sato Hanako"));
    QVERIFY(s.setDrive(QStringLiteral("ｄ：")).ok());
    QCOMPARE(s.drive(), QStringLiteral("D:"));
    QVERIFY(!s.setDrive(QStringLiteral("DD")).ok());
    QVERIFY(s.reportFile(QStringLiteral("2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys"), QTimeZone("Asia/Tokyo")).ok());
    s.finish(true);
    for (Language l : {Language::English, Language::Japanese}) {
        for (TicketFormat f : {TicketFormat::Text, TicketFormat::Markdown, TicketFormat::Json}) {
            const QString t = s.ticket(f, l, QTimeZone("Asia/Tokyo"));
            QVERIFY(t.contains(QStringLiteral("Sato Hanako")));
            QVERIFY(t.contains(QStringLiteral("64311DEA")));
            QVERIFY(t.contains(QStringLiteral("C-00000291-00000000-00000032.sys")));
            QVERIFY2(!t.contains(QStringLiteral("235818")) && !t.contains(QStringLiteral("591910")), "the key leaked");
        }
    }
    const QString en = s.ticket(TicketFormat::Text, Language::English, QTimeZone("Asia/Tokyo"));
    QVERIFY(en.contains(QStringLiteral("fixed by phone (WinRE), user Sato Hanako")));
    QVERIFY(en.contains(QStringLiteral("key disclosed: Key ID 64311DEA")));
    QVERIFY(en.contains(QStringLiteral("rotate it")));
    // The file's own verdict line, in each language: the reported time is in the faulty window.
    QCOMPARE(s.reportedFiles().size(), 1);
    const Finding &file = s.reportedFiles().first();
    QCOMPARE(file.verdict, Verdict::Faulty);
    QVERIFY(file.relativePath.endsWith(QStringLiteral("/C-00000291-00000000-00000032.sys")));
    for (Language l : {Language::English, Language::Japanese}) {
        const QString text = s.ticket(TicketFormat::Text, l, QTimeZone("Asia/Tokyo"));
        const QString line = QStringLiteral("- %1: %2\n").arg(file.relativePath, Classifier::verdictName(Verdict::Faulty, l));
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + text));
        QVERIFY2(text.contains(Classifier::reasonText(file.reason, l)), qPrintable(text));
    }
    QVERIFY(Classifier::verdictName(Verdict::Faulty, Language::English) != Classifier::verdictName(Verdict::Good, Language::English));
}

void TestGuide::bcdSafeBootReported()
{
    if (HiveBuilder::minimalHivePath().isEmpty())
        QFAIL("registry/minimal is missing from the test data: BCD hives cannot be built");
    QTemporaryDir dir;
    const QString on = dir.filePath(QStringLiteral("BCD-on"));
    const QString off = dir.filePath(QStringLiteral("BCD-off"));
    QVERIFY(buildBcd(on, true));
    QVERIFY(buildBcd(off, false));
    const auto set = BcdStore::readSafeBoot(on);
    QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().details));
    QVERIFY(set->set);
    QCOMPARE(set->valueName(), QStringLiteral("minimal"));
    QCOMPARE(set->defaultObject, kDefaultLoader);
    const auto clear = BcdStore::readSafeBoot(off);
    QVERIFY(clear.ok());
    QVERIFY(!clear->set);

    Case c;
    BcdStore::addToCase(*set, c);
    QCOMPARE(c.extraNextSteps.size(), 1);
    const QString ticket = Ticket::render(c, *Playbook::builtin(), TicketFormat::Text, Language::English);
    QVERIFY(ticket.contains(QStringLiteral("bcdedit /deletevalue {default} safeboot")));
}

void TestGuide::bcdOnFatPartition()
{
    if (HiveBuilder::minimalHivePath().isEmpty())
        QFAIL("registry/minimal is missing from the test data: BCD hives cannot be built");
    QTemporaryDir dir;
    const QString hive = dir.filePath(QStringLiteral("BCD"));
    QVERIFY(buildBcd(hive, true));
    // A disk image: 1 MiB before an EFI-like FAT partition, as a GPT disk has.
    const QString fat = dir.filePath(QStringLiteral("esp.img"));
    QVERIFY(run(QStringLiteral("mkfs.fat"), {QStringLiteral("-C"), fat, QStringLiteral("8192")}));
    for (const char *folder : {"::/EFI", "::/EFI/Microsoft", "::/EFI/Microsoft/Boot"})
        QVERIFY(run(QStringLiteral("mmd"), {QStringLiteral("-i"), fat, QString::fromLatin1(folder)}));
    QVERIFY(run(QStringLiteral("mcopy"), {QStringLiteral("-i"), fat, hive, QStringLiteral("::/EFI/Microsoft/Boot/BCD")}));
    const QString disk = dir.filePath(QStringLiteral("disk.img"));
    QFile out(disk);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(1024 * 1024, '\0'));
    QFile in(fat);
    QVERIFY(in.open(QIODevice::ReadOnly));
    out.write(in.readAll());
    out.close();

    VolumeInfo esp;
    esp.device = disk;
    esp.offset = 1024 * 1024;
    esp.kind = VolumeKind::Fat;
    esp.partitionNumber = 1;
    VolumeInfo windows = esp;
    windows.kind = VolumeKind::BitLocker;
    windows.partitionNumber = 3;
    Report report;
    const auto flag = BcdStore::readFromDisk({esp, windows}, disk, report);
    QVERIFY2(flag.ok(), flag.ok() ? "" : qPrintable(flag.error().message + flag.error().details));
    QVERIFY(flag->has_value());
    QVERIFY((*flag)->set);
    QCOMPARE(report.overallState(), ReportNode::State::Warning);
}

QTEST_GUILESS_MAIN(TestGuide)
#include "tst_guide.moc"
