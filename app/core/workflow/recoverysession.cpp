// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/recoverysession.h"

#include "system/registry/bcdstore.h"

#include "workflow/remediation.h"
#include "system/appdirs.h"
#include "system/volumes/channelfilescanner.h"
#include "system/disk/diskbackend.h"
#include "system/disk/diskerrors.h"
#include "system/volumes/folderbackend.h"
#include "system/logging.h"
#include "system/volumes/practicebackend.h"
#include "system/registry/windowsfactsreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>

namespace ra {

RecoverySession::Backends RecoverySession::defaultBackends()
{
    Backends backends;
    backends.push_back(std::make_unique<PracticeBackend>());
    backends.push_back(std::make_unique<FolderBackend>());
    backends.push_back(std::make_unique<DiskBackend>());  // block devices and image files
    return backends;
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
    for (const auto &backend : m_backends)
        if (backend->accepts(volume.target) || (!volume.device.isEmpty() && !volume.practice && backend->accepts(volume.device)))
            return backend.get();
    return nullptr;
}

Status RecoverySession::detect(const QStringList &targets)
{
    m_lastError = {};
    QList<VolumeInfo> found;
    if (targets.isEmpty()) {
        for (const auto &backend : m_backends) {
            auto volumes = backend->scan({});
            if (volumes)
                found += volumes.value();
            else
                log().warn("scan: {}", u8(volumes.error().details));
        }
    } else {
        for (const QString &target : targets) {
            VolumeBackend *chosen = nullptr;
            for (const auto &backend : m_backends) {
                if (backend->accepts(target)) {
                    chosen = backend.get();
                    break;
                }
            }
            if (!chosen && DiskErrors::permissionDenied(target))
                return fail(*DiskErrors::permissionDenied(target), m_volumes.isEmpty() ? State::Idle : State::Detected);
            if (!chosen)
                return fail(makeError(ErrorKind::NotFound,
                                      tr("%1 is not a disk, a disk image or a folder that can be opened.").arg(target)),
                            m_volumes.isEmpty() ? State::Idle : State::Detected);
            auto volumes = chosen->scan({target});
            if (!volumes)
                return fail(volumes.error(), m_volumes.isEmpty() ? State::Idle : State::Detected);
            found += volumes.value();
        }
    }
    m_volumes = found;
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
    // In a given language (the ticket's may differ from the UI's), so through the catalogue.
    const char *const ctx = "ra::RecoverySession";
    QStringList parts;
    switch (v.kind) {
    case VolumeKind::BitLocker: {
        QString s = v.practice ? translate(language, ctx, QT_TRANSLATE_NOOP("ra::RecoverySession", "Practice BitLocker volume"))
                               : translate(language, ctx, QT_TRANSLATE_NOOP("ra::RecoverySession", "BitLocker"));
        if (v.bitlocker && !v.bitlocker->encryptionMethod.isEmpty())
            s += QStringLiteral(" (%1)").arg(v.bitlocker->encryptionMethod);
        parts << s;
        break;
    }
    case VolumeKind::Ntfs:
        parts << (v.label.isEmpty() ? QStringLiteral("NTFS") : QStringLiteral("NTFS \"%1\"").arg(v.label));
        break;
    case VolumeKind::Folder:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("ra::RecoverySession", "Folder"));
        break;
    case VolumeKind::Fat:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("ra::RecoverySession", "FAT volume (not a Windows system volume)"));
        break;
    case VolumeKind::Other:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("ra::RecoverySession", "Other file system (not Windows)"));
        break;
    case VolumeKind::Unknown:
        parts << translate(language, ctx, QT_TRANSLATE_NOOP("ra::RecoverySession", "Unknown or empty volume"));
        break;
    }
    if (v.size > 0 && v.kind != VolumeKind::Folder)
        parts << QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English).formattedDataSize(v.size);
    return parts.join(listSeparator(language));
}

