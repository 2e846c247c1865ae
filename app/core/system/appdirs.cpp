// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/appdirs.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace ra::AppDirs {

namespace {
const QString kAppName = QStringLiteral("recovery-assistant");

QString fromEnvOr(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    // XDG: a relative path is invalid and must be ignored.
    return (!value.isEmpty() && QDir::isAbsolutePath(value)) ? value : fallback;
}
}  // namespace

QString stateDir()
{
    return fromEnvOr("XDG_STATE_HOME", QDir::homePath() + QStringLiteral("/.local/state")) + u'/' + kAppName;
}

QString logDir()
{
    return stateDir() + QStringLiteral("/logs");
}

QString dataDir()
{
    return fromEnvOr("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share")) + u'/' + kAppName;
}

QString casesDir()
{
    return dataDir() + QStringLiteral("/cases");
}

QString runtimeDir()
{
    const QString xdg = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg) && QFileInfo(xdg).isDir())
        return xdg + u'/' + kAppName;
    return QStringLiteral("/tmp/%1-%2").arg(kAppName).arg(getuid());
}

bool makePrivateDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    const QByteArray path = QFile::encodeName(dir);
    struct stat st {};
    if (lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid())
        return false;  // refuse a symlink or somebody else's directory in a shared /tmp
    return chmod(path.constData(), 0700) == 0;
}

}  // namespace ra::AppDirs
