// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/registry/windowsfactsreader.h"

#include "hivebuilder.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using ra::WindowsFacts;
using ra::WindowsFactsReader;
using ra::test::HiveBuilder;
using Value = ra::test::HiveBuilder::Value;

namespace {

const QString csAgentPath = QStringLiteral("\\??\\C:\\Windows\\system32\\drivers\\CrowdStrike\\csagent.sys");

// A SYSTEM hive with two control sets. ControlSet001 is a stale one with other values (and a
// disabled CSAgent even when the current set has none): a reader that takes the wrong set
// reports them.
struct SystemSpec {
    bool select = true;
    quint32 current = 2;
    int controlSets = 2;
    bool crowdStrike = false;
    bool computerNameAsDword = false;
    bool startAsString = false;
    QString domain = QStringLiteral("corp.example.com");
    QString nvDomain;
    QString hostName = QStringLiteral("pc-0042");
    QString nvHostName;
};

HiveBuilder systemHive(const SystemSpec &spec)
{
    HiveBuilder b;
    if (spec.select)
        b.set(QStringLiteral("Select"), {Value::dword(QStringLiteral("Current"), spec.current),
                                         Value::dword(QStringLiteral("Default"), spec.current),
                                         Value::dword(QStringLiteral("LastKnownGood"), 1)});
    for (int set = 1; set <= spec.controlSets; ++set) {
        const bool last = set == spec.controlSets;
        const QString cs = QStringLiteral("ControlSet%1").arg(set, 3, 10, QChar(u'0'));
        if (last && spec.computerNameAsDword)
            b.set(cs + QStringLiteral("\\Control\\ComputerName\\ComputerName"), {Value::dword(QStringLiteral("ComputerName"), 42)});
        else
            b.set(cs + QStringLiteral("\\Control\\ComputerName\\ComputerName"),
                  {Value::sz(QStringLiteral("ComputerName"), last ? QStringLiteral("PC-0042") : QStringLiteral("OLD-NAME"))});
        b.set(cs + QStringLiteral("\\Control\\TimeZoneInformation"),
              {Value::sz(QStringLiteral("TimeZoneKeyName"), last ? QStringLiteral("Tokyo Standard Time") : QStringLiteral("Pacific Standard Time")),
               Value::dword(QStringLiteral("Bias"), last ? quint32(-540) : 480)});
        if (last)
            b.set(cs + QStringLiteral("\\Services\\Tcpip\\Parameters"),
                  {Value::sz(QStringLiteral("Hostname"), spec.hostName), Value::sz(QStringLiteral("NV Hostname"), spec.nvHostName),
                   Value::sz(QStringLiteral("Domain"), spec.domain), Value::sz(QStringLiteral("NV Domain"), spec.nvDomain)});
        else
            b.set(cs + QStringLiteral("\\Services\\Tcpip\\Parameters"),
                  {Value::sz(QStringLiteral("Hostname"), QStringLiteral("old-name")), Value::sz(QStringLiteral("Domain"), QStringLiteral("old.example.com"))});
        b.set(cs + QStringLiteral("\\Services\\Tcpip\\Parameters\\Interfaces"), {});
        b.set(cs + QStringLiteral("\\Services\\W32Time"), {Value::dword(QStringLiteral("Start"), 3)});
        if (!last) {
            b.set(cs + QStringLiteral("\\Services\\CSAgent"), {Value::dword(QStringLiteral("Start"), 4),
                                                              Value::expandSz(QStringLiteral("ImagePath"), QStringLiteral("old.sys"))});
        } else if (spec.crowdStrike) {
            b.set(cs + QStringLiteral("\\Services\\CSAgent"),
                  {spec.startAsString ? Value::sz(QStringLiteral("Start"), QStringLiteral("1")) : Value::dword(QStringLiteral("Start"), 1),
                   Value::expandSz(QStringLiteral("ImagePath"), csAgentPath), Value::dword(QStringLiteral("Type"), 2)});
            b.set(cs + QStringLiteral("\\Services\\CSAgent\\Sim"), {});
            b.set(cs + QStringLiteral("\\Services\\CSFalconService"),
                  {Value::dword(QStringLiteral("Start"), 2),
                   Value::expandSz(QStringLiteral("ImagePath"), QStringLiteral("\"C:\\Program Files\\CrowdStrike\\CSFalconService.exe\""))});
        }
    }
    return b;
}

struct SoftwareSpec {
    QString productName = QStringLiteral("Windows 10 Enterprise");
    QString displayVersion = QStringLiteral("22H2");
    bool releaseIdOnly = false;
    QString build = QStringLiteral("19045");
    bool buildNumberOnly = false;
    quint32 ubr = 4651;
    bool ubrAsString = false;
    QString edition = QStringLiteral("Enterprise");
    QStringList sensorVersions;          // one "CrowdStrike Windows Sensor" entry each, under WOW6432Node
    QString sensorPlatformVersion;       // a 64-bit "CrowdStrike Sensor Platform" entry
};

HiveBuilder softwareHive(const SoftwareSpec &spec)
{
    HiveBuilder b;
    QList<Value> values{Value::sz(QStringLiteral("ProductName"), spec.productName),
                        Value::sz(QStringLiteral("EditionID"), spec.edition),
                        Value::dword(QStringLiteral("CurrentMajorVersionNumber"), 10),
                        Value::sz(spec.buildNumberOnly ? QStringLiteral("CurrentBuildNumber") : QStringLiteral("CurrentBuild"), spec.build),
                        Value::sz(spec.releaseIdOnly ? QStringLiteral("ReleaseId") : QStringLiteral("DisplayVersion"), spec.displayVersion),
                        spec.ubrAsString ? Value::sz(QStringLiteral("UBR"), QString::number(spec.ubr))
                                         : Value::dword(QStringLiteral("UBR"), spec.ubr)};
    b.set(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), values);
    const QString uninstall = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Uninstall");
    b.set(uninstall + QStringLiteral("\\{0A1B2C3D-0000-0000-0000-000000000001}"),
          {Value::sz(QStringLiteral("DisplayName"), QStringLiteral("Some Other Program")),
           Value::sz(QStringLiteral("DisplayVersion"), QStringLiteral("1.2.3"))});
    b.set(uninstall + QStringLiteral("\\NoDisplayName"), {Value::dword(QStringLiteral("DisplayName"), 7)});
    for (int i = 0; i < spec.sensorVersions.size(); ++i)
        b.set(QStringLiteral("WOW6432Node\\") + uninstall + QStringLiteral("\\{5A6B7C8D-0000-0000-0000-00000000000%1}").arg(i),
              {Value::sz(QStringLiteral("DisplayName"), QStringLiteral("CrowdStrike Windows Sensor")),
               Value::sz(QStringLiteral("DisplayVersion"), spec.sensorVersions[i]),
               Value::sz(QStringLiteral("Publisher"), QStringLiteral("CrowdStrike, Inc."))});
    if (!spec.sensorPlatformVersion.isEmpty())
        b.set(uninstall + QStringLiteral("\\{9E8D7C6B-0000-0000-0000-000000000000}"),
              {Value::sz(QStringLiteral("DisplayName"), QStringLiteral("CrowdStrike Sensor Platform")),
               Value::sz(QStringLiteral("DisplayVersion"), spec.sensorPlatformVersion)});
    return b;
}

