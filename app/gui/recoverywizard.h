// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery as a guided flow: Start → Detect → Recovery key (only when needed) → Review →
// Repair → Ticket. Pages are thin: they bind widgets to the RecoverySession and ask it whether
// they may go on; this class only holds what the pages share (the session, the dialog hooks,
// the chosen targets, the UI language).

#include "domain/language.h"
#include "domain/result.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <functional>
#include <memory>

namespace ra {
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

class RecoveryWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { StartPageId, DetectPageId, KeyPageId, ReviewPageId, RepairPageId, TicketPageId };
    Q_ENUM(PageId)

    // Neither session nor hooks are owned; both must outlive the wizard.
    RecoveryWizard(RecoverySession *session, DialogHooks *hooks, QWidget *parent = nullptr);
    ~RecoveryWizard() override;

    RecoverySession *session() const { return m_session; }
    DialogHooks *hooks() const { return m_hooks; }

    // What Start chose: a device, image file or folder, the practice target, or none (every disk).
    void setTargets(const QStringList &targets) { m_targets = targets; }
    QStringList targets() const { return m_targets; }

    // Switches every page to the language at once (live retranslation) and remembers it.
    void setLanguage(Language language);
    Language language() const;

    // Runs work on a worker thread while the page's busy bar says what runs, with Cancel; the
    // page and the Back/Next buttons are disabled meanwhile, the window stays responsive.
    // then(status, cancelled) runs on the UI thread afterwards.
    using Work = std::function<Status()>;
    using Then = std::function<void(const Status &status, bool cancelled)>;
    void runBusy(QWizardPage *page, const QString &what, Work work, Then then, bool cancellable = true);
    bool isBusy() const { return !m_busyPage.isNull(); }
    // Cancel of the running work (the busy bar's button, Esc or the window's close button).
    void cancelBusy();
    BusyBar *busyBar(QWizardPage *page) const;

    // Opens the selected volume off the UI thread; then(true) means go on. False keeps the user
    // on the page: an error is shown, or a read-only (hibernated) result is explained first; a
    // second call then goes on read-only, or reopens with the hibernation file removed when
    // the user ticked that. Cancelled: the volume is released again.
    void openSelectedVolume(QWizardPage *page, const UnlockMaterial &material, ReadOnlyNotice *notice,
                            StatusMessage *message, std::function<void(bool)> then);
    // For validatePage() of a page that went on through runBusy(): true once, after then().
    static bool takeGoOn(bool &flag)
    {
        const bool was = flag;
        flag = false;
        return was;
    }

    // A fresh case for the next machine: key fields wiped, technician and language kept.
    void startNextMachine();

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
    KeyPage *m_keyPage = nullptr;
    StartPage *m_startPage = nullptr;
    QStringList m_targets;
    QPointer<QWizardPage> m_busyPage;
    bool m_busyCancelled = false;
    bool m_busyCancellable = true;
};

}  // namespace ra::gui
