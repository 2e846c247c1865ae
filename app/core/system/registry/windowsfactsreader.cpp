// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/registry/windowsfactsreader.h"

#include "system/volumes/windowsinstallation.h"

#include "system/logging.h"
#include "system/registry/registryhive.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace ra {

namespace {

using Key = RegistryHive::Key;

// The services a CrowdStrike Falcon sensor installs. CSAgent (csagent.sys, the driver that
// loads the channel files) decides sensorPresent; the others are listed when present.
const QStringList &sensorServiceNames()
{
    static const QStringList names{QStringLiteral("CSAgent"), QStringLiteral("CSFalconService"),
                                   QStringLiteral("CSBoot"), QStringLiteral("CSDeviceControl"),
                                   QStringLiteral("CSFirmwareAnalysis")};
    return names;
}

constexpr qsizetype MaxShownLength = 260;

// Registry text fit for a ticket: trimmed, short, no control characters; empty otherwise.
QString displayable(const std::optional<QString> &value)
{
    if (!value)
        return {};
    const QString text = value->trimmed();
    if (text.size() > MaxShownLength)
        return {};
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return {};
    }
    return text;
}

// Digits only ("22631"), or dotted digits for versions ("7.16.18605.0").
QString numeric(const QString &text, bool dotted)
{
    if (text.isEmpty() || text.size() > 32)
        return {};
    for (QChar c : text) {
        if (!c.isDigit() && !(dotted && c == u'.'))
            return {};
    }
    return text;
}

qsizetype indexIgnoringCase(const QStringList &list, const QString &text)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString reason(const QString &problem, const QString &consequence)
{
    return WindowsFactsReader::tr("%1 %2", "two sentences in a row").arg(problem, consequence);
}

// The first error of a group of facts becomes its reason; the group's fields stay empty.
class FactGroup {
public:
    FactGroup(WindowsFacts &facts, QString consequence) : m_facts(facts), m_consequence(std::move(consequence)) {}

    // Absent, of the wrong type and failed all come out as std::nullopt; only failure is recorded.
    template <typename T>
    std::optional<T> take(Result<std::optional<T>> result)
    {
        if (result)
            return *result;
        fail(result.error().message, result.error().details);
        return std::nullopt;
    }
    template <typename T>
    std::optional<T> take(Result<T> result)
    {
        if (result)
            return std::move(*result);
        fail(result.error().message, result.error().details);
        return std::nullopt;
    }
    void fail(const QString &problem, const QString &details = {})
    {
        if (m_failed)
            return;
        m_failed = true;
        m_facts.unknownReasons.append(reason(problem, m_consequence));
        log().warn("registry: {} ({})", u8(problem), u8(details));
    }
    bool failed() const { return m_failed; }

private:
    WindowsFacts &m_facts;
    QString m_consequence;
    bool m_failed = false;
};

QStringList nonEmptyLogs(const QString &configDir, const QString &hiveName)
{
    QStringList logs;
    for (const QString &suffix : {QStringLiteral(".LOG1"), QStringLiteral(".LOG2"), QStringLiteral(".LOG")}) {
        const QString path = WindowsFactsReader::findEntry(configDir, hiveName + suffix);
        const QFileInfo info(path);
        if (!path.isEmpty() && info.isFile() && info.size() > 0)
            logs.append(info.fileName());
    }
    return logs;
}

// Transaction logs. Since Windows 8.1 a hive's recent changes go to <hive>.LOG1/.LOG2 first and
// reach the primary file later; while they are pending, the base block's two sequence numbers
// differ ("dirty"). Windows replays the logs only for a dirty hive and ignores them otherwise,
// so we do the same: a clean hive is read as it is, whatever logs lie next to it. For a dirty
// hive we do not replay the logs (libhivex cannot, and a replay written here would be a second,
// untested registry engine); we read the primary file as it is - the state Windows last
// flushed, validated by libhivex - and add a note that those values may be out of date. We
// report them rather than treat them as unknown because a machine caught in the channel 291 boot
// loop crashed while running, so its SYSTEM hive is usually dirty, and computer name, domain
// and installed sensor change far less often than Windows flushes its hives.
void noteIfDirty(const RegistryHive &hive, const QString &configDir, const QString &hiveName, WindowsFacts &facts)
{
    const QStringList logs = nonEmptyLogs(configDir, hiveName);
    if (!hive.header().dirty()) {
        if (!logs.isEmpty())
            log().debug("registry: {} is clean; logs {} are ignored as Windows does", u8(hiveName), u8(logs.join(u',')));
        return;
    }
    log().warn("registry: {} is dirty (sequence {} != {}), logs: {}", u8(hiveName), hive.header().primarySequence,
               hive.header().secondarySequence, u8(logs.join(u',')));
    if (logs.isEmpty())
        facts.notes.append(WindowsFactsReader::tr("Windows had not finished writing the %1 registry hive and no "
                                                  "transaction log lies next to it; the values shown from it may be "
                                                  "out of date.").arg(hiveName));
    else
        facts.notes.append(WindowsFactsReader::tr("Windows had not finished writing the %1 registry hive (changes "
                                                  "are pending in %2); the values shown from it are from before those "
                                                  "changes and may be out of date.")
                               .arg(hiveName, logs.join(QStringLiteral(", "))));
}

