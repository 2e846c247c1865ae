// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The phone route: the technician guides a remote user through Windows' own recovery screens
// (WinRE), one wizard page per stretch of the guide (resources/guides/winre-phone.json). Labels
// and what to say are in the technician's language; every screen is shown as the user's Windows
// shows it, in the Windows language chosen on the first page. The pages work on the wizard's
// GuideSession (WizardFlow::guide()): the key looked up in the same exports as the bench, each
// group the user reads back checked by its checksum, the dir times judged by the playbook's
// rules, and a case and ticket "fixed by phone (WinRE)".

#include "domain/language.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace ra {
struct GuideSheetInput;
class GuideSession;
class RecoverySession;
struct GuideStep;
struct GuideBranch;
}

namespace ra::gui {

class DialogHooks;
class StatusMessage;
class WizardFlow;

// Key ID (or computer name) → the key from the loaded exports or bundles, with "Load key
// export…" beside it. Used by the phone route and the at-machine route (object names prefixed).
class KeyLookupBox : public QWidget {
    Q_OBJECT

public:
    KeyLookupBox(const QString &prefix, RecoverySession &session, DialogHooks &hooks, WizardFlow &flow,
                 QWidget *parent = nullptr);
    void retranslate();
    void reset();
    void setPrompt(const QString &prompt);
    QLineEdit *edit() const { return m_edit; }
    StatusMessage *message() const { return m_message; }

signals:
    void found();
    void notFound();

private:
    void lookUp();
    void loadExport();
    void showCount();

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;
    QLabel *m_prompt;
    QLineEdit *m_edit;
    QPushButton *m_lookupButton;
    QPushButton *m_loadButton;
    QLabel *m_count;
    StatusMessage *m_message;
};

// What the pages of the guide share: the session, the screen as the user's Windows shows it,
// the sentence to say, the keyboard notes.
class GuidePage : public QWizardPage {
    Q_OBJECT

public:
    GuidePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);

protected:
    GuideSession &guide() const;
    const GuideStep *step(const QString &id) const;
    const GuideBranch *branch(const QString &id) const;
    QString fill(const QString &text) const;
    // A numbered block for one step of the script: the screen (blue, or black for the Command
    // Prompt), what to say, the command, the keyboard notes. Refreshed by refreshStep().
    // number > 0: "Step N" in the heading (pages with several steps).
    QWidget *addStep(QVBoxLayout *layout, const QString &stepId, const QString &objectPrefix, int number = 0);
    void refreshStep(const QString &stepId);
    // What the user types in that step (the key masked unless the technician asked for it).
    void setCommand(const QString &stepId, const QString &command);
    // Scrolls the page so that widget shows (a small or scaled screen).
    void reveal(QWidget *widget);
    // Scrolls the page so that widget is at the top (when the page is taller than the window).
    void revealTop(QWidget *widget);
    // A branch of the guide (Safe Mode, repeated restarts, Safe Mode left on) as one framed text.
    QLabel *addBranch(QVBoxLayout *layout, const QString &branchId, const QString &objectName);
    void refreshBranch(QLabel *label, const QString &branchId, int fromStep = 0, int toStep = -1);
    static QFont monoFont(double scale = 1.0);

    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    WizardFlow *m_flow;

private:
    struct StepWidgets {
        QString id;
        int number = 0;
        QLabel *heading;
        QLabel *screen;
        QLabel *say;
        QLabel *command;
        QLabel *notes;
    };
    QList<StepWidgets> m_steps;
};

// 1. The user's Windows (language, version), the user's name, the Key ID read from the BitLocker
//    recovery screen → the key; no key: the Safe Mode route.
class PhoneKeyPage : public GuidePage {
    Q_OBJECT

public:
    PhoneKeyPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslate() override;

private:
    void windowsChanged();
    void showFound();
    GuideSheetInput sheetInput();

