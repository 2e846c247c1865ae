// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/guidesheet.h"

#include <QRegularExpression>

namespace ra {

namespace {

constexpr const char *kCtx = "GuideSheet";

// One line of the sheet: a label and its lines; the three formats differ only in markup.
struct Writer {
    GuideFormat format;
    QString out;

    static QString html(const QString &s) { return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")); }

    void heading(const QString &text, int level)
    {
        switch (format) {
        case GuideFormat::Text: out += text + u'\n' + QString(text.size(), level == 1 ? u'=' : u'-') + u'\n'; break;
        case GuideFormat::Markdown: out += QString(level + 1, u'#') + u' ' + text + QStringLiteral("\n\n"); break;
        case GuideFormat::Html: out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(html(text)); break;
        }
    }
    void field(const QString &label, const QString &value)
    {
        switch (format) {
        case GuideFormat::Text: out += label + QStringLiteral(": ") + value + u'\n'; break;
        case GuideFormat::Markdown: out += QStringLiteral("- **%1:** %2\n").arg(label, value); break;
        case GuideFormat::Html: out += QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(html(label), html(value)); break;
        }
    }
    // A block shown as on screen (monospace); indented in text.
    void screen(const QString &label, const QString &lines)
    {
        switch (format) {
        case GuideFormat::Text:
            out += QStringLiteral("   %1:\n").arg(label);
            for (const QString &l : lines.split(u'\n'))
                out += QStringLiteral("     | ") + l + u'\n';
            break;
        case GuideFormat::Markdown:
            out += QStringLiteral("%1:\n\n```\n%2\n```\n\n").arg(label, lines);
            break;
        case GuideFormat::Html:
            out += QStringLiteral("<p><b>%1:</b></p><pre>%2</pre>\n").arg(html(label), lines.toHtmlEscaped());
            break;
        }
    }
    void item(const QString &label, const QString &value)
    {
        switch (format) {
        case GuideFormat::Text: out += QStringLiteral("   %1: %2\n").arg(label, value); break;
        case GuideFormat::Markdown: out += QStringLiteral("%1: %2\n\n").arg(label, value); break;
        case GuideFormat::Html: out += QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(html(label), html(value)); break;
        }
    }
    void code(const QString &label, const QString &command)
    {
        switch (format) {
        case GuideFormat::Text: out += QStringLiteral("   %1: %2\n").arg(label, command); break;
        case GuideFormat::Markdown: out += QStringLiteral("%1: `%2`\n\n").arg(label, command); break;
        case GuideFormat::Html: out += QStringLiteral("<p><b>%1:</b> <code>%2</code></p>\n").arg(html(label), command.toHtmlEscaped()); break;
        }
    }
    void numbered(int n, const QString &text)
    {
        switch (format) {
        case GuideFormat::Text: out += QStringLiteral("%1. %2\n").arg(n).arg(text); break;
        case GuideFormat::Markdown: out += QStringLiteral("%1. %2\n").arg(n).arg(text); break;
        case GuideFormat::Html: out += QStringLiteral("<p>%1. %2</p>\n").arg(n).arg(html(text)); break;
        }
    }
    void gap() { out += u'\n'; }
};

}  // namespace

std::optional<GuideFormat> GuideSheet::formatFromKey(const QString &key)
{
    if (key == QLatin1String("text"))
        return GuideFormat::Text;
    if (key == QLatin1String("markdown"))
        return GuideFormat::Markdown;
    if (key == QLatin1String("html"))
        return GuideFormat::Html;
    return std::nullopt;
}

QString GuideSheet::render(const GuideSheetInput &in, GuideFormat format)
{
    const GuideScript &script = *in.script;
    auto t = [&](const char *text) { return translate(in.technician, kCtx, text); };
    const GuideValues &v = in.values;
    Writer w{format, {}};
    if (format == GuideFormat::Html)
        w.out += QStringLiteral("<html><body>\n");
    w.heading(script.title.text(in.technician), 1);
    if (format == GuideFormat::Text)
        w.gap();
    if (!in.keyId.isEmpty())
        w.field(t(QT_TRANSLATE_NOOP("GuideSheet", "Key ID")), in.keyId);
    if (!in.host.isEmpty())
        w.field(t(QT_TRANSLATE_NOOP("GuideSheet", "Computer")), in.host);
    w.field(t(QT_TRANSLATE_NOOP("GuideSheet", "Windows drive in the Recovery Environment")), v.drive);
    w.field(t(QT_TRANSLATE_NOOP("GuideSheet", "Screens shown as")),
            in.windows == Language::Japanese ? t(QT_TRANSLATE_NOOP("GuideSheet", "Japanese Windows"))
                                             : t(QT_TRANSLATE_NOOP("GuideSheet", "English Windows")));
    w.gap();

    int n = 0;
    for (const GuideStep &step : script.steps) {
        static const QRegularExpression sentenceEnd(QStringLiteral("[.。](\\s|$)"));
        const QString say = v.fill(step.say.text(in.technician));
        const qsizetype end = say.indexOf(sentenceEnd);
        w.heading(QStringLiteral("%1. %2").arg(++n).arg(end < 0 ? say : say.left(end + 1)), 2);
        w.screen(t(QT_TRANSLATE_NOOP("GuideSheet", "The user sees")), v.fill(step.screen11.text(in.windows)));
        if (!step.screen10.en.isEmpty())
            w.screen(t(QT_TRANSLATE_NOOP("GuideSheet", "On Windows 10")), v.fill(step.screen10.text(in.windows)));
        w.item(t(QT_TRANSLATE_NOOP("GuideSheet", "Say")), say);
        if (!step.command.isEmpty())
            w.code(t(QT_TRANSLATE_NOOP("GuideSheet", "The user types")), v.fill(step.command));
        if (step.answer == GuideStep::Answer::KeyGroups && !in.keyGroups.isEmpty()) {
            QStringList numbered;
            for (int g = 0; g < in.keyGroups.size(); ++g)
                numbered << QStringLiteral("%1) %2").arg(g + 1).arg(in.keyGroups[g]);
            w.screen(t(QT_TRANSLATE_NOOP("GuideSheet", "Recovery key, group by group")), numbered.join(u'\n'));
        }
        w.item(t(QT_TRANSLATE_NOOP("GuideSheet", "The user answers")), step.answerPrompt.text(in.technician));
        for (const QString &note : step.notes)
            w.item(t(QT_TRANSLATE_NOOP("GuideSheet", "Keyboard")), script.keyboardNotes.value(note).text(in.technician));
        w.gap();
    }

    w.heading(t(QT_TRANSLATE_NOOP("GuideSheet", "If it does not go this way")), 2);
    for (const GuideBranch &branch : script.branches) {
        w.item(t(QT_TRANSLATE_NOOP("GuideSheet", "When")), branch.when.text(in.technician));
        int s = 0;
        for (const GuideBranchStep &step : branch.steps)
            w.numbered(++s, v.fill(step.text.text(in.technician)));
        w.gap();
    }
    if (format == GuideFormat::Html)
        w.out += QStringLiteral("</body></html>\n");
    return w.out;
}

}  // namespace ra
