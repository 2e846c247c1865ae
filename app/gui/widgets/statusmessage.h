// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A message inside a page (errors are shown here, never as a modal dialog): hidden when empty.

#include <QLabel>

namespace ra::gui {

class StatusMessage : public QLabel {
    Q_OBJECT

public:
    enum class Kind { Info, Success, Error };
    explicit StatusMessage(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    void showError(const QString &text) { show(Kind::Error, text); }
    void showInfo(const QString &text) { show(Kind::Info, text); }
    void showSuccess(const QString &text) { show(Kind::Success, text); }
    void clear();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

}  // namespace ra::gui