    QLabel *m_intro;
    QLabel *m_userLabel;
    QLineEdit *m_userEdit;
    QLabel *m_windowsLabel;
    QComboBox *m_windowsLanguage;
    QComboBox *m_windowsVersion;
    KeyLookupBox *m_lookup;
    QLabel *m_found;
    QWidget *m_noKey;
    QLabel *m_safeModeText;
    QCheckBox *m_safeModeCheck;
    QPushButton *m_copyGuideButton;
    QPushButton *m_pdfButton;
    StatusMessage *m_sheetMessage;
};

// 2. Esc / "Skip this drive" → Troubleshoot → Advanced options → Command Prompt.
class PhoneNavigatePage : public GuidePage {
    Q_OBJECT

public:
    PhoneNavigatePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslate() override;

private:
    QList<QCheckBox *> m_checks;  // one per step: the user's answer
    QLabel *m_safeModeHeading;
    QLabel *m_safeModeText;
};

// 3. manage-bde -status: the letter of the locked Windows volume.
class PhoneDrivePage : public GuidePage {
    Q_OBJECT

public:
    PhoneDrivePage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    QLabel *m_driveLabel;
    QLineEdit *m_driveEdit;
    StatusMessage *m_message;
};

// 4. manage-bde -unlock: the key read group by group, each read back and checked.
class PhoneReadKeyPage : public GuidePage {
    Q_OBJECT

public:
    PhoneReadKeyPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int currentGroup() const { return m_group; }

protected:
    void retranslate() override;

private:
    void showGroup(int group);
    void check();
    void showCommand();

    int m_group = 1;
    QList<int> m_states;  // per group: 0 not read back, 1 confirmed, 2 wrong last time
    QCheckBox *m_showKeyCheck;
    QWidget *m_groupBox;
    QLabel *m_groupNumber;
    QLabel *m_groupDigits;
    QLabel *m_progress;
    QLabel *m_readBackLabel;
    QLineEdit *m_readBackEdit;
    QPushButton *m_checkButton;
    QPushButton *m_previousButton;
    QPushButton *m_nextGroupButton;
    StatusMessage *m_verdict;
    QCheckBox *m_unlockedCheck;
};

// 5. dir …\C-00000291*: the times the user reads out, each file's verdict.
class PhoneFilesPage : public GuidePage {
    Q_OBJECT

public:
    PhoneFilesPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    void addLine();
    void showFiles();
    void fillZones();

    QLabel *m_safeModeText;
    QLabel *m_zoneLabel;
    QComboBox *m_zoneCombo;
    QLabel *m_lineLabel;
    QLineEdit *m_lineEdit;
    QPushButton *m_addButton;
    QListWidget *m_files;
    QCheckBox *m_noFilesCheck;
    StatusMessage *m_message;
};

// 6. del, exit, Continue; how it ended (fixed, still crashing, not finished) and the branches.
class PhoneFinishPage : public GuidePage {
    Q_OBJECT

public:
    PhoneFinishPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void retranslate() override;

private:
    QLabel *m_summary;
    QLabel *m_safeModeOff;
    QLabel *m_outcomeLabel;
    QRadioButton *m_fixedRadio;
    QRadioButton *m_crashingRadio;
    QRadioButton *m_unfinishedRadio;
    QLabel *m_restartsText;
    QLabel *m_safebootText;
};

// 7. The case is written; the ticket "fixed by phone (WinRE)" to copy; the next call.
class PhoneTicketPage : public GuidePage {
    Q_OBJECT

public:
    PhoneTicketPage(RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override { return -1; }
    QString previewText() const;

protected:
    void retranslate() override;

private:
    void render();
    Language ticketLanguage() const;

    QLabel *m_intro;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QPlainTextEdit *m_preview;
    QPushButton *m_copyButton;
    QPushButton *m_nextCallButton;
    StatusMessage *m_message;
};

}  // namespace ra::gui
