// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/volume.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace ra {

namespace {
struct VolumeText {
    Q_DECLARE_TR_FUNCTIONS(VolumeText)
};
}  // namespace

QString KeyProtector::typeKey(ProtectorType type)
{
    switch (type) {
    case ProtectorType::RecoveryPassword: return QStringLiteral("recovery-password");
    case ProtectorType::Password: return QStringLiteral("password");
    case ProtectorType::Tpm: return QStringLiteral("tpm");
    case ProtectorType::TpmAndPin: return QStringLiteral("tpm-pin");
    case ProtectorType::TpmAndStartupKey: return QStringLiteral("tpm-startup-key");
    case ProtectorType::TpmPinStartupKey: return QStringLiteral("tpm-pin-startup-key");
    case ProtectorType::StartupKey: return QStringLiteral("startup-key");
    case ProtectorType::ClearKey: return QStringLiteral("clear-key");
    case ProtectorType::SmartCard: return QStringLiteral("smart-card");
    case ProtectorType::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString KeyProtector::typeName(ProtectorType type)
{
    switch (type) {
    case ProtectorType::RecoveryPassword: return VolumeText::tr("recovery key");
    case ProtectorType::Password: return VolumeText::tr("password");
    case ProtectorType::Tpm: return VolumeText::tr("TPM");
    case ProtectorType::TpmAndPin: return VolumeText::tr("TPM and PIN");
    case ProtectorType::TpmAndStartupKey: return VolumeText::tr("TPM and startup key");
    case ProtectorType::TpmPinStartupKey: return VolumeText::tr("TPM, PIN and startup key");
    case ProtectorType::StartupKey: return VolumeText::tr("startup key");
    case ProtectorType::ClearKey: return VolumeText::tr("clear key (protection suspended)");
    case ProtectorType::SmartCard: return VolumeText::tr("smart card");
    case ProtectorType::Unknown: return VolumeText::tr("unknown protector");
    }
    return {};
}

QString KeyProtector::displayName() const
{
    if (type == ProtectorType::Unknown)
        return VolumeText::tr("unknown protector type 0x%1").arg(protection, 4, 16, QLatin1Char('0'));
    return typeName(type);
}

QList<ProtectorId> BitLockerInfo::recoveryIds() const
{
    QList<ProtectorId> ids;
    for (const KeyProtector &p : protectors)
        if (p.type == ProtectorType::RecoveryPassword)
            ids.append(p.id);
    return ids;
}

QString BitLockerInfo::computerName() const
{
    const QStringList words = description.split(u' ', Qt::SkipEmptyParts);
    return words.size() >= 2 && words[1].endsWith(u':') ? words.first() : QString();
}

UnlockMaterial UnlockMaterial::recoveryPassword(RecoveryKey key, KeySource source)
{
    UnlockMaterial m;
    m.kind = Kind::RecoveryPassword;
    m.recoveryKey = std::move(key);
    m.source = std::move(source);
    return m;
}

UnlockMaterial UnlockMaterial::startupKey(const QString &path)
{
    UnlockMaterial m;
    m.kind = Kind::StartupKeyFile;
    m.startupKeyFile = path;
    m.source = KeySource::startupKeyFile(path);
    return m;
}

bool BitLockerInfo::hasClearKey() const
{
    for (const KeyProtector &p : protectors)
        if (p.type == ProtectorType::ClearKey)
            return true;
    return false;
}

QString VolumeInfo::displayName() const
{
    if (practice)
        return VolumeText::tr("Practice volume");
    if (kind == VolumeKind::Folder)
        return target;
    if (partitionNumber > 0 && !QFileInfo(device).fileName().startsWith(QStringLiteral("sd"))
        && !device.startsWith(QStringLiteral("/dev/")))
        return VolumeText::tr("%1, partition %2").arg(QFileInfo(device).fileName()).arg(partitionNumber);
    return device.isEmpty() ? target : device;
}

QString VolumeInfo::description(Language language) const
{
    // In a given language (the ticket's may differ from the UI's), so through the catalogue.
    const char *const ctx = "VolumeText";
    QStringList parts;
    switch (kind) {
    case VolumeKind::BitLocker: {
        QString s = practice ? translate(language, ctx, QT_TRANSLATE_NOOP("VolumeText", "Practice BitLocker volume"))
                             : translate(language, ctx, QT_TRANSLATE_NOOP("VolumeText", "BitLocker"));
        if (bitlocker && !bitlocker->encryptionMethod.isEmpty())
            s += QStringLiteral(" (%1)").arg(bitlocker->encryptionMethod);
        parts << s;
        break;
    }
    case VolumeKind::Ntfs:
        parts << (label.isEmpty() ? QStringLiteral("NTFS") : QStringLiteral("NTFS \"%1\"").arg(label));
        break;
    case VolumeKind::Folder:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("VolumeText", "Folder"));
        break;
    case VolumeKind::Fat:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("VolumeText", "FAT volume (not a Windows system volume)"));
        break;
    case VolumeKind::Other:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("VolumeText", "Other file system (not Windows)"));
        break;
    case VolumeKind::Unknown:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("VolumeText", "Unknown or empty volume"));
        break;
    }
    if (size > 0 && kind != VolumeKind::Folder)
        parts << QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English).formattedDataSize(size);
    return parts.join(listSeparator(language));
}

