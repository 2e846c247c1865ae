// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Recovery key: the Key ID to look for, the key typed in 8 groups (or a .BEK startup key file).
// A wrong key is said in the page, what was typed stays; the fields are cleared whenever the
// page is left backwards, after the volume opened, and for the next machine.

#include "domain/volume.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ui {
class KeyPage;
}

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class KeySymbolsView;

class KeyEntryWidget;
class DialogHooks;
class WizardFlow;

class KeyPage : public QWizardPage {
    Q_OBJECT

public:
    KeyPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    ~KeyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Wipes the key fields and the chosen .BEK file.
    void clearSecrets();
    KeyEntryWidget *keyEntry() const;

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void chooseStartupKeyFile();
    void updateKeyProblem();
    void loadKeyExport();
    // Fills the key of the volume's Key ID from the loaded exports (else, after asking, one the
    // exports hold for the computer the drive names); false when none is filled in.
    bool fillFromEscrow();
    void useOffered(UnlockMaterial offered, const QString &note);
    void showRejected();
    void showStoreChoice();

    std::unique_ptr<Ui::KeyPage> ui;
    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QString m_startupKeyFile;
    QPushButton *m_escrowButton;
    QLabel *m_escrowSource;
    QLabel *m_storeNote;  // keys kept in memory only (no keychain)
    QCheckBox *m_keepKeyCheck;  // keep the key for after a reboot (only with a usable keychain)
    QPushButton *m_clearButton;
    // The typed or found key as Code 128 and QR, for a USB scanner at the machine (hidden by default).
    QPushButton *m_barcodeButton;
    KeySymbolsView *m_symbols;
    void showSymbols();
    int m_rejectedAttempts = 0;  // > 0 while the message says the disk refused the key
    bool m_noDigits = false;     // the message says that text without digits was ignored
    bool m_goOn = false;         // opened off the UI thread: the next validatePage() goes on
    KeySource m_keySource;  // where the key in the fields came from, when not typed
    bool m_fillingFromEscrow = false;
};

}  // namespace ra::gui
