// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/recoverysession.h"

#include "domain/volumesummary.h"
#include "system/appdirs.h"
#include "system/logging.h"
#include "system/registry/bcdstore.h"
#include "system/volumes/practicebackend.h"
#include "workflow/casefiling.h"
#include "workflow/casefolder.h"
#include "workflow/inspection.h"
#include "workflow/remediation.h"
#include "workflow/volumedetection.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra {

namespace {

// The file or device node that holds a volume, as it is now (a path that no longer exists, a
// folder or the practice target: not known).
bool identityOf(const VolumeInfo &volume, quint64 *device, quint64 *inode)
{
    if (volume.practice || volume.kind == VolumeKind::Folder || volume.device.isEmpty())
        return false;
    struct stat st {};
    if (::stat(QFile::encodeName(volume.device).constData(), &st) != 0)
        return false;
    *device = S_ISBLK(st.st_mode) ? quint64(st.st_rdev) : quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    return true;
}

// "path|sha256" of each selected finding, sorted: what a confirmation is compared by.
QStringList keysOf(const QList<Finding> &findings, bool selectedOnly)
{
    QStringList keys;
    for (const Finding &f : findings)
        if (!selectedOnly || f.selected)
            keys.append(f.relativePath + u'|' + f.sha256);
    keys.sort();
    return keys;
}

}  // namespace

RecoverySession::Backends RecoverySession::defaultBackends()
{
    return VolumeDetection::defaultBackends();
}

QString RecoverySession::practiceTarget()
{
    return PracticeBackend::target();
}

QString RecoverySession::practiceKeyText()
{
    return PracticeBackend::keyText();
}

RecoverySession::RecoverySession(Backends backends, QObject *parent)
    : QObject(parent), m_backends(std::move(backends)), m_casesDir(AppDirs::casesDir())
{
    auto playbook = Playbook::builtin();
    if (playbook) {
        m_playbook = playbook.value();
    } else {
        // The built-in playbook is compiled in; failing to read it is a build defect.
        m_lastError = playbook.error();
        log().critical("built-in playbook invalid: {}", u8(playbook.error().details));
    }
}

RecoverySession::~RecoverySession()
{
    forgetIdentity();
    if (m_watcher) {
        m_cancel = true;
        m_watcher->waitForFinished();
    }
    if (m_mount) {
        Report report;
        m_mount->close(report);
    }
}

void RecoverySession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

Status RecoverySession::fail(const Error &error, State next)
{
    m_lastError = error;
    if (error.details.isEmpty())
        log().warn("{}", u8(error.message));
    else
        log().warn("{} ({})", u8(error.message), u8(error.details));
    if (m_case.report)
        m_case.report->addChild(error.message).finish(ReportNode::State::Failed, error.details);
    setState(next);
    return error;
}

void RecoverySession::setTechnician(const QString &name)
{
    if (m_technician == name.trimmed())
        return;
    m_technician = name.trimmed();
    m_case.technician = m_technician;
    emit identityChanged();
}

void RecoverySession::setTicketReference(const QString &reference)
{
    if (m_ticketReference == reference.trimmed())
        return;
    m_ticketReference = reference.trimmed();
    m_case.ticketReference = m_ticketReference;
    emit identityChanged();
}

void RecoverySession::setCasesDir(const QString &dir)
{
    m_casesDir = dir;
}

void RecoverySession::setQuarantineDir(const QString &dir)
{
    m_quarantineDir = dir;
}

VolumeBackend *RecoverySession::backendFor(const VolumeInfo &volume) const
{
    return VolumeDetection::backendFor(m_backends, volume);
}

Status RecoverySession::detect(const QStringList &targets)
{
    m_lastError = {};
    auto found = VolumeDetection::detect(m_backends, targets);
    if (!found)
        return fail(found.error(), m_volumes.isEmpty() ? State::Idle : State::Detected);
    m_volumes = found.value();
    m_selected = -1;
    emit volumesChanged();
    setState(State::Detected);
    return {};
}

QString RecoverySession::volumeDescription(const VolumeInfo &v) const
{
    return volumeDescription(v, uiLanguage());
}

QString RecoverySession::volumeDescription(const VolumeInfo &v, Language language) const
{
    return v.description(language);
}

QString RecoverySession::volumeSummary(const VolumeInfo &v) const
{
    const bool inspected = m_selected >= 0 && &m_volumes[m_selected] == &v && m_state >= State::Inspected;
    return ra::volumeSummary(v, inspected ? &m_case : nullptr, uiLanguage());
}

