// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitlockerimages.h"
#include "fvemetadata.h"
#include "testsupport.h"

#include "system/disk/bitlockermetadata.h"
#include "system/disk/blockfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <cerrno>

#include <sys/wait.h>
#include <unistd.h>

using namespace ra;

namespace {

// What `cryptsetup bitlkDump` prints about one volume.
struct Dump {
    bool toGo = false;
    int version = 0;
    QString guid;
    int sectorSize = 0;
    qint64 volumeSize = 0;
    QString cipherMode;
    int keyBits = 0;
    QList<QPair<QString, QString>> vmks;  // GUID, "VMK protected with …"
};

Dump bitlkDump(const QString &image, QString *error)
{
    Dump dump;
    QProcess process;
    process.start(QStringLiteral("cryptsetup"), {QStringLiteral("bitlkDump"), image});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return dump;
    }
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    bool inVmk = false;
    for (const QString &line : lines) {
        const QString key = line.section(u':', 0, 0).trimmed();
        const QString value = line.section(u':', 1).trimmed();
        if (line.startsWith(QLatin1String("Info for BITLK")))
            dump.toGo = line.contains(QLatin1String("To Go"));
        else if (!line.startsWith(u'\t') && key == QLatin1String("Version"))
            dump.version = value.toInt();
        else if (!line.startsWith(u'\t') && key == QLatin1String("GUID"))
            dump.guid = value;
        else if (key == QLatin1String("Sector size"))
            dump.sectorSize = value.section(u' ', 0, 0).toInt();
        else if (key == QLatin1String("Volume size"))
            dump.volumeSize = value.section(u' ', 0, 0).toLongLong();
        else if (key == QLatin1String("Cipher mode") && dump.cipherMode.isEmpty())
            dump.cipherMode = value;
        else if (key == QLatin1String("Cipher key"))
            dump.keyBits = value.section(u' ', 0, 0).toInt();
        else if (!line.startsWith(u'\t') && line.contains(QLatin1String(": VMK")))
            inVmk = true;
        else if (!line.startsWith(u'\t') && line.contains(QRegularExpression(QStringLiteral("^ *\\d+: "))))
            inVmk = false;
        else if (inVmk && key == QLatin1String("GUID"))
            dump.vmks.append({value, QString()});
        else if (inVmk && key == QLatin1String("Protection") && !dump.vmks.isEmpty())
            dump.vmks.last().second = value;
    }
    return dump;
}

// cryptsetup's cipher mode and key size (both XTS halves, or key + Elephant tweak key) in
// BitLocker's words.
QString methodFromCryptsetup(const QString &mode, int keyBits)
{
    if (mode == QLatin1String("xts-plain64"))
        return QStringLiteral("XTS-AES %1").arg(keyBits / 2);
    if (mode == QLatin1String("cbc-eboiv"))
        return QStringLiteral("AES-CBC %1").arg(keyBits);
    if (mode == QLatin1String("cbc-elephant"))
        return QStringLiteral("AES-CBC %1 + Elephant diffuser").arg(keyBits / 2);
    return mode;
}

ProtectorType typeFromCryptsetup(const QString &protection)
{
    static const QList<QPair<QString, ProtectorType>> map = {
        {QStringLiteral("VMK protected with clear key"), ProtectorType::ClearKey},
        {QStringLiteral("VMK protected with TPM and PIN"), ProtectorType::TpmAndPin},
        {QStringLiteral("VMK protected with TPM"), ProtectorType::Tpm},
        {QStringLiteral("VMK protected with startup key"), ProtectorType::StartupKey},
        {QStringLiteral("VMK protected with recovery passphrase"), ProtectorType::RecoveryPassword},
        {QStringLiteral("VMK protected with passphrase"), ProtectorType::Password},
        {QStringLiteral("VMK protected with smart card"), ProtectorType::SmartCard},
    };
    for (const auto &[text, type] : map)
        if (protection == text)
            return type;
    return ProtectorType::Unknown;
}

QByteArray readBytes(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(length);
}

bool writeBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

