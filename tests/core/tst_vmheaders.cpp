// SPDX-License-Identifier: GPL-3.0-or-later
// VmHeaders (issue 21): the files a VM disk file names, read from headers built here byte by
// byte (no tool needed): a qcow2 with a backing file and an external data file, VMDK descriptors
// (text and embedded in a sparse VMDK whose capacity is 0), VHD and VHDX differencing disks with
// their parent locators. And every cut of them, and hostile lengths: a clean refusal, never a crash.
#include "system/disk/vmheaders.h"

#include <QTest>
#include <QtEndian>

using namespace ra;

namespace {

QByteArray utf16le(const QString &s)
{
    QByteArray b;
    for (const QChar c : s)
        b.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    return b;
}

QByteArray guid(quint32 a, quint16 b, quint16 c, quint64 d)
{
    QByteArray g(16, '\0');
    qToLittleEndian(a, g.data());
    qToLittleEndian(b, g.data() + 4);
    qToLittleEndian(c, g.data() + 6);
    qToBigEndian(d, g.data() + 8);
    return g;
}

QByteArray qcow2(const QByteArray &backing, const QByteArray &dataFile, quint32 extLength = 0)
{
    QByteArray h(65536, '\0');
    h.replace(0, 4, QByteArray("QFI\xfb", 4));
    qToBigEndian<quint32>(3, h.data() + 4);
    qToBigEndian<quint32>(16, h.data() + 20);  // 64 KiB clusters
    qToBigEndian<quint64>(dataFile.isEmpty() ? 0 : 4, h.data() + 72);  // incompatible: external data file
    qToBigEndian<quint32>(112, h.data() + 100);
    qint64 at = 112;
    if (!dataFile.isEmpty()) {
        qToBigEndian<quint32>(0x44415441, h.data() + at);
        qToBigEndian<quint32>(extLength ? extLength : quint32(dataFile.size()), h.data() + at + 4);
        h.replace(at + 8, dataFile.size(), dataFile);
        at += 8 + ((dataFile.size() + 7) & ~7);
    }
    qToBigEndian<quint32>(0, h.data() + at);  // end of extensions
    if (!backing.isEmpty()) {
        qToBigEndian<quint64>(1024, h.data() + 8);
        qToBigEndian<quint32>(quint32(backing.size()), h.data() + 16);
        h.replace(1024, backing.size(), backing);
    }
    return h;
}

QByteArray vhdDifferencing(const QString &relative)
{
    QByteArray f(4096, '\0');
    f.replace(0, 8, "conectix");
    qToBigEndian<quint64>(512, f.data() + 16);
    qToBigEndian<quint32>(4, f.data() + 60);
    f.replace(512, 8, "cxsparse");
    const QByteArray name = utf16le(relative);
    qToBigEndian<quint32>(0x57327275, f.data() + 512 + 576);  // W2ru
    qToBigEndian<quint32>(quint32(name.size()), f.data() + 512 + 576 + 8);
    qToBigEndian<quint64>(2048, f.data() + 512 + 576 + 16);
    f.replace(2048, name.size(), name);
    return f;
}

QByteArray vhdxDifferencing(const QString &relative)
{
    QByteArray f(1024 * 1024 + 65536, '\0');
    f.replace(0, 8, "vhdxfile");
    const qint64 regions = 192 * 1024;
    f.replace(regions, 4, "regi");
    qToLittleEndian<quint32>(1, f.data() + regions + 8);
    f.replace(regions + 16, 16, guid(0x8B7CA206, 0x4790, 0x4B9A, 0xB8FE575F050F886EULL));
    qToLittleEndian<quint64>(1024 * 1024, f.data() + regions + 32);
    qToLittleEndian<quint32>(65536, f.data() + regions + 40);
    const qint64 meta = 1024 * 1024;
    f.replace(meta, 8, "metadata");
    qToLittleEndian<quint16>(2, f.data() + meta + 10);
    f.replace(meta + 32, 16, guid(0xCAA16737, 0xFA36, 0x4D43, 0xB3B633F0AA44E76BULL));
    qToLittleEndian<quint32>(0x1000, f.data() + meta + 48);
    qToLittleEndian<quint32>(8, f.data() + meta + 52);
    qToLittleEndian<quint32>(2, f.data() + meta + 0x1000 + 4);  // HasParent
    f.replace(meta + 64, 16, guid(0xA8D35F2D, 0xB30B, 0x454D, 0xABF7D3D84834AB0CULL));
    qToLittleEndian<quint32>(0x2000, f.data() + meta + 80);
    qToLittleEndian<quint32>(512, f.data() + meta + 84);
    const qint64 loc = meta + 0x2000;
    const QByteArray key = utf16le(QStringLiteral("relative_path"));
    const QByteArray value = utf16le(relative);
    qToLittleEndian<quint16>(1, f.data() + loc + 18);
    qToLittleEndian<quint32>(32, f.data() + loc + 20);
    qToLittleEndian<quint32>(32 + quint32(key.size()), f.data() + loc + 24);
    qToLittleEndian<quint16>(quint16(key.size()), f.data() + loc + 28);
    qToLittleEndian<quint16>(quint16(value.size()), f.data() + loc + 30);
    f.replace(loc + 32, key.size(), key);
    f.replace(loc + 32 + key.size(), value.size(), value);
    return f;
}

QStringList names(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|');
}

const char *kDescriptor = "# Disk DescriptorFile\nversion=1\nCID=1\nparentCID=2\ncreateType=\"monolithicFlat\"\n"
                          "parentFileNameHint=\"base.vmdk\"\nRW 2048 FLAT \"/dev/loop7\" 0\nRW 2048 ZERO\n"
                          "RDONLY 2048 FLAT \"second-flat.vmdk\" 0\n";

QByteArray sparseWithDescriptor(quint64 capacity)
{
    QByteArray f(8192, '\0');
    f.replace(0, 4, "KDMV");
    qToLittleEndian<quint64>(capacity, f.data() + 12);
    qToLittleEndian<quint64>(1, f.data() + 28);  // descriptor at sector 1
    qToLittleEndian<quint64>(4, f.data() + 36);
    f.replace(512, int(qstrlen(kDescriptor)), kDescriptor);
    return f;
}

}  // namespace