Status RecoverySession::selectVolume(int index)
{
    if (index < 0 || index >= m_volumes.size())
        return fail(makeError(ErrorKind::BadInput, tr("Choose one of the volumes in the list.")), m_state);
    if (m_mount) {
        Report report;
        m_mount->close(report);
        m_mount.reset();
    }
    m_selected = index;
    m_failedKeyAttempts = 0;
    m_material = UnlockMaterial();
    m_removeHiberfile = false;
    m_inspectOnly = false;
    forgetIdentity();
    const VolumeInfo &v = m_volumes[index];
    m_case = Case();
    m_case.id = Case::newId();
    m_case.playbookId = m_playbook.id;
    m_case.technician = m_technician;
    m_case.ticketReference = m_ticketReference;
    m_case.target = v.practice ? QString() : v.displayName();  // the description says "practice"
    m_case.targetDescription = {volumeDescription(v, Language::English), volumeDescription(v, Language::Japanese)};
    m_case.report->addChild(tr("Selected %1").arg(volumeSummary(v))).finish(ReportNode::State::Ok);
    if (v.partitionNumber > 0) {  // a whole disk: a Safe Mode flag left in its boot store?
        auto flag = BcdStore::readFromDisk(m_volumes, v.device, *m_case.report);
        if (flag && flag->has_value())
            BcdStore::addToCase(**flag, m_case);
    }
    m_lastError = {};
    emit caseChanged();
    setState(needsKey() ? State::NeedsKey : State::Detected);
    return {};
}

const VolumeInfo *RecoverySession::selectedVolume() const
{
    return m_selected >= 0 && m_selected < m_volumes.size() ? &m_volumes[m_selected] : nullptr;
}

bool RecoverySession::needsKey() const
{
    const VolumeInfo *v = selectedVolume();
    return v && v->kind == VolumeKind::BitLocker && !(v->bitlocker && v->bitlocker->hasClearKey());
}

QList<ProtectorId> RecoverySession::keyIds() const
{
    const VolumeInfo *v = selectedVolume();
    return v && v->bitlocker ? v->bitlocker->recoveryIds() : QList<ProtectorId>{};
}

KeyOffer RecoverySession::keyOffer() const
{
    const VolumeInfo *v = selectedVolume();
    return KeyRule::offer(savedKeyMaterial(), m_keys.exports(), keyIds(),
                          v && v->bitlocker ? v->bitlocker->computerName() : QString());
}

Status RecoverySession::open(UnlockMaterial material, const OpenOptions &options)
{
    const VolumeInfo *v = selectedVolume();
    if (!v)
        return fail(makeError(ErrorKind::BadInput, tr("Choose a volume first.")), m_state);
    if (m_mount)
        return fail(makeError(ErrorKind::Busy, tr("This volume is already open.")), m_state);
    VolumeBackend *backend = backendFor(*v);
    if (!backend)
        return fail(makeError(ErrorKind::Unsupported, tr("This kind of volume cannot be opened here.")), State::Failed);
    if (needsKey() && material.kind == UnlockMaterial::Kind::None)
        return fail(makeError(ErrorKind::KeyRejected, tr("This drive is locked by BitLocker: enter its recovery key.")),
                    State::NeedsKey);

    const bool usedRecoveryKey = material.kind == UnlockMaterial::Kind::RecoveryPassword;
    // Read-only until the plan is confirmed: no journal reset, no hibernation file removed.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    m_inspectOnly = options.readOnly;
    m_removeHiberfile = options.removeHiberfile && !options.readOnly;
    forgetIdentity();
    m_identity.known = identityOf(*v, &m_identity.device, &m_identity.inode);
    if (m_identity.known) {
        // Held until the case closes: a file put in the image's place never gets its inode number.
        const int pin = ::open(QFile::encodeName(v->device).constData(), O_PATH | O_CLOEXEC);
        struct stat st {};
        if (pin >= 0 && ::fstat(pin, &st) == 0 && S_ISREG(st.st_mode) && quint64(st.st_ino) == m_identity.inode)
            m_identity.pin = pin;
        else if (pin >= 0)
            ::close(pin);
    }
    auto mounted = backend->open(*v, material, readOnly, *m_case.report);
    if (mounted && usedRecoveryKey && m_keepKeys) {
        // Kept under the protector that opened it (or the only recovery protector).
        ProtectorId id = mounted.value()->usedProtector();
        if (id.isNull() && keyIds().size() == 1)
            id = keyIds().first();
        m_keys.keep(id, material.recoveryKey);
    }
    if (mounted && !m_inspectOnly)
        m_material = material;  // for the reopen to write; wiped at close()
    material.recoveryKey.wipe();
    if (!mounted) {
        if (mounted.error().kind == ErrorKind::KeyRejected) {
            ++m_failedKeyAttempts;
            return fail(mounted.error(), State::NeedsKey);
        }
        return fail(mounted.error(), needsKey() ? State::NeedsKey : State::Detected);
    }
    m_mount = std::move(mounted.value());
    m_lastError = {};
    m_case.recoveryKeyUsed = usedRecoveryKey;
    const ProtectorId used = m_mount->usedProtector();
    if (!used.isNull())
        m_case.keyId = used.toString();
    else if (usedRecoveryKey && keyIds().size() == 1)
        m_case.keyId = keyIds().first().toString();
    if (material.kind == UnlockMaterial::Kind::None && v->kind == VolumeKind::BitLocker)
        m_case.keySource = KeySource::clearKey();
    else if (material.kind != UnlockMaterial::Kind::None)
        m_case.keySource = material.source;
    else
        m_case.keySource = {};
    return inspect();
}