QJsonObject VolumeInfo::toJson() const
{
    static const char *const kinds[] = {"unknown", "bitlocker", "ntfs", "fat", "other", "folder"};
    QJsonObject o;
    o.insert(QStringLiteral("target"), target);
    o.insert(QStringLiteral("device"), device);
    if (!imageFormat.isEmpty())
        o.insert(QStringLiteral("imageFormat"), imageFormat);
    o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("kind"), QString::fromLatin1(kinds[int(kind)]));
    o.insert(QStringLiteral("label"), label);
    if (!partitionTable.isEmpty())
        o.insert(QStringLiteral("partitionTable"), partitionTable);
    if (partitionNumber > 0)
        o.insert(QStringLiteral("partition"), partitionNumber);
    if (!partitionType.isEmpty())
        o.insert(QStringLiteral("partitionType"), partitionType);
    o.insert(QStringLiteral("mountPoint"), mountPoint.isEmpty() ? QJsonValue() : QJsonValue(mountPoint));
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    if (windows)
        o.insert(QStringLiteral("windows"), windows->toJson());
    if (bitlocker) {
        QJsonObject b;
        b.insert(QStringLiteral("version"), bitlocker->version);
        b.insert(QStringLiteral("encryptionMethod"), bitlocker->encryptionMethod);
        b.insert(QStringLiteral("sectorSize"), bitlocker->sectorSize);
        b.insert(QStringLiteral("volumeGuid"), bitlocker->volumeGuid.toString(QUuid::WithoutBraces));
        b.insert(QStringLiteral("toGo"), bitlocker->toGo);
        b.insert(QStringLiteral("description"), bitlocker->description);
        b.insert(QStringLiteral("encryptOnWrite"), bitlocker->encryptOnWrite);
        b.insert(QStringLiteral("fullyEncrypted"), bitlocker->fullyEncrypted);
        b.insert(QStringLiteral("damagedMetadataCopies"), bitlocker->damagedMetadataCopies);
        QJsonArray protectors;
        for (const KeyProtector &p : bitlocker->protectors) {
            QJsonObject po;
            po.insert(QStringLiteral("id"), p.id.toString());
            po.insert(QStringLiteral("keyId"), p.id.shortId());
            po.insert(QStringLiteral("type"), KeyProtector::typeKey(p.type));
            protectors.append(po);
        }
        b.insert(QStringLiteral("protectors"), protectors);
        o.insert(QStringLiteral("bitlocker"), b);
    }
    return o;
}

QList<int> windowsCandidates(const QList<VolumeInfo> &volumes)
{
    QList<int> bitlocker;
    QList<int> plain;
    for (int i = 0; i < volumes.size(); ++i) {
        const VolumeInfo &v = volumes.at(i);
        if (v.kind == VolumeKind::BitLocker) {
            bitlocker << i;
        } else if (v.kind == VolumeKind::Folder) {
            plain << i;
        } else if (v.kind == VolumeKind::Ntfs) {
            const bool recovery = v.partitionType == QLatin1String("de94bba4-06d1-4d40-a16a-bfd50179d6ac")
                                  || v.partitionType == QLatin1String("0x27");
            const bool systemReserved = v.label.compare(QLatin1String("System Reserved"), Qt::CaseInsensitive) == 0;
            if (!recovery && !systemReserved)
                plain << i;
        }
    }
    return bitlocker.isEmpty() ? plain : bitlocker;
}

}  // namespace ra
