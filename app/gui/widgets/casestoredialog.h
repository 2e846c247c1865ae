// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The case store settings (where the store is, this bench's name and site) and the incident
// report, from the start page. The password is never asked here: ~/.pgpass or the keychain.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace ra::gui {

class DialogHooks;
class StatusMessage;

class CaseStoreDialog : public QDialog {
    Q_OBJECT

public:
    CaseStoreDialog(DialogHooks *hooks, QWidget *parent = nullptr);

    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *benchEdit() const { return m_bench; }
    QLineEdit *siteEdit() const { return m_site; }
    StatusMessage *message() const { return m_message; }

    // Saves the fields (the settings) and checks the store answers; false with a sentence if not.
    bool saveSettings();
    // Asks where, writes the report in the wizard's language; false with a sentence if not.
    bool writeReport();

private:
    DialogHooks *m_hooks;
    QLineEdit *m_location;
    QLineEdit *m_bench;
    QLineEdit *m_site;
    StatusMessage *m_message;
};

}  // namespace ra::gui
