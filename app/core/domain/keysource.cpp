// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/keysource.h"

#include "domain/jsonvalue.h"

#include <QFileInfo>
#include <QStringList>

namespace ra {

namespace {
const char *const Ctx = "KeySource";
}

KeySource KeySource::typed()
{
    KeySource s;
    s.kind = Kind::Typed;
    return s;
}

KeySource KeySource::startupKeyFile(const QString &path)
{
    KeySource s;
    s.kind = Kind::StartupKeyFile;
    s.file = path;
    return s;
}

KeySource KeySource::exportEntry(const QString &file, const QString &host, const QDateTime &date, int line,
                                 const ProtectorId &claimedKeyId)
{
    KeySource s;
    s.kind = Kind::ExportEntry;
    s.file = file;
    s.host = host;
    s.date = date;
    s.line = line;
    s.claimedKeyId = claimedKeyId;
    return s;
}

KeySource KeySource::keychain()
{
    KeySource s;
    s.kind = Kind::Keychain;
    return s;
}

KeySource KeySource::clearKey()
{
    KeySource s;
    s.kind = Kind::ClearKey;
    return s;
}

QString KeySource::kindKey() const
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::Typed: return QStringLiteral("typed");
    case Kind::StartupKeyFile: return QStringLiteral("startup-key-file");
    case Kind::ExportEntry: return QStringLiteral("export");
    case Kind::Keychain: return QStringLiteral("keychain");
    case Kind::ClearKey: return QStringLiteral("clear-key");
    }
    return {};
}

QString KeySource::describe(Language language) const
{
    auto t = [language](const char *text) { return translate(language, Ctx, text); };
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Typed:
        return t(QT_TRANSLATE_NOOP("KeySource", "typed by the technician"));
    case Kind::StartupKeyFile:
        return t(QT_TRANSLATE_NOOP("KeySource", "startup key file %1")).arg(QFileInfo(file).fileName());
    case Kind::ExportEntry:
        return t(QT_TRANSLATE_NOOP("KeySource", "key export %1 (%2, %3)"))
            .arg(QFileInfo(file).fileName(), host.isEmpty() ? t(QT_TRANSLATE_NOOP("KeySource", "unknown computer")) : host,
                 date.isValid() ? date.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                : t(QT_TRANSLATE_NOOP("KeySource", "no date")));
    case Kind::Keychain:
        return t(QT_TRANSLATE_NOOP("KeySource", "kept in the keychain from an earlier run on this machine"));
    case Kind::ClearKey:
        return t(QT_TRANSLATE_NOOP("KeySource", "clear key (BitLocker protection suspended)"));
    }
    return {};
}

QJsonObject KeySource::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), jsonOrNull(kindKey()));
    if (kind == Kind::StartupKeyFile || kind == Kind::ExportEntry)
        o.insert(QStringLiteral("file"), QFileInfo(file).fileName());
    if (kind == Kind::ExportEntry) {
        o.insert(QStringLiteral("host"), jsonOrNull(host));
        o.insert(QStringLiteral("date"), date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue());
        o.insert(QStringLiteral("line"), line);
        o.insert(QStringLiteral("claimedKeyId"), claimedKeyId.isNull() ? QJsonValue() : QJsonValue(claimedKeyId.toString()));
    }
    return o;
}

QString shortKeyIds(const QList<ProtectorId> &ids, Language language)
{
    QStringList shortIds;
    for (const ProtectorId &id : ids)
        shortIds << id.shortId();
    return shortIds.join(listSeparator(language));
}

QString keyOfAnotherDriveSentence(const ProtectorId &claimed, const QList<ProtectorId> &driveIds)
{
    return KeySource::tr("This recovery key does not belong to this drive: its Key ID is %1, but this drive's Key ID is %2.")
        .arg(claimed.shortId(), driveIds.isEmpty() ? KeySource::tr("unknown") : shortKeyIds(driveIds, uiLanguage()));
}

}  // namespace ra
