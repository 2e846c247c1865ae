// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli: the same workflow as the wizard, scriptable.
//
// Exit codes (documented in README.md):
//   0 success (fixed, or nothing to fix)   1 failure            2 usage or bad input
//   3 key rejected                          4 volume unsupported or unreadable
//   5 volume read-only                      6 needs administrator rights

#include "commands.h"
#include "workflow/processcontrol.h"

#include <QGuiApplication>

#include <memory>


int main(int argc, char *argv[])
{
    // The process may hold a recovery key: no core dumps, no ptrace by other users.
    ra::processcontrol::harden();

    // Only `guide --pdf/--barcode` draws (QPdfWriter, fonts): a QGuiApplication on the offscreen
    // platform then, so no display is needed; every other command stays Qt Core only.
    bool draws = false;
    for (int i = 1; i < argc; ++i)
        draws = draws || qstrncmp(argv[i], "--pdf", 5) == 0 || qstrncmp(argv[i], "--barcode", 9) == 0;
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recovery-assistant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    return ra::cli::run(QCoreApplication::arguments());
}
