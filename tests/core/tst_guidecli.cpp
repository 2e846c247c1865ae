// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli guide, run as the technician runs it: golden files in both languages
// for text and Markdown (the strings come from resources/guides/winre-phone.json), the key
// masked unless --show-key, and the --barcode PNG decoded by zbarimg back to the key's digits.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDigits = QStringLiteral("235818357951253979013365241120245575342914591910");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataPath(const QString &name)
{
    return QStringLiteral(RA_SOURCE_DIR "/tests/core/data/") + name;
}

}  // namespace

class TestGuideCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void keyMaskedUnlessAsked();
    void usageErrors_data();
    void usageErrors();
    void barcodeDecodesToDigits();
    void pdfWritten();

private:
    Run run(const QStringList &args);
    QString m_cli;
};

void TestGuideCli::initTestCase()
{
    m_cli = qEnvironmentVariable("RA_BUILD_DIR") + QStringLiteral("/app/cli/recovery-assistant-cli");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
}

Run TestGuideCli::run(const QStringList &args)
{
    QProcess p;
    p.start(m_cli, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestGuideCli::golden_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("windowsLang");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("en text") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("text") << QStringLiteral("guide-en.txt");
    QTest::newRow("ja text") << QStringLiteral("ja") << QStringLiteral("ja") << QStringLiteral("text") << QStringLiteral("guide-ja.txt");
    QTest::newRow("en markdown") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("markdown") << QStringLiteral("guide-en.md");
    QTest::newRow("ja markdown") << QStringLiteral("ja") << QStringLiteral("ja") << QStringLiteral("markdown") << QStringLiteral("guide-ja.md");
    QTest::newRow("en tech, ja Windows 10") << QStringLiteral("en") << QStringLiteral("ja") << QStringLiteral("text") << QStringLiteral("guide-en-winja10.txt");
}

void TestGuideCli::golden()
{
    QFETCH(QString, lang);
    QFETCH(QString, windowsLang);
    QFETCH(QString, format);
    QFETCH(QString, golden);
    QStringList args{QStringLiteral("--lang"), lang, QStringLiteral("guide"), QStringLiteral("--escrow"),
                     dataPath(QStringLiteral("escrow/ad-computers.tsv")), QStringLiteral("--key-id"), QStringLiteral("64311dea"),
                     QStringLiteral("--windows-lang"), windowsLang, QStringLiteral("--format"), format};
    if (golden.contains(QLatin1String("10")))
        args << QStringLiteral("--windows") << QStringLiteral("10");
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    if (qEnvironmentVariableIsSet("RA_UPDATE_GOLDEN")) {
        QFile f(dataPath(QStringLiteral("guide/") + golden));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out);
    }
    QFile f(dataPath(QStringLiteral("guide/") + golden));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(f.readAll()));
}

void TestGuideCli::keyMaskedUnlessAsked()
{
    const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("guide"), QStringLiteral("--escrow"),
                           dataPath(QStringLiteral("escrow/ad-computers.tsv")), QStringLiteral("--key-id"), QStringLiteral("64311DEA")};
    const Run masked = run(base);
    QCOMPARE(masked.exitCode, 0);
    QVERIFY(!masked.out.contains("235818"));
    QVERIFY(masked.out.contains("591910"));  // the last group, to recognise the key
    const Run shown = run(base + QStringList{QStringLiteral("--show-key")});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains("1) 235818"));
    QVERIFY(shown.out.contains("manage-bde -unlock D: -rp 235818-357951-253979-013365-241120-245575-342914-591910"));
}

void TestGuideCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString escrow = dataPath(QStringLiteral("escrow/ad-computers.tsv"));
    QTest::newRow("barcode without show-key") << QStringList{QStringLiteral("guide"), QStringLiteral("--escrow"), escrow, QStringLiteral("--key-id"), QStringLiteral("64311DEA"), QStringLiteral("--barcode"), QStringLiteral("/tmp/x.png")} << 2;
    QTest::newRow("key id without export") << QStringList{QStringLiteral("guide"), QStringLiteral("--key-id"), QStringLiteral("64311DEA")} << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("guide"), QStringLiteral("--format"), QStringLiteral("pdf")} << 2;
    QTest::newRow("bad windows lang") << QStringList{QStringLiteral("guide"), QStringLiteral("--windows-lang"), QStringLiteral("de")} << 2;
    QTest::newRow("bad drive") << QStringList{QStringLiteral("guide"), QStringLiteral("--drive"), QStringLiteral("DD")} << 2;
    QTest::newRow("unknown key id") << QStringList{QStringLiteral("guide"), QStringLiteral("--escrow"), escrow, QStringLiteral("--key-id"), QStringLiteral("DEADBEEF")} << 12;
}

void TestGuideCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestGuideCli::barcodeDecodesToDigits()
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    QVERIFY2(!zbarimg.isEmpty(), "zbarimg (zbar-tools) is needed: scripts/deps installs it");
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("key.png"));
    const Run r = run({QStringLiteral("guide"), QStringLiteral("--escrow"), dataPath(QStringLiteral("escrow/ad-computers.tsv")),
                       QStringLiteral("--key-id"), QStringLiteral("64311DEA"), QStringLiteral("--show-key"),
                       QStringLiteral("--barcode"), png});
    QCOMPARE(r.exitCode, 0);
    QProcess z;
    z.start(zbarimg, {QStringLiteral("--quiet"), png});
    QVERIFY(z.waitForFinished(30000));
    const QStringList symbols = QString::fromUtf8(z.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(symbols.contains(QStringLiteral("CODE-128:") + kDigits), qPrintable(symbols.join(u' ')));
    QVERIFY2(symbols.contains(QStringLiteral("QR-Code:") + kDigits), qPrintable(symbols.join(u' ')));
}

void TestGuideCli::pdfWritten()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("guide.pdf"));
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("guide"), QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.exitCode, 0);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(5);
    QCOMPARE(head, QByteArray("%PDF-"));
    QVERIFY(f.size() > 2000);
    QVERIFY(f.readAll().contains("/Count 1"));  // one page
}

QTEST_GUILESS_MAIN(TestGuideCli)
#include "tst_guidecli.moc"
