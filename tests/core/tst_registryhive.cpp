// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/registry/registryhive.h"

#include "hivebuilder.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using ra::ErrorKind;
using ra::RegistryHive;
using ra::test::HiveBuilder;
using Value = ra::test::HiveBuilder::Value;

Q_DECLARE_METATYPE(std::optional<QString>)
Q_DECLARE_METATYPE(std::optional<quint32>)
Q_DECLARE_METATYPE(ra::ErrorKind)

namespace {

template <typename T>
QString detailsOf(const ra::Result<T> &result)
{
    return result.ok() ? QString() : result.error().details;
}

}  // namespace

class TestRegistryHive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensReadOnly();
    void keys_data();
    void keys();
    void strings_data();
    void strings();
    void dwords_data();
    void dwords();
    void multiStrings();
    void subkeysAndNames();
    void badFiles_data();
    void badFiles();
    void damagedKeyIsAnErrorNotAbsent();
    void dirtyHeader();
    void fileChangingAfterOpenIsHarmless();
    void randomByteFlipsNeverCrash();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_hive;
};

void TestRegistryHive::initTestCase()
{
    if (HiveBuilder::minimalHivePath().isEmpty()) {
        if (ra::test::requireE2E())
            QFAIL("registry/minimal is missing from the test data and RA_REQUIRE_E2E=1");
        QSKIP("registry/minimal is missing from the test data (RA_TESTDATA_DIR); hives cannot be built");
    }
    QVERIFY(m_dir.isValid());
    HiveBuilder b;
    b.set(QStringLiteral("Test\\Values"), {
        Value::sz(QStringLiteral("Text"), QStringLiteral("hello")),
        Value::expandSz(QStringLiteral("Path"), QStringLiteral("%SystemRoot%\\system32\\drivers\\x.sys")),
        Value::dword(QStringLiteral("Number"), 0x12345678),
        Value::multiSz(QStringLiteral("List"), {QStringLiteral("a"), QStringLiteral("bc"), QStringLiteral("d")}),
        Value::sz(QStringLiteral("Unicode"), QStringLiteral("コンピューター")),
        Value::sz(QStringLiteral("Mixed Case Name"), QStringLiteral("mixed")),
        Value::raw(QStringLiteral("NoTerminator"), 1, ra::test::utf16le(QStringLiteral("abc"))),
        Value::raw(QStringLiteral("OddLength"), 1, ra::test::utf16le(QStringLiteral("abc")) + "x"),
        Value::raw(QStringLiteral("Embedded"), 1, ra::test::utf16le(QStringLiteral("abc")) + QByteArray(2, '\0') + ra::test::utf16le(QStringLiteral("def"))),
        Value::raw(QStringLiteral("ShortDword"), 4, QByteArray("\x01\x02", 2)),
        Value::raw(QStringLiteral("LongDword"), 4, QByteArray(8, '\x01')),
        Value::raw(QStringLiteral("BigEndian"), 5, QByteArray("\x00\x00\x00\x01", 4)),
        Value::raw(QStringLiteral("Binary"), 3, QByteArray("hello")),
        Value::sz(QStringLiteral("Long"), QString(3000, u'x')),
        Value::sz(QString(), QStringLiteral("default")),
    });
    b.addKey(QStringLiteral("Software\\Microsoft\\Windows NT\\CurrentVersion"));
    b.addKey(QStringLiteral("Test\\Empty"));
    b.set(QStringLiteral("Test\\Café"), {Value::sz(QStringLiteral("Name"), QStringLiteral("latin"))});
    QVERIFY(b.commit(path(QStringLiteral("hive"))));
    m_hive = path(QStringLiteral("hive"));
}

