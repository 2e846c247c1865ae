// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The other files a VM disk file makes QEMU open, read from the file's own bytes, never by asking
// QEMU (which would open them to answer): a qcow2's backing file and external data file (header
// extension 0x44415441), a VMDK's extents and parent (the text descriptor, also the one embedded
// in a sparse VMDK), a VHD's or VHDX's parent (the parent locators of a differencing disk).
//
// Contract: parse() reads only through the reader it is given and never trusts an offset or a
// length in the file: a truncated, damaged or hostile header is an Unsupported error with the
// reason in the details, never a crash, a huge allocation or a read outside the bytes it got.
// Names are returned as written in the file; resolving them against a folder is VmChain's job.

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ra {

struct VmFileRef {
    enum class Role {
        Backing,   // qcow2 backing file, VMDK parent (parentFileNameHint): read only
        DataFile,  // qcow2 external data file: the guest's data, written
        Extent,    // VMDK extent named by a descriptor: the guest's data, written
        Parent,    // VHD/VHDX differencing disk's parent (QEMU cannot open those)
    };
    Role role = Role::Backing;
    QString name;    // as written in the file (VHD/VHDX: Windows separators made '/')
    QString format;  // Backing: the format the header declares (qcow2 backing format extension), or empty
};

struct VmHeader {
    QString format;           // the QEMU driver it was parsed as
    QList<VmFileRef> refs;
    bool differencing = false;  // VHD/VHDX with a parent
};

class VmHeaders {
    Q_DECLARE_TR_FUNCTIONS(VmHeaders)

public:
    // Up to length bytes at offset (fewer at the end of the file, empty past it or on an error).
    using Reader = std::function<QByteArray(qint64 offset, qint64 length)>;

    static constexpr qint64 MaxDescriptorBytes = 1024 * 1024;
    static constexpr int MaxRefs = 1024;

    // Parses the header of a file of the given QEMU driver ("qcow2", "vmdk", "vpc", "vhdx"; "raw"
    // has none). size: the file's size in bytes (a fixed VHD's footer is the last 512).
    static Result<VmHeader> parse(const QString &format, qint64 size, const Reader &read);
    // The same for a file on disk (opened without following a symlink: pass a resolved path).
    static Result<VmHeader> read(const QString &path, const QString &format);
    // The same for bytes in memory (tests, the fuzzer).
    static Result<VmHeader> parseBytes(const QString &format, const QByteArray &bytes);
};

}  // namespace ra
