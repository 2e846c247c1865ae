// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/fixoperation.h"

#include "domain/keysource.h"
#include "domain/language.h"
#include "system/logging.h"
#include "workflow/casefiling.h"
#include "workflow/processcontrol.h"
#include "workflow/remediation.h"
#include "workflow/volumechoice.h"

namespace ra {

QString FixOperation::readOnlySentence(const QString &reason)
{
    if (reason == QLatin1String("hibernated") || reason == QLatin1String("fast-startup"))
        return tr("The Windows volume can only be read (%1), so nothing was deleted. Allow removing the hibernation file (the hibernated session is lost), or start Windows in the Recovery Environment (WinRE) and delete the file there.")
            .arg(reason);
    return tr("The drive or image file is write-protected, so it was opened read-only and nothing was deleted. Make it writable (for an image file: chattr -i, file permissions) and try again.");
}

FixOperation::FixOperation(RecoverySession &session, FixRequest request, Hooks hooks)
    : m_session(session), m_request(std::move(request)), m_hooks(std::move(hooks))
{
}

FixResult FixOperation::finish(FixResult result, FixResult::Kind kind, const Error &error)
{
    result.kind = kind;
    result.error = error;
    if (!error.message.isEmpty())
        log().info("fix {}: {} ({})", u8(m_request.target), u8(Case::outcomeKey(m_session.currentCase().outcome)), u8(error.message));
    return result;
}

FixResult FixOperation::run()
{
    using Kind = FixResult::Kind;
    FixResult r;
    const Error stopped = makeError(ErrorKind::Cancelled, tr("Stopped before anything was changed on this target."));
    RecoverySession &session = m_session;

    stage(Stage::Detecting);
    if (stopRequested())
        return finish(r, Kind::Stopped, stopped);
    if (Status detected = session.detect({m_request.target}); !detected)
        return finish(r, Kind::NotFixed, detected.error());
    const Result<int> chosen = VolumeChoice::choose(session.volumes(), m_request.partition);
    if (!chosen) {
        r.choosingVolume = true;
        return finish(r, Kind::NotFixed, chosen.error());
    }
    session.selectVolume(chosen.value());
    for (const ProtectorId &id : session.keyIds())
        r.keyIds << id.shortId();
    r.earlierCases = CaseFiling::earlierCaseWarnings(session, uiLanguage());

    const VolumeInfo *volume = session.selectedVolume();
    if (volume->kind == VolumeKind::BitLocker && !volume->bitlocker)
        return finish(r, Kind::NotFixed,
                      makeError(ErrorKind::Unsupported, tr("The BitLocker metadata of this drive is damaged (no intact copy of the three), so it cannot be opened.")));

    UnlockMaterial material;
    if (m_request.key) {
        material = *m_request.key;
    } else if (session.needsKey()) {
        Result<UnlockMaterial> found = KeyRule::pick(session.keyOffer(), session.keyIds());
        if (!found)
            return finish(r, Kind::NoKey, found.error());
        material = std::move(found.value());
    }
    if (session.needsKey() && material.kind == UnlockMaterial::Kind::None)
        return finish(r, Kind::NoKey, KeyRule::pick({}, session.keyIds()).error());
    if (material.kind != UnlockMaterial::Kind::None)
        r.keySource = material.source.describe(uiLanguage());

    stage(Stage::Unlocking);
    if (stopRequested())
        return finish(r, Kind::Stopped, stopped);
    OpenOptions options;
    options.readOnly = m_request.planOnly;
    options.removeHiberfile = m_request.removeHiberfile && !m_request.planOnly;
    if (Status opened = session.open(std::move(material), options); !opened) {
        if (stopRequested())
            return finish(r, Kind::Stopped, stopped);
        return finish(r, Kind::NotFixed, opened.error());
    }
    r.opened = true;
    if (session.currentCase().windowsRoot.isEmpty()) {
        // Never "fixed" or "not affected" for a volume on which no Windows was inspected.
        session.unmount();
        return finish(r, Kind::NotFixed,
                      makeError(ErrorKind::NoWindows, tr("No Windows installation was found on %1: nothing was inspected or changed.")
                                                          .arg(session.selectedVolume()->displayName())));
    }
    session.setVendorProcedure(m_request.vendorProcedure);
    r.plan = session.selectedFindings();
    r.planSteps = session.planSteps();
    if (m_hooks.planned)
        m_hooks.planned(r);
    processcontrol::faultPoint("opened");  // the fault suite: between the plan and the write
    if (m_request.planOnly) {
        session.unmount();
        return finish(r, Kind::Planned);
    }
    if (m_request.confirmedPlan && *m_request.confirmedPlan != planKeys(r.plan)) {
        session.unmount();
        return finish(r, Kind::NotFixed,
                      makeError(ErrorKind::Failed, tr("The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again.")));
    }
    if (session.isReadOnly() && !r.plan.isEmpty()) {
        const QString reason = session.readOnlyReason();
        session.close();
        return finish(r, Kind::NotFixed, makeError(ErrorKind::ReadOnly, readOnlySentence(reason), reason));
    }
    if (m_hooks.confirm && !m_hooks.confirm(r)) {
        session.unmount();
        return finish(r, Kind::Stopped, makeError(ErrorKind::Cancelled, tr("The plan was not confirmed: nothing was changed.")));
    }
    r.interruptedRuns = Remediation::interruptedRuns(session.casesDir(), session.currentCase().target);
    if (stopRequested()) {
        // Opened, nothing touched: the case says "cancelled", nothing removed.
        session.recordStoppedBeforeRemediation(stopped.message);
        session.close();
        r.remediated = true;  // the case is written ("cancelled", nothing removed)
        return finish(r, Kind::Stopped, stopped);
    }

    stage(Stage::Removing);
    const Status remediated = session.remediateBlocking();
    r.remediated = true;
    processcontrol::faultPoint("remediated");
    stage(Stage::Closing);
    const Status closed = session.close();
    const Case &c = session.currentCase();
    switch (c.outcome) {
    case Outcome::Fixed:
        return closed ? finish(r, Kind::Fixed) : finish(r, Kind::NotFixed, closed.error());
    case Outcome::NotAffected:
    case Outcome::AlreadyRemediated:
        return closed ? finish(r, Kind::NotAffected) : finish(r, Kind::NotFixed, closed.error());
    case Outcome::Cancelled:
        return finish(r, Kind::Stopped, !remediated ? remediated.error() : makeError(ErrorKind::Cancelled, c.outcomeMessage));
    case Outcome::Pending:
    case Outcome::Failed:
        break;
    }
    return finish(r, Kind::NotFixed,
                  !remediated ? remediated.error() : !closed ? closed.error() : makeError(ErrorKind::Failed, c.outcomeMessage));
}

}  // namespace ra