void TestRegistryHive::opensReadOnly()
{
    const QByteArray before = QCryptographicHash::hash(ra::test::readFile(m_hive), QCryptographicHash::Sha256);
    const QDateTime mtime = QFileInfo(m_hive).lastModified();
    {
        auto hive = RegistryHive::open(m_hive);
        QVERIFY2(hive.ok(), qPrintable(detailsOf(hive)));
        QVERIFY(hive->root() != 0);
        QVERIFY(!hive->header().dirty());
        QCOMPARE(hive->path(), m_hive);
        RegistryHive moved = std::move(*hive);
        auto key = moved.key(QStringLiteral("Test\\Values"));
        QVERIFY(key.ok() && key->has_value());
        const auto text = moved.string(**key, QStringLiteral("Text"));
        QVERIFY2(text.ok(), qPrintable(detailsOf(text)));
        QCOMPARE(text->value_or(QString()), QStringLiteral("hello"));
    }
    QCOMPARE(QCryptographicHash::hash(ra::test::readFile(m_hive), QCryptographicHash::Sha256), before);
    QCOMPARE(QFileInfo(m_hive).lastModified(), mtime);
}

void TestRegistryHive::keys_data()
{
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("found");
    QTest::newRow("as stored") << QStringLiteral("Test\\Values") << true << true;
    QTest::newRow("other case") << QStringLiteral("tEST\\vALUES") << true << true;
    QTest::newRow("slashes") << QStringLiteral("/test/values/") << true << true;
    QTest::newRow("with space") << QStringLiteral("software\\MICROSOFT\\windows nt\\currentversion") << true << true;
    QTest::newRow("Latin-1 name, other case") << QStringLiteral("test\\CAFÉ") << true << true;
    QTest::newRow("empty is the root") << QString() << true << true;
    QTest::newRow("absent leaf") << QStringLiteral("Test\\Missing") << true << false;
    QTest::newRow("below a leaf") << QStringLiteral("Test\\Empty\\Deeper\\Still") << true << false;
    QTest::newRow("value is not a key") << QStringLiteral("Test\\Values\\Text") << true << false;
    QTest::newRow("too deep") << QStringLiteral("a\\").repeated(RegistryHive::MaxPathDepth + 1) << false << false;
    QTest::newRow("name too long") << QString(RegistryHive::MaxNameLength + 1, u'k') << false << false;
}

void TestRegistryHive::keys()
{
    QFETCH(QString, keyPath);
    QFETCH(bool, ok);
    QFETCH(bool, found);
    auto hive = RegistryHive::open(m_hive);
    QVERIFY(hive.ok());
    const auto key = hive->key(keyPath);
    QCOMPARE(key.ok(), ok);
    if (!ok) {
        QCOMPARE(key.error().kind, ErrorKind::BadInput);
        QVERIFY(!key.error().message.isEmpty());
        return;
    }
    QCOMPARE(key->has_value(), found);
    if (found)
        QVERIFY(**key != 0);
}

void TestRegistryHive::strings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<QString>>("expected");
    const auto none = std::optional<QString>();
    QTest::newRow("REG_SZ") << QStringLiteral("Text") << std::optional<QString>(QStringLiteral("hello"));
    QTest::newRow("name ignores case") << QStringLiteral("TEXT") << std::optional<QString>(QStringLiteral("hello"));
    QTest::newRow("name with spaces") << QStringLiteral("mixed case name") << std::optional<QString>(QStringLiteral("mixed"));
    QTest::newRow("REG_EXPAND_SZ not expanded") << QStringLiteral("Path")
        << std::optional<QString>(QStringLiteral("%SystemRoot%\\system32\\drivers\\x.sys"));
    QTest::newRow("non-Latin") << QStringLiteral("Unicode") << std::optional<QString>(QStringLiteral("コンピューター"));
    QTest::newRow("no terminating NUL") << QStringLiteral("NoTerminator") << std::optional<QString>(QStringLiteral("abc"));
    QTest::newRow("odd byte count") << QStringLiteral("OddLength") << std::optional<QString>(QStringLiteral("abc"));
    QTest::newRow("stops at NUL") << QStringLiteral("Embedded") << std::optional<QString>(QStringLiteral("abc"));
    QTest::newRow("long") << QStringLiteral("Long") << std::optional<QString>(QString(3000, u'x'));
    QTest::newRow("default value") << QString() << std::optional<QString>(QStringLiteral("default"));
    QTest::newRow("REG_DWORD is ignored") << QStringLiteral("Number") << none;
    QTest::newRow("REG_MULTI_SZ is ignored") << QStringLiteral("List") << none;
    QTest::newRow("REG_BINARY is ignored") << QStringLiteral("Binary") << none;
    QTest::newRow("absent") << QStringLiteral("Missing") << none;
}

