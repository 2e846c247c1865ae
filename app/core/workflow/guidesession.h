// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The phone route: a technician guides a remote user through Windows' own recovery screens
// (WinRE). The session looks the key up in the loaded exports by the Key ID the user reads out
// (its first 8 characters) or by host name, checks every group the user reads back (the per-group
// checksum catches a misheard group), turns the `dir` times the user reads out into findings by
// the playbook's verdict rules, and writes every answer into the same Case and ticket as the
// bench. The key is disclosed by reading it aloud: the case says so and asks for its rotation.
#include "domain/case.h"
#include "domain/guidescript.h"
#include "domain/ticket.h"
#include "workflow/keyexports.h"
#include <QTimeZone>

#include <memory>

namespace ra {

class GuideSession {
    Q_DECLARE_TR_FUNCTIONS(GuideSession)
public:
    enum class ReadBack {
        Confirmed,   // the group as read back is the key's group
        Misheard,    // the group read back fails the checksum: a digit was misheard or mistyped
        Different,   // a valid group, but not this one (a group swapped or read from another line)
        Incomplete,  // fewer or more than 6 digits
    };

    // The keys are looked up in exports of its own, or in shared ones (the wizard: the bench's
    // exports, so a bundle or export loaded on one route serves the other); shared must outlive it.
    GuideSession(Playbook playbook, GuideScript script, KeyExports *sharedExports = nullptr);

    const Playbook &playbook() const { return m_playbook; }
    const GuideScript &script() const { return m_script; }
    KeyExports &escrow() { return *m_exports; }
    void useExports(KeyExports *shared);
    // A fresh case for the next call: key, drive, answers and user go; technician, ticket
    // reference, the user's Windows language and the exports stay.
    void restart();

    Result<EscrowImportSummary> loadExport(const QString &path);
    // The first 8 characters of the Key ID as the user reads them (or a full Key ID), else a host
    // name. The newest match is taken; NotFound when nothing matches, BadInput when empty.
    Result<int> findKey(const QString &keyIdOrHost);
    bool hasKey() const { return !m_key.isEmpty(); }
    QString keyId() const { return m_keyId; }        // short Key ID, e.g. "64311DEA"
    QString fullKeyId() const { return m_fullKeyId; } // the protector GUID when the export has it
    QString host() const { return m_host; }
    const RecoveryKey &key() const { return m_key; }
    // One group (1..8) for the technician to read aloud. Shown, never logged or stored.
    QString group(int number) const;
    // Checks what the user read back for a group; records the outcome (never the digits).
    ReadBack checkGroup(int number, QStringView readBack);
    static QString readBackText(ReadBack state);   // one sentence, UI language

    // "D", "d:", "Ｄ：" → "D:". BadInput for anything else.
    Status setDrive(const QString &letter);
    QString drive() const { return m_drive; }
    // One line of the user's `dir` as the technician types it ("2024/07/19 13:09 50,716
    // C-00000291-….sys", "07/19/2024 04:09 AM …"); the time is the user's local time in `zone`.
    Result<Finding> reportFile(const QString &line, const QTimeZone &zone);
    static Result<QDateTime> parseDirTime(const QString &line, const QTimeZone &zone);
    const QList<Finding> &reportedFiles() const { return m_case.findings; }

    void setRemoteUser(const QString &name);
    void setTechnician(const QString &name) { m_case.technician = name.trimmed(); }
    void setTicketReference(const QString &reference) { m_case.ticketReference = reference.trimmed(); }
    // How the user's Windows shows its screens (the technician may speak another language).
    void setWindows(Language language, WindowsVersion version);
    Language windowsLanguage() const { return m_windowsLanguage; }
    WindowsVersion windowsVersion() const { return m_windowsVersion; }
    // No key, a TPM-only disk and a local administrator: Microsoft's Safe Mode route (the files
    // are deleted from Windows in Safe Mode, on C:). The ticket asks to check Safe Mode is off.
    void setSafeModeRoute(bool safeMode);
    bool safeModeRoute() const { return m_safeMode; }
    void setHost(const QString &host);
    // Records one step's answer in the case report (never a key).
    void recordAnswer(const QString &stepId, const QString &answer);
    // The user confirmed the deletion (and restart): the case is fixed by phone.
    void finish(bool deleted, const QString &why = {});
    // A next step for the ticket, in both languages (a branch of the guide that applies).
    void addNextStep(const LocalizedText &step);
    // Writes the case folder (case.json, the ticket in every format) under casesDir and files
    // the case in the case store, as the bench's close does. Once; later calls do nothing.
    Status close(const QString &casesDir, Language ticketLanguage);
    bool isClosed() const { return m_closed; }

    const Case &currentCase() const { return m_case; }
    GuideValues values(bool showKey) const;
    QString ticket(TicketFormat format, Language language, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

private:
    Playbook m_playbook;
    GuideScript m_script;
    std::shared_ptr<KeyExports> m_ownExports;
    KeyExports *m_exports = nullptr;
    Language m_windowsLanguage = Language::English;
    WindowsVersion m_windowsVersion = WindowsVersion::Windows11;
    bool m_safeMode = false;
    bool m_closed = false;
    RecoveryKey m_key;
    QString m_keyId;
    QString m_fullKeyId;
    QString m_host;
    QString m_drive = QStringLiteral("D:");
    Case m_case;
};

}  // namespace ra