QString RecoverySession::volumeSummary(const VolumeInfo &v) const
{
    QStringList parts{volumeDescription(v)};
    const bool inspected = m_selected >= 0 && &m_volumes[m_selected] == &v && m_state >= State::Inspected;
    if (inspected) {
        if (v.kind == VolumeKind::BitLocker)
            parts << tr("unlocked");
        int faulty = 0;
        for (const Finding &f : m_case.findings)
            faulty += f.verdict == Verdict::Faulty ? 1 : 0;
        if (!m_case.windows.computerName.isEmpty())
            parts << m_case.windows.computerName;
        const QString windows = m_case.windows.productName.isEmpty() ? tr("Windows found") : m_case.windows.productName;
        if (m_case.windowsRoot.isEmpty())
            parts << tr("no Windows installation");
        else if (faulty > 0)
            parts << tr("%1, channel file 291 faulty version present").arg(windows);
        else if (m_case.findings.isEmpty())
            parts << tr("%1, no channel file 291 (already remediated or not affected)").arg(windows);
        else
            parts << tr("%1, channel file 291 present, no faulty version").arg(windows);
    } else if (v.windows) {
        if (!v.windows->computerName.isEmpty())
            parts << v.windows->computerName;
        parts << (v.windows->productName.isEmpty() ? tr("Windows found") : v.windows->productName);
    } else if (v.kind == VolumeKind::BitLocker) {
        const QList<ProtectorId> ids = v.bitlocker ? v.bitlocker->recoveryIds() : QList<ProtectorId>{};
        if (v.bitlocker && v.bitlocker->hasClearKey()) {
            parts << tr("protection suspended (no key needed)");
        } else if (!ids.isEmpty()) {
            QStringList shortIds;
            for (const ProtectorId &id : ids)
                shortIds << id.shortId();
            parts << tr("locked, Key ID %1").arg(shortIds.join(QStringLiteral(" / ")));
        } else if (!v.bitlocker) {
            parts << tr("BitLocker metadata damaged: no intact copy");
        } else {
            parts << tr("locked, no recovery key protector");
        }
    }
    return parts.join(listSeparator(uiLanguage()));
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

void RecoverySession::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
    if (m_secrets) {
        const auto purged = m_secrets->purgeExpired();
        if (purged && purged.value() > 0)
            log().info("keychain: {} expired case key(s) purged", purged.value());
    }
}

QString RecoverySession::secretStoreMessage() const
{
    return m_secrets ? m_secrets->availabilityMessage() : QString();
}

std::optional<RecoveryKey> RecoverySession::savedKey() const
{
    if (!m_secrets)
        return std::nullopt;
    for (const ProtectorId &id : keyIds()) {
        auto key = m_secrets->loadKey(id.toString());
        if (key)
            return std::move(key.value());
    }
    return std::nullopt;
}

Status RecoverySession::open(UnlockMaterial material, const OpenOptions &options, const QString &keySource)
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
    auto mounted = backend->open(*v, material, options, *m_case.report);
    if (mounted && usedRecoveryKey && m_secrets) {
        // Kept under the protector that opened it (or the only recovery protector).
        ProtectorId id = mounted.value()->usedProtector();
        if (id.isNull() && keyIds().size() == 1)
            id = keyIds().first();
        if (!id.isNull()) {
            if (Status kept = m_secrets->storeKey(id.toString(), material.recoveryKey); !kept)
                log().warn("keychain: the key could not be kept: {}", u8(kept.error().details));
        }
    }
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
        m_case.keySource = tr("clear key (BitLocker protection suspended)");
    else
        m_case.keySource = keySource;
    return inspect();
}