// The byte offsets of the three metadata copies of a (non-To-Go) image.
QList<qint64> metadataOffsets(const QString &image)
{
    const QByteArray header = readBytes(image, 176, 24);
    QList<qint64> offsets;
    for (int i = 0; i + 8 <= header.size(); i += 8)
        offsets.append(qFromLittleEndian<qint64>(header.constData() + i));
    return offsets;
}

void fixChecksum(QByteArray &block)
{
    const qsizetype size = qsizetype(qFromLittleEndian<quint16>(block.constData() + 8)) * 16;
    if (size < 112 || size + 8 > block.size())
        return;
    const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(block.constData()), uInt(size)));
    qToLittleEndian(crc, block.data() + size + 4);
}

bool haveCryptsetup()
{
    return !QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty();
}

}  // namespace

class TestBitLockerMetadata : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesImagesConf_data();
    void matchesImagesConf();
    void agreesWithCryptsetup_data();
    void agreesWithCryptsetup();
    void damagedCopiesAreSkipped();
    void allCopiesDamaged();
    void sectorSizeFromHeader_data();
    void sectorSizeFromHeader();
    void bitLockerToGo();
    void notBitLocker();
    void missingDevice();
    void permissionDenied();
    void errorKindsForErrno_data();
    void errorKindsForErrno();
    void truncatedImage();
    void protectionCodes();
    void unknownProtectorsAreListed();
    void fuzzMetadataBlock();
    void fuzzVolumeHeader();

private:
    QTemporaryDir m_scratch;
};

void TestBitLockerMetadata::initTestCase()
{
    QVERIFY(m_scratch.isValid());
}

void TestBitLockerMetadata::matchesImagesConf_data()
{
    test::addBitLockerImageRows();
}

void TestBitLockerMetadata::matchesImagesConf()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    QFETCH(QString, name);
    QVERIFY2(!name.isEmpty(), "images.conf lists no images");
    const QMap<QString, QString> conf = test::bitlockerImagesConf().value(name);
    const QString image = test::bitlockerImage(name);
    QVERIFY2(!image.isEmpty(), qPrintable(name));

    const auto info = BitLockerMetadata::read(image);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message + u' ' + info.error().details));
    QCOMPARE(info->volumeGuid, QUuid::fromString(conf.value(QStringLiteral("GUID"))));
    QCOMPARE(info->version, 2);
    QCOMPARE(info->sectorSize, 512);
    QVERIFY(!info->toGo);
    QCOMPARE(info->encryptionMethod.startsWith(QLatin1String("AES-CBC")),
             conf.value(QStringLiteral("CIPHER")).startsWith(QLatin1String("aes-cbc")));
    QCOMPARE(info->encryptOnWrite, name.endsWith(QLatin1String("-eow")));
    QCOMPARE(info->damagedMetadataCopies, name.endsWith(QLatin1String("-crc")) ? 2 : 0);
    QVERIFY(info->fullyEncrypted);
    QVERIFY(info->created.isValid());

    const QList<QPair<QString, ProtectorType>> expected = {
        {QStringLiteral("RP_VMK_GUID"), ProtectorType::RecoveryPassword},
        {QStringLiteral("RP2_VMK_GUID"), ProtectorType::RecoveryPassword},
        {QStringLiteral("PW_VMK_GUID"), ProtectorType::Password},
        {QStringLiteral("SK_VMK_GUID"), ProtectorType::StartupKey},
        {QStringLiteral("CLEARKEY_VMK_GUID"), ProtectorType::ClearKey},
    };
    QList<ProtectorId> recovery;
    for (const auto &[key, type] : expected) {
        const QString guid = conf.value(key);
        if (guid.isEmpty())
            continue;
        const auto id = ProtectorId::parse(guid);
        QVERIFY2(id, qPrintable(key));
        const auto found = std::find_if(info->protectors.cbegin(), info->protectors.cend(),
                                        [&](const KeyProtector &p) { return p.id == *id; });
        QVERIFY2(found != info->protectors.cend(), qPrintable(key + QStringLiteral(" missing")));
        QCOMPARE(found->type, type);
        if (type == ProtectorType::RecoveryPassword)
            recovery.append(*id);
    }
    QCOMPARE(info->recoveryIds(), recovery);
    QCOMPARE(info->hasClearKey(), conf.contains(QStringLiteral("CLEARKEY_VMK_GUID")));
}