SoftwareSpec windows11()
{
    SoftwareSpec s;
    s.productName = QStringLiteral("Windows 10 Pro");  // as Windows 11 really stores it
    s.displayVersion = QStringLiteral("23H2");
    s.build = QStringLiteral("22631");
    s.ubr = 3880;
    s.edition = QStringLiteral("Professional");
    s.sensorVersions = {QStringLiteral("7.16.18605.0")};
    return s;
}

struct Layout {
    QString windows = QStringLiteral("Windows");
    QString system32 = QStringLiteral("System32");
    QString config = QStringLiteral("config");
    QString system = QStringLiteral("SYSTEM");
    QString software = QStringLiteral("SOFTWARE");
};

}  // namespace

class TestWindowsFactsReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void windows10WithoutSensor();
    void windows11WithSensor();
    void mixedCasePaths();
    void wrongTypesAreIgnored();
    void fallbackValues();
    void damagedHives_data();
    void damagedHives();
    void damagedKeyIsNeverAbsent();
    void controlSetSelection_data();
    void controlSetSelection();
    void transactionLogs_data();
    void transactionLogs();
    void linksAreNotFollowed();
    void sensorVersions_data();
    void sensorVersions();
    void findEntry();
    void productNameForBuild_data();
    void productNameForBuild();
    void json();
    void randomByteFlipsNeverCrash();

