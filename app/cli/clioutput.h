// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every CLI command shares: the exit codes, one sentence on stderr, --json on stdout, and
// the findings of an inspected volume printed or as JSON.

#include "domain/fieldtext.h"
#include "domain/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <initializer_list>
#include <optional>
#include <utility>

namespace ra {
class RecoverySession;
}

namespace ra::cli {

// The translation context of every CLI sentence.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The process exit codes (README.md, "The CLI"). One number, one meaning.
enum ExitCode {
    ExitOk = 0,               // fixed, not affected, or nothing to fix
    ExitFailure = 1,          // failure (one sentence on stderr)
    ExitUsage = 2,            // usage error or bad input
    ExitKeyRejected = 3,      // the key was rejected by this volume
    ExitUnsupported = 4,      // volume unsupported or unreadable, damaged metadata, device gone
    ExitReadOnly = 5,         // read-only (hibernated / Fast Startup) NTFS: nothing deleted
    ExitNeedsAdmin = 6,       // needs administrator rights, or permission denied
    ExitNoWindows = 7,        // no Windows installation found on the target
    ExitOutputFailed = 8,     // fixed, but an output (ticket file, the case store) could not be written
    ExitStopped = 9,          // stopped by the user or a signal; the case says what was done
    ExitSomeNotFixed = 10,    // several targets: some fixed, some not
    ExitNoneFixed = 11,       // several targets: none fixed
    ExitNotFound = 12,        // a lookup found nothing (escrow lookup, cases)
};

ExitCode exitCodeFor(ErrorKind kind);

QTextStream &out();
QTextStream &err();
// Untrusted text (file names, a server's message, names from a case) as the terminal shows it:
// escape sequences, other control and text-direction characters escaped (\x1b, \u202e), so
// nothing printed can move the cursor, forge a line or reverse what follows. Everything that
// failWith() and usage() print goes through it.
QString printable(QStringView text);
// The technician, ticket reference, bench and site given as options: one sentence (BadInput,
// exit 2) when one is too long, has control or text-direction characters or holds something
// shaped like a recovery key (domain/fieldtext.h). Checked before anything else runs.
Status checkFieldOptions(const QCommandLineParser &parser,
                         std::initializer_list<std::pair<QString, FieldText::Field>> options);

// One sentence on stderr (and the JSON error object on stdout with --json); the details go to
// the log. Returns the exit code for the error's kind.
int failWith(const Error &error, bool json);
int usage(const QString &message);
// QCommandLineParser::process() exits with 1 on a usage error; this answers with one sentence and
// ExitUsage instead, and handles --help. Returns the exit code when the command must end now.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args);

QJsonObject findingsJson(const RecoverySession &session);
void printFindings(const RecoverySession &session);

}  // namespace ra::cli
