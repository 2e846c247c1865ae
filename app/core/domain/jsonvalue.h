// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON fields of ours are null when unknown, never an empty string (README: ticket schema).

#include <QJsonValue>
#include <QString>

namespace ra {

inline QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

}  // namespace ra
