// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fieldtext.h"

#include "domain/keyshape.h"

namespace ra {

QString FieldText::label(Field field)
{
    switch (field) {
    case Field::Technician: return tr("Technician name");
    case Field::TicketReference: return tr("Ticket reference");
    case Field::Bench: return tr("Bench name");
    case Field::Site: return tr("Site name");
    case Field::ComputerName: return tr("Computer name");
    case Field::Notes: return tr("Notes");
    }
    return {};
}

QString FieldText::problem(Field field, QStringView text, int maxLength)
{
    if (text.size() > maxLength)
        return tr("The field \"%1\" is longer than %2 characters; shorten it.").arg(label(field)).arg(maxLength);
    if (hasHostileCharacter(text))
        return tr("The field \"%1\" contains a control or text-direction character; type it again without it.").arg(label(field));
    if (KeyShape::containsRecoveryKey(text))
        return tr("The field \"%1\" contains something shaped like a recovery key; a recovery key is never written into a ticket or a case.")
            .arg(label(field));
    return {};
}

bool FieldText::isHostile(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)    // C0 (escape, line breaks, tab), DEL, C1
           || c == 0x061C                           // Arabic letter mark
           || (c >= 0x200B && c <= 0x200F)          // zero-width spaces and joiners, LRM, RLM
           || (c >= 0x2028 && c <= 0x202E)          // line/paragraph separators, embeddings, overrides
           || (c >= 0x2060 && c <= 0x206F)          // word joiner, invisible operators, isolates, deprecated formats
           || c == 0xFEFF                           // byte order mark
           || (c >= 0xFFF9 && c <= 0xFFFB);         // interlinear annotations
}

bool FieldText::hasHostileCharacter(QStringView text)
{
    for (const char32_t c : text.toUcs4())
        if (isHostile(c))
            return true;
    return false;
}

QString FieldText::escaped(QStringView text)
{
    if (!hasHostileCharacter(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += QStringLiteral("\\\\");
        else if (u < 0x100 && isHostile(u))
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if (isHostile(u))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

}  // namespace ra