class TestVmHeaders : public QObject {
    Q_OBJECT

private slots:
    void namesEveryFile_data();
    void namesEveryFile();
    void everyCutIsACleanRefusal_data();
    void everyCutIsACleanRefusal();
    void hostileLengthsAreRefused_data();
    void hostileLengthsAreRefused();
};

void TestVmHeaders::namesEveryFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");  // "role:name", role b(acking) d(ata) e(xtent) p(arent)
    QTest::addColumn<bool>("differencing");
    QTest::newRow("qcow2 backing + data file") << "qcow2" << qcow2("../100/base.qcow2", "/dev/sdb") << names("b:../100/base.qcow2|d:/dev/sdb") << false;
    QTest::newRow("qcow2 plain") << "qcow2" << qcow2({}, {}) << QStringList{} << false;
    QTest::newRow("VMDK text descriptor") << "vmdk" << QByteArray(kDescriptor) << names("e:/dev/loop7|e:second-flat.vmdk|b:base.vmdk") << false;
    QTest::newRow("sparse VMDK, capacity 0: its descriptor's extents") << "vmdk" << sparseWithDescriptor(0)
                                                                        << names("e:/dev/loop7|e:second-flat.vmdk|b:base.vmdk") << false;
    QTest::newRow("sparse VMDK with data: itself, and its parent") << "vmdk" << sparseWithDescriptor(2048) << names("b:base.vmdk") << false;
    QTest::newRow("VHD differencing") << "vpc" << vhdDifferencing(QStringLiteral(".\\base.vhd")) << names("p:base.vhd") << true;
    QTest::newRow("VHDX differencing") << "vhdx" << vhdxDifferencing(QStringLiteral("..\\other\\base.vhdx")) << names("p:../other/base.vhdx") << true;
}

void TestVmHeaders::namesEveryFile()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QFETCH(bool, differencing);
    auto parsed = VmHeaders::parseBytes(format, bytes);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().details));
    QStringList got;
    for (const VmFileRef &ref : parsed->refs) {
        const char role = ref.role == VmFileRef::Role::Backing ? 'b' : ref.role == VmFileRef::Role::DataFile ? 'd'
                        : ref.role == VmFileRef::Role::Extent  ? 'e' : 'p';
        got << QString(QLatin1Char(role)) + u':' + ref.name;
    }
    QCOMPARE(got, expected);
    QCOMPARE(parsed->differencing, differencing);
}

void TestVmHeaders::everyCutIsACleanRefusal_data()
{
    namesEveryFile_data();
}

void TestVmHeaders::everyCutIsACleanRefusal()
{
    // Cut before the last byte the parser needs: refused with a sentence (Unsupported) or, where
    // the cut only shortens a name's padding, accepted; never a crash.
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    int refused = 0;
    for (qsizetype cut = 0; cut < qMin<qsizetype>(bytes.size(), 4096); ++cut) {
        auto parsed = VmHeaders::parseBytes(format, bytes.left(cut));
        if (!parsed) {
            ++refused;
            QCOMPARE(parsed.error().kind, ErrorKind::Unsupported);
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }
    QVERIFY(refused > 0);
}

void TestVmHeaders::hostileLengthsAreRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QByteArray q = qcow2({}, "data.raw", 0x7fffffff);  // extension longer than the cluster
    QTest::newRow("qcow2 extension length") << "qcow2" << q;
    q = qcow2("base.qcow2", {});
    qToBigEndian<quint64>(~quint64(0) - 3, q.data() + 8);  // backing name offset wraps around
    QTest::newRow("qcow2 backing offset") << "qcow2" << q;
    q = qcow2({}, {});
    qToBigEndian<quint64>(4, q.data() + 72);  // external data file without a name
    QTest::newRow("qcow2 data file bit without a name") << "qcow2" << q;
    QByteArray v = sparseWithDescriptor(0);
    qToLittleEndian<quint64>(~quint64(0), v.data() + 36);  // descriptor of 2^64 sectors
    QTest::newRow("VMDK descriptor size") << "vmdk" << v;
    QByteArray d = vhdDifferencing(QStringLiteral("base.vhd"));
    qToBigEndian<quint32>(0xffffffff, d.data() + 512 + 576 + 8);
    QTest::newRow("VHD locator length") << "vpc" << d;
    QByteArray x = vhdxDifferencing(QStringLiteral("base.vhdx"));
    qToLittleEndian<quint32>(0xffffffff, x.data() + 1024 * 1024 + 84);
    QTest::newRow("VHDX metadata item length") << "vhdx" << x;
    x = vhdxDifferencing(QStringLiteral("base.vhdx"));
    qToLittleEndian<quint32>(0xfffffff0, x.data() + 1024 * 1024 + 0x2000 + 24);
    QTest::newRow("VHDX locator value offset") << "vhdx" << x;
    QTest::newRow("garbage as VHDX") << "vhdx" << QByteArray(300000, '\xa5');
}

void TestVmHeaders::hostileLengthsAreRefused()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    auto parsed = VmHeaders::parseBytes(format, bytes);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::Unsupported);
    QVERIFY(!parsed.error().details.isEmpty());
}

QTEST_GUILESS_MAIN(TestVmHeaders)
#include "tst_vmheaders.moc"
