// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery key as 8 fields of 6 digits, the way the BitLocker recovery screen shows it.
// Typing moves on to the next field after 6 digits; a whole key pasted into any field fills all
// eight (and is taken off the clipboard); full-width digits become ASCII; each group is marked
// valid or wrong (its checksum) as soon as it is complete. Password echo until the user asks to
// see the digits.

#include "domain/recoverykey.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace ra::gui {

class KeyEntryWidget : public QWidget {
    Q_OBJECT

public:
    explicit KeyEntryWidget(QWidget *parent = nullptr);
    ~KeyEntryWidget() override;

    // All eight groups are complete and pass their checksum.
    bool isComplete() const;
    // The key typed so far; an error naming the wrong groups when it is not complete.
    Result<RecoveryKey> key() const;
    void setKey(const RecoveryKey &key);
    // Empties every field (and their undo history).
    void clear();
    bool isEmpty() const;

    // The volume refused this key: no group keeps its ✔ (a checksum is not the right key), the
    // first field gets the focus with its digits selected, so typing the key again replaces it.
    // Editing a group shows its own checksum mark again.
    void markRejected();
    bool isRejected(int group) const { return m_rejected.value(group); }

    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    RecoveryKey::GroupState groupState(int group) const;
    QLineEdit *field(int group) const { return m_fields.value(group); }
    // One sentence about the wrong groups; empty when nothing is wrong so far.
    QString problem() const;

signals:
    void changed();
    // Text was pasted or typed that holds no digit at all (it was ignored).
    void noDigitsIgnored();

public:
    // Narrow enough for two rows of four groups (a small or scaled screen): the page never
    // needs a horizontal scroll bar for the key.
    QSize minimumSizeHint() const override;
    bool isTwoRows() const { return m_twoRows; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onEdited(int group, const QString &text);
    void fillFrom(int group, const QString &digits);
    void updateMark(int group);
    void retranslate();
    int rowWidth(int groups) const;
    void placeGroups(bool twoRows);

    QList<QLineEdit *> m_fields;
    QList<QLabel *> m_marks;
    QList<QLabel *> m_dashes;  // after groups 1..7
    bool m_twoRows = false;
    QList<bool> m_rejected;
    bool m_revealed = false;
    bool m_filling = false;
};

}  // namespace ra::gui