private:
    // Writes both hives under <root>/<layout>; returns the Windows folder.
    QString plant(const SystemSpec &system, const SoftwareSpec &software, const Layout &layout = {});
    QString configDir(const Layout &layout = {}) const;

    std::unique_ptr<QTemporaryDir> m_root;
};

void TestWindowsFactsReader::initTestCase()
{
    if (HiveBuilder::minimalHivePath().isEmpty()) {
        if (ra::test::requireE2E())
            QFAIL("registry/minimal is missing from the test data and RA_REQUIRE_E2E=1");
        QSKIP("registry/minimal is missing from the test data (RA_TESTDATA_DIR); hives cannot be built");
    }
}

void TestWindowsFactsReader::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

QString TestWindowsFactsReader::configDir(const Layout &layout) const
{
    return m_root->filePath(layout.windows + u'/' + layout.system32 + u'/' + layout.config);
}

QString TestWindowsFactsReader::plant(const SystemSpec &system, const SoftwareSpec &software, const Layout &layout)
{
    const QString config = configDir(layout);
    if (!systemHive(system).commit(config + u'/' + layout.system)
        || !softwareHive(software).commit(config + u'/' + layout.software))
        return {};
    return m_root->filePath(layout.windows);
}

void TestWindowsFactsReader::windows10WithoutSensor()
{
    const QString windows = plant({}, {});
    QVERIFY(!windows.isEmpty());
    const WindowsFacts f = WindowsFactsReader::read(windows);
    QCOMPARE(f.unknownReasons, QStringList());
    QCOMPARE(f.notes, QStringList());
    QCOMPARE(f.controlSet, QStringLiteral("ControlSet002"));
    QCOMPARE(f.computerName, QStringLiteral("PC-0042"));
    QCOMPARE(f.dnsHostName, QStringLiteral("pc-0042"));
    QCOMPARE(f.domain, QStringLiteral("corp.example.com"));
    QCOMPARE(f.timeZone, QStringLiteral("Tokyo Standard Time"));
    QCOMPARE(f.productName, QStringLiteral("Windows 10 Enterprise"));
    QCOMPARE(f.registryProductName, QStringLiteral("Windows 10 Enterprise"));
    QCOMPARE(f.displayVersion, QStringLiteral("22H2"));
    QCOMPARE(f.currentBuild, QStringLiteral("19045"));
    QCOMPARE(f.ubr, QStringLiteral("4651"));
    QCOMPARE(f.buildString(), QStringLiteral("19045.4651"));
    QCOMPARE(f.editionId, QStringLiteral("Enterprise"));
    QVERIFY(f.sensorKnown);
    QVERIFY2(!f.sensorPresent, "ControlSet001 has a CSAgent key, the current set has none");
    QVERIFY(f.sensorStartType.isEmpty());
    QVERIFY(f.sensorServices.isEmpty());
    QVERIFY(f.sensorVersion.isEmpty());
}

void TestWindowsFactsReader::windows11WithSensor()
{
    SystemSpec system;
    system.crowdStrike = true;
    const QString windows = plant(system, windows11());
    QVERIFY(!windows.isEmpty());
    const WindowsFacts f = WindowsFactsReader::read(windows);
    QCOMPARE(f.unknownReasons, QStringList());
    QCOMPARE(f.productName, QStringLiteral("Windows 11 Pro"));
    QCOMPARE(f.registryProductName, QStringLiteral("Windows 10 Pro"));
    QCOMPARE(f.displayVersion, QStringLiteral("23H2"));
    QCOMPARE(f.buildString(), QStringLiteral("22631.3880"));
    QCOMPARE(f.editionId, QStringLiteral("Professional"));
    QVERIFY(f.sensorKnown);
    QVERIFY(f.sensorPresent);
    QCOMPARE(f.sensorStartType, QStringLiteral("system"));
    QCOMPARE(f.sensorImagePath, csAgentPath);
    QCOMPARE(f.sensorVersion, QStringLiteral("7.16.18605.0"));
    QCOMPARE(f.sensorServices.size(), 2);
    QCOMPARE(f.sensorServices[0].name, QStringLiteral("CSAgent"));
    QCOMPARE(f.sensorServices[1].name, QStringLiteral("CSFalconService"));
    QCOMPARE(f.sensorServices[1].startType, QStringLiteral("automatic"));
    QCOMPARE(f.computerName, QStringLiteral("PC-0042"));
}