void TestRegistryHive::strings()
{
    QFETCH(QString, name);
    QFETCH(std::optional<QString>, expected);
    auto hive = RegistryHive::open(m_hive);
    QVERIFY(hive.ok());
    const auto key = hive->key(QStringLiteral("test\\values"));
    QVERIFY(key.ok() && key->has_value());
    const auto value = hive->string(**key, name);
    QVERIFY2(value.ok(), qPrintable(detailsOf(value)));
    QCOMPARE(*value, expected);
}

void TestRegistryHive::dwords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<quint32>>("expected");
    const auto none = std::optional<quint32>();
    QTest::newRow("REG_DWORD") << QStringLiteral("Number") << std::optional<quint32>(0x12345678);
    QTest::newRow("name ignores case") << QStringLiteral("nUMBER") << std::optional<quint32>(0x12345678);
    QTest::newRow("REG_SZ is ignored") << QStringLiteral("Text") << none;
    QTest::newRow("2 bytes are ignored") << QStringLiteral("ShortDword") << none;
    QTest::newRow("8 bytes are ignored") << QStringLiteral("LongDword") << none;
    QTest::newRow("big endian is another type") << QStringLiteral("BigEndian") << none;
    QTest::newRow("absent") << QStringLiteral("Missing") << none;
}

void TestRegistryHive::dwords()
{
    QFETCH(QString, name);
    QFETCH(std::optional<quint32>, expected);
    auto hive = RegistryHive::open(m_hive);
    QVERIFY(hive.ok());
    const auto key = hive->key(QStringLiteral("Test\\Values"));
    QVERIFY(key.ok() && key->has_value());
    const auto value = hive->dword(**key, name);
    QVERIFY(value.ok());
    QCOMPARE(*value, expected);
}

void TestRegistryHive::multiStrings()
{
    auto hive = RegistryHive::open(m_hive);
    QVERIFY(hive.ok());
    const auto key = hive->key(QStringLiteral("Test\\Values"));
    QVERIFY(key.ok() && key->has_value());
    const auto list = hive->multiString(**key, QStringLiteral("list"));
    QVERIFY(list.ok() && list->has_value());
    QCOMPARE(**list, QStringList({QStringLiteral("a"), QStringLiteral("bc"), QStringLiteral("d")}));
    const auto notMulti = hive->multiString(**key, QStringLiteral("Text"));
    QVERIFY(notMulti.ok());
    QVERIFY(!notMulti->has_value());
}

void TestRegistryHive::subkeysAndNames()
{
    auto hive = RegistryHive::open(m_hive);
    QVERIFY(hive.ok());
    const auto test = hive->key(QStringLiteral("TEST"));
    QVERIFY(test.ok() && test->has_value());
    const auto children = hive->subkeys(**test);
    QVERIFY(children.ok());
    QStringList names;
    for (RegistryHive::Key k : *children)
        names.append(hive->name(k).value());
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("Café"), QStringLiteral("Empty"), QStringLiteral("Values")}));
}

