// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/windowsfacts.h"

#include "domain/jsonvalue.h"

#include <QJsonArray>

namespace ra {

QJsonObject WindowsFacts::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("controlSet"), jsonOrNull(controlSet));
    o.insert(QStringLiteral("computerName"), jsonOrNull(computerName));
    o.insert(QStringLiteral("dnsHostName"), jsonOrNull(dnsHostName));
    o.insert(QStringLiteral("domain"), jsonOrNull(domain));
    o.insert(QStringLiteral("timeZone"), jsonOrNull(timeZone));
    o.insert(QStringLiteral("productName"), jsonOrNull(productName));
    o.insert(QStringLiteral("registryProductName"), jsonOrNull(registryProductName));
    o.insert(QStringLiteral("displayVersion"), jsonOrNull(displayVersion));
    o.insert(QStringLiteral("build"), jsonOrNull(buildString()));
    o.insert(QStringLiteral("editionId"), jsonOrNull(editionId));
    QJsonObject sensor;
    sensor.insert(QStringLiteral("present"), sensorKnown ? QJsonValue(sensorPresent) : QJsonValue());
    sensor.insert(QStringLiteral("startType"), jsonOrNull(sensorStartType));
    sensor.insert(QStringLiteral("imagePath"), jsonOrNull(sensorImagePath));
    sensor.insert(QStringLiteral("version"), jsonOrNull(sensorVersion));
    QJsonArray services;
    for (const SensorService &s : sensorServices)
        services.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("startType"), jsonOrNull(s.startType)},
                                    {QStringLiteral("imagePath"), jsonOrNull(s.imagePath)}});
    sensor.insert(QStringLiteral("services"), services);
    o.insert(QStringLiteral("crowdstrikeSensor"), sensor);
    if (!unknownReasons.isEmpty())
        o.insert(QStringLiteral("unknownReasons"), QJsonArray::fromStringList(unknownReasons));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

}  // namespace ra