void TestWindowsFactsReader::mixedCasePaths()
{
    Layout layout;
    layout.windows = QStringLiteral("windows");
    layout.system32 = QStringLiteral("system32");
    layout.config = QStringLiteral("CONFIG");
    layout.system = QStringLiteral("system");
    layout.software = QStringLiteral("Software");
    const QString windows = plant({}, windows11(), layout);
    QVERIFY(!windows.isEmpty());
    const WindowsFacts f = WindowsFactsReader::read(windows);
    QCOMPARE(f.unknownReasons, QStringList());
    QCOMPARE(f.computerName, QStringLiteral("PC-0042"));
    QCOMPARE(f.productName, QStringLiteral("Windows 11 Pro"));
}

void TestWindowsFactsReader::wrongTypesAreIgnored()
{
    SystemSpec system;
    system.computerNameAsDword = true;
    system.crowdStrike = true;
    system.startAsString = true;
    SoftwareSpec software;
    software.ubrAsString = true;
    const WindowsFacts f = WindowsFactsReader::read(plant(system, software));
    QVERIFY2(f.computerName.isEmpty(), "a REG_DWORD ComputerName is not a name");
    QVERIFY2(f.ubr.isEmpty(), "a REG_SZ UBR is not read as a number");
    QVERIFY(f.sensorPresent);
    QVERIFY2(f.sensorStartType.isEmpty(), "a REG_SZ Start is not a start type");
    QCOMPARE(f.sensorImagePath, csAgentPath);
    QCOMPARE(f.currentBuild, QStringLiteral("19045"));
    QCOMPARE(f.timeZone, QStringLiteral("Tokyo Standard Time"));
}

void TestWindowsFactsReader::fallbackValues()
{
    SystemSpec system;
    system.domain.clear();
    system.nvDomain = QStringLiteral("nv.example.com");
    system.hostName.clear();
    system.nvHostName = QStringLiteral("nv-host");
    SoftwareSpec software;
    software.releaseIdOnly = true;
    software.displayVersion = QStringLiteral("2009");
    software.buildNumberOnly = true;
    software.build = QStringLiteral("19044");
    const WindowsFacts f = WindowsFactsReader::read(plant(system, software));
    QCOMPARE(f.domain, QStringLiteral("nv.example.com"));
    QCOMPARE(f.dnsHostName, QStringLiteral("nv-host"));
    QCOMPARE(f.displayVersion, QStringLiteral("2009"));
    QCOMPARE(f.currentBuild, QStringLiteral("19044"));
}

void TestWindowsFactsReader::damagedHives_data()
{
    QTest::addColumn<QString>("hive");
    QTest::addColumn<QString>("damage");
    for (const QString &hive : {QStringLiteral("SYSTEM"), QStringLiteral("SOFTWARE")}) {
        for (const QString &damage : {QStringLiteral("missing"), QStringLiteral("empty"), QStringLiteral("garbage"),
                                     QStringLiteral("half"), QStringLiteral("one page short"), QStringLiteral("base block only")})
            QTest::newRow(qPrintable(hive + u' ' + damage)) << hive << damage;
    }
}

