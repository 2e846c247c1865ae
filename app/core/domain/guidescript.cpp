// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/guidescript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ra {

namespace {

Error invalid(const QString &origin, const QString &field, const QString &why)
{
    return makeError(ErrorKind::BadInput, GuideScript::tr("The guide is not valid: field \"%1\" %2.").arg(field, why),
                     origin);
}

std::optional<LocalizedText> localized(const QJsonObject &o)
{
    const QString en = o.value(QStringLiteral("en")).toString();
    const QString ja = o.value(QStringLiteral("ja")).toString();
    if (en.trimmed().isEmpty() || ja.trimmed().isEmpty())
        return std::nullopt;
    return LocalizedText{en, ja};
}

std::optional<GuideStep::Answer> answerFromKey(const QString &key)
{
    static const QMap<QString, GuideStep::Answer> kinds{
        {QStringLiteral("confirm"), GuideStep::Answer::Confirm},   {QStringLiteral("keyId"), GuideStep::Answer::KeyId},
        {QStringLiteral("drive"), GuideStep::Answer::Drive},       {QStringLiteral("keyGroups"), GuideStep::Answer::KeyGroups},
        {QStringLiteral("fileTimes"), GuideStep::Answer::FileTimes},
    };
    const auto it = kinds.constFind(key);
    return it == kinds.cend() ? std::nullopt : std::optional(it.value());
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re;
}

Result<GuideStep> readStep(const QJsonObject &o, const QString &field, const QMap<QString, LocalizedText> &notes,
                           const QString &origin)
{
    GuideStep step;
    step.id = o.value(QStringLiteral("id")).toString();
    if (!idPattern().match(step.id).hasMatch())
        return invalid(origin, field + QStringLiteral(".id"), GuideScript::tr("must be a short lower-case name"));
    const QJsonObject screen = o.value(QStringLiteral("screen")).toObject();
    const auto win11 = localized(screen.value(QStringLiteral("win11")).toObject());
    if (!win11)
        return invalid(origin, field + QStringLiteral(".screen.win11"), GuideScript::tr("needs an English and a Japanese text"));
    step.screen11 = *win11;
    if (screen.contains(QStringLiteral("win10"))) {
        const auto win10 = localized(screen.value(QStringLiteral("win10")).toObject());
        if (!win10)
            return invalid(origin, field + QStringLiteral(".screen.win10"), GuideScript::tr("needs an English and a Japanese text"));
        if (!screen.contains(QStringLiteral("_comment")))
            return invalid(origin, field + QStringLiteral(".screen._comment"),
                           GuideScript::tr("must name the source of the Windows 10 spelling"));
        step.screen10 = *win10;
    }
    step.command = o.value(QStringLiteral("command")).toString();
    const auto say = localized(o.value(QStringLiteral("say")).toObject());
    if (!say)
        return invalid(origin, field + QStringLiteral(".say"), GuideScript::tr("needs an English and a Japanese text"));
    step.say = *say;
    const QJsonObject answer = o.value(QStringLiteral("answer")).toObject();
    const auto kind = answerFromKey(answer.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalid(origin, field + QStringLiteral(".answer.kind"),
                       GuideScript::tr("must be confirm, keyId, drive, keyGroups or fileTimes"));
    step.answer = *kind;
    const auto prompt = localized(answer);
    if (!prompt)
        return invalid(origin, field + QStringLiteral(".answer"), GuideScript::tr("needs an English and a Japanese text"));
    step.answerPrompt = *prompt;
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray()) {
        if (!notes.contains(n.toString()))
            return invalid(origin, field + QStringLiteral(".notes"), GuideScript::tr("names a keyboard note that does not exist"));
        step.notes.append(n.toString());
    }
    return step;
}

Result<GuideBranch> readBranch(const QJsonObject &o, const QString &field, const QString &origin)
{
    GuideBranch branch;
    branch.id = o.value(QStringLiteral("id")).toString();
    if (!idPattern().match(branch.id).hasMatch())
        return invalid(origin, field + QStringLiteral(".id"), GuideScript::tr("must be a short lower-case name"));
    const auto when = localized(o.value(QStringLiteral("when")).toObject());
    if (!when)
        return invalid(origin, field + QStringLiteral(".when"), GuideScript::tr("needs an English and a Japanese text"));
    branch.when = *when;
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return invalid(origin, field + QStringLiteral(".steps"), GuideScript::tr("must be a list of steps"));
    for (int i = 0; i < steps.size(); ++i) {
        const auto text = localized(steps[i].toObject());
        if (!text)
            return invalid(origin, field + QStringLiteral(".steps[%1]").arg(i), GuideScript::tr("needs an English and a Japanese text"));
        branch.steps.append({steps[i].toObject().value(QStringLiteral("command")).toString(), *text});
    }
    return branch;
}

}  // namespace