std::optional<RegistryHive> openHive(const QString &windowsDir, const QString &hiveName, WindowsFacts &facts,
                                     const QString &consequence)
{
    const QString path = WindowsFactsReader::findHive(windowsDir, hiveName);
    if (path.isEmpty()) {
        facts.unknownReasons.append(reason(
            WindowsFactsReader::tr("The %1 registry hive was not found under %2.").arg(hiveName, windowsDir), consequence));
        return std::nullopt;
    }
    auto hive = RegistryHive::open(path);
    if (!hive) {
        facts.unknownReasons.append(reason(hive.error().message, consequence));
        log().warn("registry: {}", u8(hive.error().details));
        return std::nullopt;
    }
    noteIfDirty(*hive, QFileInfo(path).path(), hiveName, facts);
    return std::move(*hive);
}

// Select\Current names the control set Windows boots with. Without it, a hive that holds only
// one ControlSetNNN is still unambiguous; anything else stays unknown.
std::optional<QString> currentControlSet(const RegistryHive &hive, FactGroup &group)
{
    std::optional<quint32> current;
    if (auto select = group.take(hive.key(QStringLiteral("Select"))); select)
        current = group.take(hive.dword(*select, QStringLiteral("Current")));
    if (group.failed())
        return std::nullopt;
    QString name;
    if (current && *current >= 1 && *current <= 999) {
        name = QStringLiteral("ControlSet%1").arg(*current, 3, 10, QChar(u'0'));
    } else {
        QStringList sets;
        const auto keys = group.take(hive.subkeys(hive.root()));
        for (Key k : keys.value_or(QList<Key>())) {
            const auto n = group.take(hive.name(k));
            if (n && n->size() == 13 && n->startsWith(QStringLiteral("ControlSet"), Qt::CaseInsensitive)
                && !numeric(n->mid(10), false).isEmpty())
                sets.append(*n);
        }
        if (group.failed())
            return std::nullopt;
        if (sets.size() != 1) {
            group.fail(WindowsFactsReader::tr("The SYSTEM registry hive does not say which control set is current."));
            return std::nullopt;
        }
        name = sets.first();
    }
    const auto exists = group.take(hive.key(name));
    if (group.failed())
        return std::nullopt;
    if (!exists) {
        group.fail(WindowsFactsReader::tr("The SYSTEM registry hive names control set %1, which does not exist.").arg(name));
        return std::nullopt;
    }
    return name;
}

std::optional<QString> stringAt(const RegistryHive &hive, const QString &keyPath, const QString &valueName,
                                FactGroup &group)
{
    const auto key = group.take(hive.key(keyPath));
    if (!key)
        return std::nullopt;
    return group.take(hive.string(*key, valueName));
}