Status RecoverySession::reopen(UnlockMaterial material, const OpenOptions &options)
{
    if (m_state == State::Inspected)
        selectVolume(m_selected);
    return open(std::move(material), options);
}

Status RecoverySession::openOrConfirmReadOnly(UnlockMaterial material, bool readOnlyExplained, bool removeHiberfile)
{
    if (readOnlyExplained && (isReadOnly() || m_removeHiberfile)) {
        // The user has read why it is read-only: go on as it is (inspect only), or with the
        // hibernation file to be removed when the confirmed plan runs. Nothing is written now.
        setRemoveHiberfile(removeHiberfile);
        return {};
    }
    if (Status opened = reopen(std::move(material), {}); !opened)
        return opened;
    if (isReadOnly())
        return makeError(ErrorKind::ReadOnly, readOnlyReason());
    return {};
}

Status RecoverySession::inspect()
{
    auto inspected = VolumeInspection::run(m_playbook, *m_mount, *m_case.report);
    if (!inspected)
        return fail(inspected.error(), State::Failed);
    m_scan = inspected->scan;
    m_case.windowsRoot = m_scan.windowsRelative;
    m_case.windows = inspected->windows;
    m_case.findings = m_scan.findings;
    Classifier::applyDefaultSelection(m_case.findings, m_vendorProcedure);
    emit caseChanged();
    setState(State::Inspected);
    if (m_mount->isReadOnly())
        m_lastError = makeError(ErrorKind::ReadOnly, m_mount->readOnlyReason());
    return {};
}

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

void RecoverySession::forgetIdentity()
{
    if (m_identity.pin >= 0)
        ::close(m_identity.pin);
    m_identity = {};
}

bool RecoverySession::targetUnchanged() const
{
    if (!m_identity.known)
        return true;
    const VolumeInfo *v = selectedVolume();
    quint64 device = 0, inode = 0;
    return v && identityOf(*v, &device, &inode) && device == m_identity.device && inode == m_identity.inode;
}

Result<QList<Finding>> RecoverySession::reopenForWriting(Report &report)
{
    const VolumeInfo *v = selectedVolume();
    if (m_inspectOnly || !v)
        return makeError(ErrorKind::BadInput, tr("This volume was opened for inspection only; nothing was changed."));
    if (!targetUnchanged())
        return makeError(ErrorKind::DeviceGone,
                         tr("The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.").arg(v->device));
    if (m_mount && m_mount->isReadOnly() && m_mount->readOnlyReason() != QLatin1String("requested") && !m_removeHiberfile)
        return makeError(ErrorKind::ReadOnly,
                         tr("The Windows volume can only be read (%1), so nothing was deleted.").arg(m_mount->readOnlyReason()));
    const QStringList confirmed = keysOf(m_case.findings, true);
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
    const QStringList now = keysOf(again->scan.findings, false);
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
    if (!targetUnchanged())
        return makeError(ErrorKind::DeviceGone,
                         tr("The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.").arg(v->device));
    return toRemove;
}

void RecoverySession::setSelected(int findingIndex, bool selected)
{
    if (findingIndex < 0 || findingIndex >= m_case.findings.size() || m_state != State::Inspected)
        return;
    m_case.findings[findingIndex].selected = selected;
    emit caseChanged();
}