Result<GuideScript> GuideScript::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorKind::BadInput, tr("The guide is not valid JSON."),
                         QStringLiteral("%1: %2 at offset %3").arg(origin, parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return invalid(origin, QStringLiteral("schema"), tr("must be 1"));
    GuideScript g;
    g.id = root.value(QStringLiteral("id")).toString();
    if (!idPattern().match(g.id).hasMatch())
        return invalid(origin, QStringLiteral("id"), tr("must be a short lower-case name"));
    const auto title = localized(root.value(QStringLiteral("title")).toObject());
    if (!title)
        return invalid(origin, QStringLiteral("title"), tr("needs an English and a Japanese text"));
    g.title = *title;

    const QJsonArray notes = root.value(QStringLiteral("keyboardNotes")).toArray();
    for (int i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes[i].toObject();
        const auto text = localized(n);
        const QString id = n.value(QStringLiteral("id")).toString();
        if (!text || !idPattern().match(id).hasMatch())
            return invalid(origin, QStringLiteral("keyboardNotes[%1]").arg(i), tr("needs an id and an English and a Japanese text"));
        g.keyboardNotes.insert(id, *text);
    }

    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return invalid(origin, QStringLiteral("steps"), tr("must be a list of steps"));
    for (int i = 0; i < steps.size(); ++i) {
        auto step = readStep(steps[i].toObject(), QStringLiteral("steps[%1]").arg(i), g.keyboardNotes, origin);
        if (!step)
            return step.error();
        if (g.step(step->id))
            return invalid(origin, QStringLiteral("steps[%1].id").arg(i), tr("is used twice"));
        g.steps.append(*step);
    }
    const QJsonArray branches = root.value(QStringLiteral("branches")).toArray();
    for (int i = 0; i < branches.size(); ++i) {
        auto branch = readBranch(branches[i].toObject(), QStringLiteral("branches[%1]").arg(i), origin);
        if (!branch)
            return branch.error();
        g.branches.append(*branch);
    }
    for (const char *required : {"safe-mode", "restarts", "safeboot-left"}) {
        if (!g.branch(QString::fromLatin1(required)))
            return invalid(origin, QStringLiteral("branches"), tr("must hold the branch %1").arg(QString::fromLatin1(required)));
    }
    return g;
}

Result<GuideScript> GuideScript::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, tr("The guide file cannot be read."),
                         QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return makeError(ErrorKind::BadInput, tr("The guide file is too large."), path);
    return fromJson(file.readAll(), path);
}

Result<GuideScript> GuideScript::builtin()
{
    return load(QStringLiteral(":/guides/winre-phone.json"));
}

const GuideStep *GuideScript::step(const QString &stepId) const
{
    for (const GuideStep &s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

QString GuideScript::withScreenWords(const QString &text, Language technician, Language windows,
                                     WindowsVersion version) const
{
    if (technician == windows)
        return text;
    // Line i of a screen in one language is line i in the other (the data keeps them aligned).
    QHash<QString, QString> words;
    for (const GuideStep &s : steps) {
        const LocalizedText &screen = s.screen(version);
        const QStringList from = screen.text(technician).split(u'\n');
        const QStringList to = screen.text(windows).split(u'\n');
        if (from.size() != to.size())
            continue;
        for (qsizetype i = 0; i < from.size(); ++i) {
            const QString a = from.at(i).trimmed();
            const QString b = to.at(i).trimmed();
            // "Recovery key ID: {keyIdShape}" ↔ "回復キー ID: {keyIdShape}": the label alone.
            const qsizetype ca = a.indexOf(QStringLiteral(": ")), cb = b.indexOf(QStringLiteral(": "));
            if (ca > 0 && cb > 0)
                words.insert(a.left(ca), b.left(cb));
            if (!a.isEmpty() && !b.isEmpty() && !a.contains(u'{'))
                words.insert(a, b);
        }
    }
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\"|「([^」]+)」"));
    QString out;
    qsizetype last = 0;
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool japanese = m.capturedStart(2) >= 0;
        const QString word = japanese ? m.captured(2) : m.captured(1);
        out += text.mid(last, m.capturedStart() - last);
        const auto found = words.constFind(word);
        const QString shown = found == words.cend() ? word : *found;
        out += japanese ? QStringLiteral("「%1」").arg(shown) : QStringLiteral("\"%1\"").arg(shown);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

const GuideBranch *GuideScript::branch(const QString &branchId) const
{
    for (const GuideBranch &b : branches)
        if (b.id == branchId)
            return &b;
    return nullptr;
}

QString GuideScript::answerKey(GuideStep::Answer answer)
{
    switch (answer) {
    case GuideStep::Answer::Confirm: return QStringLiteral("confirm");
    case GuideStep::Answer::KeyId: return QStringLiteral("keyId");
    case GuideStep::Answer::Drive: return QStringLiteral("drive");
    case GuideStep::Answer::KeyGroups: return QStringLiteral("keyGroups");
    case GuideStep::Answer::FileTimes: return QStringLiteral("fileTimes");
    }
    return {};
}

GuideValues GuideValues::fromPlaybook(const Playbook &playbook, const QString &drive)
{
    GuideValues v;
    v.drive = drive;
    v.folder = QString(playbook.targetFolder).replace(u'/', u'\\');
    v.pattern = playbook.filePattern;
    v.prefix = playbook.filePattern.section(u'*', 0, 0);
    return v;
}

QString GuideValues::fill(QString text) const
{
    text.replace(QStringLiteral("{drive}"), drive);
    text.replace(QStringLiteral("{folder}"), folder);
    text.replace(QStringLiteral("{pattern}"), pattern);
    text.replace(QStringLiteral("{prefix}"), prefix);
    text.replace(QStringLiteral("{keyIdShape}"), keyIdShape);
    text.replace(QStringLiteral("{key}"), key);
    return text;
}

}  // namespace ra
