// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/registry/registryhive.h"

#include "system/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <hivex.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace ra {

namespace {

struct FreeDeleter {
    void operator()(void *p) const { std::free(p); }
};
template <typename T>
using MallocPtr = std::unique_ptr<T, FreeDeleter>;

constexpr qint64 BaseBlockSize = 0x1000;

// libhivex stores the type word from the hive as it is, so a damaged hive yields values outside
// the enum; reading them as hive_type would be undefined behaviour, so only the bits are copied.
quint32 typeBits(const hive_type &stored)
{
    static_assert(sizeof(hive_type) == sizeof(quint32));
    quint32 bits = 0;
    std::memcpy(&bits, &stored, sizeof bits);
    return bits;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// libhivex hands names over as 8-bit strings: UTF-8 when it recoded them, Latin-1 otherwise.
QString decodeName(const char *raw)
{
    const QByteArray bytes(raw);
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        text = QString::fromLatin1(bytes);
    return text;
}

// UTF-16LE code units; an odd trailing byte is dropped.
QList<QString> decodeUtf16Strings(const QByteArray &data, bool multiple)
{
    QList<QString> strings;
    QString current;
    const qsizetype units = data.size() / 2;
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t unit = qFromLittleEndian<quint16>(data.constData() + 2 * i);
        if (unit != 0) {
            current.append(QChar(unit));
            continue;
        }
        if (!multiple || current.isEmpty())
            break;  // end of REG_SZ, or the empty string that ends a REG_MULTI_SZ
        strings.append(current);
        current.clear();
    }
    if (!current.isEmpty() || (!multiple && strings.isEmpty()))
        strings.append(current);
    return strings;
}

// The checks on the directory entry, then the file opened for reading.
Status openChecked(const QString &path, QFile &file)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return makeError(ErrorKind::BadInput,
                         RegistryHive::tr("The registry file %1 is a link; links are not followed.").arg(path), path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, RegistryHive::tr("The registry file %1 does not exist.").arg(path), path);
    if (!info.isFile())
        return makeError(ErrorKind::BadInput,
                         RegistryHive::tr("%1 is not a regular file, so it is not read as a registry hive.").arg(path), path);
    if (info.size() == 0)
        return makeError(ErrorKind::BadInput, RegistryHive::tr("The registry file %1 is empty.").arg(path), path);
    if (info.size() > RegistryHive::MaxFileSize)
        return makeError(ErrorKind::BadInput,
                         RegistryHive::tr("The registry file %1 is larger than %2 MiB, which no real hive is; it is not read.")
                             .arg(path).arg(RegistryHive::MaxFileSize / (1024 * 1024)),
                         QStringLiteral("%1: %2 bytes").arg(path).arg(info.size()));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Failed, RegistryHive::tr("The registry file %1 cannot be opened.").arg(path),
                         QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

Result<HiveHeader> parseHeader(const QByteArray &block, qint64 size, const QString &path)
{
    if (block.size() < 0x30 || !block.startsWith("regf"))
        return makeError(ErrorKind::BadInput, RegistryHive::tr("The file %1 is not a registry hive.").arg(path),
                         QStringLiteral("%1: no regf signature").arg(path));
    HiveHeader header;
    header.primarySequence = qFromLittleEndian<quint32>(block.constData() + 0x04);
    header.secondarySequence = qFromLittleEndian<quint32>(block.constData() + 0x08);
    header.hiveBinsSize = qFromLittleEndian<quint32>(block.constData() + 0x28);
    // libhivex does not notice a file cut short at a page boundary: it reads the pages that
    // are there and later reports keys in the missing ones as errors or, worse, as absent.
    if (size < RegistryHive::MinFileSize || block.size() < BaseBlockSize || header.hiveBinsSize == 0
        || size < BaseBlockSize + qint64(header.hiveBinsSize))
        return makeError(ErrorKind::BadInput,
                         RegistryHive::tr("The registry file %1 is truncated: it is shorter than its header says.").arg(path),
                         QStringLiteral("%1: %2 bytes, header declares %3 bytes of hive bins")
                             .arg(path).arg(size).arg(header.hiveBinsSize));
    return header;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, std::size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

class FdCloser {
public:
    explicit FdCloser(int fd) : m_fd(fd) {}
    ~FdCloser()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FdCloser(const FdCloser &) = delete;
    FdCloser &operator=(const FdCloser &) = delete;

private:
    int m_fd;
};

}  // namespace

struct RegistryHive::RawValue {
    int type = 0;
    QByteArray data;
};


Result<HiveHeader> RegistryHive::readHeader(const QString &path)
{
    QFile file;
    if (auto opened = openChecked(path, file); !opened)
        return opened.error();
    return parseHeader(file.read(BaseBlockSize), file.size(), path);
}

// The hive is copied into a private in-memory file (memfd) and libhivex opens that copy, for
// three reasons: the checks above and libhivex see the same bytes; libhivex maps its file, and
// a file that changed or shrank under the mapping would crash us (SIGBUS); and the zero padding
// after the copy stops libhivex's subkey-index walk, which trusts the entry count of a record,
// before it can read past the end of a crafted hive. libhivex ignores data after the declared
// hive bins, so the padding changes nothing else. Should memfd or /proc be missing, the file
// is opened in place.
Result<RegistryHive> RegistryHive::open(const QString &path)
{
    QFile file;
    if (auto opened = openChecked(path, file); !opened)
        return opened.error();

    const int memfd = ::memfd_create("ra-registry-hive", MFD_CLOEXEC);
    const FdCloser closeMemfd(memfd);
    QByteArray baseBlock;
    qint64 total = 0;
    bool copied = memfd >= 0;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return makeError(ErrorKind::Failed, tr("The registry file %1 cannot be read from the disk.").arg(path),
                             QStringLiteral("%1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        if (baseBlock.size() < BaseBlockSize)
            baseBlock.append(chunk.constData(), qMin(n, BaseBlockSize - baseBlock.size()));
        total += n;
        if (total > MaxFileSize)
            return makeError(ErrorKind::BadInput,
                             tr("The registry file %1 is larger than %2 MiB, which no real hive is; it is not read.")
                                 .arg(path).arg(MaxFileSize / (1024 * 1024)),
                             QStringLiteral("%1: grew past the limit while read").arg(path));
        if (copied)
            copied = writeAll(memfd, chunk.constData(), n);
    }
    file.close();
    auto header = parseHeader(baseBlock, total, path);
    if (!header)
        return header.error();

    QByteArray source = QFile::encodeName(path);
    if (copied && writeAll(memfd, QByteArray(64 * 1024, '\0').constData(), 64 * 1024)
        && QFileInfo::exists(QStringLiteral("/proc/self/fd/%1").arg(memfd)))
        source = QStringLiteral("/proc/self/fd/%1").arg(memfd).toLocal8Bit();
    else
        log().warn("registry: no private copy of {}; libhivex reads the file in place", u8(path));

    errno = 0;
    // Flags 0: read-only. HIVEX_OPEN_WRITE is never passed for a hive on the affected disk.
    hive_h *handle = hivex_open(source.constData(), 0);
    if (!handle)
        return makeError(ErrorKind::BadInput, tr("The registry file %1 is damaged and cannot be read.").arg(path),
                         QStringLiteral("hivex_open %1: %2").arg(path, errnoText()));
    return RegistryHive(handle, path, *header);
}

RegistryHive::RegistryHive(hive_h *handle, QString path, HiveHeader header)
    : m_handle(handle), m_path(std::move(path)), m_header(header)
{
}

RegistryHive::RegistryHive(RegistryHive &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_path(std::move(other.m_path)), m_header(other.m_header)
{
}

RegistryHive &RegistryHive::operator=(RegistryHive &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            hivex_close(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
        m_header = other.m_header;
    }
    return *this;
}

RegistryHive::~RegistryHive()
{
    if (m_handle)
        hivex_close(m_handle);
}

Error RegistryHive::corrupt(const QString &details) const
{
    return makeError(ErrorKind::BadInput, tr("The registry file %1 is damaged and cannot be read.").arg(m_path),
                     QStringLiteral("%1: %2").arg(m_path, details));
}

RegistryHive::Key RegistryHive::root() const
{
    return m_handle ? hivex_root(m_handle) : 0;
}

Result<QList<RegistryHive::Key>> RegistryHive::subkeys(Key key) const
{
    if (!m_handle || key == 0)
        return corrupt(QStringLiteral("no key"));
    errno = 0;
    const MallocPtr<hive_node_h> children(hivex_node_children(m_handle, key));
    if (!children)
        return corrupt(QStringLiteral("hivex_node_children: %1").arg(errnoText()));
    QList<Key> keys;
    for (std::size_t i = 0; children.get()[i] != 0; ++i) {
        if (i >= MaxEntriesPerKey)
            return corrupt(QStringLiteral("more than %1 subkeys").arg(MaxEntriesPerKey));
        keys.append(children.get()[i]);
    }
    return keys;
}

Result<QString> RegistryHive::name(Key key) const
{
    if (!m_handle || key == 0)
        return corrupt(QStringLiteral("no key"));
    errno = 0;
    const MallocPtr<char> raw(hivex_node_name(m_handle, key));
    if (!raw)
        return corrupt(QStringLiteral("hivex_node_name: %1").arg(errnoText()));
    return decodeName(raw.get());
}

Result<std::optional<RegistryHive::Key>> RegistryHive::child(Key parent, const QString &childName) const
{
    auto children = subkeys(parent);
    if (!children)
        return children.error();
    std::optional<Key> found;
    for (Key k : *children) {
        auto n = name(k);
        if (!n)
            return n.error();
        if (n->compare(childName, Qt::CaseInsensitive) != 0)
            continue;
        // Names are unique ignoring case in a sound hive; two matches mean a crafted or broken one.
        if (found)
            return corrupt(QStringLiteral("two subkeys named %1").arg(childName));
        found = k;
    }
    return found;
}

Result<std::optional<RegistryHive::Key>> RegistryHive::key(const QString &path, Key from) const
{
    QString normalized = path;
    normalized.replace(u'/', u'\\');
    const QStringList parts = normalized.split(u'\\', Qt::SkipEmptyParts);
    if (parts.size() > MaxPathDepth)
        return makeError(ErrorKind::BadInput, tr("A registry path is too deep to be looked up."), path);
    Key current = from ? from : root();
    if (current == 0)
        return corrupt(QStringLiteral("no root key: %1").arg(errnoText()));
    for (const QString &part : parts) {
        if (part.size() > MaxNameLength)
            return makeError(ErrorKind::BadInput, tr("A registry path is too deep to be looked up."), path);
        auto next = child(current, part);
        if (!next)
            return next.error();
        if (!next->has_value())
            return std::optional<Key>();
        current = **next;
    }
    return std::optional<Key>(current);
}

Result<std::optional<RegistryHive::RawValue>> RegistryHive::rawValue(Key key, const QString &valueName,
                                                                     int wantedType1, int wantedType2) const
{
    if (!m_handle || key == 0)
        return corrupt(QStringLiteral("no key"));
    if (valueName.size() > 16383)
        return makeError(ErrorKind::BadInput, tr("A registry value name is too long to be looked up."), valueName.left(64));
    errno = 0;
    const MallocPtr<hive_value_h> values(hivex_node_values(m_handle, key));
    if (!values)
        return corrupt(QStringLiteral("hivex_node_values: %1").arg(errnoText()));
    hive_value_h match = 0;
    for (std::size_t i = 0; values.get()[i] != 0; ++i) {
        if (i >= MaxEntriesPerKey)
            return corrupt(QStringLiteral("more than %1 values").arg(MaxEntriesPerKey));
        errno = 0;
        const MallocPtr<char> raw(hivex_value_key(m_handle, values.get()[i]));
        if (!raw)
            return corrupt(QStringLiteral("hivex_value_key: %1").arg(errnoText()));
        if (decodeName(raw.get()).compare(valueName, Qt::CaseInsensitive) != 0)
            continue;
        if (match)
            return corrupt(QStringLiteral("two values named %1").arg(valueName));
        match = values.get()[i];
    }
    if (!match)
        return std::optional<RawValue>();

    hive_type typeStorage = hive_t_REG_NONE;
    std::size_t length = 0;
    errno = 0;
    if (hivex_value_type(m_handle, match, &typeStorage, &length) != 0)
        return corrupt(QStringLiteral("hivex_value_type %1: %2").arg(valueName, errnoText()));
    const quint32 type = typeBits(typeStorage);
    if (type != quint32(wantedType1) && type != quint32(wantedType2)) {
        log().debug("registry: {} value {} has type {}, ignored", u8(m_path), u8(valueName), type);
        return std::optional<RawValue>();
    }
    if (length > MaxDataBytes)
        return corrupt(QStringLiteral("value %1 holds %2 bytes").arg(valueName).arg(length));
    errno = 0;
    hive_type readTypeStorage = hive_t_REG_NONE;
    std::size_t readLength = 0;
    const MallocPtr<char> data(hivex_value_value(m_handle, match, &readTypeStorage, &readLength));
    if (!data)
        return corrupt(QStringLiteral("hivex_value_value %1: %2").arg(valueName, errnoText()));
    if (typeBits(readTypeStorage) != type || readLength != length)
        return corrupt(QStringLiteral("value %1 changed type or length while read").arg(valueName));
    return std::optional<RawValue>(RawValue{int(type), QByteArray(data.get(), qsizetype(length))});
}

Result<std::optional<QByteArray>> RegistryHive::binary(Key key, const QString &valueName) const
{
    auto raw = rawValue(key, valueName, hive_t_REG_BINARY, hive_t_REG_BINARY);
    if (!raw)
        return raw.error();
    if (!raw->has_value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*raw)->data);
}

Result<std::optional<QString>> RegistryHive::string(Key key, const QString &valueName) const
{
    auto raw = rawValue(key, valueName, hive_t_REG_SZ, hive_t_REG_EXPAND_SZ);
    if (!raw)
        return raw.error();
    if (!raw->has_value())
        return std::optional<QString>();
    return std::optional<QString>(decodeUtf16Strings((*raw)->data, false).value(0));
}

Result<std::optional<quint32>> RegistryHive::dword(Key key, const QString &valueName) const
{
    auto raw = rawValue(key, valueName, hive_t_REG_DWORD, hive_t_REG_DWORD);
    if (!raw)
        return raw.error();
    if (!raw->has_value())
        return std::optional<quint32>();
    if ((*raw)->data.size() != 4) {
        log().debug("registry: {} DWORD {} has {} bytes, ignored", u8(m_path), u8(valueName), (*raw)->data.size());
        return std::optional<quint32>();
    }
    return std::optional<quint32>(qFromLittleEndian<quint32>((*raw)->data.constData()));
}

Result<std::optional<QStringList>> RegistryHive::multiString(Key key, const QString &valueName) const
{
    auto raw = rawValue(key, valueName, hive_t_REG_MULTI_SZ, hive_t_REG_MULTI_SZ);
    if (!raw)
        return raw.error();
    if (!raw->has_value())
        return std::optional<QStringList>();
    return std::optional<QStringList>(decodeUtf16Strings((*raw)->data, true));
}

}  // namespace ra