void TestWindowsFactsReader::damagedHives()
{
    QFETCH(QString, hive);
    QFETCH(QString, damage);
    SystemSpec system;
    system.crowdStrike = true;
    const QString windows = plant(system, windows11());
    QVERIFY(!windows.isEmpty());
    const QString file = configDir() + u'/' + hive;
    const QByteArray good = ra::test::readFile(file);
    QVERIFY(QFile::remove(file));
    if (damage == QLatin1String("empty"))
        QVERIFY(ra::test::writeFile(file, QByteArray()));
    else if (damage == QLatin1String("garbage"))
        QVERIFY(ra::test::writeFile(file, QByteArray("MZ\x90\x00", 4).repeated(good.size() / 4)));
    else if (damage == QLatin1String("half"))
        QVERIFY(ra::test::writeFile(file, good.left(good.size() / 2)));
    else if (damage == QLatin1String("one page short"))
        QVERIFY(ra::test::writeFile(file, good.left(good.size() - 0x1000)));
    else if (damage == QLatin1String("base block only"))
        QVERIFY(ra::test::writeFile(file, good.left(0x1000)));

    const WindowsFacts f = WindowsFactsReader::read(windows);
    QCOMPARE(f.unknownReasons.size(), 1);
    QVERIFY2(f.unknownReasons.first().contains(hive), qPrintable(f.unknownReasons.first()));
    const bool systemBroken = hive == QLatin1String("SYSTEM");
    QCOMPARE(f.computerName.isEmpty(), systemBroken);
    QCOMPARE(f.timeZone.isEmpty(), systemBroken);
    QCOMPARE(f.domain.isEmpty(), systemBroken);
    QCOMPARE(f.controlSet.isEmpty(), systemBroken);
    QCOMPARE(f.sensorKnown, !systemBroken);
    QVERIFY2(!systemBroken || !f.sensorPresent, "an unreadable SYSTEM hive never says the sensor is absent or present");
    QCOMPARE(f.productName.isEmpty(), !systemBroken);
    QCOMPARE(f.currentBuild.isEmpty(), !systemBroken);
    QCOMPARE(f.sensorVersion.isEmpty(), !systemBroken);
    QCOMPARE(f.toJson().value(QStringLiteral("crowdstrikeSensor")).toObject().value(QStringLiteral("present")).isNull(),
             systemBroken);
}

// A service key whose record is damaged must make the sensor unknown, never "not installed".
void TestWindowsFactsReader::damagedKeyIsNeverAbsent()
{
    const QString windows = plant({}, {});
    const QString system = configDir() + QStringLiteral("/SYSTEM");
    QByteArray bytes = ra::test::readFile(system);
    // Keys are written in order, so the last W32Time is the current control set's.
    const qsizetype nk = bytes.lastIndexOf("W32Time") - 0x4c;
    QCOMPARE(bytes.mid(nk, 2), QByteArray("nk"));
    bytes[nk] = 'x';
    QVERIFY(ra::test::writeFile(system, bytes));
    const WindowsFacts f = WindowsFactsReader::read(windows);
    QVERIFY(!f.sensorKnown);
    QVERIFY(!f.sensorPresent);
    QVERIFY(f.toJson().value(QStringLiteral("crowdstrikeSensor")).toObject().value(QStringLiteral("present")).isNull());
    QVERIFY(f.dnsHostName.isEmpty());
    QCOMPARE(f.unknownReasons.size(), 2);
    QCOMPARE(f.computerName, QStringLiteral("PC-0042"));
    QCOMPARE(f.timeZone, QStringLiteral("Tokyo Standard Time"));
}

void TestWindowsFactsReader::controlSetSelection_data()
{
    QTest::addColumn<bool>("select");
    QTest::addColumn<quint32>("current");
    QTest::addColumn<int>("sets");
    QTest::addColumn<QString>("controlSet");
    QTest::addColumn<QString>("computerName");
    QTest::newRow("Select picks the second") << true << 2u << 2 << QStringLiteral("ControlSet002") << QStringLiteral("PC-0042");
    QTest::newRow("Select picks the first") << true << 1u << 2 << QStringLiteral("ControlSet001") << QStringLiteral("OLD-NAME");
    QTest::newRow("no Select, one set") << false << 0u << 1 << QStringLiteral("ControlSet001") << QStringLiteral("PC-0042");
    QTest::newRow("no Select, two sets") << false << 0u << 2 << QString() << QString();
    QTest::newRow("Select names a missing set") << true << 3u << 2 << QString() << QString();
    QTest::newRow("Select says 0") << true << 0u << 2 << QString() << QString();
}

