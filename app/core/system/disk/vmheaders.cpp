// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/vmheaders.h"

#include <QFile>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {

namespace {

constexpr quint32 Qcow2ExtEnd = 0;
constexpr quint32 Qcow2ExtBackingFormat = 0xE2792ACA;
constexpr quint32 Qcow2ExtDataFile = 0x44415441;
constexpr quint64 Qcow2IncompatDataFile = 1u << 2;
constexpr qint64 VmdkDescSize = 20 * 512;  // what QEMU reads for parentFileNameHint
constexpr int VhdDifferencing = 4;
constexpr qint64 VhdxRegionTable = 192 * 1024;
constexpr qint64 VhdxMaxItem = 64 * 1024;

Error damaged(const QString &format, const QString &why)
{
    // The sentence is the caller's (it knows the file name); the reason goes to the details.
    return makeError(ErrorKind::Unsupported, VmHeaders::tr("The virtual disk file's header is damaged or of an unknown kind."),
                     QStringLiteral("%1 header: %2").arg(format, why));
}

quint32 be32(const QByteArray &b, qint64 at) { return qFromBigEndian<quint32>(b.constData() + at); }
quint64 be64(const QByteArray &b, qint64 at) { return qFromBigEndian<quint64>(b.constData() + at); }
quint16 le16(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 le32(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint32>(b.constData() + at); }
quint64 le64(const QByteArray &b, qint64 at) { return qFromLittleEndian<quint64>(b.constData() + at); }

// A name as QEMU takes it: bytes up to the first NUL, UTF-8 (file names on Linux).
QString cName(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return QString::fromUtf8(nul >= 0 ? bytes.left(nul) : bytes);
}

QString utf16(const QByteArray &bytes, bool bigEndian)
{
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t c = bigEndian ? qFromBigEndian<quint16>(bytes.constData() + i) : qFromLittleEndian<quint16>(bytes.constData() + i);
        if (c == 0)
            break;
        s.append(QChar(c));
    }
    return s;
}

// A Windows path from a parent locator as a relative or absolute name with '/'.
QString windowsName(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(QLatin1String("./")))
        name.remove(0, 2);
    return name;
}

Result<VmHeader> parseQcow2(qint64 size, const VmHeaders::Reader &read)
{
    const QByteArray h = read(0, 4096);
    if (h.size() < 72 || !h.startsWith(QByteArray("QFI\xfb", 4)))
        return damaged(QStringLiteral("qcow2"), QStringLiteral("too short or no magic"));
    const quint32 version = be32(h, 4);
    if (version != 2 && version != 3)
        return damaged(QStringLiteral("qcow2"), QStringLiteral("version %1").arg(version));
    const quint64 backingOffset = be64(h, 8);
    const quint32 backingSize = be32(h, 16);
    const quint32 clusterBits = be32(h, 20);
    if (clusterBits < 9 || clusterBits > 21)
        return damaged(QStringLiteral("qcow2"), QStringLiteral("cluster bits %1").arg(clusterBits));
    const qint64 clusterSize = qint64(1) << clusterBits;
    quint64 incompatible = 0;
    qint64 headerLength = 72;
    if (version == 3) {
        if (h.size() < 104)
            return damaged(QStringLiteral("qcow2"), QStringLiteral("v3 header cut"));
        incompatible = be64(h, 72);
        headerLength = be32(h, 100);
        if (headerLength < 104 || headerLength > clusterSize || headerLength % 8 != 0)
            return damaged(QStringLiteral("qcow2"), QStringLiteral("header length %1").arg(headerLength));
    }
    // Everything QEMU reads of the header lies in the first cluster.
    const QByteArray cluster = read(0, qMin<qint64>(clusterSize, qMax<qint64>(size, 0)));
    VmHeader header;
    header.format = QStringLiteral("qcow2");
    QString backingFormat;
    QString dataFile;
    bool hasDataFileName = false;
    qint64 at = headerLength;
    for (int n = 0;; ++n) {
        if (at + 8 > cluster.size() || n > 1024)
            return damaged(QStringLiteral("qcow2"), QStringLiteral("header extensions run past the first cluster"));
        const quint32 type = be32(cluster, at);
        const quint32 length = be32(cluster, at + 4);
        if (type == Qcow2ExtEnd)
            break;
        if (qint64(length) > cluster.size() - at - 8)
            return damaged(QStringLiteral("qcow2"), QStringLiteral("extension 0x%1 of %2 bytes").arg(type, 0, 16).arg(length));
        const QByteArray data = cluster.mid(at + 8, length);
        if (type == Qcow2ExtBackingFormat)
            backingFormat = cName(data);
        else if (type == Qcow2ExtDataFile) {
            dataFile = cName(data);
            hasDataFileName = true;
        }
        at += 8 + ((qint64(length) + 7) & ~qint64(7));
    }
    if (backingOffset != 0 && backingSize != 0) {
        if (backingSize > 1023 || backingOffset > quint64(cluster.size()) || backingOffset + backingSize > quint64(cluster.size()))
            return damaged(QStringLiteral("qcow2"), QStringLiteral("backing file name at %1, %2 bytes").arg(backingOffset).arg(backingSize));
        const QString name = cName(cluster.mid(qsizetype(backingOffset), qsizetype(backingSize)));
        if (name.isEmpty())
            return damaged(QStringLiteral("qcow2"), QStringLiteral("empty backing file name"));
        header.refs.append({VmFileRef::Role::Backing, name, backingFormat});
    }
    if (incompatible & Qcow2IncompatDataFile) {
        // QEMU opens the name in the extension, or the one it is given: without a name we could
        // not know what it would write into.
        if (!hasDataFileName || dataFile.isEmpty())
            return damaged(QStringLiteral("qcow2"), QStringLiteral("external data file without a name"));
        header.refs.append({VmFileRef::Role::DataFile, dataFile, {}});
    }
    return header;
}

