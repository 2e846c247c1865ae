// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a page may ask of the wizard it sits in, besides the RecoverySession and the DialogHooks
// it is given: the chosen targets, the UI language, work off the UI thread with a busy bar, the
// opening of the selected volume, and the next machine. Pages know this interface, never
// RecoveryWizard; QWizardPage::wizard() gives them QWizard's own navigation (next, buttons).

#include "domain/language.h"
#include "domain/result.h"

#include <QStringList>

#include <functional>

class QWizardPage;

namespace ra {
class GuideSession;
struct UnlockMaterial;
}

namespace ra::gui {

class ReadOnlyNotice;
class StatusMessage;

class WizardFlow {
public:
    enum PageId {
        StartPageId,
        DetectPageId,
        KeyPageId,
        ReviewPageId,
        RepairPageId,
        TicketPageId,
        // Without the disk: guiding a user by phone through WinRE, and the key as a barcode.
        PhoneKeyPageId,
        PhoneNavigatePageId,
        PhoneDrivePageId,
        PhoneReadKeyPageId,
        PhoneFilesPageId,
        PhoneFinishPageId,
        PhoneTicketPageId,
        AtMachinePageId,
        // Several disks at once (the batch).
        BatchPageId,
    };

    virtual ~WizardFlow() = default;

    // What Start chose: a device, image file or folder, the practice target, or none (every disk).
    virtual void setTargets(const QStringList &targets) = 0;
    virtual QStringList targets() const = 0;

    // Switches every page to the language at once (live retranslation) and remembers it.
    virtual void setLanguage(Language language) = 0;
    virtual Language language() const = 0;

    // Runs work on a worker thread while the page's busy bar says what runs, with Cancel; the
    // page and the Back/Next buttons are disabled meanwhile, the window stays responsive.
    // then(status, cancelled) runs on the UI thread afterwards.
    using Work = std::function<Status()>;
    using Then = std::function<void(const Status &status, bool cancelled)>;
    virtual void runBusy(QWizardPage *page, const QString &what, Work work, Then then, bool cancellable = true) = 0;
    virtual bool isBusy() const = 0;
    // Cancel was asked for the running work (its button, Esc, closing the window).
    virtual bool busyCancelled() const = 0;

    // Opens the selected volume off the UI thread; then(true) means go on. False keeps the user
    // on the page: an error is shown, or a read-only (hibernated) result is explained first; a
    // second call then goes on read-only, or reopens with the hibernation file removed when
    // the user ticked that. Cancelled: the volume is released again.
    virtual void openSelectedVolume(QWizardPage *page, const UnlockMaterial &material, ReadOnlyNotice *notice,
                                    StatusMessage *message, std::function<void(bool)> then) = 0;

    // A fresh case for the next machine: key fields wiped, technician and language kept.
    virtual void startNextMachine() = 0;

    // The phone route's session (and the at-machine route's key lookup): the same key exports
    // as the bench, a case of its own per call.
    virtual GuideSession &guide() = 0;

    // For validatePage() of a page that went on through runBusy(): true once, after then().
    static bool takeGoOn(bool &flag)
    {
        const bool was = flag;
        flag = false;
        return was;
    }
};

}  // namespace ra::gui
