// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/store/caserecord.h"

#include "domain/case.h"
#include "domain/fieldtext.h"
#include "domain/keyshape.h"
#include "domain/protectorid.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

#include <algorithm>

namespace ra {

namespace {

constexpr int MaxField = 256;
constexpr int MaxMessage = 2000;

// Control characters (other than tab and line feed in long texts) and the characters that change
// the text direction or hide (FieldText::isHostile).
bool hasHostileCharacter(const QString &s)
{
    for (const char32_t c : s.toUcs4())
        if (c != u'\t' && c != u'\n' && FieldText::isHostile(c))
            return true;
    return false;
}

bool hostileAnywhere(const QJsonValue &v)
{
    if (v.isString())
        return hasHostileCharacter(v.toString());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &x) { return hostileAnywhere(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (hasHostileCharacter(it.key()) || hostileAnywhere(it.value()))
                return true;
    }
    return false;
}

// Every text of the record as decoded (JSON escapes such as \u0032 undone), names and values.
bool keyAnywhere(const QJsonValue &v)
{
    if (v.isString())
        return KeyShape::containsRecoveryKey(v.toString());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &x) { return keyAnywhere(x); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (KeyShape::containsRecoveryKey(it.key()) || keyAnywhere(it.value()))
                return true;
    }
    return false;
}

Error refused(const QString &sentence)
{
    return makeError(ErrorKind::BadInput, sentence);
}

}  // namespace

QString CaseRecord::isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) : QString();
}

qint64 CaseRecord::durationSeconds() const
{
    return opened.isValid() && closed.isValid() ? opened.secsTo(closed) : -1;
}

Result<CaseRecord> CaseRecord::fromCaseJson(const QByteArray &caseJson, const QString &bench, const QString &site)
{
    if (caseJson.size() > MaxRecordBytes)
        return refused(tr("The case record is larger than %1 MiB and was refused.").arg(MaxRecordBytes >> 20));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(caseJson, &parseError);
    if (!doc.isObject())
        return refused(tr("The case record is not a JSON object (%1).").arg(parseError.errorString()));
    QJsonObject o = doc.object();
    // A recovery key never goes into the store, whatever field holds it and however it is written
    // (JSON escapes, any separators, any script's digits): the texts are checked as decoded.
    if (keyAnywhere(o))
        return refused(tr("The case record contains something that looks like a recovery key and was refused."));
    if (hostileAnywhere(o))
        return refused(tr("The case record contains control characters and was refused."));

    CaseRecord r;
    r.caseId = o.value(QStringLiteral("caseId")).toString();
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!idShape.match(r.caseId).hasMatch())
        return refused(tr("The case id is missing or malformed."));
    const QJsonObject key = o.value(QStringLiteral("bitlocker")).toObject();
    const QString keyText = key.value(QStringLiteral("keyId")).toString();
    if (!keyText.isEmpty()) {
        const auto id = ProtectorId::parse(keyText);
        if (!id)
            return refused(tr("The Key ID of case %1 is not a GUID.").arg(r.caseId));
        r.keyId = id->toString();
    }
    r.recoveryKeyUsed = key.value(QStringLiteral("recoveryKeyUsed")).toBool();
    r.computerName = o.value(QStringLiteral("windows")).toObject().value(QStringLiteral("computerName")).toString();
    r.technician = o.value(QStringLiteral("technician")).toString();
    r.bench = o.value(QStringLiteral("bench")).toString();
    r.site = o.value(QStringLiteral("site")).toString();
    if (r.bench.isEmpty())
        r.bench = bench;
    if (r.site.isEmpty())
        r.site = site;
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.outcomeMessage = o.value(QStringLiteral("outcomeMessage")).toString();
    const std::pair<FieldText::Field, const QString *> names[] = {{FieldText::Field::ComputerName, &r.computerName},
                                                                   {FieldText::Field::Technician, &r.technician},
                                                                   {FieldText::Field::Bench, &r.bench},
                                                                   {FieldText::Field::Site, &r.site}};
    for (const auto &[field, text] : names)
        if (const QString problem = FieldText::problem(field, *text, MaxField); !problem.isEmpty())
            return refused(tr("Case %1 was refused: %2").arg(r.caseId, problem));
    if (r.outcomeMessage.size() > MaxMessage)
        return refused(tr("The outcome message of case %1 is longer than %2 characters.").arg(r.caseId).arg(MaxMessage));
    bool known = false;
    for (Outcome out : {Outcome::Pending, Outcome::Fixed, Outcome::NotAffected, Outcome::AlreadyRemediated,
                        Outcome::Failed, Outcome::Cancelled})
        known = known || Case::outcomeKey(out) == r.outcome;
    if (!known)
        return refused(tr("Case %1 has an unknown outcome.").arg(r.caseId));
    r.opened = QDateTime::fromString(o.value(QStringLiteral("opened")).toString(), Qt::ISODate).toUTC();
    if (!r.opened.isValid())
        return refused(tr("Case %1 has no valid opening time.").arg(r.caseId));
    const QJsonValue closed = o.value(QStringLiteral("closed"));
    if (!closed.isNull() && !closed.isUndefined()) {
        r.closed = QDateTime::fromString(closed.toString(), Qt::ISODate).toUTC();
        if (!r.closed.isValid() || r.closed < r.opened)
            return refused(tr("Case %1 has an invalid closing time.").arg(r.caseId));
    }
    r.machine = !r.computerName.isEmpty() ? r.computerName.toUpper() : !r.keyId.isEmpty() ? r.keyId : r.caseId;
    // The stored record names its bench and site, so a record sent twice is the same record.
    o.insert(QStringLiteral("bench"), r.bench);
    o.insert(QStringLiteral("site"), r.site);
    r.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.fingerprint = QString::fromLatin1(QCryptographicHash::hash(r.json, QCryptographicHash::Sha256).toHex());
    return r;
}

}  // namespace ra