// The text of a descriptor: extents (lines "RW|RDONLY|NOACCESS <sectors> <type> "<file>" …") and
// the parent as QEMU finds it (the text after parentFileNameHint=" up to the next quote, in the
// first 10 KiB where QEMU looks).
Result<VmHeader> parseVmdkDescriptor(const QByteArray &text, const QByteArray &parentText, bool withExtents)
{
    VmHeader header;
    header.format = QStringLiteral("vmdk");
    if (withExtents) {
        for (const QByteArray &raw : text.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (!(line.startsWith("RW ") || line.startsWith("RDONLY ") || line.startsWith("NOACCESS ")))
                continue;
            const qsizetype open = line.indexOf('"');
            if (open < 0)
                continue;  // ZERO extents name no file
            const qsizetype close = line.indexOf('"', open + 1);
            if (close < 0)
                return damaged(QStringLiteral("vmdk"), QStringLiteral("extent line without its closing quote"));
            const QString name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
            if (name.isEmpty())
                return damaged(QStringLiteral("vmdk"), QStringLiteral("extent without a file name"));
            if (header.refs.size() >= VmHeaders::MaxRefs)
                return damaged(QStringLiteral("vmdk"), QStringLiteral("more than %1 extents").arg(VmHeaders::MaxRefs));
            header.refs.append({VmFileRef::Role::Extent, name, {}});
        }
        if (header.refs.isEmpty())
            return damaged(QStringLiteral("vmdk"), QStringLiteral("descriptor without extents"));
    }
    static const QByteArray hint("parentFileNameHint");
    const QByteArray desc = parentText.left(VmdkDescSize);
    const qsizetype nul = desc.indexOf('\0');
    const QByteArray c = nul >= 0 ? desc.left(nul) : desc;  // QEMU's strstr stops at the first NUL
    const qsizetype found = c.indexOf(hint);
    if (found >= 0) {
        const qsizetype start = found + hint.size() + 2;  // past `="`, as QEMU skips it
        const qsizetype end = start <= c.size() ? c.indexOf('"', start) : -1;
        if (end < 0 || end - start > 4095)
            return damaged(QStringLiteral("vmdk"), QStringLiteral("parentFileNameHint without its closing quote"));
        const QString name = QString::fromUtf8(c.mid(start, end - start));
        if (!name.isEmpty())
            header.refs.append({VmFileRef::Role::Backing, name, QStringLiteral("vmdk")});
    }
    return header;
}

Result<VmHeader> parseVmdk(const VmHeaders::Reader &read)
{
    const QByteArray h = read(0, 512);
    if (h.startsWith("KDMV")) {
        if (h.size() < 44)
            return damaged(QStringLiteral("vmdk"), QStringLiteral("sparse header cut"));
        const quint64 capacity = le64(h, 12);
        const quint64 descOffset = le64(h, 28);
        const quint64 descSectors = le64(h, 36);
        const QByteArray atQemusOffset = read(512, VmdkDescSize);  // QEMU reads the parent hint there
        if (capacity == 0 && descOffset != 0) {
            // No data of its own: QEMU opens the extents of the embedded descriptor instead.
            if (descOffset > quint64(1) << 40 || descSectors == 0 || descSectors > quint64(VmHeaders::MaxDescriptorBytes / 512))
                return damaged(QStringLiteral("vmdk"), QStringLiteral("embedded descriptor at sector %1, %2 sectors").arg(descOffset).arg(descSectors));
            const QByteArray desc = read(qint64(descOffset) * 512, qint64(descSectors) * 512);
            return parseVmdkDescriptor(desc, atQemusOffset, true);
        }
        // One sparse extent: the file itself; the embedded descriptor's extent lines are not read.
        return parseVmdkDescriptor({}, atQemusOffset, false);
    }
    if (h.startsWith("COWD")) {
        VmHeader header;
        header.format = QStringLiteral("vmdk");
        return header;  // VMDK3: one file, no descriptor, no parent QEMU follows
    }
    const QByteArray text = read(0, VmHeaders::MaxDescriptorBytes + 1);
    if (text.size() > VmHeaders::MaxDescriptorBytes || !text.startsWith("# Disk DescriptorFile"))
        return damaged(QStringLiteral("vmdk"), QStringLiteral("neither a sparse VMDK nor a descriptor"));
    return parseVmdkDescriptor(text, text, true);
}

