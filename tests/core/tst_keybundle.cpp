// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted key bundle: every key back by its Key ID, nothing readable in the file, a wrong
// passphrase and every kind of modification refused with one sentence.

#include "system/escrow/escrowindex.h"
#include "system/escrow/keybundle.h"

#include <QFile>
#include <QtEndian>

#include <cstring>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(RA_SOURCE_DIR "/tests/core/data/escrow/") + QString::fromLatin1(name);
}

LockedBuffer passphrase(const char *text)
{
    LockedBuffer b(std::strlen(text));
    b.append(text, std::strlen(text));
    return b;
}

}  // namespace

class TestKeyBundle : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTripKeepsEveryKey();
    void fileHoldsNoKeyHostOrKeyId();
    void wrongPassphraseRefused();
    void modificationsRefused_data();
    void modificationsRefused();
    void notABundle();
    void parametersAboveTheCapRefused_data();
    void parametersAboveTheCapRefused();

private:
    EscrowIndex m_source;
    QList<EscrowImportSummary> m_summaries;
    QTemporaryDir m_dir;
    QString m_bundle;
};

void TestKeyBundle::init()
{
    m_source.clear();
    m_summaries.clear();
    for (const char *name : {"crowdstrike.csv", "graph.csv", "mbam.csv"}) {
        auto s = m_source.importFile(fixture(name));
        QVERIFY(s.ok());
        m_summaries.append(*s);
    }
    QVERIFY2(m_source.keyCount() >= 3, qPrintable(QString::number(m_source.keyCount())));
    m_bundle = m_dir.filePath(QStringLiteral("keys.rakeys"));
    auto written = KeyBundle::write(m_bundle, m_source, m_summaries, passphrase("correct horse battery"),
                                    KeyBundleParams::fastest());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(written->keys, m_source.keyCount());
    QVERIFY(KeyBundle::isBundle(m_bundle));
}

