// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUID of a BitLocker key protector. For the recovery-password protector this is the
// "Key ID" the recovery screen shows: Windows shows its first 8 hex digits (the short form).

#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace ra {

class ProtectorId {
public:
    ProtectorId() = default;
    explicit ProtectorId(const QUuid &uuid) : m_uuid(uuid) {}

    // A full GUID, with or without braces, any case. nullopt when it is not one.
    static std::optional<ProtectorId> parse(QStringView text);
    // True for an 8-hex-digit short Key ID (any case, surrounding spaces allowed).
    static bool isShortId(QStringView text);
    // The short form of any text that is a full GUID or a short ID, upper case; empty if neither.
    static QString normalizedShortId(QStringView text);
    // A full GUID, or an 8-digit short Key ID when that is all an export holds (the rest of the
    // GUID zero: compare such an ID by shortId()). nullopt when it is neither.
    static std::optional<ProtectorId> parseFullOrShort(QStringView text);

    bool isNull() const { return m_uuid.isNull(); }
    QUuid uuid() const { return m_uuid; }
    // "64311DEA-4587-4029-924A-BA299647998E" (upper case, no braces, as Windows shows it)
    QString toString() const;
    // "64311DEA"
    QString shortId() const;
    // Matches a short ID or a full GUID given as text, any case, braces or not.
    bool matches(QStringView shortOrFull) const;

    bool operator==(const ProtectorId &other) const { return m_uuid == other.m_uuid; }
    bool operator!=(const ProtectorId &other) const { return m_uuid != other.m_uuid; }

private:
    QUuid m_uuid;
};

}  // namespace ra