void TestBitLockerMetadata::agreesWithCryptsetup_data()
{
    matchesImagesConf_data();
}

void TestBitLockerMetadata::agreesWithCryptsetup()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    if (!haveCryptsetup()) {
        if (test::requireE2E())
            QFAIL("cryptsetup is not installed");
        QSKIP("cryptsetup is not installed");
    }
    QFETCH(QString, name);
    const QString image = test::bitlockerImage(name);
    QString error;
    const Dump dump = bitlkDump(image, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto info = BitLockerMetadata::read(image);
    QVERIFY(info);

    QCOMPARE(info->version, dump.version);
    QCOMPARE(info->volumeGuid, QUuid::fromString(dump.guid));
    QCOMPARE(info->sectorSize, dump.sectorSize);
    QCOMPARE(info->volumeSize, dump.volumeSize);
    QCOMPARE(info->toGo, dump.toGo);
    QCOMPARE(info->encryptionMethod, methodFromCryptsetup(dump.cipherMode, dump.keyBits));
    QCOMPARE(info->protectors.size(), dump.vmks.size());
    for (qsizetype i = 0; i < dump.vmks.size(); ++i) {
        QCOMPARE(info->protectors[i].id.uuid(), QUuid::fromString(dump.vmks[i].first));
        QCOMPARE(info->protectors[i].type, typeFromCryptsetup(dump.vmks[i].second));
    }
}

// bitlk-aes-xts-128-crc is bitlk-aes-xts-128 with a flipped bit in the description of the
// first two metadata copies: the third copy is used, so the description is the real one.
void TestBitLockerMetadata::damagedCopiesAreSkipped()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const auto good = BitLockerMetadata::read(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128")));
    const auto crc = BitLockerMetadata::read(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128-crc")));
    QVERIFY(good);
    QVERIFY(crc);
    QCOMPARE(good->description, QStringLiteral("DESKTOP-NPM7RCA H: 7/4/2019"));
    QCOMPARE(crc->description, good->description);
    QCOMPARE(crc->damagedMetadataCopies, 2);
    QCOMPARE(good->damagedMetadataCopies, 0);
    QCOMPARE(crc->recoveryIds(), good->recoveryIds());
}

void TestBitLockerMetadata::allCopiesDamaged()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString copy = m_scratch.filePath(QStringLiteral("all-damaged.img"));
    const QString source = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128-crc"));
    QVERIFY(test::copySparse(source, copy));
    const QList<qint64> offsets = metadataOffsets(copy);
    QCOMPARE(offsets.size(), 3);
    const QByteArray byte = readBytes(copy, offsets[2] + 0x80, 1);
    QVERIFY(writeBytes(copy, offsets[2] + 0x80, QByteArray(1, char(byte[0] ^ 0x20))));

    const auto info = BitLockerMetadata::read(copy);
    QVERIFY(!info);
    QCOMPARE(info.error().kind, ErrorKind::Unsupported);
    QCOMPARE(info.error().message, BitLockerMetadata::tr("The BitLocker metadata of this volume is damaged and cannot be read."));
    QVERIFY2(info.error().details.contains(QLatin1String("CRC-32")), qPrintable(info.error().details));
}

void TestBitLockerMetadata::sectorSizeFromHeader_data()
{
    QTest::addColumn<quint16>("field");
    QTest::addColumn<int>("expected");  // 0: refused
    QTest::newRow("4096") << quint16(4096) << 4096;
    QTest::newRow("512") << quint16(512) << 512;
    QTest::newRow("0 means 512") << quint16(0) << 512;
    QTest::newRow("1024 refused") << quint16(1024) << 0;
}

