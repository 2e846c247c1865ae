// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ticket.h"

#include "domain/fieldtext.h"
#include "domain/jsonvalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace ra {

namespace {

const char *const kCtx = "Ticket";

// One rendering: the language, its locale, the zone, and helpers shared by the three formats.
struct Writer {
    Language language;
    QTimeZone zone;
    QLocale locale;

    QString t(const char *text) const { return translate(language, kCtx, text); }
    QString t(const char *text, int n) const { return translate(language, kCtx, text, nullptr, n); }

    QString localAndUtc(const QDateTime &when) const
    {
        if (!when.isValid())
            return t(QT_TRANSLATE_NOOP("Ticket", "unknown"));
        const QDateTime local = when.toTimeZone(zone);
        return QStringLiteral("%1 %2 (%3 UTC)")
            .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone.abbreviation(local),
                 when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    QString utc(const QDateTime &when) const
    {
        return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                              : t(QT_TRANSLATE_NOOP("Ticket", "unknown"));
    }
    QString bytes(qint64 size) const
    {
        return t(QT_TRANSLATE_NOOP("Ticket", "%1 bytes")).arg(locale.toString(size));
    }
    QString sep() const { return listSeparator(language); }
    QString orUnknown(const QString &s) const { return s.isEmpty() ? t(QT_TRANSLATE_NOOP("Ticket", "unknown")) : s; }

    // The registry's name; else the host the key export filed the key under, said so; else unknown.
    QString computerName(const Case &c) const
    {
        if (!c.windows.computerName.isEmpty())
            return c.windows.computerName;
        if (c.keySource.kind == KeySource::Kind::ExportEntry && !c.keySource.host.isEmpty())
            return t(QT_TRANSLATE_NOOP("Ticket", "%1 (from the key export)")).arg(c.keySource.host);
        return t(QT_TRANSLATE_NOOP("Ticket", "unknown"));
    }

    QString headline(const Case &c) const { return c.outcomeSentence(language); }

    QString windowsLine(const WindowsFacts &w) const
    {
        if (w.productName.isEmpty() && w.currentBuild.isEmpty())
            return t(QT_TRANSLATE_NOOP("Ticket", "unknown"));
        QString s = w.productName.isEmpty() ? QStringLiteral("Windows") : w.productName;
        if (!w.displayVersion.isEmpty())
            s += u' ' + w.displayVersion;
        if (!w.currentBuild.isEmpty())
            s += u' ' + t(QT_TRANSLATE_NOOP("Ticket", "(build %1)")).arg(w.buildString());
        return s;
    }

    QString sensorLine(const WindowsFacts &w) const
    {
        if (!w.sensorKnown)
            return t(QT_TRANSLATE_NOOP("Ticket", "unknown"));
        if (!w.sensorPresent)
            return t(QT_TRANSLATE_NOOP("Ticket", "not installed"));
        return w.sensorVersion.isEmpty() ? t(QT_TRANSLATE_NOOP("Ticket", "installed"))
                                         : t(QT_TRANSLATE_NOOP("Ticket", "installed, version %1")).arg(w.sensorVersion);
    }

    QString keyLine(const Case &c) const
    {
        if (c.keyId.isEmpty())
            return t(QT_TRANSLATE_NOOP("Ticket", "no recovery key was needed"));
        QString s = t(QT_TRANSLATE_NOOP("Ticket", "Key ID %1 (%2)")).arg(c.keyId.left(8).toUpper(), c.keyId.toUpper());
        if (c.byPhone)
            s = t(QT_TRANSLATE_NOOP("Ticket", "key disclosed: %1")).arg(s);
        if (!c.keySource.isNull())
            s += sep() + t(QT_TRANSLATE_NOOP("Ticket", "key from: %1")).arg(c.keySource.describe(language));
        return s;
    }

    QStringList nextSteps(const Case &c, const Playbook &p) const
    {
        QStringList steps;
        for (const NextStep &s : p.nextSteps) {
            if (s.when == NextStep::When::KeyUsed && !c.recoveryKeyUsed)
                continue;
            if (s.when == NextStep::When::Fixed && c.outcome != Outcome::Fixed)
                continue;
            steps.append(s.text.text(language));
        }
        for (const LocalizedText &extra : c.extraNextSteps)
            steps.append(extra.text(language));
        return steps;
    }

    // (label, value) pairs of the machine and case facts, shared by text and Markdown.
    QList<QPair<QString, QString>> facts(const Case &c) const
    {
        QList<QPair<QString, QString>> rows;
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Computer name")), computerName(c)});
        if (!c.windows.domain.isEmpty())
            rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Domain")), c.windows.domain});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Windows")), windowsLine(c.windows)});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "CrowdStrike sensor")), sensorLine(c.windows)});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Disk")),
                     QStringList{c.target, c.targetDescription.text(language)}.filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(" — "))});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "BitLocker")), keyLine(c)});
        if (c.byPhone)
            rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Route")),
                         t(QT_TRANSLATE_NOOP("Ticket", "fixed by phone (WinRE), user %1; files as the user reported them"))
                             .arg(orUnknown(c.remoteUser))});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Technician")), orUnknown(c.technician)});
        if (!c.ticketReference.isEmpty())
            rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Ticket reference")), c.ticketReference});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Started")), localAndUtc(c.opened)});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Finished")), localAndUtc(c.closed)});
        rows.append({t(QT_TRANSLATE_NOOP("Ticket", "Case folder")), orUnknown(c.folder)});
        // Names typed or read from the machine (technician, ticket reference, computer name,
        // user, target): a line break cannot forge a line, an escape sequence or a bidi
        // override cannot reach the helpdesk system raw.
        for (auto &row : rows)
            row.second = FieldText::escaped(row.second);
        return rows;
    }

    QString text(const Case &c, const Playbook &p) const
    {
        QString out;
        out += t(QT_TRANSLATE_NOOP("Ticket", "Recovery Assistant — case %1")).arg(c.id) + u'\n';
        out += p.title.text(language) + u'\n';
        out += t(QT_TRANSLATE_NOOP("Ticket", "Result")) + QStringLiteral(": ") + headline(c) + QStringLiteral("\n\n");
        for (const auto &row : facts(c))
            out += row.first + QStringLiteral(": ") + row.second + u'\n';

        out += u'\n' + t(QT_TRANSLATE_N_NOOP("Ticket", "Files found (%n)"), int(c.findings.size())) + u'\n';
        if (c.findings.isEmpty())
            out += QStringLiteral("- ") + t(QT_TRANSLATE_NOOP("Ticket", "none")) + u'\n';
        for (const Finding &f : c.findings) {
            out += QStringLiteral("- %1: %2\n").arg(f.relativePath, Classifier::verdictName(f.verdict, language));
            QStringList facts{localAndUtc(f.lastWriteUtc)};
            if (f.size > 0 || !f.sha256.isEmpty())  // a file reported by phone has only its time
                facts << bytes(f.size);
            if (!f.sha256.isEmpty())
                facts << QStringLiteral("SHA-256 ") + f.sha256;
            out += QStringLiteral("  ") + facts.join(sep()) + u'\n';
            out += QStringLiteral("  ") + Classifier::reasonText(f.reason, language) + u'\n';
        }
        out += u'\n' + t(QT_TRANSLATE_N_NOOP("Ticket", "Files removed (%n)"), int(c.removed.size())) + u'\n';
        if (c.removed.isEmpty())
            out += QStringLiteral("- ") + t(QT_TRANSLATE_NOOP("Ticket", "none")) + u'\n';
        for (const RemovedFile &r : c.removed) {
            out += QStringLiteral("- %1\n").arg(r.originalPath);
            out += QStringLiteral("  ") + QStringList{utc(r.lastWriteUtc), bytes(r.size), QStringLiteral("SHA-256 ") + r.sha256}.join(sep()) + u'\n';
            out += QStringLiteral("  ") + t(QT_TRANSLATE_NOOP("Ticket", "Quarantine copy: %1")).arg(r.quarantinePath) + u'\n';
        }
        out += u'\n' + t(QT_TRANSLATE_NOOP("Ticket", "Next steps")) + u'\n';
        int n = 0;
        for (const QString &step : nextSteps(c, p))
            out += QStringLiteral("%1. %2\n").arg(++n).arg(step);
        return out;
    }

    static QString mdCell(QString s)
    {
        return s.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
    }

    QString markdown(const Case &c, const Playbook &p) const
    {
        QString out;
        out += QStringLiteral("## ") + t(QT_TRANSLATE_NOOP("Ticket", "Recovery Assistant — case %1")).arg(c.id) + u'\n';
        out += QStringLiteral("\n**") + headline(c) + QStringLiteral("**\n\n");
        out += p.title.text(language) + QStringLiteral("\n\n");
        out += QStringLiteral("| | |\n|---|---|\n");
        for (const auto &row : facts(c))
            out += QStringLiteral("| %1 | %2 |\n").arg(mdCell(row.first), mdCell(row.second));

        out += QStringLiteral("\n### ") + t(QT_TRANSLATE_N_NOOP("Ticket", "Files found (%n)"), int(c.findings.size())) + u'\n';
        if (c.findings.isEmpty()) {
            out += u'\n' + t(QT_TRANSLATE_NOOP("Ticket", "none")) + u'\n';
        } else {
            out += QStringLiteral("\n| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---:|---|\n")
                       .arg(t(QT_TRANSLATE_NOOP("Ticket", "File")), t(QT_TRANSLATE_NOOP("Ticket", "Verdict")),
                            t(QT_TRANSLATE_NOOP("Ticket", "Last written")), t(QT_TRANSLATE_NOOP("Ticket", "Size")),
                            QStringLiteral("SHA-256"));
            for (const Finding &f : c.findings)
                out += QStringLiteral("| `%1` | %2 | %3 | %4 | `%5` |\n")
                           .arg(f.relativePath, mdCell(Classifier::verdictName(f.verdict, language) + QStringLiteral(": ")
                                                       + Classifier::reasonText(f.reason, language)),
                                localAndUtc(f.lastWriteUtc), bytes(f.size), f.sha256);
        }
        out += QStringLiteral("\n### ") + t(QT_TRANSLATE_N_NOOP("Ticket", "Files removed (%n)"), int(c.removed.size())) + u'\n';
        if (c.removed.isEmpty()) {
            out += u'\n' + t(QT_TRANSLATE_NOOP("Ticket", "none")) + u'\n';
        } else {
            out += QStringLiteral("\n| %1 | %2 | %3 | %4 | %5 |\n|---|---|---:|---|---|\n")
                       .arg(t(QT_TRANSLATE_NOOP("Ticket", "File")), t(QT_TRANSLATE_NOOP("Ticket", "Last written")),
                            t(QT_TRANSLATE_NOOP("Ticket", "Size")), QStringLiteral("SHA-256"),
                            t(QT_TRANSLATE_NOOP("Ticket", "Quarantine copy")));
            for (const RemovedFile &r : c.removed)
                out += QStringLiteral("| `%1` | %2 | %3 | `%4` | `%5` |\n")
                           .arg(r.originalPath, utc(r.lastWriteUtc), bytes(r.size), r.sha256, r.quarantinePath);
        }
        out += QStringLiteral("\n### ") + t(QT_TRANSLATE_NOOP("Ticket", "Next steps")) + QStringLiteral("\n\n");
        int n = 0;
        for (const QString &step : nextSteps(c, p))
            out += QStringLiteral("%1. %2\n").arg(++n).arg(step);
        return out;
    }

    QString json(const Case &c, const Playbook &p) const
    {
        auto time = [&](const QDateTime &when) {
            QJsonObject o;
            o.insert(QStringLiteral("utc"), when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("local"), when.isValid() ? QJsonValue(when.toTimeZone(zone).toString(Qt::ISODateWithMs)) : QJsonValue());
            return o;
        };
        QJsonObject o;
        o.insert(QStringLiteral("schema"), QStringLiteral("recovery-assistant.ticket/1"));
        o.insert(QStringLiteral("language"), languageCode(language));
        o.insert(QStringLiteral("caseId"), c.id);
        o.insert(QStringLiteral("playbook"), p.id);
        o.insert(QStringLiteral("incident"), p.title.text(language));
        o.insert(QStringLiteral("outcome"), Case::outcomeKey(c.outcome));
        o.insert(QStringLiteral("summary"), headline(c));
        o.insert(QStringLiteral("technician"), jsonOrNull(c.technician));
        if (c.byPhone) {
            // Fixed by phone through WinRE: who did the steps at the machine (never the key).
            o.insert(QStringLiteral("route"), QStringLiteral("phone-winre"));
            o.insert(QStringLiteral("remoteUser"), jsonOrNull(c.remoteUser));
        }
        o.insert(QStringLiteral("ticketReference"), jsonOrNull(c.ticketReference));
        o.insert(QStringLiteral("started"), time(c.opened));
        o.insert(QStringLiteral("finished"), time(c.closed));
        o.insert(QStringLiteral("timeZone"), QString::fromLatin1(zone.id()));
        o.insert(QStringLiteral("target"), c.target);
        o.insert(QStringLiteral("targetDescription"), jsonOrNull(c.targetDescription.text(language)));
        o.insert(QStringLiteral("windows"), c.windows.toJson());
        QJsonObject bitlocker;
        bitlocker.insert(QStringLiteral("keyId"), jsonOrNull(c.keyId.toUpper()));
        bitlocker.insert(QStringLiteral("shortKeyId"), jsonOrNull(c.keyId.left(8).toUpper()));
        bitlocker.insert(QStringLiteral("keySource"), jsonOrNull(c.keySource.describe(language)));
        bitlocker.insert(QStringLiteral("recoveryKeyUsed"), c.recoveryKeyUsed);
        o.insert(QStringLiteral("bitlocker"), bitlocker);
        QJsonArray found;
        for (const Finding &f : c.findings) {
            QJsonObject x;
            x.insert(QStringLiteral("path"), f.relativePath);
            x.insert(QStringLiteral("size"), f.size);
            x.insert(QStringLiteral("lastWrite"), time(f.lastWriteUtc));
            x.insert(QStringLiteral("sha256"), f.sha256);
            x.insert(QStringLiteral("header"), Classifier::headerKey(f.header));
            x.insert(QStringLiteral("verdict"), Classifier::verdictKey(f.verdict));
            x.insert(QStringLiteral("reason"), Classifier::reasonText(f.reason, language));
            x.insert(QStringLiteral("selected"), f.selected);
            found.append(x);
        }
        o.insert(QStringLiteral("findings"), found);
        QJsonArray gone;
        for (const RemovedFile &r : c.removed)
            gone.append(r.toJson());
        o.insert(QStringLiteral("removed"), gone);
        o.insert(QStringLiteral("nextSteps"), QJsonArray::fromStringList(nextSteps(c, p)));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    }
};

}  // namespace

