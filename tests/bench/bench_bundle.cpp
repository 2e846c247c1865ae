// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted key bundle at scale: seal N keys (default 1,000,000), unlock with the standard
// Argon2id parameters (the cost of the key stretching alone on a one-key bundle, and of the whole
// unlock), lookups per second by full Key ID in the unlocked bundle, peak memory. Prints numbers.
//   build/tests/bench/bench_bundle [KEYS]

#include "system/escrow/escrowindex.h"
#include "system/escrow/keybundle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace ra;

namespace {

// One valid recovery key per row: eight groups, each a multiple of 11 below 720896.
QByteArray exportOf(int keys, std::vector<QUuid> &sample)
{
    QRandomGenerator rng(291);
    QByteArray csv("Hostname,KeyID,RecoveryKey,Directory\n");
    csv.reserve(qsizetype(keys) * 110);
    for (int i = 0; i < keys; ++i) {
        const QUuid id(rng.generate(), quint16(rng.generate()), quint16(rng.generate()), 1, 2, 3, 4, 5, 6, 7, quint8(i));
        if (i % 997 == 0)
            sample.push_back(id);
        csv += "PC-" + QByteArray::number(i) + ',' + id.toByteArray() + ',';
        for (int g = 0; g < 8; ++g)
            csv += QByteArray::number(rng.bounded(65536u) * 11u).rightJustified(6, '0') + (g < 7 ? "-" : "");
        csv += ",AD\n";
    }
    return csv;
}

LockedBuffer passphrase()
{
    static const char text[] = "bench passphrase 2024-07-19";
    LockedBuffer b(sizeof text - 1);
    b.append(text, sizeof text - 1);
    return b;
}

double peakMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int keys = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    const KeyBundleParams params = KeyBundleParams::standard();
    std::printf("Argon2id: %llu passes, %llu MiB\n", (unsigned long long)params.opsLimit,
                (unsigned long long)(params.memLimit >> 20));

    std::vector<QUuid> sample;
    EscrowIndex one;
    std::vector<QUuid> ignored;
    one.importData(exportOf(1, ignored), QStringLiteral("one.csv"));
    const QString small = dir.filePath(QStringLiteral("one.rakeys"));
    KeyBundle::write(small, one, {}, passphrase(), params);
    for (int run = 0; run < 3; ++run) {
        EscrowIndex opened;
        QElapsedTimer t;
        t.start();
        const bool ok = KeyBundle::open(small, passphrase(), opened).ok();
        std::printf("unlock (key stretching, 1 key): %.0f ms%s\n", double(t.nsecsElapsed()) / 1e6, ok ? "" : " FAILED");
    }

    EscrowIndex index;
    const QByteArray csv = exportOf(keys, sample);
    index.importData(csv, QStringLiteral("big.csv"));
    const QString big = dir.filePath(QStringLiteral("big.rakeys"));
    QElapsedTimer t;
    t.start();
    KeyBundle::write(big, index, {}, passphrase(), params);
    std::printf("pack %d keys: %.0f ms, %.1f MB\n", index.keyCount(), double(t.nsecsElapsed()) / 1e6,
                double(QFileInfo(big).size()) / 1e6);
    index.clear();

    EscrowIndex opened;
    t.restart();
    const auto info = KeyBundle::open(big, passphrase(), opened);
    std::printf("unlock %d keys: %.0f ms%s\n", opened.keyCount(), double(t.nsecsElapsed()) / 1e6, info.ok() ? "" : " FAILED");

    const int lookups = 1000000;
    int found = 0;
    t.restart();
    for (int i = 0; i < lookups; ++i)
        found += !opened.lookupProtector(ProtectorId(sample[std::size_t(i) % sample.size()])).isEmpty();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    std::printf("lookups by full Key ID: %.0f/s (%d of %d found)\n", lookups / seconds, found, lookups);
    std::printf("peak memory: %.0f MiB\n", peakMiB());
    return found == lookups && info.ok() ? 0 : 1;
}
