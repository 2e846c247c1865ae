// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Explains a read-only result (Windows hibernated or shut down with Fast Startup) and offers
// the one way out that changes the disk: removing the hibernation file, with its consequence.

#include <QFrame>

class QCheckBox;
class QLabel;

namespace ra::gui {

class ReadOnlyNotice : public QFrame {
    Q_OBJECT

public:
    explicit ReadOnlyNotice(QWidget *parent = nullptr);

    // reason: the session's sentence on why the volume is read-only.
    void showReason(const QString &reason);
    void reset();
    bool isShowing() const { return !isHidden(); }
    bool removeHiberfile() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_reason;
    QCheckBox *m_remove;
    QLabel *m_consequence;
};

}  // namespace ra::gui