void TestKeyBundle::roundTripKeepsEveryKey()
{
    EscrowIndex opened;
    auto info = KeyBundle::open(m_bundle, passphrase("correct horse battery"), opened);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QCOMPARE(opened.keyCount(), m_source.keyCount());
    QCOMPARE(info->keys, m_source.keyCount());
    QCOMPARE(info->sources.size(), 3);
    QCOMPARE(info->sources[0].file, QStringLiteral("crowdstrike.csv"));
    QCOMPARE(info->sources[0].rows, m_summaries[0].rows);
    QVERIFY(qAbs(info->created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    int compared = 0;
    m_source.forEachEntry([&](const EscrowEntry &e) {
        const QList<EscrowEntry> found = e.protectorId.isNull() ? opened.lookupKeyId(e.keyId) : opened.lookupProtector(e.protectorId);
        QVERIFY(!found.isEmpty());
        bool same = false;
        for (const EscrowEntry &f : found)
            same = same || (f.key == e.key && f.host == e.host && f.date == e.date);
        QVERIFY2(same, qPrintable(e.keyId));
        if (!e.host.isEmpty())
            QVERIFY(!opened.lookupHost(e.host).isEmpty());
        ++compared;
    });
    QCOMPARE(compared, m_source.keyCount());
}

void TestKeyBundle::fileHoldsNoKeyHostOrKeyId()
{
    QFile f(m_bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll().toLower();
    int checked = 0;
    m_source.forEachEntry([&](const EscrowEntry &e) {
        const QString key = e.key.revealForInputFields();
        QStringList needles{key, QString(key).remove(u'-'), key.left(13), e.keyId};
        if (!e.protectorId.isNull())
            needles << e.protectorId.toString() << e.protectorId.uuid().toString(QUuid::WithoutBraces);
        if (e.host.size() >= 4)
            needles << e.host;
        for (const QString &n : needles)
            QVERIFY2(!bytes.contains(n.toLower().toUtf8()), qPrintable(QStringLiteral("found in the bundle: %1").arg(e.keyId)));
        ++checked;
    });
    QVERIFY(checked >= 3);
    QVERIFY(!bytes.contains("crowdstrike"));  // not even the source file names
}

void TestKeyBundle::wrongPassphraseRefused()
{
    EscrowIndex opened;
    auto info = KeyBundle::open(m_bundle, passphrase("correct horse battery!"), opened);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::BadInput);
    QVERIFY(info.error().message.contains(QStringLiteral("passphrase is wrong or the file was modified")));
    QCOMPARE(opened.keyCount(), 0);
}

void TestKeyBundle::modificationsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("ops limit") << "ops";
    QTest::newRow("salt") << "salt";
    QTest::newRow("stream header") << "header";
    QTest::newRow("first chunk") << "first";
    QTest::newRow("last byte") << "last";
    QTest::newRow("truncated") << "truncate";
    QTest::newRow("appended") << "append";
    QTest::newRow("final chunk dropped") << "drop-final";
}

void TestKeyBundle::modificationsRefused()
{
    QFETCH(QString, change);
    QFile f(m_bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype header = 8 + 16 + 16 + 24;
    if (change == QLatin1String("ops"))
        bytes[8] = char(bytes[8] + 1);
    else if (change == QLatin1String("salt"))
        bytes[8 + 16 + 3] = char(bytes[8 + 16 + 3] ^ 1);
    else if (change == QLatin1String("header"))
        bytes[header - 2] = char(bytes[header - 2] ^ 0x40);
    else if (change == QLatin1String("first"))
        bytes[header + 40] = char(bytes[header + 40] ^ 1);
    else if (change == QLatin1String("last"))
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
    else if (change == QLatin1String("truncate"))
        bytes.chop(100);
    else if (change == QLatin1String("append"))
        bytes.append("more");
    else if (change == QLatin1String("drop-final")) {
        const quint32 first = qFromLittleEndian<quint32>(bytes.constData() + header);
        bytes.truncate(header + 4 + first);
    }
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    EscrowIndex opened;
    auto info = KeyBundle::open(m_bundle, passphrase("correct horse battery"), opened);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::BadInput);
    QCOMPARE(opened.keyCount(), 0);
}

void TestKeyBundle::notABundle()
{
    QVERIFY(!KeyBundle::isBundle(fixture("crowdstrike.csv")));
    EscrowIndex opened;
    auto info = KeyBundle::open(fixture("crowdstrike.csv"), passphrase("x"), opened);
    QVERIFY(!info.ok());
    QVERIFY(info.error().message.contains(QStringLiteral("is not a key bundle")));
}

// Issue 21, item 6: a bundle may ask for at most twice what `escrow pack` writes (6 passes,
// 512 MiB). More is refused with its own sentence before any stretching: the header is patched
// (the AEAD would refuse it later anyway, but only after stretching with what it asks).
void TestKeyBundle::parametersAboveTheCapRefused_data()
{
    QTest::addColumn<quint64>("ops");
    QTest::addColumn<quint64>("mem");
    QTest::newRow("the old caps: 64 passes, 2 GiB") << quint64(64) << quint64(2) * 1024 * 1024 * 1024;
    QTest::newRow("7 passes") << quint64(7) << quint64(256) * 1024 * 1024;
    QTest::newRow("512 MiB + 1 KiB") << quint64(3) << quint64(512) * 1024 * 1024 + 1024;
    QTest::newRow("2^63 passes") << (quint64(1) << 63) << quint64(64) * 1024 * 1024;
}

void TestKeyBundle::parametersAboveTheCapRefused()
{
    QFETCH(quint64, ops);
    QFETCH(quint64, mem);
    QFile f(m_bundle);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray fields(16, '\0');
    qToLittleEndian(ops, fields.data());
    qToLittleEndian(mem, fields.data() + 8);
    QVERIFY(f.seek(8));
    QCOMPARE(f.write(fields), qint64(16));
    f.close();
    EscrowIndex opened;
    auto info = KeyBundle::open(m_bundle, passphrase("correct horse battery"), opened);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind, ErrorKind::BadInput);
    QCOMPARE(info.error().message, KeyBundle::tr("The key bundle %1 asks for more time and memory to unlock than a bundle "
                                                 "made by this program; it was not opened.").arg(QStringLiteral("keys.rakeys")));
    QCOMPARE(opened.keyCount(), 0);
}

QTEST_GUILESS_MAIN(TestKeyBundle)
#include "tst_keybundle.moc"