Result<VmHeader> parseVpc(qint64 size, const VmHeaders::Reader &read)
{
    QByteArray footer = read(0, 512);
    if (!footer.startsWith("conectix"))
        footer = size >= 512 ? read(size - 512, 512) : QByteArray();
    if (footer.size() < 512 || !footer.startsWith("conectix"))
        return damaged(QStringLiteral("vpc"), QStringLiteral("no footer"));
    VmHeader header;
    header.format = QStringLiteral("vpc");
    if (be32(footer, 60) != VhdDifferencing)
        return header;
    header.differencing = true;
    const quint64 dynamicAt = be64(footer, 16);
    const QByteArray dyn = dynamicAt < quint64(1) << 50 ? read(qint64(dynamicAt), 1024) : QByteArray();
    if (dyn.size() < 1024 || !dyn.startsWith("cxsparse"))
        return damaged(QStringLiteral("vpc"), QStringLiteral("differencing disk without its dynamic header"));
    QString relative, absolute;
    for (int i = 0; i < 8; ++i) {
        const qint64 e = 576 + i * 24;
        const quint32 code = be32(dyn, e);
        const quint32 length = be32(dyn, e + 8);
        const quint64 offset = be64(dyn, e + 16);
        if (code == 0 || length == 0)
            continue;
        if (length > 4096 || offset > quint64(1) << 50)
            return damaged(QStringLiteral("vpc"), QStringLiteral("parent locator %1: %2 bytes at %3").arg(i).arg(length).arg(offset));
        const QByteArray data = read(qint64(offset), length);
        if (code == 0x57327275)  // "W2ru": relative, UTF-16LE
            relative = windowsName(utf16(data, false));
        else if (code == 0x57326B75)  // "W2ku": absolute, UTF-16LE
            absolute = windowsName(utf16(data, false));
        else if (code == 0x4D616358)  // "MacX": a file URL, UTF-8
            absolute = QString::fromUtf8(data).remove(QStringLiteral("file://"));
    }
    QString name = !relative.isEmpty() ? relative : absolute;
    if (name.isEmpty())
        name = windowsName(utf16(dyn.mid(64, 512), true));
    if (name.isEmpty())
        return damaged(QStringLiteral("vpc"), QStringLiteral("differencing disk without a parent name"));
    header.refs.append({VmFileRef::Role::Parent, name, {}});
    return header;
}

// A GUID as VHDX stores it (the first three fields little-endian).
QByteArray guid(quint32 a, quint16 b, quint16 c, quint64 d)
{
    QByteArray g(16, '\0');
    qToLittleEndian(a, g.data());
    qToLittleEndian(b, g.data() + 4);
    qToLittleEndian(c, g.data() + 6);
    qToBigEndian(d, g.data() + 8);
    return g;
}