void TestWindowsFactsReader::controlSetSelection()
{
    QFETCH(bool, select);
    QFETCH(quint32, current);
    QFETCH(int, sets);
    QFETCH(QString, controlSet);
    QFETCH(QString, computerName);
    SystemSpec system;
    system.select = select;
    system.current = current;
    system.controlSets = sets;
    const WindowsFacts f = WindowsFactsReader::read(plant(system, {}));
    QCOMPARE(f.controlSet, controlSet);
    QCOMPARE(f.computerName, computerName);
    QCOMPARE(f.unknownReasons.size(), controlSet.isEmpty() ? 1 : 0);
    QCOMPARE(f.sensorKnown, !controlSet.isEmpty());
    QCOMPARE(f.currentBuild, QStringLiteral("19045"));
}

void TestWindowsFactsReader::transactionLogs_data()
{
    QTest::addColumn<bool>("dirty");
    QTest::addColumn<QByteArray>("log1");
    QTest::addColumn<QString>("noteMentions");
    QTest::newRow("clean, no logs") << false << QByteArray() << QString();
    QTest::newRow("clean, logs are ignored") << false << QByteArray(8192, 'L') << QString();
    QTest::newRow("dirty, changes pending in LOG1") << true << QByteArray(8192, 'L') << QStringLiteral("system.LOG1");
    QTest::newRow("dirty, empty log") << true << QByteArray("") << QStringLiteral("SYSTEM");
    QTest::newRow("dirty, no log") << true << QByteArray() << QStringLiteral("SYSTEM");
}

void TestWindowsFactsReader::transactionLogs()
{
    QFETCH(bool, dirty);
    QFETCH(QByteArray, log1);
    QFETCH(QString, noteMentions);
    const QString windows = plant({}, {});
    const QString system = configDir() + QStringLiteral("/SYSTEM");
    if (dirty)
        QVERIFY(ra::test::writeFile(system, ra::test::withDirtyBaseBlock(ra::test::readFile(system))));
    if (!log1.isNull())
        QVERIFY(ra::test::writeFile(configDir() + QStringLiteral("/system.LOG1"), log1));
    QVERIFY(ra::test::writeFile(configDir() + QStringLiteral("/SYSTEM.LOG2"), QByteArray()));

    const WindowsFacts f = WindowsFactsReader::read(windows);
    QCOMPARE(f.unknownReasons, QStringList());
    QCOMPARE(f.computerName, QStringLiteral("PC-0042"));
    QCOMPARE(f.notes.size(), noteMentions.isEmpty() ? 0 : 1);
    if (!noteMentions.isEmpty())
        QVERIFY2(f.notes.first().contains(noteMentions), qPrintable(f.notes.first()));
    QCOMPARE(f.toJson().contains(QStringLiteral("notes")), !noteMentions.isEmpty());
}

void TestWindowsFactsReader::linksAreNotFollowed()
{
    const QString windows = plant({}, {});
    const QString outside = m_root->filePath(QStringLiteral("outside/SYSTEM"));
    QVERIFY(QDir().mkpath(QFileInfo(outside).path()));
    QVERIFY(QFile::rename(configDir() + QStringLiteral("/SYSTEM"), outside));
    QVERIFY(QFile::link(outside, configDir() + QStringLiteral("/SYSTEM")));
    WindowsFacts f = WindowsFactsReader::read(windows);
    QVERIFY(f.computerName.isEmpty());
    QCOMPARE(f.unknownReasons.size(), 1);
    QCOMPARE(f.currentBuild, QStringLiteral("19045"));

    // The whole config folder as a link out of the volume.
    const QString outsideConfig = m_root->filePath(QStringLiteral("outside/config"));
    QVERIFY(QFile::rename(configDir(), outsideConfig));
    QVERIFY(QFile::link(outsideConfig, configDir()));
    f = WindowsFactsReader::read(windows);
    QVERIFY(f.currentBuild.isEmpty());
    QCOMPARE(f.unknownReasons.size(), 2);
}

