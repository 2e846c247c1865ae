// SPDX-License-Identifier: GPL-3.0-or-later
// Which volume of a whole disk holds Windows: the layouts Windows makes.

#include "domain/volume.h"

#include <QTest>

using namespace ra;

namespace {

VolumeInfo part(int number, VolumeKind kind, const QString &type, const QString &label = {})
{
    VolumeInfo v;
    v.partitionNumber = number;
    v.kind = kind;
    v.partitionType = type;
    v.label = label;
    return v;
}

const QString kRecovery = QStringLiteral("de94bba4-06d1-4d40-a16a-bfd50179d6ac");
const QString kBasic = QStringLiteral("ebd0a0a2-b9e5-4433-87c0-68b6b72699c7");

}  // namespace

class TestVolumeChoice : public QObject {
    Q_OBJECT

private slots:
    void gptRecoveryFirstPicksBitLocker()
    {
        const QList<VolumeInfo> disk = {part(1, VolumeKind::Ntfs, kRecovery, QStringLiteral("Recovery")),
                                        part(2, VolumeKind::Fat, QStringLiteral("c12a7328-f81f-11d2-ba4b-00a0c93ec93b")),
                                        part(3, VolumeKind::Unknown, QStringLiteral("e3c9e316-0b5c-4db8-817d-f92df00215ae")),
                                        part(4, VolumeKind::BitLocker, kBasic)};
        QCOMPARE(windowsCandidates(disk), QList<int>{3});
    }
    void mbrSystemReservedFirstPicksBitLocker()
    {
        const QList<VolumeInfo> disk = {part(1, VolumeKind::Ntfs, QStringLiteral("0x7"), QStringLiteral("System Reserved")),
                                        part(2, VolumeKind::BitLocker, QStringLiteral("0x7"))};
        QCOMPARE(windowsCandidates(disk), QList<int>{1});
    }
    void unencryptedDiskSkipsRecoveryAndSystemReserved()
    {
        const QList<VolumeInfo> disk = {part(1, VolumeKind::Ntfs, QStringLiteral("0x7"), QStringLiteral("System Reserved")),
                                        part(2, VolumeKind::Ntfs, QStringLiteral("0x7"), QStringLiteral("Windows")),
                                        part(3, VolumeKind::Ntfs, QStringLiteral("0x27"))};
        QCOMPARE(windowsCandidates(disk), QList<int>{1});
    }
    void severalCandidatesAreAllNamed()
    {
        const QList<VolumeInfo> disk = {part(1, VolumeKind::BitLocker, kBasic), part(2, VolumeKind::BitLocker, kBasic)};
        QCOMPARE(windowsCandidates(disk), (QList<int>{0, 1}));
    }
    void onlyRecoveryMeansNone()
    {
        QVERIFY(windowsCandidates({part(1, VolumeKind::Ntfs, kRecovery)}).isEmpty());
        QVERIFY(windowsCandidates({part(1, VolumeKind::Fat, {})}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVolumeChoice)
#include "tst_volumechoice.moc"
