// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unattended batch: for every target, open it with the key a key source supplies, plan the
// default selection, remediate, close and write its case (one case and one ticket per target).
// No prompt. A target whose key the source does not have is skipped and reported, never guessed.
//
// Targets run on `jobs` worker threads, each with its own RecoverySession. One target failing
// (key rejected, read-only, device gone) never touches the others. stop() (or the external stop
// flag, set from a signal handler) cancels every running target like the Stop of one: between
// files, then each target is closed in order and its case written; waiting targets are not started.

#include "domain/case.h"
#include "domain/language.h"
#include "domain/protectorid.h"
#include "domain/result.h"
#include "system/volumebackend.h"
#include "workflow/keyexports.h"
#include "workflow/recoverysession.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace ra {

struct BatchItem {
    enum class Stage { Waiting, Detecting, Unlocking, Removing, Closing, Done };
    enum class Result { Pending, Fixed, NotAffected, NoKey, NotFixed, Stopped, Planned };

    QString target;
    Stage stage = Stage::Waiting;
    Result result = Result::Pending;
    ErrorKind errorKind = ErrorKind::Failed;  // with NotFixed
    QString message;                          // one sentence in the UI language (never a key)
    QStringList keyIds;                       // the volume's recovery Key IDs (short form)
    QString keySource;                        // where the key came from, in the UI language
    int planned = 0;                          // files the default selection removes
    QList<Finding> plan;                      // those files (path, time, size, SHA-256, verdict)
    int removed = 0;
    QString caseId;
    QString caseFolder;

    bool finished() const { return stage == Stage::Done; }
    static QString stageKey(Stage stage);
    static QString resultKey(Result result);
};

struct BatchOptions {
    int jobs = 0;  // 0: the default (defaultJobs())
    QString technician;
    QString ticketReference;
    QString casesDir;       // empty: the default
    QString quarantineDir;  // empty: each case folder
    Language ticketLanguage = Language::English;
    bool vendorProcedure = false;
    bool removeHiberfile = false;
    // Plan only: open each target read-only, record its plan (BatchItem::plan), change nothing
    // and write no case (Result::Planned). The wizard shows every plan for one confirmation.
    bool planOnly = false;
    // The plans the technician confirmed, by target (planKeys()): a target whose plan differs
    // when it is run is left unchanged and reported. Targets not listed run their default plan.
    QHash<QString, QStringList> confirmedPlans;
};

// How a batch ended, counted once for the CLI and the wizard. A target still pending or only
// planned counts as not fixed.
struct BatchTally {
    Q_DECLARE_TR_FUNCTIONS(BatchTally)

public:
    int fixed = 0, notAffected = 0, noKey = 0, notFixed = 0, stopped = 0;
    static BatchTally of(const QList<BatchItem> &items);
    // "Fixed: 3 · not affected: 0 · no key: 1 · not fixed: 0 · stopped: 0" (UI language).
    QString sentence() const;
};

// "path|sha256" of each file of a plan, sorted: what a confirmation is compared by.
QStringList planKeys(const QList<Finding> &plan);

class BatchRun {
    Q_DECLARE_TR_FUNCTIONS(BatchRun)

public:
    // The key for a volume by its own Key IDs, naming its KeySource; ErrorKind::NotFound when
    // the source has none. Called from worker threads (one at a time).
    using KeyLookup = std::function<Result<UnlockMaterial>(const QList<ProtectorId> &keyIds)>;
    // The lookup in loaded key exports (the newest key filed under the first Key ID found).
    static KeyLookup lookupIn(std::shared_ptr<const KeyExports> exports);
    using BackendFactory = std::function<RecoverySession::Backends()>;
    // Called from worker threads (one at a time) whenever a target's stage or result changes.
    using Progress = std::function<void(int index, const BatchItem &item)>;

    BatchRun(QStringList targets, BatchOptions options, KeyLookup keys);
    void setBackendFactory(BackendFactory factory) { m_backends = std::move(factory); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Polled while the batch runs, like StopSignals::stopRequested() (SIGINT/TERM/HUP/QUIT).
    void setExternalStop(const std::atomic<bool> *flag) { m_externalStop = flag; }

    // Runs every target and returns when all are done (or stopped). Thread-safe snapshot in items().
    QList<BatchItem> run();
    void stop();
    bool stopped() const { return m_stop.load(); }
    QList<BatchItem> items() const;

    // Two jobs on two cores: the key stretching is CPU-bound, the rest waits on disks
    // (bench_batch measured it); never more jobs than targets.
    static int defaultJobs(int targets);

private:
    void runOne(int index);
    void update(int index, const std::function<void(BatchItem &)> &change);
    void finish(int index, RecoverySession &session, BatchItem::Result result, const Error &error);

    QList<BatchItem> m_items;
    BatchOptions m_options;
    KeyLookup m_keys;
    BackendFactory m_backends;
    Progress m_progress;
    const std::atomic<bool> *m_externalStop = nullptr;
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;      // m_items, m_sessions
    QMutex m_keyMutex;           // one key lookup at a time
    QList<RecoverySession *> m_sessions;  // running, for stop()
};

}  // namespace ra
