// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/targetidentity.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {

namespace {

bool identityOf(const VolumeInfo &volume, quint64 *device, quint64 *inode)
{
    if (volume.practice || volume.kind == VolumeKind::Folder || volume.device.isEmpty())
        return false;
    struct stat st {};
    if (::stat(QFile::encodeName(volume.device).constData(), &st) != 0)
        return false;
    *device = S_ISBLK(st.st_mode) ? quint64(st.st_rdev) : quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    return true;
}

}  // namespace

void TargetIdentity::pin(const VolumeInfo &volume)
{
    forget();
    m_known = identityOf(volume, &m_device, &m_inode);
    if (!m_known)
        return;
    const int pin = ::open(QFile::encodeName(volume.device).constData(), O_PATH | O_CLOEXEC);
    struct stat st {};
    if (pin >= 0 && ::fstat(pin, &st) == 0 && S_ISREG(st.st_mode) && quint64(st.st_ino) == m_inode)
        m_pin = pin;
    else if (pin >= 0)
        ::close(pin);
}

bool TargetIdentity::unchanged(const VolumeInfo &volume) const
{
    if (!m_known)
        return true;
    quint64 device = 0, inode = 0;
    return identityOf(volume, &device, &inode) && device == m_device && inode == m_inode;
}

void TargetIdentity::forget()
{
    if (m_pin >= 0)
        ::close(m_pin);
    m_pin = -1;
    m_known = false;
    m_device = m_inode = 0;
}

}  // namespace ra
