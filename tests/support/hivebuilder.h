// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds registry hive files for tests with libhivex. libhivex cannot create a hive from
// nothing, so every hive starts from the empty "minimal" hive in the shared test data
// (registry/minimal), gets its keys and values, and is committed to a new file.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ra::test {

class HiveBuilder {
public:
    struct Value {
        QString name;
        int type = 0;  // hive_type: 1 REG_SZ, 2 REG_EXPAND_SZ, 3 REG_BINARY, 4 REG_DWORD, 7 REG_MULTI_SZ
        QByteArray data;

        static Value sz(const QString &name, const QString &text);
        static Value expandSz(const QString &name, const QString &text);
        static Value dword(const QString &name, quint32 number);
        static Value multiSz(const QString &name, const QStringList &texts);
        static Value raw(const QString &name, int type, const QByteArray &data);
    };

    // The minimal hive, or an empty string when the shared test data does not have it.
    static QString minimalHivePath();

    // Keys are created along the path as spelled ('\\' separates); a key's values are set once,
    // at commit, in the order given over all calls.
    void addKey(const QString &keyPath);
    void set(const QString &keyPath, const QList<Value> &values);
    // Writes the hive to a new file. False (with a qWarning) when libhivex refuses.
    bool commit(const QString &path) const;

private:
    QStringList m_keys;  // in creation order
    QMap<QString, QList<Value>> m_values;
};

// UTF-16LE without a terminating NUL.
QByteArray utf16le(const QString &text);
// The first `size` bytes of `from`, written to `to`.
bool writeTruncatedCopy(const QString &from, const QString &to, qint64 size);
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);
// The hive with its base block marked dirty (secondary sequence number != primary, checksum
// fixed), as Windows leaves a hive whose changes are still pending in its transaction logs.
QByteArray withDirtyBaseBlock(QByteArray hive);

}  // namespace ra::test
