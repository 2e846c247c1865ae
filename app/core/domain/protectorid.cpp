// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/protectorid.h"

#include <QRegularExpression>

namespace ra {

std::optional<ProtectorId> ProtectorId::parse(QStringView text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^\\s*\\{?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\\}?\\s*$"));
    const auto match = guid.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(match.capturedView(1));
    if (uuid.isNull())
        return std::nullopt;
    return ProtectorId(uuid);
}

bool ProtectorId::isShortId(QStringView text)
{
    static const QRegularExpression shortId(QStringLiteral("^\\s*[0-9A-Fa-f]{8}\\s*$"));
    return shortId.match(text).hasMatch();
}

QString ProtectorId::normalizedShortId(QStringView text)
{
    if (isShortId(text))
        return text.trimmed().toString().toUpper();
    if (const auto id = parse(text))
        return id->shortId();
    return {};
}

QString ProtectorId::toString() const
{
    return m_uuid.toString(QUuid::WithoutBraces).toUpper();
}

QString ProtectorId::shortId() const
{
    return toString().left(8);
}

bool ProtectorId::matches(QStringView shortOrFull) const
{
    if (isNull())
        return false;
    if (isShortId(shortOrFull))
        return shortId() == shortOrFull.trimmed().toString().toUpper();
    const auto other = parse(shortOrFull);
    return other && *other == *this;
}

std::optional<ProtectorId> ProtectorId::parseFullOrShort(QStringView text)
{
    if (auto full = parse(text))
        return full;
    if (!isShortId(text))
        return std::nullopt;
    bool ok = false;
    const uint first = text.trimmed().toUInt(&ok, 16);
    return ok ? std::optional<ProtectorId>(ProtectorId(QUuid(first, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))) : std::nullopt;
}

}  // namespace ra
