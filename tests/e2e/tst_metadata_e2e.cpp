// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: BitLocker metadata as Windows writes it and as it breaks, through the CLI.
//
// - A smart card protector beside the recovery password (and a protector and an entry of kinds
//   no parser knows): `scan` names the recovery Key ID and the other protectors, `fix` with the
//   recovery key opens and fixes the volume. Built from a real test volume: the entries are
//   added to its three metadata copies (sizes, validation record and CRC-32 kept right).
// - 48 crafted mutations of real metadata (truncated headers, sizes past the end, bad offsets,
//   checksums wrong in 1, 2 or 3 copies, no protectors, huge entry counts…): `scan` and `fix`
//   exit 4 ("damaged or unsupported volume") with one sentence, or 0 where one intact copy
//   remains. Never 1, never a crash.

#include "e2esupport.h"
#include "fvemetadata.h"

#include <QtEndian>

using namespace ra;
using ra::test::FveMetadata;
using ra::test::TestVolumes;

namespace {

using Mutation = std::function<bool(const QString &image)>;

struct Run {
    int code = -1;
    QString out;
    QString err;
};

bool patchFile(const QString &path, qint64 at, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(at) && file.write(bytes) == bytes.size();
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le64(quint64 v)
{
    QByteArray b(8, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

// Applies edit to the copies whose bit is set in mask (1: first, 2: second, 4: third); the
// CRC-32 is repaired afterwards when repair is set, so the entry parser sees the change.
Mutation blockEdit(int mask, bool repair, const std::function<void(QByteArray &)> &edit)
{
    return [=](const QString &image) {
        return FveMetadata::editCopies(image, [&](QByteArray &block, int copy) {
            if (!(mask & (1 << copy)))
                return;
            edit(block);
            if (repair)
                FveMetadata::fixChecksum(block);
        });
    };
}

qsizetype blockSizeOf(const QByteArray &block)
{
    return qsizetype(qFromLittleEndian<quint16>(block.constData() + 8)) * 16;
}

// Sets the u16 at the start of the entry number n (0: description, 1: first VMK…).
void setEntryField(QByteArray &block, int n, int field, quint16 value)
{
    qsizetype at = 112;
    for (int i = 0; i < n; ++i)
        at += qFromLittleEndian<quint16>(block.constData() + at);
    qToLittleEndian(value, block.data() + at + field);
}

// Offset of the first nested property inside the first VMK (entry 1).
qsizetype firstVmkProperty(const QByteArray &block)
{
    return 112 + qFromLittleEndian<quint16>(block.constData() + 112) + 36;
}

}  // namespace

class TestMetadataE2E : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void smartCardBesideRecoveryPassword();
    void mutations_data();
    void mutations();

private:
    Run cli(const QStringList &args, const QByteArray &input = {}) const;
    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestMetadataE2E::initTestCase()
{
    RA_REQUIRE_E2E_ENVIRONMENT();
    QVERIFY(QFileInfo::exists(ra::test::cliProgram()));
    m_work = std::make_unique<QTemporaryDir>(QDir::currentPath() + QStringLiteral("/meta-work-XXXXXX"));
    QVERIFY(m_work->isValid());
}

void TestMetadataE2E::init()
{
    m_home = std::make_unique<QTemporaryDir>(m_work->filePath(QStringLiteral("home-XXXXXX")));
}

void TestMetadataE2E::cleanup()
{
    const QStringList left = ra::test::leftovers(m_work->path()) + ra::test::leftovers(m_runtime.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral("; "))));
    for (const QString &file : QDir(m_work->path()).entryList(QDir::Files))
        QFile::remove(m_work->filePath(file));
}

Run TestMetadataE2E::cli(const QStringList &args, const QByteArray &input) const
{
    QProcess p;
    ra::test::startCli(p, args, input, m_home->path(), m_runtime.path());
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return {-3, {}, QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestMetadataE2E::smartCardBesideRecoveryPassword()
{
    const auto image = TestVolumes::image(QStringLiteral("bitlk-aes-xts-128"));
    auto path = TestVolumes::builtVolumeCopy(image.name, m_work->path());
    QVERIFY2(path.ok(), qPrintable(path ? QString() : path.error().details));
    QVERIFY(FveMetadata::editCopies(path.value(), [](QByteArray &block, int) {
        QVERIFY(FveMetadata::appendEntries(block, FveMetadata::foreignEntries()));
    }));

    const Run scan = cli({QStringLiteral("scan"), path.value()});
    QVERIFY2(scan.code == 0, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(scan.code).arg(scan.out, scan.err)));
    const QString keyId = image.recoveryGuid.left(8).toUpper();
    QVERIFY2(scan.out.contains(keyId, Qt::CaseInsensitive), qPrintable(scan.out));
    QVERIFY2(scan.out.contains(QLatin1String("smart card")), qPrintable(scan.out));
    QVERIFY2(scan.out.contains(QLatin1String("unknown protector type 0x4000")), qPrintable(scan.out));
    QVERIFY2(!scan.out.contains(QLatin1String("damaged")) && !scan.err.contains(QLatin1String("damaged")), qPrintable(scan.out + scan.err));

    const Run fix = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin"), QStringLiteral("--quarantine"),
                         m_work->filePath(QStringLiteral("quarantine")), QStringLiteral("--json")},
                        image.recoveryKey.toLatin1() + '\n');
    QVERIFY2(fix.code == 0, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(fix.code).arg(fix.out, fix.err)));
    QCOMPARE(QJsonDocument::fromJson(fix.out.toUtf8()).object().value(QStringLiteral("outcome")).toString(), QStringLiteral("fixed"));
    QVERIFY(!fix.out.contains(image.recoveryKey) && !fix.err.contains(image.recoveryKey));
}

