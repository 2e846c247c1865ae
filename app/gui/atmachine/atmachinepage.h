// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// At the machine: the key looked up by the Key ID on the BitLocker recovery screen, shown as a
// Code 128 barcode and a QR code for a keyboard-emulating USB scanner (KeySymbolsView), with
// Hide; wiped when hidden, when the page is left and for the next machine.

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class KeyLookupBox;
class KeySymbolsView;
class WizardFlow;

class AtMachinePage : public QWizardPage {
    Q_OBJECT

public:
    AtMachinePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; }

    bool symbolsShown() const;
    // Wipes the symbols and the looked-up key from the screen.
    void clearSymbols();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSymbols();

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QLabel *m_intro;
    KeyLookupBox *m_lookup;
    KeySymbolsView *m_symbols;
    QPushButton *m_hideButton;
    QPushButton *m_nextMachineButton;
};

}  // namespace ra::gui
