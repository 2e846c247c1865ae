// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/playbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ra {

namespace {

struct Reader {
    const QString &origin;
    QString error;

    Error fail(const QString &field, const QString &why) const
    {
        return makeError(ErrorKind::BadInput,
                         Playbook::tr("The playbook is not valid: field \"%1\" %2.").arg(field, why),
                         origin);
    }
};

std::optional<QDateTime> utcTime(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;  // a time without an explicit zone is ambiguous: refuse it
    return t.toUTC();
}

std::optional<LocalizedText> localized(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QString en = o.value(QStringLiteral("en")).toString();
    const QString ja = o.value(QStringLiteral("ja")).toString();
    if (en.trimmed().isEmpty() || ja.trimmed().isEmpty())
        return std::nullopt;
    return LocalizedText{en, ja};
}

}  // namespace

Result<Playbook> Playbook::fromJson(const QByteArray &json, const QString &origin)
{
    Reader r{origin, {}};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorKind::BadInput, tr("The playbook is not valid JSON."),
                         QStringLiteral("%1: %2 at offset %3").arg(origin, parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();

    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return r.fail(QStringLiteral("schema"), tr("must be 1"));
    Playbook p;
    p.id = root.value(QStringLiteral("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    if (!idPattern.match(p.id).hasMatch())
        return r.fail(QStringLiteral("id"), tr("must be a short lower-case name"));
    const auto title = localized(root.value(QStringLiteral("title")));
    if (!title)
        return r.fail(QStringLiteral("title"), tr("needs an English and a Japanese text"));
    p.title = *title;
    const auto summary = localized(root.value(QStringLiteral("summary")));
    if (!summary)
        return r.fail(QStringLiteral("summary"), tr("needs an English and a Japanese text"));
    p.summary = *summary;

    const QJsonObject target = root.value(QStringLiteral("target")).toObject();
    p.targetFolder = target.value(QStringLiteral("folder")).toString();
    if (p.targetFolder.isEmpty() || p.targetFolder.startsWith(u'/') || p.targetFolder.contains(u'\\')
        || p.targetFolder.split(u'/').contains(QStringLiteral("..")))
        return r.fail(QStringLiteral("target.folder"), tr("must be a relative path with / separators"));
    p.filePattern = target.value(QStringLiteral("pattern")).toString();
    if (p.filePattern.isEmpty() || p.filePattern.contains(u'/') || p.filePattern.contains(u'\\'))
        return r.fail(QStringLiteral("target.pattern"), tr("must be a file name pattern"));
    const QString header = target.value(QStringLiteral("header")).toString();
    p.header = QByteArray::fromHex(header.toLatin1());
    static const QRegularExpression hexBytes(QStringLiteral("^([0-9A-Fa-f]{2})( [0-9A-Fa-f]{2})*$"));
    if (!hexBytes.match(header).hasMatch() || p.header.size() > 64)
        return r.fail(QStringLiteral("target.header"), tr("must be hex bytes separated by spaces"));

    const QJsonValue maxBytes = target.value(QStringLiteral("maxBytes"));
    if (!maxBytes.isUndefined()) {
        p.maxBytes = qint64(maxBytes.toDouble(-1));
        if (!maxBytes.isDouble() || p.maxBytes < 1 || double(p.maxBytes) != maxBytes.toDouble())
            return r.fail(QStringLiteral("target.maxBytes"), tr("must be a positive whole number of bytes"));
    }

    const QJsonObject times = root.value(QStringLiteral("timestamps")).toObject();
    const auto faultyFrom = utcTime(times.value(QStringLiteral("faultyFrom")));
    if (!faultyFrom)
        return r.fail(QStringLiteral("timestamps.faultyFrom"), tr("must be an ISO 8601 time with a time zone"));
    const auto faultyUntil = utcTime(times.value(QStringLiteral("faultyUntil")));
    if (!faultyUntil || *faultyUntil <= *faultyFrom)
        return r.fail(QStringLiteral("timestamps.faultyUntil"), tr("must be an ISO 8601 time after faultyFrom"));
    const auto goodFrom = utcTime(times.value(QStringLiteral("goodFrom")));
    if (!goodFrom || *goodFrom < *faultyUntil)
        return r.fail(QStringLiteral("timestamps.goodFrom"), tr("must be an ISO 8601 time not before faultyUntil"));
    p.faultyFrom = *faultyFrom;
    p.faultyUntil = *faultyUntil;
    p.goodFrom = *goodFrom;

    const QJsonValue steps = root.value(QStringLiteral("nextSteps"));
    if (!steps.isArray() || steps.toArray().isEmpty())
        return r.fail(QStringLiteral("nextSteps"), tr("must be a list of steps"));
    int index = 0;
    for (const QJsonValue &v : steps.toArray()) {
        const QString field = QStringLiteral("nextSteps[%1]").arg(index++);
        const auto text = localized(v);
        if (!text)
            return r.fail(field, tr("needs an English and a Japanese text"));
        const QString when = v.toObject().value(QStringLiteral("when")).toString(QStringLiteral("always"));
        NextStep step;
        step.text = *text;
        if (when == QLatin1String("always"))
            step.when = NextStep::When::Always;
        else if (when == QLatin1String("keyUsed"))
            step.when = NextStep::When::KeyUsed;
        else if (when == QLatin1String("fixed"))
            step.when = NextStep::When::Fixed;
        else
            return r.fail(field + QStringLiteral(".when"), tr("must be always, fixed or keyUsed"));
        p.nextSteps.append(step);
    }
    return p;
}

Result<Playbook> Playbook::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("The playbook file cannot be read."),
                         QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return makeError(ErrorKind::BadInput, tr("The playbook file is too large."), path);
    return fromJson(file.readAll(), path);
}

Result<Playbook> Playbook::builtin()
{
    return load(QStringLiteral(":/playbooks/crowdstrike-channel-291.json"));
}

bool Playbook::matchesFileName(const QString &name) const
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(filePattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

}  // namespace ra
