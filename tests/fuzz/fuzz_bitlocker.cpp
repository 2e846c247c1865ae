// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for our BitLocker metadata parser and the key derivation helper process.
//
// One input is one FVE metadata block. The parser (volume header + metadata block) must never
// crash or read out of bounds; a block it accepts is placed, as all three copies, into an
// in-memory volume and handed to VolumeKeyDeriver::derive() with the startup key (.BEK) of the
// test image (no key stretching: fast), so libcryptsetup sees it in the helper process. The
// helper may crash on hostile metadata; our process must not, and must answer each time.
//
// Built two ways: with clang's libFuzzer (-DRA_LIBFUZZER=ON: LLVMFuzzerTestOneInput, run by
// hand for hours), and as a plain program (the default) with its own seeded mutator, run in CI
// for a short time: fuzz_bitlocker --seconds 60 IMAGE BEK. It prints the numbers: executions,
// blocks accepted, derivations, helper crashes and hangs survived.
//
// Two seeds (issue 21): the real block, and the same block with what Windows may write beside a
// recovery password — a smart card protector with entry and value kinds no parser knows, a
// protector of an unknown kind, an unknown top-level entry — which must parse and still open.

#include "fvemetadata.h"
#include "system/disk/bitlockermetadata.h"
#include "system/disk/volumekeyderiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>

using namespace ra;

namespace {

struct Seed {
    QByteArray header;       // first 4 KiB of the image
    qint64 offsets[3] = {0, 0, 0};
    qint64 size = 0;
    SecureBytes bek;
};
Seed g_seed;

struct Counts {
    qint64 execs = 0, accepted = 0, derived = 0, opened = 0, helperCrashes = 0, helperHangs = 0;
} g_counts;

void fuzzOne(const QByteArray &block)
{
    ++g_counts.execs;
    (void)BitLockerMetadata::parseVolumeHeader(block.left(512));
    auto info = BitLockerMetadata::parseMetadataBlock(block);
    if (!info || g_seed.size == 0)
        return;
    ++g_counts.accepted;
    const int fd = memfd_create("ra-fuzz", MFD_CLOEXEC);
    if (fd < 0 || ::ftruncate(fd, g_seed.size) != 0 || ::pwrite(fd, g_seed.header.constData(), g_seed.header.size(), 0) < 0) {
        if (fd >= 0)
            ::close(fd);
        return;
    }
    for (const qint64 at : g_seed.offsets)
        (void)!::pwrite(fd, block.constData(), block.size(), at);
    ReportNode report;
    const SecureBytes passphrase(g_seed.bek.data(), g_seed.bek.size());
    auto derived = VolumeKeyDeriver::derive(QStringLiteral("/proc/self/fd/%1").arg(fd), passphrase, {}, report);
    ::close(fd);
    ++g_counts.derived;
    if (derived)
        ++g_counts.opened;
    else if (derived.error().details.contains(QStringLiteral("died with signal")))
        ++g_counts.helperCrashes;
    else if (derived.error().details.contains(QStringLiteral("did not answer")))
        ++g_counts.helperHangs;
}

bool loadSeed(const QString &image, const QString &bekPath, QByteArray *block)
{
    QFile in(image);
    QFile bek(bekPath);
    if (!in.open(QIODevice::ReadOnly) || !bek.open(QIODevice::ReadOnly))
        return false;
    g_seed.header = in.read(4096);
    auto header = BitLockerMetadata::parseVolumeHeader(g_seed.header);
    if (!header)
        return false;
    for (int i = 0; i < 3; ++i)
        g_seed.offsets[i] = header->metadataOffsets[i];
    g_seed.size = in.size();
    const QByteArray key = bek.readAll();
    g_seed.bek = SecureBytes(key.constData(), std::size_t(key.size()));
    if (!in.seek(g_seed.offsets[0]))
        return false;
    *block = in.read(BitLockerMetadata::MetadataBlockSize);
    return block->size() == BitLockerMetadata::MetadataBlockSize;
}

void fixChecksum(QByteArray &block)
{
    const int size = qFromLittleEndian<quint16>(block.constData() + 8) * 16;
    if (size < 112 || size + 8 > block.size())
        return;
    qToLittleEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef *>(block.constData()), uInt(size))), block.data() + size + 4);
}

}  // namespace

