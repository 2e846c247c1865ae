// SPDX-License-Identifier: GPL-3.0-or-later
#include "hivebuilder.h"

#include "testsupport.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <hivex.h>

#include <cstring>
#include <memory>
#include <vector>

namespace ra::test {

namespace {

QByteArray utf16z(const QString &text)
{
    return utf16le(text) + QByteArray(2, '\0');
}

struct HiveCloser {
    void operator()(hive_h *h) const { hivex_close(h); }
};

}  // namespace

HiveBuilder::Value HiveBuilder::Value::sz(const QString &name, const QString &text)
{
    return {name, hive_t_REG_SZ, utf16z(text)};
}

HiveBuilder::Value HiveBuilder::Value::expandSz(const QString &name, const QString &text)
{
    return {name, hive_t_REG_EXPAND_SZ, utf16z(text)};
}

HiveBuilder::Value HiveBuilder::Value::dword(const QString &name, quint32 number)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian<quint32>(number, bytes.data());
    return {name, hive_t_REG_DWORD, bytes};
}

HiveBuilder::Value HiveBuilder::Value::multiSz(const QString &name, const QStringList &texts)
{
    QByteArray bytes;
    for (const QString &t : texts)
        bytes += utf16z(t);
    bytes.append(2, '\0');
    return {name, hive_t_REG_MULTI_SZ, bytes};
}

HiveBuilder::Value HiveBuilder::Value::raw(const QString &name, int type, const QByteArray &data)
{
    return {name, type, data};
}

QString HiveBuilder::minimalHivePath()
{
    const QString dir = testDataDir();
    const QString path = dir + QStringLiteral("/registry/minimal");
    return !dir.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

void HiveBuilder::addKey(const QString &keyPath)
{
    const QStringList parts = keyPath.split(u'\\', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i <= parts.size(); ++i) {
        const QString prefix = parts.mid(0, i).join(u'\\');
        if (!m_keys.contains(prefix))
            m_keys.append(prefix);
    }
}

void HiveBuilder::set(const QString &keyPath, const QList<Value> &values)
{
    addKey(keyPath);
    m_values[keyPath.split(u'\\', Qt::SkipEmptyParts).join(u'\\')] += values;
}

bool HiveBuilder::commit(const QString &path) const
{
    const QString minimal = minimalHivePath();
    if (minimal.isEmpty()) {
        qWarning("HiveBuilder: the minimal hive is missing from the test data");
        return false;
    }
    std::unique_ptr<hive_h, HiveCloser> hive(hivex_open(QFile::encodeName(minimal).constData(), HIVEX_OPEN_WRITE));
    if (!hive) {
        qWarning("HiveBuilder: hivex_open failed: %s", std::strerror(errno));
        return false;
    }
    QMap<QString, hive_node_h> nodes;
    for (const QString &key : m_keys) {
        const qsizetype cut = key.lastIndexOf(u'\\');
        const hive_node_h parent = cut < 0 ? hivex_root(hive.get()) : nodes.value(key.left(cut));
        const QByteArray name = key.mid(cut + 1).toUtf8();
        const hive_node_h node = hivex_node_add_child(hive.get(), parent, name.constData());
        if (node == 0) {
            qWarning("HiveBuilder: cannot add key %s: %s", qPrintable(key), std::strerror(errno));
            return false;
        }
        nodes.insert(key, node);
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        std::vector<QByteArray> names;
        std::vector<QByteArray> data;
        std::vector<hive_set_value> values;
        for (const Value &v : it.value()) {
            names.push_back(v.name.toUtf8());
            data.push_back(v.data);
        }
        for (std::size_t i = 0; i < names.size(); ++i)
            values.push_back({names[i].data(), hive_type(it.value()[qsizetype(i)].type), std::size_t(data[i].size()),
                              data[i].data()});
        if (hivex_node_set_values(hive.get(), nodes.value(it.key()), values.size(), values.data(), 0) != 0) {
            qWarning("HiveBuilder: cannot set values of %s: %s", qPrintable(it.key()), std::strerror(errno));
            return false;
        }
    }
    if (!QDir().mkpath(QFileInfo(path).path()) || hivex_commit(hive.get(), QFile::encodeName(path).constData(), 0) != 0) {
        qWarning("HiveBuilder: cannot write %s: %s", qPrintable(path), std::strerror(errno));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        char unit[2];
        qToLittleEndian<quint16>(c.unicode(), unit);
        bytes.append(unit, 2);
    }
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray withDirtyBaseBlock(QByteArray hive)
{
    if (hive.size() < 0x200)
        return hive;
    qToLittleEndian<quint32>(qFromLittleEndian<quint32>(hive.constData() + 4) + 1, hive.data() + 4);
    quint32 sum = 0;
    for (int i = 0; i < 0x1fc; i += 4)
        sum ^= qFromLittleEndian<quint32>(hive.constData() + i);
    qToLittleEndian<quint32>(sum, hive.data() + 0x1fc);
    return hive;
}

bool writeTruncatedCopy(const QString &from, const QString &to, qint64 size)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = in.read(size);
    return head.size() == size && writeFile(to, head);
}

}  // namespace ra::test
