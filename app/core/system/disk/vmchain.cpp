// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/disk/vmchain.h"

#include "system/disk/vmheaders.h"
#include "system/disk/vmimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtEndian>

#include <sys/stat.h>

#include <algorithm>

namespace ra {

namespace {

constexpr int MaxCandidateFiles = 512;
constexpr int MaxCandidateDirs = 64;
constexpr qint64 ParentNameSearchBytes = 4 * 1024 * 1024;

QString roleName(VmFileRef::Role role)
{
    switch (role) {
    case VmFileRef::Role::DataFile: return VmChain::tr("data file");
    case VmFileRef::Role::Extent: return VmChain::tr("extent");
    case VmFileRef::Role::Parent: return VmChain::tr("parent disk");
    case VmFileRef::Role::Backing: break;
    }
    return VmChain::tr("backing file");
}

// The folders a backing file may lie in: the disk's own, the folders in it, the folders beside it.
bool inBackingScope(const QString &file, const QString &topDir)
{
    const QString dir = QFileInfo(file).path();
    const QString up = QFileInfo(dir).path();
    return dir == topDir || up == topDir || (up == QFileInfo(topDir).path() && dir != up);
}

struct Resolved {
    QString path;   // resolved, or the composed path when it does not resolve
    QString why;    // empty: acceptable
    bool device = false;
};

// Resolves a name as QEMU does (relative to the folder of the file that names it) and judges it.
Resolved judge(const QString &name, const QString &namingDir)
{
    Resolved r;
    r.path = QDir::isAbsolutePath(name) ? QDir::cleanPath(name) : QDir::cleanPath(namingDir + u'/' + name);
    // QEMU reads "nbd:…", "json:{…}", "http://…" as a protocol, not as a file.
    const qsizetype colon = name.indexOf(u':');
    if (colon >= 0 && (name.indexOf(u'/') < 0 || colon < name.indexOf(u'/'))) {
        r.why = QStringLiteral("not-regular");
        return r;
    }
    const QString real = QFileInfo(r.path).canonicalFilePath();
    if (!real.isEmpty())
        r.path = real;
    struct stat st {};
    if (real.isEmpty() || ::stat(QFile::encodeName(real).constData(), &st) != 0) {
        r.why = QStringLiteral("not-regular");
    } else if (S_ISBLK(st.st_mode) || S_ISCHR(st.st_mode)) {
        r.device = true;
        r.why = QStringLiteral("device");
    } else if (!S_ISREG(st.st_mode)) {
        r.why = QStringLiteral("not-regular");
    }
    return r;
}

Error refusal(const QString &namedBy, const VmFileRef &ref, const Resolved &r, const QString &why)
{
    const QString file = QFileInfo(namedBy).fileName();
    const QString details = QStringLiteral("%1 names %2 \"%3\" -> %4: %5").arg(namedBy, roleName(ref.role), ref.name, r.path, why);
    if (why == QLatin1String("device"))
        return makeError(ErrorKind::BadInput,
                         VmChain::tr("The virtual disk file %1 uses %2 as its %3, which is a device: a disk file must never read or write another drive, so it is not opened.")
                             .arg(file, r.path, roleName(ref.role)),
                         details);
    if (why == QLatin1String("outside"))
        return makeError(ErrorKind::BadInput,
                         VmChain::tr("The virtual disk file %1 uses %2 as its %3, which lies outside the disk file's folder, so it is not opened; keep the files of one disk together in one folder.")
                             .arg(file, r.path, roleName(ref.role)),
                         details);
    return makeError(ErrorKind::BadInput,
                     VmChain::tr("The virtual disk file %1 uses %2 as its %3, which is not a regular file (missing, a folder or a special file), so it is not opened.")
                         .arg(file, r.path, roleName(ref.role)),
                     details);
}

Error comesBack(const QString &namedBy, const QString &again)
{
    return makeError(ErrorKind::Unsupported,
                     VmChain::tr("The virtual disk file %1 is damaged: the files it is made of come back to %2, so it is not opened.")
                         .arg(QFileInfo(namedBy).fileName(), again),
                     QStringLiteral("%1: %2 appears twice in its chain").arg(namedBy, again));
}

// A sparse VMDK extent that is itself only a descriptor would make QEMU open yet more files.
bool isNestedDescriptor(const QString &extent)
{
    QFile f(extent);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(44);
    return h.size() == 44 && h.startsWith("KDMV") && qFromLittleEndian<quint64>(h.constData() + 12) == 0
           && qFromLittleEndian<quint64>(h.constData() + 28) != 0;
}

// The parent a VHD/VHDX differencing disk names anywhere in its first megabytes (UTF-16): the
// wide net beside the parsed parent locator.
bool namesParent(const QString &candidate, const QString &baseName)
{
    QFile f(candidate);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(ParentNameSearchBytes);
    QByteArray le, be;
    for (const QChar c : baseName) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return head.contains(le) || head.contains(be);
}

QStringList candidateFiles(const QString &image)
{
    static const QStringList patterns{QStringLiteral("*.qcow2"), QStringLiteral("*.qcow"), QStringLiteral("*.vmdk"),
                                      QStringLiteral("*.vhdx"), QStringLiteral("*.avhdx"), QStringLiteral("*.vhd"),
                                      QStringLiteral("*.avhd"), QStringLiteral("*.img")};
    const QDir own = QFileInfo(image).absoluteDir();
    QStringList dirs{own.absolutePath()};
    for (const QString &sub : own.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (dirs.size() >= MaxCandidateDirs / 2)
            break;
        dirs << own.filePath(sub);
    }
    QDir parent = own;
    if (parent.cdUp()) {
        for (const QString &sub : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (dirs.size() >= MaxCandidateDirs)
                break;
            const QString path = parent.filePath(sub);
            if (QFileInfo(path).canonicalFilePath() != own.canonicalPath())
                dirs << path;
        }
    }
    QStringList files;
    for (const QString &dir : dirs) {
        for (const QString &name : QDir(dir).entryList(patterns, QDir::Files)) {  // any case: .VHDX too
            if (files.size() >= MaxCandidateFiles)
                return files;
            files << QDir(dir).filePath(name);
        }
    }
    return files;
}

}  // namespace

QStringList VmChain::files() const
{
    QStringList all;
    for (const VmChainLink &link : m_links) {
        all << link.path;
        if (!link.dataFile.isEmpty())
            all << link.dataFile;
        all += link.extents;
    }
    return all;
}

QStringList VmChain::writtenFiles() const
{
    QStringList written{top().path};
    if (!top().dataFile.isEmpty())
        written << top().dataFile;
    return written + top().extents;
}

Result<VmChain> VmChain::resolve(const QString &image, const QString &format)
{
    const QString topPath = QFileInfo(image).canonicalFilePath();
    if (topPath.isEmpty())
        return makeError(ErrorKind::NotFound, tr("The virtual disk file %1 is not there any more.").arg(image), image);
    const QString topDir = QFileInfo(topPath).path();
    VmChain chain;
    QSet<QString> seen{topPath};
    QString path = topPath;
    QString driver = format;
    while (true) {
        VmChainLink link{path, driver, {}, {}};
        auto header = VmHeaders::read(path, driver);
        if (!header)
            return VmImage::damagedError(path, driver, header.error().details);
        const QString dir = QFileInfo(path).path();
        const VmFileRef *backing = nullptr;
        for (const VmFileRef &ref : header->refs) {
            if (ref.role == VmFileRef::Role::Backing || ref.role == VmFileRef::Role::Parent) {
                backing = &ref;
                continue;
            }
            // Written with the disk: a regular file beside the file that names it.
            const Resolved r = judge(ref.name, dir);
            if (!r.why.isEmpty())
                return refusal(path, ref, r, r.why);
            if (QFileInfo(r.path).path() != dir)
                return refusal(path, ref, r, QStringLiteral("outside"));
            if (seen.contains(r.path))
                return comesBack(path, r.path);
            if (ref.role == VmFileRef::Role::Extent && isNestedDescriptor(r.path))
                return VmImage::damagedError(path, driver, QStringLiteral("extent %1 is itself a descriptor").arg(r.path));
            seen.insert(r.path);
            if (ref.role == VmFileRef::Role::DataFile)
                link.dataFile = r.path;
            else
                link.extents << r.path;
        }
        chain.m_links << link;
        if (!backing)
            break;
        const Resolved r = judge(backing->name, dir);
        if (backing->role == VmFileRef::Role::Parent) {
            // QEMU cannot open a differencing VHD/VHDX at all; the parent is never opened either.
            if (r.device || (r.why.isEmpty() && !inBackingScope(r.path, topDir)))
                return refusal(path, *backing, r, r.device ? QStringLiteral("device") : QStringLiteral("outside"));
            return makeError(ErrorKind::Unsupported,
                             tr("The virtual disk file %1 is a differencing disk based on %2, which this program cannot open; merge it into its parent in Hyper-V first (Edit Disk), then fix the merged disk.")
                                 .arg(QFileInfo(path).fileName(), r.path),
                             QStringLiteral("%1: parent \"%2\"").arg(path, backing->name));
        }
        if (!r.why.isEmpty())
            return refusal(path, *backing, r, r.why);
        if (!inBackingScope(r.path, topDir))
            return refusal(path, *backing, r, QStringLiteral("outside"));
        if (seen.contains(r.path))
            return comesBack(path, r.path);
        if (chain.m_links.size() >= MaxChainLength)
            return makeError(ErrorKind::Unsupported,
                             tr("The virtual disk file %1 is based on a chain of more than %2 files, so it is not opened; merge its snapshots in the hypervisor first.")
                                 .arg(QFileInfo(topPath).fileName())
                                 .arg(MaxChainLength),
                             QStringLiteral("%1: chain longer than %2").arg(topPath).arg(MaxChainLength));
        seen.insert(r.path);
        // The base's format: the one the overlay declares, else its own magic; raw without either.
        auto magic = VmImage::detectFormat(r.path);
        if (!magic)
            return magic.error();
        const QString declared = backing->format;
        static const QStringList known{QStringLiteral("raw"), QStringLiteral("qcow2"), QStringLiteral("vmdk"),
                                       QStringLiteral("vpc"), QStringLiteral("vhdx")};
        if (!declared.isEmpty() && !known.contains(declared))
            return VmImage::damagedError(path, driver, QStringLiteral("backing format \"%1\"").arg(declared));
        driver = !declared.isEmpty() ? declared : (magic->isEmpty() ? QStringLiteral("raw") : *magic);
        path = r.path;
    }
    return chain;
}

QStringList VmChain::dependents(const QString &image)
{
    const QString base = QFileInfo(image).canonicalFilePath();
    if (base.isEmpty())
        return {};
    // Every candidate's parent, once, from its header.
    QHash<QString, QString> parentOf;
    for (const QString &file : candidateFiles(base)) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (canonical.isEmpty() || canonical == base || parentOf.contains(canonical))
            continue;
        auto format = VmImage::detectFormat(canonical);
        if (!format || format->isEmpty())
            continue;
        QString parent;
        if (auto header = VmHeaders::read(canonical, *format)) {
            for (const VmFileRef &ref : header->refs) {
                if (ref.role == VmFileRef::Role::Backing || ref.role == VmFileRef::Role::Parent)
                    parent = judge(ref.name, QFileInfo(canonical).path()).path;
            }
        }
        if (parent != base && (*format == QLatin1String("vhdx") || *format == QLatin1String("vpc"))
            && namesParent(canonical, QFileInfo(base).fileName()))
            parent = base;
        parentOf.insert(canonical, parent);
    }
    // Down the chains to their tops: the disks the VMs use.
    QStringList tops;
    QSet<QString> seen{base};
    QStringList frontier{base};
    for (int depth = 0; depth < 64 && !frontier.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &parent : frontier) {
            for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
                if (it.value() != parent || seen.contains(it.key()))
                    continue;
                seen.insert(it.key());
                next << it.key();
            }
        }
        for (const QString &child : next) {
            const bool hasChildren = std::any_of(parentOf.cbegin(), parentOf.cend(), [&](const QString &p) { return p == child; });
            if (!hasChildren)
                tops << child;
        }
        frontier = next;
    }
    tops.sort();
    return tops;
}

}  // namespace ra
