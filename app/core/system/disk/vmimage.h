// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Virtual machines' disk files (VHDX, VHD, VMDK, qcow2) opened through QEMU's own block layer:
// qemu-storage-daemon exports the image as a raw file (FUSE export in the session folder), and
// the rest of the disk stack (loop device for a partition, BitLocker layer, ntfs-3g) works on
// that raw file. Never a converted copy: what is written goes into the VM's disk file itself.
//
// Before writing, a file is refused when a running VM holds it (QEMU's own image lock, a VMware
// "<disk>.lck" next to it) or when other disk files depend on it (the base of a snapshot or
// backing chain): the sentence names the file to fix instead. The format is recognised by its
// magic (never by QEMU's guessing, which would let a raw disk's contents pose as a qcow2 with a
// backing file) and then passed to QEMU explicitly.
//
// Every file QEMU would open for it (data file, extents, the backing chain) is known from the
// headers and checked by VmChain before qemu-img or the daemon opens anything, and QEMU is told
// exactly those files (see VmChain for the rule, VmDaemon for the pins). Every function
// here takes any path to the image and works on its real path (symlinks resolved).

#include "domain/report.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ra {

struct VmImageFacts {
    QString format;         // QEMU driver: "qcow2", "vhdx", "vpc", "vmdk"
    qint64 virtualSize = 0; // bytes the VM sees
    QString backingFile;    // the file this one is an overlay of (absolute), or empty
    QStringList snapshots;  // internal snapshots (qcow2)
};

struct VmExport {
    QString image;          // the VM's disk file
    QString format;
    QString rawFile;        // the FUSE export: the disk as the VM sees it, as a raw file
    qint64 daemonPid = 0;
    bool writable = false;
};

class VmImage {
    Q_DECLARE_TR_FUNCTIONS(VmImage)

public:
    // The QEMU driver of a VM disk file by its magic: "qcow2", "vhdx", "vpc", "vmdk"; empty for
    // anything else (raw images, block devices, folders). A file named like a VM disk (.vhdx,
    // .vhd, .avhdx, .vmdk, .qcow2) that does not carry the format's magic: Unsupported.
    static Result<QString> detectFormat(const QString &path);
    // "VHDX", "VHD", "VMDK", "qcow2" for a driver name.
    static QString formatName(const QString &format);

    // The sentence for a file QEMU or our header parser cannot read as format (Unsupported).
    static Error damagedError(const QString &image, const QString &format, const QString &details);

    // qemu-img info, after VmChain::resolve (the top alone, its data file pinned, "backing": null).
    // forceShare: read even while a VM holds the file (listing only); without it a file a running
    // VM holds is refused with "power the VM off first".
    static Result<VmImageFacts> inspect(const QString &image, const QString &format, bool forceShare, ReportNode &report);
    // Whether every file a writable export would write (the top, its data file, its extents) can
    // be opened for writing: false on a read-only mount, an immutable (chattr +i) or read-only file.
    // Such a disk is opened read-only, like a raw image there (exit 5 when a fix needs to write).
    static Result<bool> writable(const QString &image, const QString &format);
    // Everything that must hold before the file is opened: its chain passes VmChain's rule, no
    // running VM holds any file of it (QEMU lock, VMware .lck), no other process or loop device has
    // one open, and, to write, no other disk file depends on it.
    static Status checkUsable(const QString &image, const QString &format, bool writable, ReportNode &report);
    // Disk files (in the image's real folder, the folders in it and beside it) that use image as
    // their backing or parent file, directly or through others: the tops of the chains, the disks
    // VMs use. VmChain::dependents(): read from their headers, never by running qemu-img on them.
    static QStringList dependentImages(const QString &image);

    // Starts qemu-storage-daemon with a FUSE export of image in dir (private session folder).
    // forceShare: read-only, without taking QEMU's lock (listing a file a VM may hold).
    static Result<VmExport> exportRaw(const QString &image, const QString &format, bool writable, bool forceShare,
                                      const QString &dir, ReportNode &report);
    // Flushes, stops the daemon and removes the export (after everything above it is closed).
    static Status release(const VmExport &exported, ReportNode &report);
    // The export a crashed run of ours left in a session folder: stops its daemon, unmounts the
    // export, removes the file. True when nothing of it is left.
    static bool releaseStale(const QString &sessionDir, ReportNode &report);
    // The file names inside a session folder.
    static QString exportFileName() { return QStringLiteral("vm-disk.raw"); }
    static QString pidFileName() { return QStringLiteral("vm-disk.pid"); }
};

}  // namespace ra
