#pragma once
// recovery-assistant-cli escrow check FILE... [--json]
// recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]
//
// args are the words after "escrow". Exit codes: 0 ok / found; 1 not found, or the check found
// bad rows or conflicting keys, or a file cannot be read; 2 usage error or a file that is no
// key export. Keys are masked unless --show-key is given.

#include <QStringList>
#include <QTextStream>

namespace ra::cli {

int runEscrowCommand(const QStringList &args, QTextStream &out, QTextStream &err);

}  // namespace ra::cli