// None of the images has 4096-byte sectors: the field in the volume header is patched; the
// metadata checksum does not cover the volume header, so the volume stays valid.
void TestBitLockerMetadata::sectorSizeFromHeader()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    QFETCH(quint16, field);
    QFETCH(int, expected);
    const QString copy = m_scratch.filePath(QStringLiteral("sector-%1.img").arg(field));
    QVERIFY(test::copySparse(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-256")), copy));
    QByteArray bytes(2, '\0');
    qToLittleEndian(field, bytes.data());
    QVERIFY(writeBytes(copy, 11, bytes));

    const auto info = BitLockerMetadata::read(copy);
    if (expected == 0) {
        QVERIFY(!info);
        QCOMPARE(info.error().kind, ErrorKind::Unsupported);
        return;
    }
    QVERIFY(info);
    QCOMPARE(info->sectorSize, expected);
    QCOMPARE(info->protectors.size(), 2);
    if (haveCryptsetup()) {
        QString error;
        QCOMPARE(bitlkDump(copy, &error).sectorSize, expected);
    }
}

// A BitLocker To Go volume starts with a FAT32 boot sector ("MSWIN4.1") and keeps the
// BitLocker identifier and metadata offsets at 424 instead of 160. Built from a real image.
void TestBitLockerMetadata::bitLockerToGo()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString copy = m_scratch.filePath(QStringLiteral("togo.img"));
    QVERIFY(test::copySparse(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), copy));
    const QByteArray identifierAndOffsets = readBytes(copy, 160, 40);
    QVERIFY(writeBytes(copy, 3, QByteArrayLiteral("MSWIN4.1")));
    QVERIFY(writeBytes(copy, 160, QByteArray(40, '\0')));
    QVERIFY(writeBytes(copy, 424, identifierAndOffsets));

    const auto info = BitLockerMetadata::read(copy);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().details));
    QVERIFY(info->toGo);
    QCOMPARE(info->recoveryIds().size(), 1);
    QCOMPARE(info->recoveryIds().first().shortId(), QStringLiteral("64311DEA"));
    if (haveCryptsetup()) {
        QString error;
        const Dump dump = bitlkDump(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(dump.toGo);
        QCOMPARE(QUuid::fromString(dump.guid), info->volumeGuid);
    }
}

void TestBitLockerMetadata::notBitLocker()
{
    const QString zeros = m_scratch.filePath(QStringLiteral("zeros.img"));
    QFile file(zeros);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(1024 * 1024));
    file.close();
    const auto info = BitLockerMetadata::read(zeros);
    QVERIFY(!info);
    QCOMPARE(info.error().kind, ErrorKind::Unsupported);
    QCOMPARE(info.error().message, BitLockerMetadata::tr("This volume is not encrypted with BitLocker."));

    const auto beyond = BitLockerMetadata::read(zeros, 2 * 1024 * 1024);
    QVERIFY(!beyond);
    QCOMPARE(beyond.error().kind, ErrorKind::Unsupported);
}

void TestBitLockerMetadata::missingDevice()
{
    const QString path = m_scratch.filePath(QStringLiteral("no-such-disk.img"));
    const auto info = BitLockerMetadata::read(path);
    QVERIFY(!info);
    QCOMPARE(info.error().kind, ErrorKind::NotFound);
    QVERIFY(info.error().message.contains(path));
    QVERIFY(info.error().message.endsWith(u'.'));
}

// An unprivileged user reading a disk gets NeedsAdmin. As root the check runs in a child
// process that drops to nobody first.
void TestBitLockerMetadata::permissionDenied()
{
    const QString path = m_scratch.filePath(QStringLiteral("private.img"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(1024 * 1024));
    file.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (geteuid() != 0) {
        const auto info = BitLockerMetadata::read(path);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, ErrorKind::NeedsAdmin);
        return;
    }
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        char kind = -1;
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            const auto info = BitLockerMetadata::read(path);
            kind = info ? char(100) : char(info.error().kind);
        }
        (void)!::write(fds[1], &kind, 1);
        ::_exit(0);
    }
    ::close(fds[1]);
    char kind = -2;
    QCOMPARE(::read(fds[0], &kind, 1), ssize_t(1));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY2(kind != -1, "could not switch to user nobody");
    QCOMPARE(ErrorKind(kind), ErrorKind::NeedsAdmin);
}