#ifdef RA_LIBFUZZER
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The seed comes from the environment when run by hand: RA_FUZZ_IMAGE, RA_FUZZ_BEK.
    QByteArray block;
    if (!loadSeed(qEnvironmentVariable("RA_FUZZ_IMAGE"), qEnvironmentVariable("RA_FUZZ_BEK"), &block))
        g_seed.size = 0;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray block(reinterpret_cast<const char *>(data), qsizetype(qMin<size_t>(size, BitLockerMetadata::MetadataBlockSize)));
    if (block.size() >= 120)
        fixChecksum(block);  // so the entry parser and libcryptsetup see the mutations
    fuzzOne(block);
    return 0;
}
#else
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int seconds = 30;
    if (args.size() >= 2 && args.first() == QLatin1String("--seconds")) {
        seconds = args.at(1).toInt();
        args = args.mid(2);
    }
    QByteArray original;
    if (args.size() != 2 || !loadSeed(args.at(0), args.at(1), &original)) {
        std::fprintf(stderr, "usage: fuzz_bitlocker [--seconds N] IMAGE BEK (a BitLocker image with a startup key)\n");
        return 2;
    }
    QByteArray extended = original;
    if (!ra::test::FveMetadata::appendEntries(extended, ra::test::FveMetadata::foreignEntries())
        || !BitLockerMetadata::parseMetadataBlock(extended)) {
        std::fprintf(stderr, "fuzz_bitlocker: the seed with unknown protectors does not parse\n");
        return 1;
    }
    const QList<QByteArray> seeds = {original, extended};
    QRandomGenerator random(291);
    QElapsedTimer timer;
    timer.start();
    qint64 round = 0;
    while (timer.elapsed() < qint64(seconds) * 1000) {
        const QByteArray &seed = seeds[int(round++ % seeds.size())];
        // The used part of the block: its block size and the validation record after it.
        const int interesting = qMin<int>(qFromLittleEndian<quint16>(seed.constData() + 8) * 16 + 100, int(seed.size()) - 2);
        QByteArray block = seed;
        const int mutations = 1 + int(random.bounded(8));
        for (int m = 0; m < mutations; ++m) {
            const int at = int(random.bounded(interesting));
            switch (random.bounded(5)) {
            case 0: block[at] = char(block[at] ^ char(1 << random.bounded(8))); break;
            case 1: block[at] = char(random.bounded(256)); break;
            case 2: block[at] = char(0xff); block[at + 1] = char(0xff); break;
            case 3: block[at] = 0; block[at + 1] = 0; break;
            case 4: qToLittleEndian<quint16>(quint16(random.bounded(0x200)), block.data() + at); break;
            }
        }
        if (random.bounded(8) != 0)
            fixChecksum(block);
        fuzzOne(block);
    }
    std::printf("fuzz_bitlocker: %lld execs in %lld s, %lld blocks accepted by our parser, %lld derivations in the helper "
                "(%lld opened), %lld helper crashes and %lld helper hangs survived\n",
                g_counts.execs, timer.elapsed() / 1000, g_counts.accepted, g_counts.derived, g_counts.opened,
                g_counts.helperCrashes, g_counts.helperHangs);
    // The original block must still open: the fuzzer exercised the real path, not a dead end.
    for (const QByteArray &seed : seeds) {
        const qint64 before = g_counts.opened;
        fuzzOne(seed);
        if (g_counts.opened != before + 1) {
            std::fprintf(stderr, "fuzz_bitlocker: an unmutated seed did not open\n");
            return 1;
        }
    }
    return 0;
}
#endif
