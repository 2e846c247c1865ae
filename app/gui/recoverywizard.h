// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery as a guided flow: Start → Detect → Recovery key (only when needed) → Review →
// Repair → Ticket. Pages are thin: they bind widgets to the RecoverySession and ask it whether
// they may go on; this class only holds what the pages share (the session, the dialog hooks,
// the chosen targets, the UI language).

#include "domain/language.h"
#include "domain/result.h"
#include "wizardflow.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <memory>

namespace ra {
class GuideSession;
class RecoverySession;
struct UnlockMaterial;
}

namespace ra::gui {

class BusyBar;
class DialogHooks;
class KeyPage;
class ReadOnlyNotice;
class StartPage;
class StatusMessage;

class RecoveryWizard : public QWizard, public WizardFlow {
    Q_OBJECT

public:
    // Neither session nor hooks are owned; both must outlive the wizard.
    RecoveryWizard(RecoverySession *session, DialogHooks *hooks, QWidget *parent = nullptr);
    ~RecoveryWizard() override;

    RecoverySession *session() const { return m_session; }
    DialogHooks *hooks() const { return m_hooks; }

    // What Start chose: a device, image file or folder, the practice target, or none (every disk).
    void setTargets(const QStringList &targets) override { m_targets = targets; }
    QStringList targets() const override { return m_targets; }

    // Switches every page to the language at once (live retranslation) and remembers it.
    void setLanguage(Language language) override;
    Language language() const override;

    void runBusy(QWizardPage *page, const QString &what, Work work, Then then, bool cancellable = true) override;
    bool isBusy() const override { return !m_busyPage.isNull(); }
    bool busyCancelled() const override { return isBusy() && m_busyCancelled; }
    // Cancel of the running work (the busy bar's button, Esc or the window's close button).
    void cancelBusy();
    BusyBar *busyBar(QWizardPage *page) const;

    void openSelectedVolume(QWizardPage *page, const UnlockMaterial &material, ReadOnlyNotice *notice,
                            StatusMessage *message, std::function<void(bool)> then) override;
    void startNextMachine() override;
    GuideSession &guide() override { return *m_guide; }

signals:
    void languageChanged(ra::Language language);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void toggleLanguage();
    static void makeScrollable(QWizardPage *page);
    void fitToScreen();

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    std::unique_ptr<GuideSession> m_guide;
    KeyPage *m_keyPage = nullptr;
    StartPage *m_startPage = nullptr;
    QStringList m_targets;
    QPointer<QWizardPage> m_busyPage;
    bool m_busyCancelled = false;
    bool m_busyCancellable = true;
};

}  // namespace ra::gui
