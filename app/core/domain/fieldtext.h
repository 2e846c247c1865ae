// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The texts people type that end up written somewhere (ticket, case.json, the case store, the
// report, a launcher's command line): technician, ticket reference, bench, site, and the names a
// case brings along (computer name, notes). One rule for all of them, checked at input:
//   - at most MaxLength characters;
//   - no control character (C0, DEL, C1: escape sequences, line breaks, tabs) and no character
//     that changes the text direction or hides (RLM, ALM, LRM, the embeddings, overrides and
//     isolates, zero-width marks, line/paragraph separators, BOM);
//   - nothing shaped like a recovery key (KeyShape).
// And one way to show untrusted text where it is rendered anyway (tickets, the terminal): every
// such character escaped as \xNN or \uNNNN, a backslash doubled. Pure, no I/O.

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace ra {

class FieldText {
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    enum class Field { Technician, TicketReference, Bench, Site, ComputerName, Notes };

    // The longest technician, ticket reference, bench or site name accepted at input.
    static constexpr int MaxLength = 128;

    // Empty when text may be written; else one sentence naming the field and what is wrong.
    static QString problem(Field field, QStringView text, int maxLength = MaxLength);
    // The field's name in the sentences ("technician name").
    static QString label(Field field);

    // A control or text-direction character (the list above).
    static bool isHostile(char32_t c);
    static bool hasHostileCharacter(QStringView text);
    // text with every hostile character escaped (\x1b, \u202e) and '\' as "\\" — only when the
    // text has a hostile character; otherwise text unchanged.
    static QString escaped(QStringView text);
};

}  // namespace ra
