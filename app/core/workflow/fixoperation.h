// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ONE fix of one target, for every route that fixes without a page per step: `fix`, the batch
// (the CLI's and the wizard's several-disks page), the stick's unattended boot. The wizard's
// bench pages drive the same RecoverySession steps one page at a time; the guards between the
// confirmation and the first write live in RecoverySession, so every route has them.
//
//   choose the volume (VolumeChoice) → find the key (KeyRule) → open READ-ONLY and inspect →
//   the plan (hooks.planned: shown or recorded) → confirm (hooks.confirm; a confirmed plan
//   given in the request must match) → reopen for writing with every guard (image file still
//   the same, plan unchanged by path and SHA-256, hibernation) → quarantine and delete → close
//   → the case written and filed.
//
// kpmcore's Operation/Job shape: the object holds the request, run() does the steps in order and
// each step leaves its node in the case's report. Nothing in the constructor touches a disk.

#include "domain/case.h"
#include "domain/result.h"
#include "workflow/recoverysession.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace ra {

struct FixRequest {
    QString target;
    int partition = 0;             // > 0: this partition; 0: VolumeChoice decides
    bool planOnly = false;         // open read-only, plan, change nothing, write no case
    bool vendorProcedure = false;  // every channel file 291, also good versions
    bool removeHiberfile = false;  // the yes to discarding a hibernation file (done after the confirmation)
    // The plan the user confirmed earlier (planKeys()): a target whose plan differs now is
    // left unchanged. Not set: the plan is confirmed by hooks.confirm (or unattended).
    std::optional<QStringList> confirmedPlan;
    // A key given outright for this target (typed, --key-file, .BEK); else KeyRule decides.
    std::optional<UnlockMaterial> key;
};

struct FixResult {
    enum class Kind { Fixed, NotAffected, NoKey, NotFixed, Stopped, Planned };
    Kind kind = Kind::NotFixed;
    Error error;                   // why, when not Fixed / NotAffected / Planned
    QStringList keyIds;            // the volume's recovery Key IDs (short form)
    QString keySource;             // where the key came from (UI language)
    QList<Finding> plan;           // the files the plan removes
    QStringList planSteps;         // every step of the plan (UI language)
    QStringList earlierCases;      // the duplicate-machine warnings (never a block)
    QStringList interruptedRuns;   // what stopped or killed runs on this target had removed
    bool choosingVolume = false;   // the error is VolumeChoice's (no such partition, several, none)
    bool opened = false;           // the volume was opened (the case has findings)
    bool remediated = false;       // the confirmed plan ran, or a stop ended it (the case is closed and written)
};

class FixOperation {
    Q_DECLARE_TR_FUNCTIONS(FixOperation)

public:
    enum class Stage { Detecting, Unlocking, Removing, Closing };
    struct Hooks {
        std::function<void(Stage)> stage;
        // After the plan is known, before anything is written (a CLI prints it here).
        std::function<void(const FixResult &)> planned;
        // The confirmation; unset: unattended (confirmed by the configuration that started it).
        std::function<bool(const FixResult &)> confirm;
        // Polled between steps (a signal, the batch's stop).
        std::function<bool()> stopRequested;
    };

    FixOperation(RecoverySession &session, FixRequest request, Hooks hooks = {});
    FixResult run();

    // The sentence for a volume that can only be read, in the user's words (no CLI option):
    // hibernated / Fast Startup, or a write-protected image or device.
    static QString readOnlySentence(const QString &reason);

private:
    FixResult finish(FixResult result, FixResult::Kind kind, const Error &error = {});
    bool stopRequested() const { return m_hooks.stopRequested && m_hooks.stopRequested(); }
    void stage(Stage s) const
    {
        if (m_hooks.stage)
            m_hooks.stage(s);
    }

    RecoverySession &m_session;
    FixRequest m_request;
    Hooks m_hooks;
};

}  // namespace ra