void TestWindowsFactsReader::sensorVersions_data()
{
    QTest::addColumn<QStringList>("sensorEntries");
    QTest::addColumn<QString>("platformEntry");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("reasons");
    QTest::newRow("none") << QStringList() << QString() << QString() << 0;
    QTest::newRow("one") << QStringList{QStringLiteral("7.11.18110.0")} << QString() << QStringLiteral("7.11.18110.0") << 0;
    QTest::newRow("same twice") << QStringList{QStringLiteral("7.11.18110.0"), QStringLiteral("7.11.18110.0")} << QString()
                                << QStringLiteral("7.11.18110.0") << 0;
    QTest::newRow("disagree") << QStringList{QStringLiteral("7.11.18110.0"), QStringLiteral("7.16.18605.0")} << QString()
                              << QString() << 1;
    QTest::newRow("bundle wins over platform") << QStringList{QStringLiteral("7.16.18605.0")} << QStringLiteral("7.16.18605.1")
                                               << QStringLiteral("7.16.18605.0") << 0;
    QTest::newRow("platform only") << QStringList() << QStringLiteral("7.16.18605.0") << QStringLiteral("7.16.18605.0") << 0;
    QTest::newRow("not a version") << QStringList{QStringLiteral("seven")} << QString() << QString() << 0;
}

void TestWindowsFactsReader::sensorVersions()
{
    QFETCH(QStringList, sensorEntries);
    QFETCH(QString, platformEntry);
    QFETCH(QString, version);
    QFETCH(int, reasons);
    SoftwareSpec software;
    software.sensorVersions = sensorEntries;
    software.sensorPlatformVersion = platformEntry;
    const WindowsFacts f = WindowsFactsReader::read(plant({}, software));
    QCOMPARE(f.sensorVersion, version);
    QCOMPARE(f.unknownReasons.size(), reasons);
    QCOMPARE(f.currentBuild, QStringLiteral("19045"));
}

void TestWindowsFactsReader::findEntry()
{
    const QString dir = m_root->path();
    for (const QString &name : {QStringLiteral("SYSTEM"), QStringLiteral("system"), QStringLiteral("Sam"), QStringLiteral("SAm")})
        QVERIFY(ra::test::writeFile(dir + u'/' + name, "x"));
    QCOMPARE(WindowsFactsReader::findEntry(dir, QStringLiteral("SYSTEM")), dir + QStringLiteral("/SYSTEM"));
    QCOMPARE(WindowsFactsReader::findEntry(dir, QStringLiteral("system")), dir + QStringLiteral("/system"));
    QVERIFY2(WindowsFactsReader::findEntry(dir, QStringLiteral("SAM")).isEmpty(), "two case variants, neither exact: ambiguous");
    QCOMPARE(WindowsFactsReader::findEntry(dir, QStringLiteral("sam")), QString());
    QCOMPARE(WindowsFactsReader::findEntry(dir, QStringLiteral("Sam")), dir + QStringLiteral("/Sam"));
    QCOMPARE(WindowsFactsReader::findEntry(dir, QStringLiteral("missing")), QString());
    QCOMPARE(WindowsFactsReader::findEntry(dir + QStringLiteral("/nope"), QStringLiteral("SYSTEM")), QString());
    QCOMPARE(WindowsFactsReader::findHive(dir, QStringLiteral("SYSTEM")), QString());
}

void TestWindowsFactsReader::productNameForBuild_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("build");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Windows 10 22H2") << QStringLiteral("Windows 10 Pro") << QStringLiteral("19045") << QStringLiteral("Windows 10 Pro");
    QTest::newRow("last Windows 10 build") << QStringLiteral("Windows 10 Enterprise") << QStringLiteral("21999") << QStringLiteral("Windows 10 Enterprise");
    QTest::newRow("first Windows 11 build") << QStringLiteral("Windows 10 Pro") << QStringLiteral("22000") << QStringLiteral("Windows 11 Pro");
    QTest::newRow("Windows 11 23H2") << QStringLiteral("Windows 10 Enterprise LTSC") << QStringLiteral("22631") << QStringLiteral("Windows 11 Enterprise LTSC");
    QTest::newRow("Windows 11 24H2") << QStringLiteral("Windows 10 Pro") << QStringLiteral("26100") << QStringLiteral("Windows 11 Pro");
    QTest::newRow("bare name") << QStringLiteral("Windows 10") << QStringLiteral("22621") << QStringLiteral("Windows 11");
    QTest::newRow("server keeps its name") << QStringLiteral("Windows Server 2025 Standard") << QStringLiteral("26100") << QStringLiteral("Windows Server 2025 Standard");
    QTest::newRow("older Windows") << QStringLiteral("Windows 8.1 Pro") << QStringLiteral("9600") << QStringLiteral("Windows 8.1 Pro");
    QTest::newRow("no build: 10 or 11 is unknown") << QStringLiteral("Windows 10 Pro") << QString() << QString();
    QTest::newRow("no build, not Windows 10") << QStringLiteral("Windows Server 2019 Datacenter") << QString() << QStringLiteral("Windows Server 2019 Datacenter");
    QTest::newRow("no name") << QString() << QStringLiteral("22631") << QString();
}