void TestBitLockerMetadata::errorKindsForErrno_data()
{
    QTest::addColumn<int>("errnum");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("ENOENT") << ENOENT << ErrorKind::NotFound;
    const ErrorKind denied = geteuid() == 0 ? ErrorKind::Failed : ErrorKind::NeedsAdmin;
    QTest::newRow("EACCES") << EACCES << denied;
    QTest::newRow("EPERM") << EPERM << denied;
    QTest::newRow("ENXIO") << ENXIO << ErrorKind::DeviceGone;
    QTest::newRow("ENODEV") << ENODEV << ErrorKind::DeviceGone;
    QTest::newRow("EIO") << EIO << ErrorKind::DeviceGone;
    QTest::newRow("EISDIR") << EISDIR << ErrorKind::BadInput;
    QTest::newRow("EMFILE") << EMFILE << ErrorKind::Failed;
}

void TestBitLockerMetadata::errorKindsForErrno()
{
    QFETCH(int, errnum);
    QFETCH(ErrorKind, kind);
    const Error error = BlockFile::errorFor(errnum, QStringLiteral("/dev/sdz"));
    QCOMPARE(error.kind, kind);
    QVERIFY(error.message.contains(QLatin1String("/dev/sdz")));
    QVERIFY(!error.details.isEmpty());
}

void TestBitLockerMetadata::truncatedImage()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString source = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    const QList<qint64> offsets = metadataOffsets(source);
    QCOMPARE(offsets.size(), 3);
    // Cut inside the volume header, inside the first copy, after it, inside the third copy:
    // never a crash, never a read past the end; the copies still complete are used.
    const QList<QPair<qint64, int>> cuts = {{256, -1}, {600, -1}, {offsets[0] + 100, -1},
                                            {offsets[0] + 70000, 2}, {offsets[2] + 500, 1}};
    for (const auto &[length, damagedCopies] : cuts) {
        const QString cut = m_scratch.filePath(QStringLiteral("cut-%1.img").arg(length));
        QVERIFY(test::copySparse(source, cut));
        QVERIFY(QFile::resize(cut, length));
        const auto info = BitLockerMetadata::read(cut);
        if (damagedCopies >= 0) {
            QVERIFY2(info, qPrintable(QString::number(length)));
            QCOMPARE(info->damagedMetadataCopies, damagedCopies);
        } else {
            QVERIFY2(!info, qPrintable(QString::number(length)));
            QCOMPARE(info.error().kind, ErrorKind::Unsupported);
        }
    }
}

void TestBitLockerMetadata::protectionCodes()
{
    QCOMPARE(BitLockerMetadata::protectorType(0x0000), ProtectorType::ClearKey);
    QCOMPARE(BitLockerMetadata::protectorType(0x0100), ProtectorType::Tpm);
    QCOMPARE(BitLockerMetadata::protectorType(0x0200), ProtectorType::StartupKey);
    QCOMPARE(BitLockerMetadata::protectorType(0x0300), ProtectorType::TpmAndStartupKey);
    QCOMPARE(BitLockerMetadata::protectorType(0x0500), ProtectorType::TpmAndPin);
    QCOMPARE(BitLockerMetadata::protectorType(0x0700), ProtectorType::TpmPinStartupKey);
    QCOMPARE(BitLockerMetadata::protectorType(0x0800), ProtectorType::RecoveryPassword);
    QCOMPARE(BitLockerMetadata::protectorType(0x1000), ProtectorType::SmartCard);
    QCOMPARE(BitLockerMetadata::protectorType(0x2000), ProtectorType::Password);
    QCOMPARE(BitLockerMetadata::protectorType(0x4242), ProtectorType::Unknown);
}

// Issue 21: a smart card protector (with entry and value kinds no parser knows), a protector of
// an unknown kind and an unknown top-level entry, added to all three copies of a real volume:
// listed, never "damaged"; cryptsetup reads the same metadata.
void TestBitLockerMetadata::unknownProtectorsAreListed()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString copy = m_scratch.filePath(QStringLiteral("smart-card.img"));
    QVERIFY(test::copySparse(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), copy));
    QVERIFY(test::FveMetadata::editCopies(copy, [](QByteArray &block, int) {
        QVERIFY(test::FveMetadata::appendEntries(block, test::FveMetadata::foreignEntries()));
    }));
    const auto info = BitLockerMetadata::read(copy);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().details));
    QCOMPARE(info->damagedMetadataCopies, 0);
    QCOMPARE(info->protectors.size(), 4);
    QCOMPARE(info->recoveryIds().size(), 1);
    QCOMPARE(info->recoveryIds().first().shortId(), QStringLiteral("64311DEA"));
    QCOMPARE(info->protectors[2].id.uuid(), test::FveMetadata::smartCardGuid());
    QCOMPARE(info->protectors[2].type, ProtectorType::SmartCard);
    QCOMPARE(info->protectors[2].displayName(), KeyProtector::typeName(ProtectorType::SmartCard));
    QCOMPARE(info->protectors[3].type, ProtectorType::Unknown);
    QCOMPARE(info->protectors[3].protection, quint16(0x4000));
    QVERIFY2(info->protectors[3].displayName().contains(QLatin1String("0x4000")), qPrintable(info->protectors[3].displayName()));
    if (haveCryptsetup()) {
        QString error;
        const Dump dump = bitlkDump(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(dump.vmks.size(), 4);
        QCOMPARE(typeFromCryptsetup(dump.vmks[2].second), ProtectorType::SmartCard);
    }
}