void TestMetadataE2E::mutations_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<int>("expected");  // 4: damaged/unsupported; 0: one intact copy remains
    QTest::addColumn<int>("scanExpected");  // the same, but 0 where nothing says BitLocker any more
    auto header = [](qint64 at, const QByteArray &bytes) -> Mutation {
        return [=](const QString &image) { return patchFile(image, at, bytes); };
    };
    auto offsets = [](quint64 a, quint64 b, quint64 c, bool keepFirst) -> Mutation {
        return [=](const QString &image) {
            const QList<qint64> real = FveMetadata::copyOffsets(image);
            return real.size() == 3
                && patchFile(image, 176, le64(keepFirst ? quint64(real[0]) : a) + le64(b) + le64(c));
        };
    };
    auto cut = [](int copy, qint64 plus) -> Mutation {
        return [=](const QString &image) {
            const QList<qint64> real = FveMetadata::copyOffsets(image);
            return real.size() == 3 && QFile::resize(image, real[copy] + plus);
        };
    };
    const quint64 huge = quint64(1) << 50;
    // The volume header (first sector).
    // Nothing says BitLocker any more: scan lists an unknown volume (0), fix refuses it (4).
    QTest::newRow("01 header: no signature") << header(3, QByteArray(8, 'X')) << 4 << 0;
    QTest::newRow("02 header: Vista boot code") << header(0, QByteArrayLiteral("\xeb\x52\x90")) << 4 << 4;
    QTest::newRow("03 header: unknown BitLocker GUID") << header(160, QByteArray(16, '\x01')) << 4 << 4;
    QTest::newRow("04 header: sector size 1024") << header(11, le16(1024)) << 4 << 4;
    QTest::newRow("05 header: sector size 1") << header(11, le16(1)) << 4 << 4;
    QTest::newRow("06 header: offsets all zero") << offsets(0, 0, 0, false) << 4 << 4;
    QTest::newRow("07 header: offsets past the end") << offsets(huge, huge + 1, huge + 2, false) << 4 << 4;
    QTest::newRow("08 header: offsets negative") << offsets(~quint64(0), ~quint64(0) - 1, quint64(1) << 63, false) << 4 << 4;
    QTest::newRow("09 header: offsets at byte 1") << offsets(1, 1, 1, false) << 4 << 4;
    QTest::newRow("10 header: offsets 8 bytes before the end") << offsets(104857592, 104857592, 104857592, false) << 4 << 4;
    // The metadata reads (scan 0), but dislocker needs every offset of the header: fix says the
    // drive holds no NTFS (4), one sentence.
    QTest::newRow("11 header: only the first offset valid") << offsets(0, 0, 0, true) << 4 << 0;
    QTest::newRow("12 header: two offsets past the end") << offsets(0, huge, huge, true) << 0 << 0;
    // Truncated images.
    QTest::newRow("13 cut: inside the first copy's block header") << cut(0, 40) << 4 << 4;
    QTest::newRow("14 cut: inside the first copy's entries") << cut(0, 300) << 4 << 4;
    QTest::newRow("15 cut: before the first copy") << cut(0, -4096) << 4 << 4;
    // Checksum wrong (one flipped byte in the description) in 1, 2 or 3 copies.
    auto flip = [](QByteArray &b) { b[0x80] = char(b[0x80] ^ 0x20); };
    QTest::newRow("16 crc: first copy") << blockEdit(1, false, flip) << 0 << 0;
    QTest::newRow("17 crc: second copy") << blockEdit(2, false, flip) << 0 << 0;
    QTest::newRow("18 crc: first and second") << blockEdit(3, false, flip) << 0 << 0;
    QTest::newRow("19 crc: second and third") << blockEdit(6, false, flip) << 0 << 0;
    QTest::newRow("20 crc: all three") << blockEdit(7, false, flip) << 4 << 4;
    // Block header fields, CRC repaired (all three copies unless said).
    QTest::newRow("21 block: no signature") << blockEdit(7, true, [](QByteArray &b) { b.replace(0, 8, "-FVE-XX-"); }) << 4 << 4;
    QTest::newRow("22 block: version 1") << blockEdit(7, true, [](QByteArray &b) { b.replace(10, 2, le16(1)); }) << 4 << 4;
    QTest::newRow("23 block: version 3") << blockEdit(7, true, [](QByteArray &b) { b.replace(10, 2, le16(3)); }) << 4 << 4;
    QTest::newRow("24 block: version 0xffff") << blockEdit(7, false, [](QByteArray &b) { b.replace(10, 2, le16(0xffff)); }) << 4 << 4;
    QTest::newRow("25 block: size 0") << blockEdit(7, false, [](QByteArray &b) { b.replace(8, 2, le16(0)); }) << 4 << 4;
    QTest::newRow("26 block: size below the headers") << blockEdit(7, false, [](QByteArray &b) { b.replace(8, 2, le16(6)); }) << 4 << 4;
    QTest::newRow("27 block: size past 64 KiB") << blockEdit(7, false, [](QByteArray &b) { b.replace(8, 2, le16(0xffff)); }) << 4 << 4;
    QTest::newRow("28 block: size 64 KiB exactly") << blockEdit(7, false, [](QByteArray &b) { b.replace(8, 2, le16(4096)); }) << 4 << 4;
    QTest::newRow("29 block: validation record size 0") << blockEdit(7, false, [](QByteArray &b) { b.replace(blockSizeOf(b), 2, le16(0)); }) << 4 << 4;
    QTest::newRow("30 block: validation version 9") << blockEdit(7, false, [](QByteArray &b) { b.replace(blockSizeOf(b) + 2, 2, le16(9)); }) << 4 << 4;
    QTest::newRow("31 block: size 2 copies wrong") << blockEdit(3, false, [](QByteArray &b) { b.replace(8, 2, le16(0xffff)); }) << 0 << 0;
    // The metadata header: its size against the block.
    QTest::newRow("32 metadata: size 0") << blockEdit(7, true, [](QByteArray &b) { b.replace(64, 4, le32(0)); }) << 4 << 4;
    QTest::newRow("33 metadata: size 47") << blockEdit(7, true, [](QByteArray &b) { b.replace(64, 4, le32(47)); }) << 4 << 4;
    QTest::newRow("34 metadata: size past the block") << blockEdit(7, true, [](QByteArray &b) { b.replace(64, 4, le32(0x10000)); }) << 4 << 4;
    QTest::newRow("35 metadata: size 4 GiB") << blockEdit(7, true, [](QByteArray &b) { b.replace(64, 4, le32(0xffffffff)); }) << 4 << 4;
    QTest::newRow("36 metadata: unknown encryption method") << blockEdit(7, true, [](QByteArray &b) { b.replace(64 + 36, 2, le16(0x9999)); }) << 4 << 4;
    // Entries: sizes past the end, zero protectors, huge entry counts, nested damage.
    QTest::newRow("37 entry: first entry past the end") << blockEdit(7, true, [](QByteArray &b) { setEntryField(b, 0, 0, 0xfff0); }) << 4 << 4;
    QTest::newRow("38 entry: size 1") << blockEdit(7, true, [](QByteArray &b) { setEntryField(b, 1, 0, 1); }) << 4 << 4;
    QTest::newRow("39 entry: size 7") << blockEdit(7, true, [](QByteArray &b) { setEntryField(b, 1, 0, 7); }) << 4 << 4;
    QTest::newRow("40 entry: VMK shorter than its fixed part") << blockEdit(7, true, [](QByteArray &b) { setEntryField(b, 1, 0, 20); }) << 4 << 4;
    QTest::newRow("41 entry: zero protectors") << blockEdit(7, true, [](QByteArray &b) {
        qsizetype at = 112;
        for (int i = 0; i < 8 && at + 8 < blockSizeOf(b); ++i) {
            const quint16 size = qFromLittleEndian<quint16>(b.constData() + at);
            if (size == 0)
                break;
            if (qFromLittleEndian<quint16>(b.constData() + at + 2) == 2)
                b.replace(at + 2, 2, le16(0x00ee));
            at += size;
        }
    }) << 4 << 4;
    QTest::newRow("42 entry: 7000 entries, none a protector") << blockEdit(7, true, [](QByteArray &b) {
        QByteArray many;
        for (int i = 0; i < 7000; ++i)
            many += FveMetadata::entry(0x00ee, 0x0000, {});
        b.replace(64, 4, le32(48));  // no entries, then 7000 of a kind nobody knows
        QVERIFY(FveMetadata::appendEntries(b, many));
    }) << 4 << 4;
    QTest::newRow("43 nested: property past the VMK") << blockEdit(7, true, [](QByteArray &b) { b.replace(firstVmkProperty(b), 2, le16(0x4000)); }) << 4 << 4;
    QTest::newRow("44 nested: property of 3 bytes") << blockEdit(7, true, [](QByteArray &b) { b.replace(firstVmkProperty(b), 2, le16(3)); }) << 4 << 4;
    QTest::newRow("45 nested: stretch key of 12 bytes") << blockEdit(7, true, [](QByteArray &b) { b.replace(firstVmkProperty(b), 2, le16(12)); }) << 4 << 4;
    QTest::newRow("46 FVEK: encrypted key of 16 bytes") << blockEdit(7, true, [](QByteArray &b) {
        qsizetype at = 112;
        while (at + 8 < blockSizeOf(b) && qFromLittleEndian<quint16>(b.constData() + at + 2) != 3)
            at += qMax<quint16>(8, qFromLittleEndian<quint16>(b.constData() + at));
        b.replace(at, 2, le16(16));
    }) << 4 << 4;
    QTest::newRow("47 entry: nested damage in 2 copies") << blockEdit(3, true, [](QByteArray &b) { b.replace(firstVmkProperty(b), 2, le16(0x4000)); }) << 0 << 0;
    QTest::newRow("48 zeroed: all three blocks") << blockEdit(7, false, [](QByteArray &b) { b.fill('\0'); }) << 4 << 4;
}