void TestRegistryHive::badFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorKind>("error");
    QTest::newRow("missing") << QStringLiteral("missing") << ErrorKind::NotFound;
    QTest::newRow("zero length") << QStringLiteral("empty") << ErrorKind::BadInput;
    QTest::newRow("garbage") << QStringLiteral("garbage") << ErrorKind::BadInput;
    QTest::newRow("regf then garbage") << QStringLiteral("regf-garbage") << ErrorKind::BadInput;
    QTest::newRow("truncated 100") << QStringLiteral("truncated:100") << ErrorKind::BadInput;
    QTest::newRow("truncated 4096") << QStringLiteral("truncated:4096") << ErrorKind::BadInput;
    QTest::newRow("truncated 8192") << QStringLiteral("truncated:8192") << ErrorKind::BadInput;
    QTest::newRow("truncated one page short") << QStringLiteral("truncated:-4096") << ErrorKind::BadInput;
    QTest::newRow("truncated one byte short") << QStringLiteral("truncated:-1") << ErrorKind::BadInput;
    QTest::newRow("directory") << QStringLiteral("directory") << ErrorKind::BadInput;
    QTest::newRow("symlink to a good hive") << QStringLiteral("symlink") << ErrorKind::BadInput;
    QTest::newRow("larger than the cap") << QStringLiteral("huge") << ErrorKind::BadInput;
}

void TestRegistryHive::badFiles()
{
    QFETCH(QString, kind);
    QFETCH(ErrorKind, error);
    const QString file = path(QStringLiteral("bad-") + QString(kind).replace(u':', u'_'));
    const QByteArray good = ra::test::readFile(m_hive);
    if (kind == QLatin1String("empty")) {
        QVERIFY(ra::test::writeFile(file, QByteArray()));
    } else if (kind == QLatin1String("garbage")) {
        QByteArray junk(64 * 1024, '\0');
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        QVERIFY(ra::test::writeFile(file, junk));
    } else if (kind == QLatin1String("regf-garbage")) {
        QVERIFY(ra::test::writeFile(file, good.left(0x1000) + QByteArray(good.size() - 0x1000, '\x5a')));
    } else if (kind.startsWith(QLatin1String("truncated:"))) {
        qint64 n = kind.mid(10).toLongLong();
        if (n < 0)
            n += good.size();
        QVERIFY(ra::test::writeTruncatedCopy(m_hive, file, n));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("symlink")) {
        QVERIFY(QFile::link(m_hive, file));
    } else if (kind == QLatin1String("huge")) {
        QFile f(file);  // sparse: costs no disk space
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(good) == good.size());
        QVERIFY(f.resize(RegistryHive::MaxFileSize + 1));
    }
    const auto hive = RegistryHive::open(file);
    QVERIFY(!hive.ok());
    QCOMPARE(hive.error().kind, error);
    QVERIFY(hive.error().message.contains(file));
    QVERIFY(!hive.error().details.isEmpty());
}

void TestRegistryHive::damagedKeyIsAnErrorNotAbsent()
{
    QByteArray bytes = ra::test::readFile(m_hive);
    // The nk record of "Values": 0x4c bytes in, the key name follows its fixed part.
    const qsizetype name = bytes.indexOf("Values");
    QVERIFY(name > 0x1000 + 0x4c);
    const qsizetype nk = name - 0x4c;
    QCOMPARE(bytes.mid(nk, 2), QByteArray("nk"));
    bytes[nk] = 'x';
    const QString file = path(QStringLiteral("damaged-key"));
    QVERIFY(ra::test::writeFile(file, bytes));
    auto hive = RegistryHive::open(file);
    QVERIFY2(hive.ok(), "libhivex checks only the root record when it opens a hive");
    const auto key = hive->key(QStringLiteral("Test\\Values"));
    QVERIFY(!key.ok());
    QCOMPARE(key.error().kind, ErrorKind::BadInput);
    const auto sibling = hive->key(QStringLiteral("Test\\Empty"));
    QVERIFY2(!sibling.ok(), "a broken subkey list cannot tell that the sibling is there");
    const auto other = hive->key(QStringLiteral("Software\\Microsoft"));
    QVERIFY(other.ok() && other->has_value());
}

