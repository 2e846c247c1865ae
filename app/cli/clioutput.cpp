// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include "domain/case.h"
#include "domain/fieldtext.h"
#include "domain/finding.h"
#include "workflow/applog.h"
#include "workflow/recoverysession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ra::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const Error &error, bool json)
{
    const ExitCode code = exitCodeFor(error.kind);
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("exitCode"), int(code));
        o.insert(QStringLiteral("error"), error.message);
        o.insert(QStringLiteral("details"), error.details);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    err() << printable(error.message) << Qt::endl;
    if (!error.details.isEmpty())
        applog::warning(error.details);
    return code;
}

QString printable(QStringView text)
{
    return FieldText::escaped(text);
}

Status checkFieldOptions(const QCommandLineParser &parser,
                         std::initializer_list<std::pair<QString, FieldText::Field>> options)
{
    for (const auto &[option, field] : options)
        if (parser.isSet(option))
            if (const QString problem = FieldText::problem(field, parser.value(option)); !problem.isEmpty())
                return makeError(ErrorKind::BadInput, Cli::tr("%1 Nothing was changed.").arg(problem));
    return {};
}

int usage(const QString &message)
{
    err() << printable(message) << Qt::endl;
    return ExitUsage;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput: return ExitUsage;
    case ErrorKind::KeyRejected: return ExitKeyRejected;
    case ErrorKind::Unsupported:
    case ErrorKind::DeviceGone: return ExitUnsupported;
    case ErrorKind::ReadOnly: return ExitReadOnly;
    case ErrorKind::NeedsAdmin: return ExitNeedsAdmin;
    case ErrorKind::NoWindows: return ExitNoWindows;
    case ErrorKind::NotFound: return ExitUsage;
    case ErrorKind::Cancelled: return ExitStopped;
    case ErrorKind::NotFiled: return ExitOutputFailed;
    default: return ExitFailure;
    }
}

QJsonObject findingsJson(const RecoverySession &session)
{
    QJsonObject o;
    const Case &c = session.currentCase();
    o.insert(QStringLiteral("windowsFound"), !c.windowsRoot.isEmpty());
    o.insert(QStringLiteral("windowsRoot"), c.windowsRoot.isEmpty() ? QJsonValue() : QJsonValue(c.windowsRoot));
    o.insert(QStringLiteral("windows"), c.windows.toJson());
    QJsonArray findings;
    for (const Finding &f : c.findings)
        findings.append(f.toJson());
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

void printFindings(const RecoverySession &session)
{
    const Case &c = session.currentCase();
    if (c.windowsRoot.isEmpty()) {
        out() << "  " << Cli::tr("No Windows installation was found.") << Qt::endl;
        return;
    }
    out() << "  " << Cli::tr("Windows folder: %1").arg(c.windowsRoot) << Qt::endl;
    if (!c.windows.computerName.isEmpty())
        out() << "  " << Cli::tr("Computer name: %1").arg(c.windows.computerName) << Qt::endl;
    if (c.findings.isEmpty())
        out() << "  " << Cli::tr("No channel file 291 found.") << Qt::endl;
    for (const Finding &f : c.findings) {
        out() << "  " << (f.selected ? "[x] " : "[ ] ") << f.relativePath << Qt::endl;
        out() << "      " << Classifier::verdictName(f.verdict) << " — " << Classifier::reasonText(f.reason) << Qt::endl;
        out() << "      " << f.lastWriteUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << " UTC, "
              << Cli::tr("%1 bytes").arg(f.size) << ", SHA-256 " << f.sha256 << Qt::endl;
    }
}

}  // namespace ra::cli
