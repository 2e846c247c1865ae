// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Windows boot configuration store (EFI/Microsoft/Boot/BCD on the EFI system partition) is
// a registry hive. It is read read-only with libhivex through RegistryHive, for one fact: a
// Safe Mode flag (element 25000080, "safeboot") left on the default boot loader object by an
// earlier repair attempt, which makes Windows start in Safe Mode every time.
//
// The EFI partition is FAT; the file is copied out of the partition with mtools (mcopy -i
// IMAGE@@OFFSET), so no kernel FAT driver, loop device or mount is needed.
#include "domain/case.h"
#include "domain/report.h"
#include "domain/result.h"
#include "domain/volume.h"
#include <QCoreApplication>

namespace ra {

struct SafeBootFlag {
    bool set = false;
    quint64 value = 0;          // 0 minimal, 1 network, 2 dsrepair
    QString defaultObject;      // the GUID of the default boot loader object
    QString valueName() const;  // "minimal", "network", "dsrepair"
};

class BcdStore {
    Q_DECLARE_TR_FUNCTIONS(BcdStore)
public:
    static constexpr const char *BootManagerObject = "{9dea862c-5cdd-4e70-acc1-f32b344d4795}";
    static constexpr const char *DefaultObjectElement = "23000003";  // BcdBootMgrObject_DefaultObject
    static constexpr const char *SafeBootElement = "25000080";       // BcdOSLoaderInteger_SafeBoot
    static constexpr const char *ClearCommand = "bcdedit /deletevalue {default} safeboot";

    // The flag on the default loader of the store in this hive file. NotFound when the hive has
    // no boot manager or default object; BadInput when it is not a hive.
    static Result<SafeBootFlag> readSafeBoot(const QString &hivePath);
    // The store of the whole disk that holds `device`: every FAT partition of it is asked for
    // EFI/Microsoft/Boot/BCD (mcopy). Ok(nullopt) when no partition holds a store.
    static Result<std::optional<SafeBootFlag>> readFromDisk(const QList<VolumeInfo> &volumes, const QString &device,
                                                            ReportNode &report);
    // When the flag is set: a report line and the next step that clears it, in both languages.
    static void addToCase(const SafeBootFlag &flag, Case &c);
};

}  // namespace ra