void TestRegistryHive::dirtyHeader()
{
    const QString file = path(QStringLiteral("dirty"));
    QVERIFY(ra::test::writeFile(file, ra::test::withDirtyBaseBlock(ra::test::readFile(m_hive))));
    const auto header = RegistryHive::readHeader(file);
    QVERIFY(header.ok());
    QVERIFY(header->dirty());
    auto hive = RegistryHive::open(file);
    QVERIFY2(hive.ok(), qPrintable(detailsOf(hive)));
    QVERIFY(hive->header().dirty());
}

// The hive is read from a private copy: the file on the volume shrinking or changing after
// open (which would crash a reader that maps it) changes nothing.
void TestRegistryHive::fileChangingAfterOpenIsHarmless()
{
    const QString file = path(QStringLiteral("shrinking"));
    QVERIFY(QFile::copy(m_hive, file));
    auto hive = RegistryHive::open(file);
    QVERIFY(hive.ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(0));
    QVERIFY(f.write(QByteArray(0x3000, '\xee')) == 0x3000);
    f.close();
    const auto key = hive->key(QStringLiteral("Test\\Values"));
    QVERIFY(key.ok() && key->has_value());
    const auto text = hive->string(**key, QStringLiteral("Long"));
    QVERIFY(text.ok() && text->has_value());
    QCOMPARE(text->value().size(), 3000);
}

// Fuzz-style: random byte flips in a valid hive must never crash, hang or trip the sanitizers;
// each read either succeeds or reports an error. Bounded and seeded, so it is reproducible.
void TestRegistryHive::randomByteFlipsNeverCrash()
{
    const QByteArray good = ra::test::readFile(m_hive);
    const quint32 seed = qEnvironmentVariableIsSet("RA_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("RA_FUZZ_SEED")) : 291u;
    const int rounds = qEnvironmentVariableIsSet("RA_FUZZ_ROUNDS") ? qEnvironmentVariableIntValue("RA_FUZZ_ROUNDS") : 400;
    QRandomGenerator gen(seed);
    const QString file = path(QStringLiteral("fuzz"));
    int opened = 0;
    for (int round = 0; round < rounds; ++round) {
        QByteArray bytes = good;
        const int flips = 1 + int(gen.bounded(8));
        for (int i = 0; i < flips; ++i) {
            // Mostly in the hive bins; now and then in the base block (the checksum then fails).
            const qsizetype at = gen.bounded(10) == 0 ? qsizetype(gen.bounded(0x200))
                                                      : 0x1000 + qsizetype(gen.bounded(quint32(bytes.size() - 0x1000)));
            bytes[at] = char(gen.bounded(256));
        }
        QVERIFY(ra::test::writeFile(file, bytes));
        auto hive = RegistryHive::open(file);
        if (!hive)
            continue;
        ++opened;
        for (const QString &keyPath : {QStringLiteral("Test\\Values"), QStringLiteral("Software\\Microsoft\\Windows NT\\CurrentVersion"),
                                       QStringLiteral("Test\\Empty")}) {
            const auto key = hive->key(keyPath);
            if (!key || !key->has_value())
                continue;
            for (const QString &name : {QStringLiteral("Text"), QStringLiteral("Long"), QStringLiteral("Unicode"), QString()})
                (void)hive->string(**key, name);
            (void)hive->dword(**key, QStringLiteral("Number"));
            (void)hive->multiString(**key, QStringLiteral("List"));
            if (const auto children = hive->subkeys(**key)) {
                for (RegistryHive::Key k : *children)
                    (void)hive->name(k);
            }
        }
    }
    qInfo("%d of %d mutated hives opened (seed %u)", opened, rounds, seed);
    QVERIFY(opened > 0);
}

QTEST_GUILESS_MAIN(TestRegistryHive)
#include "tst_registryhive.moc"