QString Ticket::formatKey(TicketFormat format)
{
    switch (format) {
    case TicketFormat::Text: return QStringLiteral("text");
    case TicketFormat::Markdown: return QStringLiteral("markdown");
    case TicketFormat::Json: return QStringLiteral("json");
    }
    return {};
}

std::optional<TicketFormat> Ticket::formatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("text") || k == QLatin1String("txt"))
        return TicketFormat::Text;
    if (k == QLatin1String("markdown") || k == QLatin1String("md"))
        return TicketFormat::Markdown;
    if (k == QLatin1String("json"))
        return TicketFormat::Json;
    return std::nullopt;
}

QString Ticket::fileSuffix(TicketFormat format)
{
    switch (format) {
    case TicketFormat::Text: return QStringLiteral("txt");
    case TicketFormat::Markdown: return QStringLiteral("md");
    case TicketFormat::Json: return QStringLiteral("json");
    }
    return {};
}

QString Ticket::render(const Case &c, const Playbook &playbook, TicketFormat format, Language language, const QTimeZone &zone)
{
    const Writer w{language, zone,
                   QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English,
                           language == Language::Japanese ? QLocale::Japan : QLocale::UnitedStates)};
    switch (format) {
    case TicketFormat::Text: return w.text(c, playbook);
    case TicketFormat::Markdown: return w.markdown(c, playbook);
    case TicketFormat::Json: return w.json(c, playbook);
    }
    return {};
}

}  // namespace ra
