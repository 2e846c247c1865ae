// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/batchrun.h"

#include "system/logging.h"
#include "system/stopsignals.h"

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

QStringList planKeys(const QList<Finding> &plan)
{
    QStringList keys;
    for (const Finding &f : plan)
        keys.append(f.relativePath + u'|' + f.sha256);
    keys.sort();
    return keys;
}

BatchRun::BatchRun(QStringList targets, BatchOptions options, KeyLookup keys)
    : m_options(std::move(options)), m_keys(std::move(keys))
{
    for (const QString &t : targets)
        m_items.append(BatchItem{t});
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

void BatchRun::runOne(int index)
{
    auto stage = [&](BatchItem::Stage s) { update(index, [&](BatchItem &item) { item.stage = s; }); };
    const Error stoppedError = makeError(ErrorKind::Cancelled, tr("Stopped before anything was changed on this target."));
    RecoverySession session(m_backends ? m_backends() : RecoverySession::defaultBackends());
    if (m_stop) {
        finish(index, session, BatchItem::Result::Stopped, stoppedError);
        return;
    }
    session.setTechnician(m_options.technician);
    session.setTicketReference(m_options.ticketReference);
    session.setTicketLanguage(m_options.ticketLanguage);
    if (!m_options.casesDir.isEmpty())
        session.setCasesDir(m_options.casesDir);
    if (!m_options.quarantineDir.isEmpty())
        session.setQuarantineDir(m_options.quarantineDir);
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

    stage(BatchItem::Stage::Detecting);
    if (Status detected = session.detect({target}); !detected)
        return finish(index, session, BatchItem::Result::NotFixed, detected.error());
    // The volume that can hold Windows, as for one target; never a guess between several.
    const QList<int> candidates = windowsCandidates(session.volumes());
    int volume = candidates.size() == 1 ? candidates.first() : -1;
    for (int i = 0; candidates.isEmpty() && i < session.volumes().size() && volume < 0; ++i)
        if (session.volumes()[i].kind == VolumeKind::Folder)
            volume = i;
    if (candidates.size() > 1)
        return finish(index, session, BatchItem::Result::NotFixed,
                      makeError(ErrorKind::BadInput, tr("This disk has several volumes that may hold Windows: fix it alone and choose one with --partition N.")));
    if (volume < 0)
        return finish(index, session, BatchItem::Result::NotFixed,
                      makeError(ErrorKind::Unsupported, tr("No BitLocker or NTFS volume was found on this target.")));
    session.selectVolume(volume);
    QStringList ids;
    for (const ProtectorId &id : session.keyIds())
        ids << id.shortId();
    update(index, [&](BatchItem &item) { item.keyIds = ids; });

    UnlockMaterial material;
    if (session.needsKey()) {
        Result<UnlockMaterial> found = makeError(ErrorKind::NotFound, QString());
        if (m_keys) {
            QMutexLocker lock(&m_keyMutex);
            found = m_keys(session.keyIds());
        }
        if (!found && found.error().kind == ErrorKind::NotFound) {
            log().info("batch: {}: no key loaded, skipped", u8(target));
            update(index, [&](BatchItem &item) {
                item.message = tr("No loaded key has the recovery key for Key ID %1: skipped, nothing was changed.")
                                   .arg(ids.join(QStringLiteral(", ")));
            });
            return finish(index, session, BatchItem::Result::NoKey, makeError(ErrorKind::NotFound, QString()));
        }
        if (!found)
            return finish(index, session, BatchItem::Result::NotFixed, found.error());
        material = std::move(found.value());
    }
    update(index, [&](BatchItem &item) {
        item.stage = BatchItem::Stage::Unlocking;
        item.keySource = material.source.describe(uiLanguage());
    });
    if (m_stop)
        return finish(index, session, BatchItem::Result::Stopped, stoppedError);
    OpenOptions options;
    options.removeHiberfile = m_options.removeHiberfile && !m_options.planOnly;
    options.readOnly = m_options.planOnly;
    if (Status opened = session.open(std::move(material), options); !opened) {
        session.close();
        return finish(index, session, BatchItem::Result::NotFixed, opened.error());
    }
    if (session.currentCase().windowsRoot.isEmpty()) {
        // Never "not affected" for a target on which no Windows was inspected (exit 7 alone).
        session.unmount();
        return finish(index, session, BatchItem::Result::NotFixed,
                      makeError(ErrorKind::NoWindows, tr("No Windows installation was found on this target: nothing was inspected or changed.")));
    }
    session.setVendorProcedure(m_options.vendorProcedure);
    const QList<Finding> plan = session.selectedFindings();
    update(index, [&](BatchItem &item) {
        item.planned = int(plan.size());
        item.plan = plan;
        if (!m_options.planOnly)
            item.stage = BatchItem::Stage::Removing;
    });
    if (m_options.planOnly) {
        session.unmount();
        return finish(index, session, BatchItem::Result::Planned, Error{});
    }
    if (const auto confirmed = m_options.confirmedPlans.constFind(target);
        confirmed != m_options.confirmedPlans.constEnd() && *confirmed != planKeys(plan)) {
        log().info("batch: {}: plan differs from the confirmed one, left unchanged", u8(target));
        session.unmount();
        return finish(index, session, BatchItem::Result::NotFixed,
                      makeError(ErrorKind::Failed, tr("The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again.")));
    }
    if (session.isReadOnly() && !plan.isEmpty()) {
        const Error readOnly = makeError(ErrorKind::ReadOnly,
            tr("The Windows volume can only be read (%1), so nothing was deleted: fix it alone with --remove-hiberfile, or delete the file in the Windows Recovery Environment.")
                .arg(session.readOnlyReason()));
        session.close();
        return finish(index, session, BatchItem::Result::NotFixed, readOnly);
    }
    if (m_stop) {
        // Opened, nothing touched: the case says "cancelled", nothing removed.
        session.recordStoppedBeforeRemediation(stoppedError.message);
        session.close();
        return finish(index, session, BatchItem::Result::Stopped, stoppedError);
    }
    const Status remediated = session.remediateBlocking();
    stage(BatchItem::Stage::Closing);
    const Status closed = session.close();
    const Case &c = session.currentCase();
    update(index, [&](BatchItem &item) { item.message = session.outcomeSentence(); });
    switch (c.outcome) {
    case Outcome::Fixed:
        return finish(index, session, closed ? BatchItem::Result::Fixed : BatchItem::Result::NotFixed,
                      closed ? Error{} : closed.error());
    case Outcome::NotAffected:
    case Outcome::AlreadyRemediated:
        return finish(index, session, BatchItem::Result::NotAffected, closed ? Error{} : closed.error());
    case Outcome::Cancelled:
        return finish(index, session, BatchItem::Result::Stopped, makeError(ErrorKind::Cancelled, QString()));
    case Outcome::Pending:
    case Outcome::Failed:
        break;
    }
    const Error error = !remediated ? remediated.error()
        : !closed                   ? closed.error()
                                    : makeError(ErrorKind::Failed, c.outcomeMessage);
    finish(index, session, BatchItem::Result::NotFixed, error);
}

BatchRun::KeyLookup BatchRun::lookupIn(std::shared_ptr<const KeyExports> exports)
{
    return [exports = std::move(exports)](const QList<ProtectorId> &keyIds) -> Result<UnlockMaterial> {
        const QList<UnlockMaterial> keys = exports->keysFor(keyIds);
        if (keys.isEmpty())
            return makeError(ErrorKind::NotFound, QString());
        return keys.first();
    };
}

}  // namespace ra
