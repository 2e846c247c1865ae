// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/batchrun.h"

#include "system/logging.h"
#include "system/stopsignals.h"
#include "workflow/volumechoice.h"

#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

namespace ra {

QString BatchItem::stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Waiting: return QStringLiteral("waiting");
    case Stage::Detecting: return QStringLiteral("detecting");
    case Stage::Unlocking: return QStringLiteral("unlocking");
    case Stage::Removing: return QStringLiteral("removing");
    case Stage::Closing: return QStringLiteral("closing");
    case Stage::Done: return QStringLiteral("done");
    }
    return {};
}

QString BatchItem::resultKey(Result result)
{
    switch (result) {
    case Result::Pending: return QStringLiteral("pending");
    case Result::Fixed: return QStringLiteral("fixed");
    case Result::NotAffected: return QStringLiteral("not-affected");
    case Result::NoKey: return QStringLiteral("no-key");
    case Result::NotFixed: return QStringLiteral("not-fixed");
    case Result::Stopped: return QStringLiteral("stopped");
    case Result::Planned: return QStringLiteral("planned");
    }
    return {};
}

BatchTally BatchTally::of(const QList<BatchItem> &items)
{
    BatchTally t;
    for (const BatchItem &item : items) {
        t.fixed += item.result == BatchItem::Result::Fixed;
        t.notAffected += item.result == BatchItem::Result::NotAffected;
        t.noKey += item.result == BatchItem::Result::NoKey;
        t.stopped += item.result == BatchItem::Result::Stopped;
        t.notFixed += item.result == BatchItem::Result::NotFixed || item.result == BatchItem::Result::Pending
                      || item.result == BatchItem::Result::Planned;
    }
    return t;
}

QString BatchTally::sentence() const
{
    return tr("Fixed: %1 · not affected: %2 · no key: %3 · not fixed: %4 · stopped: %5")
        .arg(fixed).arg(notAffected).arg(noKey).arg(notFixed).arg(stopped);
}

BatchRun::BatchRun(QStringList targets, BatchOptions options, std::shared_ptr<KeyExports> keys)
    : m_options(std::move(options)), m_keys(std::move(keys))
{
    for (const QString &t : targets)
        m_items.append(BatchItem{t});
}

BatchRun::BatchRun(QList<BatchItem> items, BatchOptions options, std::shared_ptr<KeyExports> keys)
    : m_items(std::move(items)), m_options(std::move(options)), m_keys(std::move(keys))
{
}

QList<BatchItem> BatchRun::everyWindowsVolume(const QStringList &targets, const BackendFactory &backends)
{
    QList<BatchItem> items;
    for (const QString &target : targets) {
        RecoverySession session(backends ? backends() : RecoverySession::defaultBackends());
        QList<int> volumes;
        if (session.detect({target}))
            volumes = VolumeChoice::everyCandidate(session.volumes());
        if (volumes.size() <= 1) {
            items.append(BatchItem{target});
            continue;
        }
        for (int i : volumes) {
            BatchItem item{target};
            item.partition = session.volumes()[i].partitionNumber;
            items.append(item);
        }
    }
    return items;
}

int BatchRun::defaultJobs(int targets)
{
    // One job per core (bench_batch, 6 volumes on this 2-core machine, medians of 3): with the
    // keys in a plain export, --jobs 2 gave 1.40× and 1.71× the throughput of single runs in two
    // sessions, --jobs 3 and 4 less (0.9–1.2×: a target is ~0.2 s of key stretching and hashing
    // on a core and the rest waiting for dislocker, ntfs-3g and umount, which want the cores
    // too). With the bundle the batch also pays its Argon2id unlock once instead of per run.
    const int cores = std::max(1, QThread::idealThreadCount());
    return std::clamp(cores, 1, std::max(1, targets));
}

QList<BatchItem> BatchRun::items() const
{
    QMutexLocker lock(&m_mutex);
    return m_items;
}

void BatchRun::stop()
{
    m_stop = true;
    QMutexLocker lock(&m_mutex);
    for (RecoverySession *s : std::as_const(m_sessions))
        s->cancel();
}

void BatchRun::update(int index, const std::function<void(BatchItem &)> &change)
{
    BatchItem snapshot;
    {
        QMutexLocker lock(&m_mutex);
        change(m_items[index]);
        snapshot = m_items[index];
    }
    if (m_progress) {
        static QMutex progressMutex;  // the display sees one change at a time
        QMutexLocker lock(&progressMutex);
        m_progress(index, snapshot);
    }
}

