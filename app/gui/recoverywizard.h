// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery as a guided flow: Start → Detect → Recovery key (only when needed) → Review →
// Repair → Ticket. Pages are thin: they bind widgets to the RecoverySession and ask it whether
// they may go on; this class only holds what the pages share (the session, the dialog hooks,
// the chosen targets, the UI language).

#include "domain/language.h"
#include "domain/result.h"

#include <QStringList>
#include <QWizard>

#include <memory>

namespace ra {
class RecoverySession;
struct UnlockMaterial;
}

namespace ra::gui {

class DialogHooks;
class KeyPage;
class ReadOnlyNotice;
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

    // Opens the selected volume. False keeps the user on the page: an error is shown, or a
    // read-only (hibernated) result is explained first; a second call then goes on read-only,
    // or reopens with the hibernation file removed when the user ticked that.
    bool openSelectedVolume(const UnlockMaterial &material, ReadOnlyNotice *notice, StatusMessage *message);

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

    RecoverySession *m_session;
    DialogHooks *m_hooks;
    KeyPage *m_keyPage = nullptr;
    QStringList m_targets;
};

}  // namespace ra::gui
