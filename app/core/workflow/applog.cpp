// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/applog.h"

#include "system/logging.h"

namespace ra::applog {

void init(const QString &level, bool alsoStderr)
{
    logging::init({level, alsoStderr, {}});
}

void info(const QString &text)
{
    log().info("{}", u8(text));
}

void warning(const QString &text)
{
    log().warn("{}", u8(text));
}

}  // namespace ra::applog
