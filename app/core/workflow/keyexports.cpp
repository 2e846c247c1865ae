// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/keyexports.h"

#include "system/escrow/escrowindex.h"

namespace ra {

KeyExports::KeyExports() : m_index(std::make_unique<EscrowIndex>()) {}

KeyExports::~KeyExports() = default;

Result<EscrowImportSummary> KeyExports::importFile(const QString &path)
{
    return m_index->importFile(path);
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
