// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/keyexports.h"

#include "system/escrow/escrowindex.h"
#include "system/escrow/keybundle.h"

namespace ra {

KeyExports::KeyExports() : m_index(std::make_unique<EscrowIndex>()) {}

KeyExports::~KeyExports() = default;
KeyExports::KeyExports(KeyExports &&) noexcept = default;
KeyExports &KeyExports::operator=(KeyExports &&) noexcept = default;

Result<EscrowImportSummary> KeyExports::importFile(const QString &path)
{
    return m_index->importFile(path);
}

Result<EscrowImportSummary> KeyExports::importData(const QByteArray &data, const QString &sourceName)
{
    return m_index->importData(data, sourceName);
}

QList<EscrowEntry> KeyExports::lookup(QStringView keyIdOrHost) const
{
    return m_index->lookup(keyIdOrHost);
}

QList<EscrowEntry> KeyExports::lookupProtector(const ProtectorId &id) const
{
    return m_index->lookupProtector(id);
}

QList<EscrowEntry> KeyExports::lookupHost(QStringView host) const
{
    return m_index->lookupHost(host);
}

bool KeyExports::isBundle(const QString &path)
{
    return KeyBundle::isBundle(path);
}

Result<KeyBundleInfo> KeyExports::importBundle(const QString &path, const LockedBuffer &passphrase)
{
    return KeyBundle::open(path, passphrase, *m_index);
}

Result<KeyBundleInfo> KeyExports::writeBundle(const QString &path, const QList<EscrowImportSummary> &sources,
                                              const LockedBuffer &passphrase) const
{
    return KeyBundle::write(path, *m_index, sources, passphrase);
}

namespace {
UnlockMaterial materialOf(const EscrowEntry &entry, const ProtectorId &fallbackId)
{
    ProtectorId claimed = entry.protectorId;
    if (claimed.isNull())
        claimed = ProtectorId::parseFullOrShort(entry.keyId).value_or(fallbackId);
    return UnlockMaterial::recoveryPassword(entry.key, KeySource::exportEntry(entry.filePath, entry.host, entry.date,
                                                                              entry.line, claimed));
}
}  // namespace

QList<UnlockMaterial> KeyExports::keysFor(const QList<ProtectorId> &ids) const
{
    QList<UnlockMaterial> keys;
    for (const ProtectorId &id : ids)
        for (const EscrowEntry &entry : m_index->lookupProtector(id))
            keys.append(materialOf(entry, id));
    return keys;
}

QList<UnlockMaterial> KeyExports::keysForHost(const QString &host) const
{
    QList<UnlockMaterial> keys;
    if (host.isEmpty())
        return keys;
    for (const EscrowEntry &entry : m_index->lookupHost(host))
        keys.append(materialOf(entry, {}));
    return keys;
}

int KeyExports::keyCount() const
{
    return m_index->keyCount();
}

QString KeyExports::formatId(EscrowFormat format)
{
    return EscrowIndex::formatId(format);
}

QString KeyExports::formatName(EscrowFormat format)
{
    return EscrowIndex::formatName(format);
}

}  // namespace ra