// Mutated copies of a real metadata block: bit flips, byte runs, size fields and truncation,
// half of them with a repaired checksum so the entry parser sees them. Bounded: a fixed seed
// and at most 200000 cases or 10 seconds. Asserts that nothing crashes and that every accepted
// block yields no more protectors than its entries can hold.
void TestBitLockerMetadata::fuzzMetadataBlock()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QString image = test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128-startup-key"));
    const QByteArray original = readBytes(image, metadataOffsets(image).value(0), BitLockerMetadata::MetadataBlockSize);
    QCOMPARE(original.size(), BitLockerMetadata::MetadataBlockSize);
    const auto reference = BitLockerMetadata::parseMetadataBlock(original);
    QVERIFY(reference);
    QCOMPARE(reference->protectors.size(), 3);

    QRandomGenerator random(291);
    QElapsedTimer timer;
    timer.start();
    int cases = 0;
    int accepted = 0;
    const int interesting = 1200;  // mutations stay mostly inside the used part of the block
    for (; cases < 200000 && timer.elapsed() < 10000; ++cases) {
        QByteArray block = original;
        const int mutations = 1 + int(random.bounded(8));
        for (int m = 0; m < mutations; ++m) {
            const int at = int(random.bounded(interesting));
            switch (random.bounded(4)) {
            case 0: block[at] = char(block[at] ^ char(1 << random.bounded(8))); break;
            case 1: block[at] = char(random.bounded(256)); break;
            case 2: block[at] = char(0xff); if (at + 1 < block.size()) block[at + 1] = char(0xff); break;
            case 3: block[at] = 0; if (at + 1 < block.size()) block[at + 1] = 0; break;
            }
        }
        if (random.bounded(2))
            fixChecksum(block);
        if (random.bounded(8) == 0)
            block.truncate(int(random.bounded(block.size())));
        const auto info = BitLockerMetadata::parseMetadataBlock(block);
        if (info) {
            ++accepted;
            QVERIFY(info->protectors.size() <= block.size() / 36);
        } else {
            QVERIFY(!info.error().message.isEmpty());
        }
    }
    qInfo("%d mutated metadata blocks in %lld ms, %d accepted", cases, timer.elapsed(), accepted);
    QVERIFY(cases >= 1000);
    QVERIFY(accepted > 0);
}

void TestBitLockerMetadata::fuzzVolumeHeader()
{
    RA_REQUIRE_BITLOCKER_IMAGES();
    const QByteArray original = readBytes(test::bitlockerImage(QStringLiteral("bitlk-aes-xts-128")), 0, 512);
    QVERIFY(BitLockerMetadata::parseVolumeHeader(original));
    QRandomGenerator random(19);
    for (int i = 0; i < 5000; ++i) {
        QByteArray sector = original;
        for (int m = 0; m < 4; ++m)
            sector[int(random.bounded(sector.size()))] = char(random.bounded(256));
        if (random.bounded(4) == 0)
            sector.truncate(int(random.bounded(sector.size())));
        const auto header = BitLockerMetadata::parseVolumeHeader(sector);
        if (header)
            QVERIFY(header->sectorSize == 512 || header->sectorSize == 4096);
    }
}

QTEST_GUILESS_MAIN(TestBitLockerMetadata)
#include "tst_bitlockermetadata.moc"
