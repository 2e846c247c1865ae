// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// At the machine: the recovery key as a Code 128 barcode and a QR code for a keyboard-emulating
// USB scanner at the BitLocker recovery screen (the 48 digits; the screen adds the dashes),
// large and black on white, the Key ID beside them to compare with the screen, and Hide. The
// symbols are drawn in memory (recovery_print, libzint): never written to disk, never logged,
// wiped when hidden, when the page is left and for the next machine.

#include <QImage>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class KeyLookupBox;
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
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showSymbols();
    void placeSymbols();

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QLabel *m_intro;
    KeyLookupBox *m_lookup;
    QWidget *m_symbols;
    QLabel *m_code128;
    QLabel *m_qr;
    QLabel *m_keyIdCaption;
    QLabel *m_keyId;
    QLabel *m_fullKeyId;
    QLabel *m_scanHint;
    QPushButton *m_hideButton;
    QPushButton *m_nextMachineButton;
    QImage m_code128Modules;  // one pixel per module; scaled to the screen when placed
    QImage m_qrModules;
};

}  // namespace ra::gui
