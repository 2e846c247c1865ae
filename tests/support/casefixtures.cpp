// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace ra::test {

ra::Case makeCase(const CaseSpec &spec)
{
    ra::Case c;
    c.id = spec.id;
    c.technician = spec.technician;
    c.bench = spec.bench;
    c.site = spec.site;
    c.target = QStringLiteral("/dev/sdb3");
    c.keyId = spec.keyId;
    c.keySource = ra::KeySource::typed();
    c.recoveryKeyUsed = spec.recoveryKeyUsed && !spec.keyId.isEmpty();
    c.windows.computerName = spec.computer;
    c.outcome = spec.outcome;
    c.outcomeMessage = spec.message;
    c.closed = spec.closed;
    c.opened = spec.opened.isValid() ? spec.opened : spec.closed.addSecs(-600);
    c.playbookId = QStringLiteral("crowdstrike-channel-291");
    return c;
}

QByteArray caseJson(const CaseSpec &spec)
{
    return QJsonDocument(makeCase(spec).toJson()).toJson();
}

QString keyIdFor(int n)
{
    return QStringLiteral("%1-4587-4029-924A-%2").arg(n, 8, 16, QLatin1Char('0')).arg(n, 12, 16, QLatin1Char('0')).toUpper();
}

bool writeCaseFolder(const QString &folder, const CaseSpec &spec)
{
    const QString dir = folder + u'/' + spec.id;
    if (!QDir().mkpath(dir))
        return false;
    QFile f(dir + QStringLiteral("/case.json"));
    return f.open(QIODevice::WriteOnly) && f.write(caseJson(spec)) > 0;
}

}  // namespace ra::test
