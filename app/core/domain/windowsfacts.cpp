#include "windowsfacts.h"

#include <QJsonArray>

namespace ra {

QJsonObject WindowsFacts::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o;
    o.insert(QStringLiteral("controlSet"), orNull(controlSet));
    o.insert(QStringLiteral("computerName"), orNull(computerName));
    o.insert(QStringLiteral("dnsHostName"), orNull(dnsHostName));
    o.insert(QStringLiteral("domain"), orNull(domain));
    o.insert(QStringLiteral("timeZone"), orNull(timeZone));
    o.insert(QStringLiteral("productName"), orNull(productName));
    o.insert(QStringLiteral("registryProductName"), orNull(registryProductName));
    o.insert(QStringLiteral("displayVersion"), orNull(displayVersion));
    o.insert(QStringLiteral("build"), orNull(buildString()));
    o.insert(QStringLiteral("editionId"), orNull(editionId));
    QJsonObject sensor;
    sensor.insert(QStringLiteral("present"), sensorKnown ? QJsonValue(sensorPresent) : QJsonValue());
    sensor.insert(QStringLiteral("startType"), orNull(sensorStartType));
    sensor.insert(QStringLiteral("imagePath"), orNull(sensorImagePath));
    sensor.insert(QStringLiteral("version"), orNull(sensorVersion));
    QJsonArray services;
    for (const SensorService &s : sensorServices)
        services.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("startType"), orNull(s.startType)},
                                    {QStringLiteral("imagePath"), orNull(s.imagePath)}});
    sensor.insert(QStringLiteral("services"), services);
    o.insert(QStringLiteral("crowdstrikeSensor"), sensor);
    if (!unknownReasons.isEmpty())
        o.insert(QStringLiteral("unknownReasons"), QJsonArray::fromStringList(unknownReasons));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

}  // namespace ra
