#pragma once
// What the offline registry of a Windows installation says about the machine. Every field is
// empty when unknown; unknownReasons says why (missing, truncated or corrupt hive, …).

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ra {

struct WindowsFacts {
    QString computerName;     // SYSTEM ControlSet\Control\ComputerName\ComputerName
    QString dnsHostName;      // SYSTEM Services\Tcpip\Parameters Hostname
    QString domain;           // Domain or NV Domain
    QString timeZone;         // TimeZoneKeyName
    QString productName;      // derived: "Windows 11 Pro" for build >= 22000 (see registry code)
    QString registryProductName;  // ProductName as stored (Windows 11 still says "Windows 10 …")
    QString displayVersion;   // "23H2"
    QString currentBuild;     // "22631"
    QString ubr;              // "3880"
    QString editionId;        // "Professional"
    bool sensorKnown = false;     // whether the sensor facts could be read at all
    bool sensorPresent = false;   // CSAgent service present
    QString sensorStartType;  // "boot", "system", "automatic", "manual", "disabled"
    QString sensorImagePath;
    QString sensorVersion;
    QStringList unknownReasons;   // one sentence each, for the report

    bool isEmpty() const { return computerName.isEmpty() && productName.isEmpty() && currentBuild.isEmpty(); }
    QString buildString() const { return ubr.isEmpty() ? currentBuild : currentBuild + u'.' + ubr; }
    QJsonObject toJson() const;
};

}  // namespace ra