Status RecoverySession::inspect()
{
    ReportNode &node = m_case.report->addChild(tr("Look for the faulty files"));
    auto scanned = ChannelFileScanner::scan(m_playbook, m_mount->root());
    if (!scanned) {
        node.finish(ReportNode::State::Failed, scanned.error().details);
        return fail(scanned.error(), State::Failed);
    }
    m_scan = scanned.value();
    m_case.windowsRoot = m_scan.windowsRelative;
    m_case.windows = m_scan.windowsFound ? WindowsFactsReader::read(m_scan.windowsDir) : WindowsFacts{};
    m_case.findings = m_scan.findings;
    Classifier::applyDefaultSelection(m_case.findings, m_vendorProcedure);
    QStringList details;
    if (!m_scan.windowsFound)
        details << tr("No Windows installation was found on this volume.");
    else if (!m_scan.targetFolderFound)
        details << tr("The CrowdStrike folder is not there: the sensor is not installed or was removed.");
    details << tr("%n matching file(s) found.", nullptr, int(m_case.findings.size()));
    details += m_scan.skipped;
    if (m_scan.windowsFound) {
        ReportNode &facts = m_case.report->addChild(tr("Read the offline registry"));
        QStringList lines;
        if (!m_case.windows.computerName.isEmpty())
            lines << tr("Computer name: %1").arg(m_case.windows.computerName);
        if (!m_case.windows.productName.isEmpty())
            lines << QStringLiteral("%1 %2 (%3)").arg(m_case.windows.productName, m_case.windows.displayVersion,
                                                      m_case.windows.buildString());
        lines += m_case.windows.unknownReasons;
        lines += m_case.windows.notes;
        facts.finish(m_case.windows.unknownReasons.isEmpty() ? ReportNode::State::Ok : ReportNode::State::Warning,
                     lines.join(u'\n'));
    }
    if (m_mount->isReadOnly())
        details << tr("The volume is read-only: %1").arg(m_mount->readOnlyReason());
    node.finish(m_mount->isReadOnly() ? ReportNode::State::Warning : ReportNode::State::Ok, details.join(u'\n'));
    emit caseChanged();
    setState(State::Inspected);
    if (m_mount->isReadOnly())
        m_lastError = makeError(ErrorKind::ReadOnly, m_mount->readOnlyReason());
    return {};
}

bool RecoverySession::isReadOnly() const
{
    return m_mount && m_mount->isReadOnly();
}

QString RecoverySession::readOnlyReason() const
{
    return m_mount ? m_mount->readOnlyReason() : QString();
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
    // Before the case folder exists (the plan is shown first), where ensureCaseFolder() puts it.
    const QString folder = m_case.folder.isEmpty() ? m_casesDir + u'/' + m_case.id : m_case.folder;
    return folder + QStringLiteral("/quarantine");
}

QStringList RecoverySession::planSteps() const
{
    return Remediation(m_mount ? m_mount->root() : QString(), selectedFindings(), quarantineDir(), m_case.id).describe();
}

Status RecoverySession::ensureCaseFolder()
{
    if (!m_case.folder.isEmpty())
        return {};
    const QString folder = m_casesDir + u'/' + m_case.id;
    if (!AppDirs::makePrivateDir(m_casesDir) || !AppDirs::makePrivateDir(folder))
        return makeError(ErrorKind::Failed, tr("The case folder cannot be created."), folder);
    m_case.folder = folder;
    return {};
}

Status RecoverySession::runRemediation(std::shared_ptr<Report> report, QList<RemovedFile> *removed)
{
    Remediation remediation(m_mount->root(), selectedFindings(), quarantineDir(), m_case.id);
    return remediation.execute(*report, *removed,
                               [this](const QString &step, int done, int total) {
                                   QMetaObject::invokeMethod(this, [this, step, done, total] { emit progress(step, done, total); },
                                                             Qt::QueuedConnection);
                               },
                               &m_cancel);
}

Status RecoverySession::prepareRemediation()
{
    if (m_state != State::Inspected || !m_mount)
        return fail(makeError(ErrorKind::BadInput, tr("Open a volume and review its files first.")), m_state);
    if (Status folder = ensureCaseFolder(); !folder)
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
    int faultyLeft = 0;
    for (const Finding &f : m_case.findings) {
        bool gone = false;
        for (const RemovedFile &r : m_case.removed)
            gone = gone || r.originalPath == f.relativePath;
        if (f.verdict == Verdict::Faulty && !gone)
            ++faultyLeft;
    }
    if (!status.ok()) {
        m_case.outcome = status.error().kind == ErrorKind::Cancelled ? Outcome::Cancelled : Outcome::Failed;
        m_case.outcomeMessage = status.error().message;
    } else if (faultyLeft > 0) {
        m_case.outcome = Outcome::Failed;
        m_case.outcomeMessage = tr("%n faulty file(s) are still on the disk because they were not selected.", nullptr, faultyLeft);
    } else if (!m_case.removed.isEmpty()) {
        m_case.outcome = Outcome::Fixed;
    } else if (!m_scan.windowsFound) {
        m_case.outcome = Outcome::NotAffected;
        m_case.outcomeMessage = tr("No Windows installation was found on this volume.");
    } else if (m_case.findings.isEmpty() && m_scan.targetFolderFound) {
        m_case.outcome = Outcome::AlreadyRemediated;
    } else {
        m_case.outcome = Outcome::NotAffected;
    }
}