QList<BatchItem> BatchRun::run()
{
    const int count = int(m_items.size());
    const int jobs = std::clamp(m_options.jobs > 0 ? m_options.jobs : defaultJobs(count), 1, std::max(1, count));
    log().info("batch: {} targets, {} jobs", count, jobs);
    std::atomic<int> next{0};
    std::atomic<int> running{jobs};
    std::vector<std::thread> workers;
    for (int j = 0; j < jobs; ++j) {
        workers.emplace_back([&] {
            for (int i = next++; i < count; i = next++)
                runOne(i);
            --running;
        });
    }
    while (running.load() > 0) {
        const bool requested = StopSignals::stopRequested() || (m_externalStop && m_externalStop->load());
        if (requested && !m_stop.load())
            log().info("batch: stop requested");
        // Again at every poll: a target that starts its remediation just after a stop resets
        // its session's cancel flag, and must still stop before its next file.
        if (requested || m_stop.load())
            stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (std::thread &w : workers)
        w.join();
    return items();
}

void BatchRun::finish(int index, RecoverySession &session, BatchItem::Result result, const Error &error)
{
    const Case &c = session.currentCase();
    update(index, [&](BatchItem &item) {
        item.stage = BatchItem::Stage::Done;
        item.result = result;
        item.errorKind = error.kind;
        if (!error.message.isEmpty() && (result == BatchItem::Result::NotFixed || item.message.isEmpty()))
            item.message = error.message;
        item.caseId = c.folder.isEmpty() ? QString() : c.id;
        item.caseFolder = c.folder;
        item.removed = int(c.removed.size());
    });
}

BatchItem::Result BatchRun::resultOf(FixResult::Kind kind)
{
    switch (kind) {
    case FixResult::Kind::Fixed: return BatchItem::Result::Fixed;
    case FixResult::Kind::NotAffected: return BatchItem::Result::NotAffected;
    case FixResult::Kind::NoKey: return BatchItem::Result::NoKey;
    case FixResult::Kind::NotFixed: return BatchItem::Result::NotFixed;
    case FixResult::Kind::Stopped: return BatchItem::Result::Stopped;
    case FixResult::Kind::Planned: return BatchItem::Result::Planned;
    }
    return BatchItem::Result::NotFixed;
}

void BatchRun::runOne(int index)
{
    RecoverySession session(m_backends ? m_backends() : RecoverySession::defaultBackends());
    session.setTechnician(m_options.technician);
    session.setTicketReference(m_options.ticketReference);
    session.setTicketLanguage(m_options.ticketLanguage);
    if (!m_options.casesDir.isEmpty())
        session.setCasesDir(m_options.casesDir);
    if (!m_options.quarantineDir.isEmpty())
        session.setQuarantineDir(m_options.quarantineDir);
    if (m_keys)
        session.shareKeyExports(m_keys);
    {
        QMutexLocker lock(&m_mutex);
        m_sessions.append(&session);
    }
    struct Unregister {
        BatchRun *run;
        RecoverySession *session;
        ~Unregister()
        {
            QMutexLocker lock(&run->m_mutex);
            run->m_sessions.removeAll(session);
        }
    } unregister{this, &session};
    const QString target = m_items[index].target;  // never changes after construction
    const QString name = m_items[index].name();

    FixRequest request;
    request.target = target;
    request.partition = m_items[index].partition;
    request.planOnly = m_options.planOnly;
    request.vendorProcedure = m_options.vendorProcedure;
    request.removeHiberfile = m_options.removeHiberfile;
    if (const auto confirmed = m_options.confirmedPlans.constFind(name); confirmed != m_options.confirmedPlans.constEnd())
        request.confirmedPlan = *confirmed;
    FixOperation::Hooks hooks;
    hooks.stopRequested = [this] { return m_stop.load(); };
    hooks.stage = [&](FixOperation::Stage s) {
        update(index, [&](BatchItem &item) {
            switch (s) {
            case FixOperation::Stage::Detecting: item.stage = BatchItem::Stage::Detecting; break;
            case FixOperation::Stage::Unlocking: item.stage = BatchItem::Stage::Unlocking; break;
            case FixOperation::Stage::Removing: item.stage = BatchItem::Stage::Removing; break;
            case FixOperation::Stage::Closing: item.stage = BatchItem::Stage::Closing; break;
            }
        });
    };
    hooks.planned = [&](const FixResult &planned) {
        update(index, [&](BatchItem &item) {
            item.keyIds = planned.keyIds;
            item.keySource = planned.keySource;
            item.planned = int(planned.plan.size());
            item.plan = planned.plan;
        });
    };
    FixOperation operation(session, request, hooks);
    const FixResult result = operation.run();
    update(index, [&](BatchItem &item) {
        item.keyIds = result.keyIds;
        item.keySource = result.keySource;
        if (result.opened)
            item.message = session.currentCase().outcome == Outcome::Pending ? QString() : session.outcomeSentence();
        if (result.kind == FixResult::Kind::NoKey)
            item.message = result.error.message;
    });
    if (result.kind == FixResult::Kind::NoKey)
        log().info("batch: {}: no key loaded, skipped", u8(name));
    finish(index, session, resultOf(result.kind), result.error);
}

}  // namespace ra
