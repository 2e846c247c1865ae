// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One machine's case as a state machine: detect → unlock → inspect → plan → remediate → ticket.
// The GUI pages and the CLI drive this same object; it owns no widgets (Calamares' Config role):
// pages bind to its properties and signals and ask it whether they may go on.
//
// Thread: use it from one thread (the GUI thread). startRemediation() runs the disk work on a
// worker thread and reports back through queued signals.

#include "domain/case.h"
#include "domain/playbook.h"
#include "domain/ticket.h"
#include "system/volumes/channelfilescanner.h"
#include "system/secrets/secretstore.h"
#include "system/volumebackend.h"

#include "workflow/keyrule.h"
#include "workflow/keysupply.h"
#include "workflow/targetidentity.h"

#include <QFutureWatcher>

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace ra {



class RecoverySession : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString technician READ technician WRITE setTechnician NOTIFY identityChanged)
    Q_PROPERTY(QString ticketReference READ ticketReference WRITE setTicketReference NOTIFY identityChanged)

public:
    enum class State {
        Idle,         // nothing detected yet
        Detected,     // volumes listed; choose one
        NeedsKey,     // the chosen volume is locked: give a key (or a .BEK file)
        Inspected,    // opened, Windows located, findings listed; choose what to remove
        Remediating,  // the plan runs on a worker thread
        Remediated,   // the plan ran (see currentCase().outcome)
        Closed,       // every mount undone; ticket written to the case folder
        Failed,       // an error that ends this case (see lastError())
    };
    Q_ENUM(State)

    using Backends = std::vector<std::unique_ptr<VolumeBackend>>;
    // Folder (an already mounted Windows volume), practice target, real disks and images.
    static Backends defaultBackends();
    // The target string that selects the training volume ("practice:").
    static QString practiceTarget();
    // The recovery key printed on the practice sheet (only valid for the practice volume).
    static QString practiceKeyText();

    explicit RecoverySession(Backends backends = defaultBackends(), QObject *parent = nullptr);
    ~RecoverySession() override;  // closes whatever is still open

    State state() const { return m_state; }
    // The last error of a step; empty after a step succeeded.
    const Error &lastError() const { return m_lastError; }

    // Who and where: kept across reset() (the next machine).
    QString technician() const { return m_technician; }
    void setTechnician(const QString &name);
    QString ticketReference() const { return m_ticketReference; }
    void setTicketReference(const QString &reference);
    // Where case folders go (default: AppDirs::casesDir()); --quarantine overrides the quarantine.
    void setCasesDir(const QString &dir);
    QString casesDir() const { return m_casesDir; }
    void setQuarantineDir(const QString &dir);
    const Playbook &playbook() const { return m_playbook; }

    // 1. Detect: the volumes of these targets (folders, devices, images, practiceTarget());
    //    with none, every disk the backends can see.
    Status detect(const QStringList &targets);
    const QList<VolumeInfo> &volumes() const { return m_volumes; }
    // What the volume is: "BitLocker (XTS-AES 128), 237 GB" (the ticket's disk description).
    QString volumeDescription(const VolumeInfo &volume) const;
    QString volumeDescription(const VolumeInfo &volume, Language language) const;
    // What it is and its state now: "BitLocker (XTS-AES 128), 237 GB, locked, Key ID 64311DEA",
    // "NTFS, 237 GB, Windows 11 Pro, channel file 291 faulty version present" … (UI language).
    QString volumeSummary(const VolumeInfo &volume) const;
    Status selectVolume(int index);
    int selectedIndex() const { return m_selected; }
    const VolumeInfo *selectedVolume() const;
    // The selected volume is BitLocker and needs a key (no clear key).
    bool needsKey() const;
    // The recovery Key IDs of the selected volume (what the technician looks up).
    QList<ProtectorId> keyIds() const;

    // The keychain for keys of open cases (the wizard sets the system one; the CLI none).
    // Keys are filed under the volume's Key ID, so the same machine reopened after a reboot
    // finds its key; a case closed as fixed deletes it; entries older than 24 h are purged now.
    void setSecretStore(std::unique_ptr<SecretStore> store) { m_keys.setSecretStore(std::move(store)); }
    // The system's keychain (Secret Service), or memory only when there is none.
    void useSystemKeychain() { m_keys.useSystemKeychain(); }
    // The one sentence to show when keys can only be kept in memory (no keychain); else empty.
    QString secretStoreMessage() const { return m_keys.keychainMessage(); }
    // Keys can be kept for after a reboot now (a keychain is there and unlocked).
    bool canKeepKeys() const { return m_keys.canKeep(); }
    // The technician's choice: keep the key of an opened volume for after a reboot (default on).
    void setKeepKeys(bool keep) { m_keepKeys = keep; }
    bool keepKeys() const { return m_keepKeys; }
    // The key kept for the selected volume from an earlier run, as unlock material (source: the
    // keychain), if any.
    std::optional<UnlockMaterial> savedKeyMaterial() const { return m_keys.kept(keyIds()); }

    // Key exports (CSV/JSON from AD, Entra ID, Intune, MBAM, CrowdStrike's script), kept in
    // memory only, across machines (reset() keeps them) until the session ends.
    Status importKeyExport(const QString &path) { return m_keys.importExport(path); }
    int exportKeyCount() const { return m_keys.exports().keyCount(); }
    // The loaded exports (the CLI adds key bundles to them); several sessions may share one set
    // (the batch: one set for every target, looked up one at a time).
    KeyExports &keyExports() { return m_keys.exports(); }
    void shareKeyExports(std::shared_ptr<KeyExports> exports) { m_keys.shareExports(std::move(exports)); }
    std::shared_ptr<KeyExports> sharedKeyExports() const { return m_keys.sharedExports(); }

    // The one key rule (keychain → the volume's Key IDs → its computer name) over this session's
    // keychain and loaded exports, for the selected volume.
    KeyOffer keyOffer() const;

    // 2. Unlock, mount READ-ONLY and inspect in one step: nothing on the disk is written before
    //    the plan is confirmed (startRemediation()/remediateBlocking() reopen it for writing,
    //    with every guard). KeyRejected keeps the state NeedsKey and counts the attempt; a
    //    hibernated Windows is found here too (isReadOnly(), readOnlyReason()).
    //    options.readOnly: inspection only (a dry run): the session never writes.
    //    options.removeHiberfile: the user agreed to discard the hibernation file; it is
    //    removed when the confirmed plan runs, not now.
    //    material.source is what the ticket says about where the key came from.
    Status open(UnlockMaterial material, const OpenOptions &options = {});
    // The same after the volume was opened once (the user came back from Review, or chose to
    // remove the hibernation file after a read-only open): what is open is closed first.
    Status reopen(UnlockMaterial material, const OpenOptions &options = {});
    // The hibernation two-step: a volume that opened read-only is explained first (ReadOnly
    // returned, nothing else changes); the second call goes on read-only, or opens it again
    // with the hibernation file removed when removeHiberfile.
    Status openOrConfirmReadOnly(UnlockMaterial material, bool readOnlyExplained, bool removeHiberfile);
    int failedKeyAttempts() const { return m_failedKeyAttempts; }
    // The volume cannot be written by the plan (hibernated without the user's yes to remove the
    // hibernation file, a write-protected image or device, a dry run). The read-only mount of
    // the plan itself does not count.
    bool isReadOnly() const;
    // The user's yes to discarding the hibernation file (done when the confirmed plan runs).
    void setRemoveHiberfile(bool remove) { m_removeHiberfile = remove; }
    bool removeHiberfile() const { return m_removeHiberfile; }
    QString readOnlyReason() const;

    // 3. Findings and the plan (nothing on the disk changes before startRemediation()).
    const Case &currentCase() const { return m_case; }
    const QList<Finding> &findings() const { return m_case.findings; }
    void setSelected(int findingIndex, bool selected);
    // "All channel-291 files (vendor procedure)": select every finding; off restores the default.
    void setVendorProcedure(bool all);
    bool vendorProcedure() const { return m_vendorProcedure; }
    QList<Finding> selectedFindings() const;
    // Every step of the plan in the UI language, before anything runs.
    QStringList planSteps() const;
    // How many steps the plan has when every finding is selected (the review page reserves room for it).
    int planStepsWhenAllSelected() const;

    // 4. Remediate. startRemediation() returns at once; progress() and remediationFinished()
    //    follow. cancel() stops between files (a file is never left half done).
    void startRemediation();
    Status remediateBlocking();  // the CLI: the same work on the calling thread
    // A stop that came after the volume was opened and before the first file (the batch): the
    // case records "cancelled" with nothing removed, as a Stop of one at that point does.
    Status recordStoppedBeforeRemediation(const QString &message);
    // The outcome in one sentence for the user (after the repair ran).
    QString outcomeSentence() const;
    // Where this case's quarantine copies go.
    QString quarantineDir() const;
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }

    // Undo the mounts of the selected volume without finishing a case (scan only): back to Detected.
    Status unmount();

    // 5. Close every mount (in order), finish the case and write case.json and the ticket
    //    (text, Markdown and JSON in the ticket language) into the case folder.
    Status close();
    // close() unless the case is closed already (the ticket page, coming back to it).
    Status finish();
    void setTicketLanguage(Language language) { m_ticketLanguage = language; }
    Language ticketLanguage() const { return m_ticketLanguage; }
    QString ticket(TicketFormat format, Language language) const;

    // Start a fresh case for the next machine: technician, ticket language and backends kept.
    void reset();