QString RecoverySession::outcomeSentence() const
{
    switch (m_case.outcome) {
    case Outcome::Fixed: {
        int faulty = 0, unknown = 0, good = 0;
        for (const RemovedFile &r : m_case.removed)
            ++(r.verdict == Verdict::Faulty ? faulty : r.verdict == Verdict::Good ? good : unknown);
        if (faulty == int(m_case.removed.size()))
            return tr("Fixed: %n faulty file(s) removed and kept in quarantine. Restart the machine normally.", nullptr, faulty);
        // Say what each was: "1 faulty version, 1 of unknown version".
        QStringList parts;
        if (faulty)
            parts << tr("%n faulty version(s)", nullptr, faulty);
        if (unknown)
            parts << tr("%n of unknown version", nullptr, unknown);
        if (good)
            parts << tr("%n good version(s), as the vendor procedure asks", nullptr, good);
        return tr("Fixed: %n file(s) removed and kept in quarantine (%1). Restart the machine normally.", nullptr,
                  int(m_case.removed.size()))
            .arg(parts.join(listSeparator(uiLanguage())));
    }
    case Outcome::NotAffected:
        return m_case.outcomeMessage.isEmpty() ? tr("Nothing to fix: no faulty channel file 291 is on this volume.")
                                               : m_case.outcomeMessage;
    case Outcome::AlreadyRemediated:
        return tr("Nothing to fix: channel file 291 is no longer on this volume.");
    case Outcome::Failed:
    case Outcome::Cancelled:
        return m_case.outcomeMessage;
    case Outcome::Pending:
        return tr("The repair has not run yet.");
    }
    return {};
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
    m_case.closed = QDateTime::currentDateTimeUtc();
    if (m_secrets && m_case.outcome == Outcome::Fixed && !m_case.keyId.isEmpty())
        m_secrets->removeKey(m_case.keyId);  // fixed: the key is no longer needed here
    if (Status folder = ensureCaseFolder(); !folder)
        return fail(folder.error(), State::Failed);
    // case.json and the ticket in every format, in the ticket language.
    auto write = [&](const QString &name, const QByteArray &data) -> Status {
        const QString path = m_case.folder + u'/' + name;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return makeError(errno == ENOSPC ? ErrorKind::DiskFull : ErrorKind::Failed,
                             tr("The case file %1 cannot be written.").arg(name), file.errorString());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    };
    Status written = write(QStringLiteral("case.json"), QJsonDocument(m_case.toJson()).toJson());
    for (TicketFormat f : {TicketFormat::Text, TicketFormat::Markdown, TicketFormat::Json}) {
        if (!written)
            break;
        written = write(QStringLiteral("ticket.") + Ticket::fileSuffix(f), ticket(f, m_ticketLanguage).toUtf8());
    }
    if (!written && result.ok())
        result = written;
    log().info("case {} closed: {}", u8(m_case.id), u8(Case::outcomeKey(m_case.outcome)));
    emit caseChanged();
    setState(State::Closed);
    if (!result)
        m_lastError = result.error();
    return result;
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

Status RecoverySession::saveTicket(const QString &path, TicketFormat format, Language language) const
{
    QSaveFile file(path);
    const QByteArray data = ticket(format, language).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(errno == ENOSPC ? ErrorKind::DiskFull : ErrorKind::Failed,
                         tr("The ticket cannot be saved to %1.").arg(path), file.errorString());
    return {};
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
