// SPDX-License-Identifier: GPL-3.0-or-later
// RecoverySession, the part between the confirmation and the close: the guards of the one fix
// operation (every route passes here: the wizard's repair page, fix, the batch, the stick) and the
// repair itself. recoverysession.cpp has the rest (detect, select, open, inspect, close).
#include "workflow/recoverysession.h"

#include "system/logging.h"
#include "workflow/casefolder.h"
#include "workflow/inspection.h"
#include "workflow/remediation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ra {

bool RecoverySession::isReadOnly() const
{
    if (!m_mount || !m_mount->isReadOnly())
        return false;
    const QString reason = m_mount->readOnlyReason();
    if (reason == QLatin1String("requested"))
        return m_inspectOnly;  // the plan's own read-only mount
    const bool hibernated = reason == QLatin1String("hibernated") || reason == QLatin1String("fast-startup");
    return !(hibernated && m_removeHiberfile);
}

QString RecoverySession::readOnlyReason() const
{
    const QString reason = m_mount ? m_mount->readOnlyReason() : QString();
    return reason == QLatin1String("requested") && !m_inspectOnly ? QString() : reason;
}

Result<QList<Finding>> RecoverySession::reopenForWriting(Report &report)
{
    const VolumeInfo *v = selectedVolume();
    if (m_inspectOnly || !v)
        return makeError(ErrorKind::BadInput, tr("This volume was opened for inspection only; nothing was changed."));
    if (!m_identity.unchanged(*v))
        return makeError(ErrorKind::DeviceGone,
                         tr("The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.").arg(v->device));
    if (m_mount && m_mount->isReadOnly() && m_mount->readOnlyReason() != QLatin1String("requested") && !m_removeHiberfile)
        return makeError(ErrorKind::ReadOnly,
                         tr("The Windows volume can only be read (%1), so nothing was deleted.").arg(m_mount->readOnlyReason()));
    const QStringList confirmed = planKeys(selectedFindings());
    if (m_mount && m_mount->isReadOnly()) {
        // The plan's read-only mount goes; the same volume is opened to write, with the key that
        // opened it and the hibernation file removed only now, after the confirmation.
        VolumeBackend *backend = backendFor(*v);
        m_mount->close(report);
        m_mount.reset();
        if (!backend)
            return makeError(ErrorKind::Unsupported, tr("This kind of volume cannot be opened here."));
        OpenOptions write;
        write.removeHiberfile = m_removeHiberfile;
        auto mounted = backend->open(*v, m_material, write, report);
        if (!mounted)
            return mounted.error();
        m_mount = std::move(mounted.value());
        if (m_mount->isReadOnly())
            return makeError(ErrorKind::ReadOnly,
                             tr("The Windows volume can only be read (%1), so nothing was deleted.").arg(m_mount->readOnlyReason()),
                             m_mount->readOnlyReason());
    }
    // The files are still the confirmed ones, by path and SHA-256.
    auto again = VolumeInspection::run(m_playbook, *m_mount, report);
    if (!again)
        return again.error();
    const QStringList now = planKeys(again->scan.findings);
    for (const QString &key : confirmed)
        if (!now.contains(key))
            return makeError(ErrorKind::Failed,
                             tr("The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again."),
                             key.section(u'|', 0, 0));
    // The confirmed files, where this mount shows them (a new mount has a new root). The case's
    // own list is left alone: the pages read it on their thread while this runs.
    QList<Finding> toRemove;
    for (const Finding &f : m_case.findings) {
        if (!f.selected)
            continue;
        Finding here = f;
        for (const Finding &n : again->scan.findings)
            if (n.relativePath == f.relativePath && n.sha256 == f.sha256) {
                here.absolutePath = n.absolutePath;
                here.nativePath = n.nativePath;
            }
        toRemove.append(here);
    }
    if (!m_identity.unchanged(*v))
        return makeError(ErrorKind::DeviceGone,
                         tr("The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.").arg(v->device));
    return toRemove;
}

Status RecoverySession::runRemediation(std::shared_ptr<Report> report, QList<RemovedFile> *removed)
{
    auto ready = reopenForWriting(*report);
    if (!ready)
        return ready.error();
    if (m_cancel.load())
        return makeError(ErrorKind::Cancelled, tr("Stopped before anything was changed on this target."));
    Remediation remediation(m_mount->root(), ready.value(), quarantineDir(), m_case.id, m_case.target);
    const Status status = remediation.execute(*report, *removed,
                               [this](const QString &step, int done, int total) {
                                   QMetaObject::invokeMethod(this, [this, step, done, total] { emit progress(step, done, total); },
                                                             Qt::QueuedConnection);
                               },
                               &m_cancel);
    if (const VolumeInfo *v = selectedVolume(); !v || !m_identity.unchanged(*v)) {
        // What was written went into a file that is no longer the target: never "fixed".
        return makeError(ErrorKind::DeviceGone,
                         removed->isEmpty()
                             ? tr("The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.").arg(v ? v->device : QString())
                             : tr("The image file %1 was deleted or replaced during the repair: the changes went into the deleted file, not into %1.").arg(v ? v->device : QString()));
    }
    return status;
}

Status RecoverySession::prepareRemediation()
{
    if (m_state != State::Inspected || !m_mount)
        return fail(makeError(ErrorKind::BadInput, tr("Open a volume and review its files first.")), m_state);
    if (Status folder = CaseFolder::ensure(m_case, m_casesDir); !folder)
        return fail(folder.error(), State::Inspected);
    m_cancel = false;
    setState(State::Remediating);
    return {};
}

void RecoverySession::startRemediation()
{
    if (Status ready = prepareRemediation(); !ready) {
        emit remediationFinished(false, ready.error().message);
        return;
    }
    auto report = std::make_shared<Report>();
    auto removed = std::make_shared<QList<RemovedFile>>();
    m_watcher = new QFutureWatcher<Status>(this);
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, [this, report, removed] {
        const Status status = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        finishRemediation(status, *report, *removed);
    });
    m_watcher->setFuture(QtConcurrent::run([this, report, removed] { return runRemediation(report, removed.get()); }));
}

Status RecoverySession::remediateBlocking()
{
    if (Status ready = prepareRemediation(); !ready)
        return ready;
    auto report = std::make_shared<Report>();
    QList<RemovedFile> removed;
    const Status status = runRemediation(report, &removed);
    finishRemediation(status, *report, removed);
    return status;
}

Status RecoverySession::recordStoppedBeforeRemediation(const QString &message)
{
    if (Status ready = prepareRemediation(); !ready)
        return ready;
    finishRemediation(makeError(ErrorKind::Cancelled, message), Report(), {});
    return {};
}

void RecoverySession::finishRemediation(const Status &status, const Report &report, const QList<RemovedFile> &removed)
{
    for (const auto &child : report.children())
        m_case.report->addChildNode(child);
    m_case.removed += removed;
    decideOutcome(status);
    m_lastError = status.ok() ? Error{} : status.error();
    emit caseChanged();
    setState(State::Remediated);
    emit remediationFinished(status.ok(), status.ok() ? outcomeSentence() : status.error().message);
}

void RecoverySession::decideOutcome(const Status &status)
{
    std::optional<std::pair<bool, QString>> error;
    if (!status.ok())
        error = std::make_pair(status.error().kind == ErrorKind::Cancelled, status.error().message);
    m_case.decideOutcome(error, m_scan.windowsFound, m_scan.targetFolderFound);
}

}  // namespace ra
