// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the VM disk header parsers (VmHeaders: qcow2, VMDK, VHD, VHDX), issue 21.
//
// The seeds are real files made by qemu-img (the driver script makes them): a qcow2 with a
// backing file and an external data file, sparse and text-descriptor VMDKs, a VHD and a VHDX.
// First every seed is cut at every byte of the ranges the parser reads (a truncated header), then
// the bytes it reads are mutated at random for the given time. The parser must never crash, hang
// or read outside the bytes it got (the reader checks every request), and every unmutated seed
// must still parse with the files it names: the fuzzer exercised the real path.
//
// Built two ways, like fuzz_bitlocker: with clang's libFuzzer (-DRA_LIBFUZZER=ON: the input's
// first byte picks the format), and as a plain program with its own seeded mutator, run in CI:
// fuzz_vmheaders --seconds 30 FORMAT=FILE...
#include "system/disk/vmheaders.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QPair>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>

using namespace ra;

namespace {

struct Counts {
    qint64 execs = 0, accepted = 0, refused = 0, badReads = 0;
} g_counts;

using Ranges = QList<QPair<qint64, qint64>>;

// Parses bytes as format; the ranges the parser asked for go into read (when given).
bool parseOnce(const QString &format, const QByteArray &bytes, Ranges *read = nullptr)
{
    ++g_counts.execs;
    auto reader = [&](qint64 offset, qint64 length) -> QByteArray {
        if (length > 64 * 1024 * 1024 || offset < 0)
            ++g_counts.badReads;  // never asked: a length or offset taken from the file unchecked
        if (read && length > 0)
            read->append({offset, qMin<qint64>(length, 8192)});
        if (offset < 0 || length <= 0 || offset >= bytes.size())
            return {};
        return bytes.mid(qsizetype(offset), qsizetype(qMin<qint64>(length, bytes.size() - offset)));
    };
    auto parsed = VmHeaders::parse(format, bytes.size(), reader);
    if (parsed) {
        ++g_counts.accepted;
        for (const VmFileRef &ref : parsed->refs)
            (void)ref.name.size();
    } else {
        ++g_counts.refused;
        if (parsed.error().message.isEmpty())
            ++g_counts.badReads;  // a refusal must say something
    }
    return parsed.ok();
}

}  // namespace

#ifdef RA_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *formats[] = {"qcow2", "vmdk", "vpc", "vhdx"};
    if (size < 1)
        return 0;
    parseOnce(QString::fromLatin1(formats[data[0] % 4]), QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
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
    struct Seed {
        QString format;
        QByteArray bytes;
        Ranges hot;
        int refs = 0;
    };
    QList<Seed> seeds;
    for (const QString &arg : args) {
        const QString format = arg.section(u'=', 0, 0);
        QFile f(arg.section(u'=', 1));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz_vmheaders: cannot read %s\n", qPrintable(f.fileName()));
            return 2;
        }
        Seed seed{format, f.read(16 * 1024 * 1024), {}, 0};
        auto parsed = VmHeaders::parseBytes(format, seed.bytes);
        if (!parsed || !parseOnce(format, seed.bytes, &seed.hot)) {
            std::fprintf(stderr, "fuzz_vmheaders: the seed %s does not parse: %s\n", qPrintable(arg),
                         parsed ? "" : qPrintable(parsed.error().details));
            return 1;
        }
        seed.refs = int(parsed->refs.size());
        seeds << seed;
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "usage: fuzz_vmheaders [--seconds N] FORMAT=FILE... (qcow2, vmdk, vpc, vhdx)\n");
        return 2;
    }
    // Every truncation inside the ranges the parser reads.
    for (const Seed &seed : seeds) {
        for (const auto &range : seed.hot) {
            for (qint64 cut = range.first; cut <= range.first + range.second && cut <= seed.bytes.size(); ++cut)
                parseOnce(seed.format, seed.bytes.left(qsizetype(cut)));
        }
    }
    const qint64 truncations = g_counts.execs;
    QRandomGenerator random(291);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < qint64(seconds) * 1000) {
        const Seed &seed = seeds.at(int(random.bounded(int(seeds.size()))));
        QByteArray bytes = seed.bytes;
        const int mutations = 1 + int(random.bounded(8));
        for (int m = 0; m < mutations; ++m) {
            const auto &range = seed.hot.at(int(random.bounded(int(seed.hot.size()))));
            const qint64 at = range.first + qint64(random.bounded(quint32(qMax<qint64>(range.second, 1))));
            if (at + 8 > bytes.size())
                continue;
            switch (random.bounded(6)) {
            case 0: bytes[at] = char(bytes[at] ^ char(1 << random.bounded(8))); break;
            case 1: bytes[at] = char(random.bounded(256)); break;
            case 2: std::memset(bytes.data() + at, 0xff, 8); break;
            case 3: std::memset(bytes.data() + at, 0, 8); break;
            case 4: bytes[at] = '"'; break;
            case 5: bytes.truncate(qsizetype(at)); break;
            }
        }
        parseOnce(seed.format, bytes);
    }
    std::printf("fuzz_vmheaders: %lld truncations, then %lld mutated headers in %lld s: %lld accepted, %lld refused cleanly\n",
                truncations, g_counts.execs - truncations, timer.elapsed() / 1000, g_counts.accepted, g_counts.refused);
    if (g_counts.badReads != 0) {
        std::fprintf(stderr, "fuzz_vmheaders: %lld unchecked reads or silent refusals\n", g_counts.badReads);
        return 1;
    }
    for (const Seed &seed : seeds) {
        auto again = VmHeaders::parseBytes(seed.format, seed.bytes);
        if (!again || again->refs.size() != seed.refs) {
            std::fprintf(stderr, "fuzz_vmheaders: an unmutated %s seed no longer parses\n", qPrintable(seed.format));
            return 1;
        }
    }
    return 0;
}
#endif
