// SPDX-License-Identifier: GPL-3.0-or-later
// recovery-assistant-cli check-key: is the key read from standard input well formed?

#include "commands.h"

#include "clioutput.h"
#include "keyoptions.h"

namespace ra::cli {

int cmdCheckKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Checks a recovery key read from standard input; names the wrong groups."));
    parser.addHelpOption();
    if (const auto early = parseArguments(parser, args))
        return *early;
    auto key = readKey(stdin, QStringLiteral("stdin"));
    if (!key) {
        err() << key.error().message << Qt::endl;
        return ExitFailure;
    }
    out() << Cli::tr("The recovery key is valid: all 8 groups pass their check.") << Qt::endl;
    return ExitOk;
}

}  // namespace ra::cli
