// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file or device that holds a volume, as it was when the plan was made: the guard "the image
// was deleted or replaced between the plan and the write (or during it)" of every route. An
// image file is pinned with an O_PATH descriptor while the case is open, so a file put in its
// place can never get its inode number back and pass for it.

#include "domain/volume.h"

namespace ra {

class TargetIdentity {
public:
    TargetIdentity() = default;
    ~TargetIdentity() { forget(); }
    TargetIdentity(const TargetIdentity &) = delete;
    TargetIdentity &operator=(const TargetIdentity &) = delete;

    // Remembers (and pins) what holds this volume now; folders and the practice target: nothing.
    void pin(const VolumeInfo &volume);
    // Still the same file or device node (true when nothing was pinned).
    bool unchanged(const VolumeInfo &volume) const;
    void forget();

private:
    bool m_known = false;
    quint64 m_device = 0, m_inode = 0;
    int m_pin = -1;
};

}  // namespace ra
