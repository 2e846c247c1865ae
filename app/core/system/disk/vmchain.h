// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every file a VM disk file is made of, known from the headers (VmHeaders) before QEMU or
// qemu-img opens any of them: the file itself, its qcow2 external data file or VMDK extents, and
// the whole backing chain down to the base, each resolved through symlinks (realpath).
//
// The rule (issue 21): a disk file must never read or write another drive or a file elsewhere.
//   - A data file or an extent (written with the disk) must be a regular file in the same folder
//     as the file that names it.
//   - A backing file (only read) must be a regular file in the disk's folder, a folder in it or
//     a folder beside it: exactly where dependents() looks for overlays, so that the base of
//     every chain we accept is also refused for writing while its overlays exist (Proxmox keeps a
//     linked clone in images/<vm id>/ and its base in images/<template id>/).
//   A device, anything not a regular file (missing, a folder, a FIFO, a name QEMU would read as a
//   protocol such as "nbd:" or "json:") or a file outside those folders: BadInput, one sentence
//   naming the file and why. A chain that comes back to one of its files, or longer than
//   MaxChainLength: Unsupported (damaged). A VHD/VHDX differencing disk: Unsupported (QEMU cannot
//   open those), after its parent passed the same rule.
//
// QEMU is then told exactly these files (VmImage pins every node: explicit "backing" and
// "data-file" references, "backing": null at the base), so it opens nothing that was not checked.
// QEMU's blockdev schema has no way to hand over a VMDK's extents: the vmdk driver opens the
// names in the descriptor itself, which is why they are checked here, with the same resolution
// QEMU uses (relative to the descriptor's folder).

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ra {

struct VmChainLink {
    QString path;         // resolved (realpath)
    QString format;       // QEMU driver: "qcow2", "vmdk", "vpc", "vhdx", "raw" (a base only)
    QString dataFile;     // qcow2 external data file, resolved; empty when none
    QStringList extents;  // VMDK extents other than the file itself, resolved
};

class VmChain {
    Q_DECLARE_TR_FUNCTIONS(VmChain)

public:
    static constexpr int MaxChainLength = 16;

    // The chain of image (any path; resolved first) of the given driver, top first.
    static Result<VmChain> resolve(const QString &image, const QString &format);

    const QList<VmChainLink> &links() const { return m_links; }
    const VmChainLink &top() const { return m_links.first(); }
    // Every file of the chain (top first); written: only those QEMU writes (the top, its data
    // file, its extents).
    QStringList files() const;
    QStringList writtenFiles() const;

    // Disk files (in the image's real folder, the folders in it and beside it) that use image as
    // their backing or parent file, directly or through others: the tops of the chains, the disks
    // VMs use. Read from their headers, never by opening them with QEMU.
    static QStringList dependents(const QString &image);

private:
    QList<VmChainLink> m_links;
};

}  // namespace ra
