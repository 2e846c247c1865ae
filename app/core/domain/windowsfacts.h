// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the offline registry of a Windows installation says about the machine. Every field is
// empty when unknown; unknownReasons says why (missing, truncated or corrupt hive, …). notes
// carries caveats about values that were read (a hive Windows had not finished writing).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

struct WindowsFacts {
    // One CrowdStrike service key under SYSTEM\<control set>\Services.
    struct SensorService {
        QString name;         // "CSAgent", "CSFalconService", …
        QString startType;    // as sensorStartType; empty when missing or out of range
        QString imagePath;
        bool operator==(const SensorService &o) const
        {
            return name == o.name && startType == o.startType && imagePath == o.imagePath;
        }
    };

    QString controlSet;       // "ControlSet001": the one Select\Current names
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
    QString sensorVersion;    // DisplayVersion of the "CrowdStrike Windows Sensor" uninstall entry
    QList<SensorService> sensorServices;  // every CrowdStrike service found, CSAgent first
    QStringList unknownReasons;   // one sentence each, for the report
    QStringList notes;            // one sentence each: values shown but possibly out of date

    bool isEmpty() const { return computerName.isEmpty() && productName.isEmpty() && currentBuild.isEmpty(); }
    QString buildString() const { return ubr.isEmpty() ? currentBuild : currentBuild + u'.' + ubr; }
    QJsonObject toJson() const;
};

}  // namespace ra