signals:
    void stateChanged(ra::RecoverySession::State state);
    void identityChanged();
    void volumesChanged();
    void caseChanged();
    void progress(const QString &step, int done, int total);
    void remediationFinished(bool ok, const QString &message);

private:
    void setState(State state);
    Status fail(const Error &error, State next);
    Status inspect();
    Status prepareRemediation();
    // On the worker: the guards between the confirmation and the first write (the image file is
    // still the one that was opened; reopened for writing; the files are the confirmed ones).
    // Returns the confirmed files as the writable mount shows them.
    Result<QList<Finding>> reopenForWriting(Report &report);
    Status runRemediation(std::shared_ptr<Report> report, QList<RemovedFile> *removed);
    void finishRemediation(const Status &status, const Report &report, const QList<RemovedFile> &removed);
    void decideOutcome(const Status &status);
    VolumeBackend *backendFor(const VolumeInfo &volume) const;

    Backends m_backends;
    Playbook m_playbook;
    State m_state = State::Idle;
    Error m_lastError;
    QString m_technician;
    QString m_ticketReference;
    QString m_casesDir;
    QString m_quarantineDir;
    Language m_ticketLanguage = Language::English;
    QList<VolumeInfo> m_volumes;
    int m_selected = -1;
    int m_failedKeyAttempts = 0;
    bool m_vendorProcedure = false;
    bool m_keepKeys = true;
    bool m_removeHiberfile = false;
    bool m_inspectOnly = false;      // opened with options.readOnly: never written
    UnlockMaterial m_material;       // what opened the volume, for the reopen to write (wiped at close)
    TargetIdentity m_identity;       // the image file or device node as it was at open()
    std::unique_ptr<Mount> m_mount;
    KeySupply m_keys;
    Case m_case;
    ScanResult m_scan;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<Status> *m_watcher = nullptr;
};

}  // namespace ra