void TestWindowsFactsReader::productNameForBuild()
{
    QFETCH(QString, stored);
    QFETCH(QString, build);
    QFETCH(QString, expected);
    QCOMPARE(WindowsFactsReader::productNameForBuild(stored, build), expected);
}

void TestWindowsFactsReader::json()
{
    SystemSpec system;
    system.crowdStrike = true;
    const QJsonObject o = WindowsFactsReader::read(plant(system, windows11())).toJson();
    QCOMPARE(o.value(QStringLiteral("computerName")).toString(), QStringLiteral("PC-0042"));
    QCOMPARE(o.value(QStringLiteral("controlSet")).toString(), QStringLiteral("ControlSet002"));
    QCOMPARE(o.value(QStringLiteral("productName")).toString(), QStringLiteral("Windows 11 Pro"));
    QCOMPARE(o.value(QStringLiteral("build")).toString(), QStringLiteral("22631.3880"));
    const QJsonObject sensor = o.value(QStringLiteral("crowdstrikeSensor")).toObject();
    QCOMPARE(sensor.value(QStringLiteral("present")).toBool(), true);
    QCOMPARE(sensor.value(QStringLiteral("startType")).toString(), QStringLiteral("system"));
    QCOMPARE(sensor.value(QStringLiteral("version")).toString(), QStringLiteral("7.16.18605.0"));
    QCOMPARE(sensor.value(QStringLiteral("services")).toArray().size(), 2);
    QVERIFY(!o.contains(QStringLiteral("unknownReasons")));
}

// Fuzz-style, bounded and seeded: byte flips in both hives must never crash the reader or trip
// the sanitizers, and what it reports stays self-consistent.
void TestWindowsFactsReader::randomByteFlipsNeverCrash()
{
    SystemSpec system;
    system.crowdStrike = true;
    const QString windows = plant(system, windows11());
    QVERIFY(!windows.isEmpty());
    const QString systemPath = configDir() + QStringLiteral("/SYSTEM");
    const QString softwarePath = configDir() + QStringLiteral("/SOFTWARE");
    const QByteArray systemGood = ra::test::readFile(systemPath);
    const QByteArray softwareGood = ra::test::readFile(softwarePath);
    const int rounds = qEnvironmentVariableIsSet("RA_FUZZ_ROUNDS") ? qEnvironmentVariableIntValue("RA_FUZZ_ROUNDS") : 150;
    QRandomGenerator gen(291);
    auto mutate = [&gen](QByteArray bytes) {
        for (int i = 1 + int(gen.bounded(6)); i > 0; --i)
            bytes[0x1000 + qsizetype(gen.bounded(quint32(bytes.size() - 0x1000)))] = char(gen.bounded(256));
        return bytes;
    };
    int fullyRead = 0;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(ra::test::writeFile(systemPath, mutate(systemGood)));
        QVERIFY(ra::test::writeFile(softwarePath, mutate(softwareGood)));
        const WindowsFacts f = WindowsFactsReader::read(windows);
        QVERIFY(!f.sensorPresent || f.sensorKnown);
        QVERIFY(f.sensorKnown || f.sensorServices.isEmpty());
        QVERIFY(f.controlSet.isEmpty() || f.controlSet.startsWith(QStringLiteral("ControlSet")));
        if (f.unknownReasons.isEmpty())
            ++fullyRead;
    }
    qInfo("%d of %d mutated installations read without an unknown fact", fullyRead, rounds);
}

QTEST_GUILESS_MAIN(TestWindowsFactsReader)
#include "tst_windowsfactsreader.moc"
