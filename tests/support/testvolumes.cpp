// SPDX-License-Identifier: GPL-3.0-or-later
#include "testvolumes.h"

#include "diskimages.h"
#include "testsupport.h"

#include "domain/report.h"
#include "system/disk/dislockerunlocker.h"
#include "system/externalcommand.h"
#include "system/disk/ntfsmount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ra::test {

namespace {

// Bump when the way volumes are built changes: old cached volumes are then rebuilt.
const QString kBuildVersion = QStringLiteral("v2");

QString cacheDir()
{
    const QString build = qEnvironmentVariable("RA_BUILD_DIR");
    return (build.isEmpty() ? QDir::tempPath() + QStringLiteral("/ra-e2e") : build + QStringLiteral("/tests")) +
           QStringLiteral("/e2e-cache");
}

// Serialises building across the test processes of one ctest run.
class CacheLock {
public:
    CacheLock()
    {
        QDir().mkpath(cacheDir());
        m_fd = ::open(QFile::encodeName(cacheDir() + QStringLiteral("/.lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
    }
    ~CacheLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

private:
    int m_fd = -1;
};

void allowTestTools()
{
    static bool done = false;
    if (done)
        return;
    ExternalCommand::allowToolForTests(QStringLiteral("mkntfs"), QStringLiteral("ntfs-3g"));
    ExternalCommand::allowToolForTests(QStringLiteral("tar"), QStringLiteral("tar"));
    done = true;
}

Error failure(const QString &what, const ReportNode &report)
{
    return makeError(ErrorKind::Failed, what, report.toText());
}

// Every archive of the test data (bitlocker-images.tar.xz and the images that come in an
// archive of their own, such as bitlk-aes-cbc-elephant-128.tar.xz), each unpacked once.
Result<QString> unpackedDir()
{
    allowTestTools();
    const QString dir = cacheDir() + QStringLiteral("/unpacked");
    const QString data = testDataDir() + QStringLiteral("/bitlocker");
    if (!QFileInfo::exists(data + QStringLiteral("/bitlocker-images.tar.xz")))
        return makeError(ErrorKind::NotFound, QStringLiteral("test data missing: %1/bitlocker-images.tar.xz").arg(data));
    QDir().mkpath(dir);
    for (const QString &archive : QDir(data).entryList({QStringLiteral("*.tar.xz")}, QDir::Files, QDir::Name)) {
        const QString stamp = dir + QStringLiteral("/.done-") + archive;
        if (QFileInfo::exists(stamp))
            continue;
        ReportNode report;
        ExternalCommand tar(QStringLiteral("tar"), {QStringLiteral("-xJf"), data + u'/' + archive, QStringLiteral("-C"), dir});
        auto ran = tar.run(report);
        if (!ran || ran->exitCode != 0)
            return failure(QStringLiteral("unpacking %1 failed").arg(archive), report);
        QFile(stamp).open(QIODevice::WriteOnly);
    }
    return dir;
}

// Callers hold the CacheLock.
Result<QString> unpackedImage(const QString &name)
{
    auto dir = unpackedDir();
    if (!dir)
        return dir.error();
    const QString path = dir.value() + u'/' + name + QStringLiteral(".img");
    if (!QFileInfo::exists(path))
        return makeError(ErrorKind::NotFound, QStringLiteral("no image %1 in the test data").arg(name));
    return path;
}

Result<QString> build(const QString &name, const QString &target)
{
    auto pristine = unpackedImage(name);
    if (!pristine)
        return pristine.error();
    const TestImage img = TestVolumes::image(name);
    const QString partial = target + QStringLiteral(".partial");
    if (!TestVolumes::sparseCopy(pristine.value(), partial))
        return makeError(ErrorKind::Failed, QStringLiteral("copy failed: %1").arg(partial));
    const QList<qint64> fve = TestVolumes::fveMetadataOffsets(partial);
    if (fve.isEmpty())
        return makeError(ErrorKind::Failed, QStringLiteral("no FVE metadata offsets for %1").arg(name));

    QTemporaryDir work(cacheDir() + QStringLiteral("/work-XXXXXX"));
    ReportNode report;
    DislockerUnlocker unlocker;
    UnlockRequest request;
    request.device = partial;
    request.workDir = work.path();
    request.material = TestVolumes::recoveryMaterial(img.recoveryKey);
    auto unlocked = unlocker.unlock(request, report);
    if (!unlocked)
        return failure(QStringLiteral("unlocking %1 failed: %2").arg(name, unlocked.error().message), report);

    // NTFS must end below the first FVE metadata block: dislocker refuses writes over it.
    constexpr qint64 sectorSize = 512;
    const qint64 sectors = *std::min_element(fve.begin(), fve.end()) / sectorSize - 8;
    ExternalCommand mkntfs(QStringLiteral("mkntfs"),
                           {QStringLiteral("-F"), QStringLiteral("-f"), QStringLiteral("-Q"), QStringLiteral("-s"),
                            QString::number(sectorSize), QStringLiteral("-L"), QStringLiteral("Windows"),
                            unlocked->decryptedPath, QString::number(sectors)});
    mkntfs.setTimeout(300000);
    auto formatted = mkntfs.run(report);
    bool ok = formatted && formatted->exitCode == 0;
    if (ok) {
        auto mounted = NtfsMount::mount(unlocked->decryptedPath, work.path() + QStringLiteral("/ntfs"), {}, report);
        ok = mounted && !mounted->readOnly && plantFiles(mounted->mountPoint, standardIncidentTree())
             && plantFiles(mounted->mountPoint, {{QStringLiteral("Windows/System32/config/README.txt"), "test volume\n", {}}});
        if (mounted)
            ok = NtfsMount::unmount(mounted.value(), report).ok() && ok;
    }
    ok = unlocker.lock(unlocked.value(), report).ok() && ok;
    if (!ok || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return failure(QStringLiteral("building the test volume %1 failed").arg(name), report);
    }
    return target;
}

Result<QString> builtVolume(const QString &name)
{
    CacheLock lock;
    const QString target = cacheDir() + QStringLiteral("/built/%1-%2.img").arg(name, kBuildVersion);
    if (QFileInfo::exists(target))
        return target;
    QDir().mkpath(QFileInfo(target).path());
    return build(name, target);
}

}  // namespace

QString TestVolumes::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("needs root (dislocker, ntfs-3g and loop devices)");
    if (!QFileInfo::exists(QStringLiteral("/dev/fuse")))
        return QStringLiteral("needs /dev/fuse");
    if (testDataDir().isEmpty() || !QFileInfo::exists(testDataDir() + QStringLiteral("/bitlocker/bitlocker-images.tar.xz")))
        return QStringLiteral("needs the shared test data (RA_TESTDATA_DIR/bitlocker)");
    allowTestTools();
    for (const QString &tool : {QStringLiteral("dislocker"), QStringLiteral("ntfs-3g"), QStringLiteral("mkntfs"),
                                QStringLiteral("losetup"), QStringLiteral("cryptsetup"), QStringLiteral("tar")})
        if (ExternalCommand::findTool(tool).isEmpty())
            return QStringLiteral("needs the tool %1").arg(tool);
    return {};
}

TestImage TestVolumes::image(const QString &name)
{
    const auto conf = bitlockerImagesConf().value(name);
    return TestImage{name,
                     conf.value(QStringLiteral("RP")),
                     conf.value(QStringLiteral("RP2")),
                     conf.value(QStringLiteral("RP_VMK_GUID")),
                     conf.value(QStringLiteral("RP2_VMK_GUID")),
                     conf.value(QStringLiteral("SK_VMK_GUID")),
                     conf.value(QStringLiteral("CLEARKEY_VMK_GUID"))};
}

Result<QString> TestVolumes::pristineImage(const QString &name)
{
    CacheLock lock;
    return unpackedImage(name);
}

Result<QString> TestVolumes::startupKeyFile()
{
    CacheLock lock;
    auto dir = unpackedDir();
    if (!dir)
        return dir.error();
    const QStringList beks = QDir(dir.value()).entryList({QStringLiteral("*.BEK")}, QDir::Files);
    if (beks.isEmpty())
        return makeError(ErrorKind::NotFound, QStringLiteral("no .BEK file in the test data"));
    return dir.value() + u'/' + beks.first();
}

Result<QString> TestVolumes::builtVolumeCopy(const QString &name, const QString &dir)
{
    auto built = builtVolume(name);
    if (!built)
        return built.error();
    const QString copy = dir + u'/' + name + QStringLiteral(".img");
    if (!sparseCopy(built.value(), copy))
        return makeError(ErrorKind::Failed, QStringLiteral("copy failed: %1").arg(copy));
    return copy;
}

Result<QString> TestVolumes::gptDiskCopy(const QString &name, const QString &dir, qint64 *offset, qint64 *size)
{
    auto built = builtVolume(name);
    if (!built)
        return built.error();
    PartitionSpec volume;
    volume.content = built.value();
    volume.gptType = PartitionSpec::basicData();
    volume.name = QStringLiteral("Basic data partition");
    QList<qint64> offsets;
    auto disk = buildDiskImage(dir + u'/' + name + QStringLiteral("-gpt.img"), QStringLiteral("gpt"), 512, {volume}, &offsets);
    if (!disk)
        return disk.error();
    *offset = offsets.value(0);
    *size = QFileInfo(built.value()).size();
    return disk;
}

bool TestVolumes::sparseCopy(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) || !out.resize(in.size()))
        return false;
    const QByteArray zeros(1 << 16, 0);
    qint64 pos = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty())
            return false;
        if (chunk != zeros.left(chunk.size()) && (!out.seek(pos) || out.write(chunk) != chunk.size()))
            return false;
        pos += chunk.size();
    }
    return true;
}

QList<qint64> TestVolumes::fveMetadataOffsets(const QString &image)
{
    ReportNode report;
    ExternalCommand dump(QStringLiteral("cryptsetup"), {QStringLiteral("bitlkDump"), image});
    auto ran = dump.run(report);
    QList<qint64> offsets;
    if (!ran || ran->exitCode != 0)
        return offsets;
    static const QRegularExpression area(QStringLiteral("FVE metadata area\\s*\\n\\s*Offset:\\s*(\\d+)"));
    for (auto it = area.globalMatch(QString::fromLocal8Bit(ran->standardOutput)); it.hasNext();)
        offsets.append(it.next().captured(1).toLongLong());
    return offsets;
}

UnlockMaterial TestVolumes::recoveryMaterial(const QString &key)
{
    UnlockMaterial material;
    if (key.isEmpty())
        return material;
    auto parsed = RecoveryKey::parse(key);
    if (parsed) {
        material.kind = UnlockMaterial::Kind::RecoveryPassword;
        material.recoveryKey = parsed.value();
    }
    return material;
}

}  // namespace ra::test
