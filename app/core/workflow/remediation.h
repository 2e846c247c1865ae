// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one disk-changing operation (kpmcore Operation): describe() lists every step before
// anything changes; execute() runs them. Per file all-or-nothing: copy into the case's
// quarantine folder, verify the copy's SHA-256, append it to manifest.json (written and flushed),
// delete the original, flush, verify it is gone. The manifest only grows: an entry whose copy
// exists is never dropped, and says whether its original was deleted. A stop (cancel or a
// signal, system/stopsignals.h) is honoured between files, never inside one. If the copy cannot be made or verified (disk full,
// permission), the original stays. A read-only volume is refused before any step.

#include "domain/case.h"
#include "domain/finding.h"
#include "domain/report.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace ra {

class Remediation {
    Q_DECLARE_TR_FUNCTIONS(Remediation)

public:
    using Progress = std::function<void(const QString &step, int done, int total)>;

    // target: what the case names (the disk or image), written into the manifest so that a
    // later run on the same target, and only that one, hears of an interrupted run.
    Remediation(QString volumeRoot, QList<Finding> selected, QString quarantineDir, QString caseId, QString target = {});

    // Every step in the UI language, in the order execute() runs them.
    QStringList describe() const;
    // Runs the plan. removed receives every file that is gone and safe in quarantine. Returns
    // the first error that stopped a file (the others are still attempted unless the error
    // concerns the whole volume or quarantine, e.g. read-only, disk full, device gone).
    Status execute(Report &report, QList<RemovedFile> &removed, const Progress &progress = {},
                   const std::atomic<bool> *cancel = nullptr);

    // What runs that were killed before they wrote their case (no case.json) had already
    // quarantined, read from their manifests under casesDir, and what runs on this target that
    // were stopped (Stop, a signal: outcome "cancelled") had removed: one sentence per earlier
    // case on this target (a manifest that names no target counts for every target).
    static QStringList interruptedRuns(const QString &casesDir, const QString &target = {});

    QString manifestPath() const { return m_quarantineDir + QStringLiteral("/manifest.json"); }

private:
    Status removeOne(const Finding &finding, ReportNode &node, QList<RemovedFile> &removed);
    Status copyVerified(const Finding &finding, const QString &to, ReportNode &node);
    static QString deviceGoneSentence(const QString &relativePath);
    struct ManifestEntry {
        RemovedFile file;
        bool originalDeleted = false;
    };
    Status appendToManifest(const RemovedFile &file);
    Status markDeleted(const RemovedFile &file);
    Status writeManifest() const;
    QString quarantinePathFor(const Finding &finding) const;

    QString m_root;
    QList<Finding> m_selected;
    QString m_target;
    QString m_quarantineDir;
    QString m_caseId;
    QList<ManifestEntry> m_manifest;
};

}  // namespace ra