void RecoverySession::setVendorProcedure(bool all)
{
    m_vendorProcedure = all;
    Classifier::applyDefaultSelection(m_case.findings, all);
    emit caseChanged();
}

QList<Finding> RecoverySession::selectedFindings() const
{
    QList<Finding> selected;
    for (const Finding &f : m_case.findings)
        if (f.selected)
            selected.append(f);
    return selected;
}

QString RecoverySession::quarantineDir() const
{
    if (!m_quarantineDir.isEmpty())
        return m_quarantineDir + u'/' + m_case.id;
    // Before the case folder exists (the plan is shown first), where it will be.
    return CaseFolder::pathFor(m_case, m_casesDir) + QStringLiteral("/quarantine");
}

QStringList RecoverySession::planSteps() const
{
    return Remediation(m_mount ? m_mount->root() : QString(), selectedFindings(), quarantineDir(), m_case.id).describe();
}

int RecoverySession::planStepsWhenAllSelected() const
{
    QList<Finding> all = m_case.findings;
    for (Finding &f : all)
        f.selected = true;
    return int(Remediation(m_mount ? m_mount->root() : QString(), all, quarantineDir(), m_case.id).describe().size());
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
    if (!targetUnchanged()) {
        // What was written went into a file that is no longer the target: never "fixed".
        const VolumeInfo *v = selectedVolume();
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

QString RecoverySession::outcomeSentence() const
{
    return m_case.outcomeSentence(uiLanguage());
}

void RecoverySession::cancel()
{
    m_cancel = true;
}

Status RecoverySession::close()
{
    if (m_state == State::Remediating)
        return makeError(ErrorKind::Busy, tr("Wait until the repair has finished or cancel it."));
    Status result;
    if (m_mount) {
        const Status closed = m_mount->close(*m_case.report);
        m_mount.reset();
        if (!closed)
            result = closed;
    }
    if (m_case.id.isEmpty())
        return result;
    if (m_case.outcome == Outcome::Pending && m_state == State::Inspected && selectedFindings().isEmpty())
        decideOutcome({});
    m_material = UnlockMaterial();
    forgetIdentity();
    m_case.closed = QDateTime::currentDateTimeUtc();
    if (m_case.outcome == Outcome::Fixed)
        m_keys.forget(m_case.keyId);  // fixed: the key is no longer needed here
    if (Status folder = CaseFolder::ensure(m_case, m_casesDir); !folder)
        return fail(folder.error(), State::Failed);
    const Status filed = CaseFiling::file(m_case);  // the case store (bench and site stamped in); offline queues
    const Status written = CaseFolder::writeRecord(m_case, m_playbook, m_ticketLanguage);
    if (!written && result.ok())
        result = written;
    if (!filed && result.ok())
        result = filed;  // NotFiled: the case folder has it, the technician is told
    log().info("case {} closed: {}", u8(m_case.id), u8(Case::outcomeKey(m_case.outcome)));
    emit caseChanged();
    setState(State::Closed);
    if (!result)
        m_lastError = result.error();
    return result;
}

Status RecoverySession::finish()
{
    return m_state == State::Closed ? Status{} : close();
}

Status RecoverySession::unmount()
{
    if (m_state == State::Remediating)
        return makeError(ErrorKind::Busy, tr("Wait until the repair has finished or cancel it."));
    Status result;
    if (m_mount) {
        result = m_mount->close(*m_case.report);
        m_mount.reset();
    }
    setState(State::Detected);
    return result;
}

QString RecoverySession::ticket(TicketFormat format, Language language) const
{
    return Ticket::render(m_case, m_playbook, format, language);
}

void RecoverySession::reset()
{
    if (m_watcher) {
        m_cancel = true;
        m_watcher->waitForFinished();
    }
    if (m_mount) {
        m_mount->close(*m_case.report);
        m_mount.reset();
    }
    m_volumes.clear();
    m_selected = -1;
    m_failedKeyAttempts = 0;
    m_material = UnlockMaterial();
    m_removeHiberfile = false;
    m_inspectOnly = false;
    forgetIdentity();
    m_vendorProcedure = false;
    m_scan = {};
    m_case = Case();
    m_lastError = {};
    m_cancel = false;
    emit volumesChanged();
    emit caseChanged();
    setState(State::Idle);
}

}  // namespace ra
