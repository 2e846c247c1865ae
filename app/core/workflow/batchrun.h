// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unattended batch: for every target, open it with the key a key source supplies, plan the
// default selection, remediate, close and write its case (one case and one ticket per target).
// No prompt. A target whose key the source does not have is skipped and reported, never guessed.
//
// Each target is one FixOperation (the same as `fix`): its guards and its key rule.
// Targets run on `jobs` worker threads, each with its own RecoverySession. One target failing
// (key rejected, read-only, device gone) never touches the others. stop() (or the external stop
// flag, set from a signal handler) cancels every running target like the Stop of one: between
// files, then each target is closed in order and its case written; waiting targets are not started.

#include "domain/case.h"
#include "domain/language.h"
#include "domain/protectorid.h"
#include "domain/result.h"
#include "system/volumebackend.h"
#include "workflow/fixoperation.h"
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
    int partition = 0;  // > 0: this partition of the target (every Windows volume of a disk); 0: VolumeChoice
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
    // "/dev/sda", "/dev/nvme0n1#3" (a partition chosen for it): how the batch names it.
    QString name() const { return partition > 0 ? target + u'#' + QString::number(partition) : target; }
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
    // The plans the technician confirmed, by BatchItem::name() (planKeys()): a target whose plan differs
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


class BatchRun {
    Q_DECLARE_TR_FUNCTIONS(BatchRun)

public:
    using BackendFactory = std::function<RecoverySession::Backends()>;
    // Called from worker threads (one at a time) whenever a target's stage or result changes.
    using Progress = std::function<void(int index, const BatchItem &item)>;

    // keys: the loaded exports every target's key is found in, by the one key rule (KeyRule);
    // read from worker threads (const lookups only). Null: no keys (only unlocked volumes).
    BatchRun(QStringList targets, BatchOptions options, std::shared_ptr<KeyExports> keys);
    // Items made by the caller (a partition chosen for each: everyWindowsVolume()).
    BatchRun(QList<BatchItem> items, BatchOptions options, std::shared_ptr<KeyExports> keys);
    // Every volume of these targets that can hold Windows, one item each (the stick: a disk
    // with two encrypted Windows volumes is two items). Targets that cannot be read are kept
    // as they are (their item then says why).
    static QList<BatchItem> everyWindowsVolume(const QStringList &targets, const BackendFactory &backends = {});
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
    static BatchItem::Result resultOf(FixResult::Kind kind);

    QList<BatchItem> m_items;
    BatchOptions m_options;
    std::shared_ptr<KeyExports> m_keys;
    BackendFactory m_backends;
    Progress m_progress;
    const std::atomic<bool> *m_externalStop = nullptr;
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;      // m_items, m_sessions
    QList<RecoverySession *> m_sessions;  // running, for stop()
};

}  // namespace ra