Result<VmHeader> parseVhdx(const VmHeaders::Reader &read)
{
    static const QByteArray metadataRegion = guid(0x8B7CA206, 0x4790, 0x4B9A, 0xB8FE575F050F886EULL);
    static const QByteArray fileParameters = guid(0xCAA16737, 0xFA36, 0x4D43, 0xB3B633F0AA44E76BULL);
    static const QByteArray parentLocator = guid(0xA8D35F2D, 0xB30B, 0x454D, 0xABF7D3D84834AB0CULL);
    if (!read(0, 8).startsWith("vhdxfile"))
        return damaged(QStringLiteral("vhdx"), QStringLiteral("no file identifier"));
    const QByteArray regions = read(VhdxRegionTable, 64 * 1024);
    if (regions.size() < 16 || !regions.startsWith("regi"))
        return damaged(QStringLiteral("vhdx"), QStringLiteral("no region table"));
    const quint32 regionCount = le32(regions, 8);
    if (regionCount > 2047)
        return damaged(QStringLiteral("vhdx"), QStringLiteral("%1 regions").arg(regionCount));
    qint64 metaAt = -1, metaLength = 0;
    for (quint32 i = 0; i < regionCount && 16 + (i + 1) * 32 <= quint32(regions.size()); ++i) {
        const qint64 e = 16 + i * 32;
        if (regions.mid(e, 16) == metadataRegion) {
            metaAt = qint64(qMin<quint64>(le64(regions, e + 16), quint64(1) << 50));
            metaLength = le32(regions, e + 24);
        }
    }
    if (metaAt < 0 || metaLength < 32)
        return damaged(QStringLiteral("vhdx"), QStringLiteral("no metadata region"));
    const QByteArray table = read(metaAt, qMin<qint64>(metaLength, 64 * 1024));
    if (table.size() < 32 || !table.startsWith("metadata"))
        return damaged(QStringLiteral("vhdx"), QStringLiteral("no metadata table"));
    const quint16 entries = le16(table, 10);
    QByteArray params, locator;
    for (int i = 0; i < entries && 32 + (i + 1) * 32 <= table.size(); ++i) {
        const qint64 e = 32 + i * 32;
        const quint32 offset = le32(table, e + 16);
        const quint32 length = le32(table, e + 20);
        if (qint64(offset) >= metaLength || qint64(length) > qMin<qint64>(metaLength - offset, VhdxMaxItem))
            return damaged(QStringLiteral("vhdx"), QStringLiteral("metadata item %1: %2 bytes at %3").arg(i).arg(length).arg(offset));
        const QByteArray id = table.mid(e, 16);
        if (id == fileParameters)
            params = read(metaAt + offset, length);
        else if (id == parentLocator)
            locator = read(metaAt + offset, length);
    }
    if (params.size() < 8)
        return damaged(QStringLiteral("vhdx"), QStringLiteral("no file parameters"));
    VmHeader header;
    header.format = QStringLiteral("vhdx");
    if (!(le32(params, 4) & 2))
        return header;
    header.differencing = true;
    if (locator.size() < 20)
        return damaged(QStringLiteral("vhdx"), QStringLiteral("differencing disk without a parent locator"));
    QString relative, absolute;
    const quint16 pairs = le16(locator, 18);
    for (int i = 0; i < pairs && 20 + (i + 1) * 12 <= locator.size(); ++i) {
        const qint64 e = 20 + i * 12;
        const quint32 keyAt = le32(locator, e), valueAt = le32(locator, e + 4);
        const quint16 keyLength = le16(locator, e + 8), valueLength = le16(locator, e + 10);
        if (qint64(keyAt) + keyLength > locator.size() || qint64(valueAt) + valueLength > locator.size())
            return damaged(QStringLiteral("vhdx"), QStringLiteral("parent locator entry %1 out of bounds").arg(i));
        const QString key = utf16(locator.mid(keyAt, keyLength), false);
        const QString value = windowsName(utf16(locator.mid(valueAt, valueLength), false));
        if (key == QLatin1String("relative_path"))
            relative = value;
        else if (key == QLatin1String("absolute_win32_path") || key == QLatin1String("volume_path"))
            absolute = value;
    }
    const QString name = !relative.isEmpty() ? relative : absolute;
    if (name.isEmpty())
        return damaged(QStringLiteral("vhdx"), QStringLiteral("differencing disk without a parent path"));
    header.refs.append({VmFileRef::Role::Parent, name, {}});
    return header;
}

}  // namespace

Result<VmHeader> VmHeaders::parse(const QString &format, qint64 size, const Reader &read)
{
    if (format == QLatin1String("qcow2"))
        return parseQcow2(size, read);
    if (format == QLatin1String("vmdk"))
        return parseVmdk(read);
    if (format == QLatin1String("vpc"))
        return parseVpc(size, read);
    if (format == QLatin1String("vhdx"))
        return parseVhdx(read);
    VmHeader none;
    none.format = format;
    return none;  // raw: no header, no other files
}

Result<VmHeader> VmHeaders::read(const QString &path, const QString &format)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return damaged(format, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return damaged(format, QStringLiteral("%1 is not a regular file").arg(path));
    }
    const qint64 size = st.st_size;
    auto reader = [fd, size](qint64 offset, qint64 length) -> QByteArray {
        if (offset < 0 || length <= 0 || offset >= size)
            return {};
        QByteArray buffer(qsizetype(qMin(length, size - offset)), '\0');
        const ssize_t n = ::pread(fd, buffer.data(), size_t(buffer.size()), off_t(offset));
        buffer.resize(n > 0 ? qsizetype(n) : 0);
        return buffer;
    };
    auto parsed = parse(format, size, reader);
    ::close(fd);
    return parsed;
}

Result<VmHeader> VmHeaders::parseBytes(const QString &format, const QByteArray &bytes)
{
    return parse(format, bytes.size(), [&bytes](qint64 offset, qint64 length) -> QByteArray {
        if (offset < 0 || length <= 0 || offset >= bytes.size())
            return {};
        return bytes.mid(qsizetype(offset), qsizetype(qMin<qint64>(length, bytes.size() - offset)));
    });
}

}  // namespace ra