// The first of the values that is present and not empty.
QString firstString(const RegistryHive &hive, Key key, const QStringList &valueNames, FactGroup &group)
{
    for (const QString &valueName : valueNames) {
        const QString text = displayable(group.take(hive.string(key, valueName)));
        if (group.failed())
            return {};
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void readSensorServices(const RegistryHive &hive, const QString &controlSet, WindowsFacts &facts)
{
    FactGroup group(facts, WindowsFactsReader::tr("Whether the CrowdStrike sensor is installed is unknown."));
    const auto services = group.take(hive.key(controlSet + QStringLiteral("\\Services")));
    if (group.failed())
        return;
    if (!services) {
        group.fail(WindowsFactsReader::tr("The SYSTEM registry hive has no list of services."));
        return;
    }
    QList<WindowsFacts::SensorService> found;
    for (const QString &serviceName : sensorServiceNames()) {
        const auto key = group.take(hive.key(serviceName, *services));
        if (group.failed())
            return;
        if (!key)
            continue;
        WindowsFacts::SensorService service;
        service.name = serviceName;
        if (const auto start = group.take(hive.dword(*key, QStringLiteral("Start"))))
            service.startType = WindowsFactsReader::startTypeName(*start);
        service.imagePath = displayable(group.take(hive.string(*key, QStringLiteral("ImagePath"))));
        if (group.failed())
            return;
        found.append(service);
    }
    facts.sensorKnown = true;
    facts.sensorServices = found;
    if (!found.isEmpty() && found.first().name == sensorServiceNames().first()) {
        facts.sensorPresent = true;
        facts.sensorStartType = found.first().startType;
        facts.sensorImagePath = found.first().imagePath;
    }
}

void readSystem(const QString &windowsDir, WindowsFacts &facts)
{
    const auto hive = openHive(windowsDir, QStringLiteral("SYSTEM"), facts,
                               WindowsFactsReader::tr("The computer name, DNS name, domain, time zone and "
                                                      "CrowdStrike services are unknown."));
    if (!hive)
        return;
    FactGroup controlSetGroup(facts, WindowsFactsReader::tr("The computer name, DNS name, domain, time zone and "
                                                            "CrowdStrike services are unknown."));
    const auto controlSet = currentControlSet(*hive, controlSetGroup);
    if (!controlSet)
        return;
    facts.controlSet = *controlSet;

    FactGroup nameGroup(facts, WindowsFactsReader::tr("The computer name is unknown."));
    facts.computerName = displayable(stringAt(*hive, *controlSet + QStringLiteral("\\Control\\ComputerName\\ComputerName"),
                                              QStringLiteral("ComputerName"), nameGroup));
    if (nameGroup.failed())
        facts.computerName.clear();

    FactGroup tcpipGroup(facts, WindowsFactsReader::tr("The DNS host name and domain are unknown."));
    const auto tcpip = tcpipGroup.take(hive->key(*controlSet + QStringLiteral("\\Services\\Tcpip\\Parameters")));
    if (tcpip) {
        facts.dnsHostName = firstString(*hive, *tcpip, {QStringLiteral("Hostname"), QStringLiteral("NV Hostname")}, tcpipGroup);
        facts.domain = firstString(*hive, *tcpip, {QStringLiteral("Domain"), QStringLiteral("NV Domain")}, tcpipGroup);
    }
    if (tcpipGroup.failed()) {
        facts.dnsHostName.clear();
        facts.domain.clear();
    }

    FactGroup zoneGroup(facts, WindowsFactsReader::tr("The time zone is unknown."));
    facts.timeZone = displayable(stringAt(*hive, *controlSet + QStringLiteral("\\Control\\TimeZoneInformation"),
                                          QStringLiteral("TimeZoneKeyName"), zoneGroup));
    if (zoneGroup.failed())
        facts.timeZone.clear();

    readSensorServices(*hive, *controlSet, facts);
}

// Where the sensor records its version: the Falcon installer is a bundle that registers an
// Add/Remove Programs entry named "CrowdStrike Windows Sensor" with DisplayVersion (e.g.
// "7.16.18605.0"); being a 32-bit bundle it usually sits under WOW6432Node, so both Uninstall
// keys are searched, as CrowdStrike's own falcon-scripts do. The bundle's MSI, "CrowdStrike
// Sensor Platform", carries the same version and is the fallback. Entries that disagree leave
// the version unknown rather than guess.
void readSensorVersion(const RegistryHive &hive, WindowsFacts &facts)
{
    FactGroup group(facts, WindowsFactsReader::tr("The CrowdStrike sensor version is unknown."));
    const QStringList uninstallPaths{QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Uninstall"),
                                     QStringLiteral("WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall")};
    const QStringList displayNames{QStringLiteral("CrowdStrike Windows Sensor"),
                                   QStringLiteral("CrowdStrike Sensor Platform")};
    QList<QStringList> versionsByName(displayNames.size());
    for (const QString &path : uninstallPaths) {
        const auto uninstall = group.take(hive.key(path));
        if (!uninstall)
            continue;
        const auto entries = group.take(hive.subkeys(*uninstall));
        for (Key entry : entries.value_or(QList<Key>())) {
            const QString displayName = displayable(group.take(hive.string(entry, QStringLiteral("DisplayName"))));
            const qsizetype index = indexIgnoringCase(displayNames, displayName);
            if (index < 0)
                continue;
            const QString version = numeric(displayable(group.take(hive.string(entry, QStringLiteral("DisplayVersion")))), true);
            if (!version.isEmpty() && !versionsByName[index].contains(version))
                versionsByName[index].append(version);
        }
        if (group.failed())
            return;
    }
    for (const QStringList &versions : versionsByName) {
        if (versions.isEmpty())
            continue;
        if (versions.size() > 1) {
            group.fail(WindowsFactsReader::tr("The installed programs list several CrowdStrike sensor versions (%1).")
                           .arg(versions.join(QStringLiteral(", "))));
            return;
        }
        facts.sensorVersion = versions.first();
        return;
    }
}

void readSoftware(const QString &windowsDir, WindowsFacts &facts)
{
    const auto hive = openHive(windowsDir, QStringLiteral("SOFTWARE"), facts,
                               WindowsFactsReader::tr("The Windows edition, version and build and the CrowdStrike "
                                                      "sensor version are unknown."));
    if (!hive)
        return;
    FactGroup group(facts, WindowsFactsReader::tr("The Windows edition, version and build are unknown."));
    const auto current = group.take(hive->key(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion")));
    if (current) {
        const Key key = *current;
        facts.registryProductName = firstString(*hive, key, {QStringLiteral("ProductName")}, group);
        facts.displayVersion = firstString(*hive, key, {QStringLiteral("DisplayVersion"), QStringLiteral("ReleaseId")}, group);
        facts.currentBuild = numeric(firstString(*hive, key, {QStringLiteral("CurrentBuild")}, group), false);
        if (facts.currentBuild.isEmpty())
            facts.currentBuild = numeric(firstString(*hive, key, {QStringLiteral("CurrentBuildNumber")}, group), false);
        if (const auto ubr = group.take(hive->dword(key, QStringLiteral("UBR"))))
            facts.ubr = QString::number(*ubr);
        facts.editionId = firstString(*hive, key, {QStringLiteral("EditionID")}, group);
    }
    if (group.failed()) {
        facts.registryProductName.clear();
        facts.displayVersion.clear();
        facts.currentBuild.clear();
        facts.ubr.clear();
        facts.editionId.clear();
    }
    facts.productName = WindowsFactsReader::productNameForBuild(facts.registryProductName, facts.currentBuild);
    readSensorVersion(*hive, facts);
}

}  // namespace

WindowsFacts WindowsFactsReader::read(const QString &windowsDir)
{
    WindowsFacts facts;
    readSystem(windowsDir, facts);
    readSoftware(windowsDir, facts);
    log().info("registry: {} computer={} build={} sensorPresent={} unknown={} notes={}", u8(windowsDir),
               u8(facts.computerName), u8(facts.buildString()), facts.sensorKnown ? (facts.sensorPresent ? "yes" : "no") : "unknown",
               facts.unknownReasons.size(), facts.notes.size());
    return facts;
}

QString WindowsFactsReader::findEntry(const QString &dir, const QString &name)
{
    const QFileInfo dirInfo(dir);
    if (dir.isEmpty() || name.isEmpty() || dirInfo.isSymLink() || !dirInfo.isDir())
        return {};
    const QString chosen = WindowsInstallation::matchName(dir, name, WindowsInstallation::Ambiguity::Refuse);
    if (chosen.isEmpty())
        return {};
    const QString path = dirInfo.filePath() + u'/' + chosen;
    return QFileInfo(path).isSymLink() ? QString() : path;
}

QString WindowsFactsReader::findHive(const QString &windowsDir, const QString &hiveName)
{
    QString path = windowsDir;
    for (const QString &part : {QStringLiteral("System32"), QStringLiteral("config"), hiveName}) {
        path = findEntry(path, part);
        if (path.isEmpty())
            return {};
    }
    return QFileInfo(path).isFile() ? path : QString();
}

// Windows 11 kept ProductName "Windows 10 Pro" (and CurrentMajorVersionNumber 10) in the
// registry: Microsoft left the value alone for application compatibility, so programs that
// parse it keep working, and marks Windows 11 only by its build number (22000 = 21H2, the
// first release). So the build decides: a "Windows 10 …" name at build 22000 or later reads
// "Windows 11 …". Servers name themselves ("Windows Server 2022 …") and are left as stored.
// Without a build, a "Windows 10 …" name may be either and stays unknown.
QString WindowsFactsReader::productNameForBuild(const QString &registryProductName, const QString &currentBuild)
{
    static const QString windows10 = QStringLiteral("Windows 10");
    const bool saysWindows10 = registryProductName.startsWith(windows10, Qt::CaseInsensitive)
        && (registryProductName.size() == windows10.size() || registryProductName.at(windows10.size()) == u' ');
    if (!saysWindows10)
        return registryProductName;
    bool ok = false;
    const qulonglong build = currentBuild.toULongLong(&ok);
    if (!ok)
        return {};
    if (build < 22000)
        return registryProductName;
    return QStringLiteral("Windows 11") + registryProductName.mid(windows10.size());
}

QString WindowsFactsReader::startTypeName(quint32 start)
{
    switch (start) {
    case 0: return QStringLiteral("boot");
    case 1: return QStringLiteral("system");
    case 2: return QStringLiteral("automatic");
    case 3: return QStringLiteral("manual");
    case 4: return QStringLiteral("disabled");
    default: return {};
    }
}

}  // namespace ra
