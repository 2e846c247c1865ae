// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one disk-changing operation (kpmcore Operation): describe() lists every step before
// anything changes; execute() runs them. Per file all-or-nothing: copy into the case's
// quarantine folder, verify the copy's SHA-256, record it in manifest.json, delete the
// original, flush, verify it is gone. If the copy cannot be made or verified (disk full,
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

    Remediation(QString volumeRoot, QList<Finding> selected, QString quarantineDir, QString caseId);

    // Every step in the UI language, in the order execute() runs them.
    QStringList describe() const;
    // Runs the plan. removed receives every file that is gone and safe in quarantine. Returns
    // the first error that stopped a file (the others are still attempted unless the error
    // concerns the whole volume or quarantine, e.g. read-only, disk full, device gone).
    Status execute(Report &report, QList<RemovedFile> &removed, const Progress &progress = {},
                   const std::atomic<bool> *cancel = nullptr);

    QString manifestPath() const { return m_quarantineDir + QStringLiteral("/manifest.json"); }

private:
    Status removeOne(const Finding &finding, ReportNode &node, QList<RemovedFile> &removed);
    Status copyVerified(const QString &from, const QString &to, const QString &expectedSha, ReportNode &node);
    Status writeManifest(const QList<RemovedFile> &removed) const;
    QString quarantinePathFor(const Finding &finding) const;

    QString m_root;
    QList<Finding> m_selected;
    QString m_quarantineDir;
    QString m_caseId;
};

}  // namespace ra