void TestMetadataE2E::mutations()
{
    QFETCH(Mutation, mutation);
    QFETCH(int, expected);
    QFETCH(int, scanExpected);
    const auto image = TestVolumes::image(QStringLiteral("bitlk-aes-xts-128"));
    auto path = TestVolumes::builtVolumeCopy(image.name, m_work->path());
    QVERIFY2(path.ok(), qPrintable(path ? QString() : path.error().details));
    QVERIFY(mutation(path.value()));

    const Run scan = cli({QStringLiteral("scan"), path.value()});
    const Run fix = cli({QStringLiteral("fix"), path.value(), QStringLiteral("--key-stdin"), QStringLiteral("--quarantine"),
                         m_work->filePath(QStringLiteral("quarantine"))},
                        image.recoveryKey.toLatin1() + '\n');
    const QString both = QStringLiteral("scan: exit %1, fix: exit %2\n%3\n%4\n%5").arg(scan.code).arg(fix.code).arg(scan.out, scan.err, fix.err);
    QVERIFY2(scan.code == scanExpected && fix.code == expected, qPrintable(both));
    for (const Run &run : {scan, fix}) {
        QVERIFY2(!run.out.contains(image.recoveryKey) && !run.err.contains(image.recoveryKey), qPrintable(both));
        if (run.code == 4) {
            // One sentence on stderr, ending with a full stop.
            const QStringList lines = run.err.trimmed().split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(lines.size() == 1 && lines.first().endsWith(u'.'), qPrintable(both));
        }
    }
}

QTEST_GUILESS_MAIN(TestMetadataE2E)
#include "tst_metadata_e2e.moc"
