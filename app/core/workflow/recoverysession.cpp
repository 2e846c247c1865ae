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


namespace ra {


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
    m_identity.forget();
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
    m_identity.forget();
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
    m_identity.pin(*v);
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
    m_identity.forget();
    m_case.closed = QDateTime::currentDateTimeUtc();
    if (m_case.outcome == Outcome::Fixed)
        m_keys.forget(m_case.keyId);  // fixed: the key is no longer needed here
    if (Status folder = CaseFolder::ensure(m_case, m_casesDir); !folder)
        return fail(folder.error(), State::Failed);
    // Filed and written as on every route; NotFiled: the case folder has it, the technician is told.
    if (Status closed = CaseFiling::closeCase(m_case, m_casesDir, m_playbook, m_ticketLanguage); !closed && result.ok())
        result = closed;
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
    m_identity.forget();
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
