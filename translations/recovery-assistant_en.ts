<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchTally</name>
    <message>
        <source>Fixed: %1 · not affected: %2 · no key: %3 · not fixed: %4 · stopped: %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BcdStore</name>
    <message>
        <source>The boot configuration store names no default Windows entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Safe Mode setting in the boot configuration store is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A temporary folder cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boot configuration store on partition %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safe Mode (safeboot %1) is left switched on for the default Windows entry: Windows will start in Safe Mode every time. Clear it in an administrator Command Prompt (or WinRE) with: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BitLockerMetadata</name>
    <message>
        <source>The BitLocker metadata of this volume is damaged and cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume is too small to be a BitLocker volume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume is not encrypted with BitLocker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume uses the BitLocker format of Windows Vista, which is not supported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This BitLocker volume uses a sector size that is not supported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This BitLocker volume uses an encryption method that is not supported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlockFile</name>
    <message>
        <source>%1 is neither a disk, a partition, a disk image nor a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ends before the data it should hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist: no disk, partition, image or folder has that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system does not allow opening %1, even for an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read any more; the disk may have been disconnected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a disk or a disk image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already remediated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fixed by phone (WinRE): the user deleted %n reported file(s).</source>
        <translation>
            <numerusform>Fixed by phone (WinRE): the user deleted %n reported file.</numerusform>
            <numerusform>Fixed by phone (WinRE): the user deleted %n reported files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n faulty file(s) removed; verified copies are in quarantine.</source>
        <translation>
            <numerusform>Fixed: %n faulty file removed; its verified copy is in quarantine.</numerusform>
            <numerusform>Fixed: %n faulty files removed; verified copies are in quarantine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n faulty version(s)</source>
        <translation>
            <numerusform>%n faulty version</numerusform>
            <numerusform>%n faulty versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown version</source>
        <translation>
            <numerusform>%n of unknown version</numerusform>
            <numerusform>%n of unknown version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good version(s), as the vendor procedure asks</source>
        <translation>
            <numerusform>%n good version, as the vendor procedure asks</numerusform>
            <numerusform>%n good versions, as the vendor procedure asks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n file(s) removed (%1); verified copies are in quarantine.</source>
        <translation>
            <numerusform>Fixed: %n file removed (%1); its verified copy is in quarantine.</numerusform>
            <numerusform>Fixed: %n files removed (%1); verified copies are in quarantine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not affected: no faulty channel file 291 was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not affected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already remediated: no channel file 291 is left on the disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were removed and kept in quarantine; the others were not touched.</source>
        <translation>
            <numerusform>Stopped: %n file was removed and kept in quarantine; the others were not touched.</numerusform>
            <numerusform>Stopped: %n files were removed and kept in quarantine; the others were not touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress: the repair has not run yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n faulty file(s) are still on the disk because they were not selected.</source>
        <translation>
            <numerusform>%n faulty file is still on the disk because it was not selected.</numerusform>
            <numerusform>%n faulty files are still on the disk because they were not selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Windows installation was found on this volume.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseFolder</name>
    <message>
        <source>The case folder cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case file %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket cannot be saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machines fixed per hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machines fixed per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machines fixed per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No machine fixed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated %1 from %2. Cases from %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>median time per machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No machine is still failing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technician, bench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more are not listed; see 'cases list --outcome failed'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 is not a full Key ID (a GUID).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earlier cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rotation list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case in the store used the Key ID %1; nothing was marked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unnamed technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unnamed bench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 by %3 on %4 (case %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case record contains something that looks like a recovery key and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case record is not a JSON object (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case record contains control characters and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case id is missing or malformed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Key ID of case %1 is not a GUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outcome message of case %1 is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has an unknown outcome.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has no valid opening time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 has an invalid closing time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store refused a schema change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of the case store %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store could not answer (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store address %1 is not postgresql://user@host/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store address must not contain a password: put it in ~/.pgpass or the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL database %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store (%1) cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A different case with the id %1 is already in the store; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queueing case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emptying the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This machine already has a case: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case record is larger than %1 MiB and was refused.</source>
        <translation>The case record is larger than %1 MiB and was refused.</translation>
    </message>
    <message>
        <source>Case %1 was refused: %2</source>
        <translation>Case %1 was refused: %2</translation>
    </message>
    <message>
        <source>The case %1 was not filed in the case store: %2 It is kept in its case folder %3; file it later with "cases import".</source>
        <translation>The case %1 was not filed in the case store: %2 It is kept in its case folder %3; file it later with "cases import".</translation>
    </message>
</context>
<context>
    <name>ChannelFileScanner</name>
    <message>
        <source>%1 is a link; it is not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>faulty version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>good version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written between 04:09 and 05:27 UTC on 19 July 2024: the faulty update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written at 05:27 UTC on 19 July 2024 or later: the corrected update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written before the faulty update; the vendor procedure removes it too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is filled with zero bytes, as seen on crashed machines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file does not start with the channel file header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's last-write time could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a regular file; left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Far larger than a channel file; left alone. Check it by hand.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The key input is too long to be a recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the BitLocker recovery key from standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the BitLocker recovery key from FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock with a BitLocker startup-key file (.BEK).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the hibernation file of a hibernated volume so it can be written. The hibernated session and its unsaved work are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no partition %1 on this target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Windows installation was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channel file 291 found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks a recovery key read from standard input; names the wrong groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key is valid: all 8 groups pass their check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists volumes, their BitLocker protectors, and the channel files on Windows volumes. Changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block device, disk image or folder; none: every disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No volume found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens TARGET, quarantines and deletes the faulty channel files, closes it and writes the ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the findings and the plan; change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove every channel file 291, also good versions (the vendor procedure).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarantine copies go to DIR/&lt;case id&gt; instead of the case folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also save the ticket to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket format: text, markdown or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technician name for the ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Helpdesk ticket reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix needs exactly one TARGET.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown ticket format %1: use text, markdown or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look the recovery key up in a key export (CSV or JSON) by the volume's own Key ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This drive is locked by BitLocker. Give its recovery key (Key ID %1) with --key-stdin, --key-file or --escrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket cannot be written to %1: it is not a regular file. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket cannot be written to %1: the folder %2 does not exist. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket cannot be written to %1: permission denied. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarantine folder %1 cannot be used: %2 is not a folder. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarantine folder %1 cannot be used: permission denied. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped (signal %1): nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) had been removed and kept in quarantine before the stop; the others were left as they were. The case folder says what was done.</source>
        <translation>
            <numerusform>Stopped: %n file had been removed and kept in quarantine before the stop; the others were left as they were. The case folder says what was done.</numerusform>
            <numerusform>Stopped: %n files had been removed and kept in quarantine before the stop; the others were left as they were. The case folder says what was done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 But the ticket could not be written to %2; it is in the case folder %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use partition N of a disk or image (default: the volume that can hold Windows; asked when several can).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Key ID the user reads out (its first 8 characters are enough).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key export (CSV or JSON) to look the key up in; may be given more than once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer name, to look the key up by host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the user's Windows: ja or en (default: --lang).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's Windows: 11 (default) or 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter of the Windows volume in the Recovery Environment (default D).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text (default), markdown or html.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the recovery key in full (masked otherwise).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the key as Code 128 and QR code to FILE.png (needs --show-key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the one-page printable guide sheet to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the phone guide through Windows' own recovery screens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guide takes no file or device; use --escrow for key exports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--windows-lang is ja or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--windows is 10 or 11.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format is text, markdown or html.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--barcode writes the key itself: give --show-key as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the key export to look the key up in (--escrow FILE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--barcode needs a key: give --key-id or --host with --escrow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The barcode image cannot be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no key, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>detecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) removed</source>
        <translation>
            <numerusform>%1 of %n file removed</numerusform>
            <numerusform>%1 of %n files removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Several targets take their keys from --escrow or --bundle (each by its own Key ID); --key-stdin, --key-file, --bek and --partition are for one target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No target to fix: name the targets or give --all-disks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix every attached disk with a BitLocker or NTFS volume (keys from --escrow or --bundle).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix up to N targets at once (default: the number of cores).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block device, disk image or folder; several for a batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--jobs needs a number from 1 to 64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dry-run and --ticket are for one target; a batch writes one case folder with its ticket per target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--key-stdin and --passphrase-file - cannot both read standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give only one of --key-stdin, --key-file, --bek and --escrow or --bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look the recovery key up in an encrypted key bundle (.rakeys) by the volume's own Key ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the key bundle's passphrase from FILE (- for standard input) instead of the terminal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase in %1 is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase in %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: give it with --passphrase-file FILE (- for standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the terminal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of the key bundle: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key bundle %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key export %1 has no recovery key for Key ID %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket cannot be written to %1: its file system does not accept it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case store: import case folders, list cases, write the incident report and the key-rotation list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only cases closed at or after DATE (2024-07-19 or 2024-07-19T08:00).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only cases with this outcome (fixed, failed, not-affected, already-remediated, cancelled).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the report to FILE (self-contained HTML).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation list format: csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who rotated the keys (default: the user name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bench name for imported cases that do not name one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site for imported cases that do not name one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer name to look up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID (full GUID) to look up; may be repeated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases import needs at least one FOLDER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases report needs --html FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases mark-rotated needs at least one Key ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cases check needs --computer NAME or --key-id KEYID.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n queued case(s) sent.</source>
        <translation>
            <numerusform>%n queued case sent.</numerusform>
            <numerusform>%n queued cases sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) still wait for the server (%1).</source>
        <translation>
            <numerusform>%n case still waits for the server (%1).</numerusform>
            <numerusform>%n cases still wait for the server (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: recovery-assistant-cli cases import FOLDER... | list [--since DATE] [--outcome OUTCOME] [--json] | report --html FILE | rotation [--format csv|json] | mark-rotated KEYID... | check --computer NAME | --key-id KEYID | flush</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added, %2 already in the store, %3 queued for the server, %4 refused (%5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a date: use 2024-07-19 or 2024-07-19T08:00.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report written to %1: %2 cases, %3 machines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format %1: use csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n recovery key(s) to rotate.</source>
        <translation>
            <numerusform>%n recovery key to rotate.</numerusform>
            <numerusform>%n recovery keys to rotate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Key ID(s) marked as rotated.</source>
        <translation>
            <numerusform>%n Key ID marked as rotated.</numerusform>
            <numerusform>%n Key IDs marked as rotated.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier case of this machine is in the store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: recovery-assistant-cli COMMAND [options]
Commands:
  check-key   check a recovery key read from standard input
  scan        list volumes, BitLocker Key IDs and channel files (changes nothing)
  fix         quarantine and delete the faulty channel files, write the ticket
  escrow      check a recovery-key export, or look a key up in it
  guide       print the phone guide through Windows' recovery screens (text, Markdown, PDF)
  cases       the case store: import, list, report, key-rotation list
Global options: --lang ja|en, --log-level trace|debug|info|warn|error, --verbose (the log also on stderr),
  --case-store FILE|postgresql://user@host/db (default: the SQLite file in the data folder)
Run 'recovery-assistant-cli COMMAND --help' for a command's options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folders (each with its ticket): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
    <message>
        <source>If the disk has another volume, name it with --partition N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name it with --partition N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To allow it, run again with --remove-hiberfile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix every volume of each target that can hold Windows, each with its own key and case (a disk with two encrypted Windows volumes is two targets).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CryptsetupUnlocker</name>
    <message>
        <source>Unlocking with cryptsetup is unavailable here because this computer's kernel has no device-mapper.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the BitLocker drive with cryptsetup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cryptsetup cannot open a BitLocker drive whose protection is suspended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The BitLocker drive could not be unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the BitLocker drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The BitLocker drive could not be locked again because it is still in use.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetectPage</name>
    <message>
        <source>Choose the disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are the disks and folders the assistant found. Choose the one with Windows on it; nothing is changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disks found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key ID of this disk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;practice disk instead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceHolders</name>
    <message>
        <source>loop device /dev/%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This drive is already in use by %1: close or unmount it there first, so that it is not written twice at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiskBackend</name>
    <message>
        <source>The drive was disconnected or removed while it was being opened; connect it again and start over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening a drive needs administrator rights: start the program as an administrator (root), for example with sudo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume is neither BitLocker nor NTFS, so it cannot hold a Windows installation to repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume is already mounted at %1: open that folder instead, or unmount it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading a virtual machine's disk file needs administrator rights: start the program as an administrator (root), for example with sudo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiskErrors</name>
    <message>
        <source>The drive is no longer there: it was disconnected or removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program's private folder for the drive could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: permission denied; run it as administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiskMount</name>
    <message>
        <source>Close the drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drive is still open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clean up after an earlier run that did not finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DislockerUnlocker</name>
    <message>
        <source>This BitLocker drive uses a layout that cannot be opened here (for example, encryption that Windows had not finished); repair it on a Windows computer instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer cannot open BitLocker drives because FUSE (/dev/fuse) is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking a BitLocker drive needs administrator rights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drive stopped answering while it was being unlocked; check its cable and connect it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The BitLocker drive could not be unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The startup key file could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a BitLocker startup key (.BEK) file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This startup key file does not belong to this drive: its Key ID is %1, and the drive has no key protector with that ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The startup key file does not open this drive; it may be damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not open this drive; use the key whose Key ID is %1 and check it for typing errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not open this drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This drive is locked with BitLocker and needs its recovery key (Key ID %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This drive is locked with BitLocker and needs a key to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the BitLocker drive with dislocker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No valid recovery key was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key could not be handed to dislocker safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the BitLocker drive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name a subcommand: check or lookup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the key export to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--show-key is only for lookup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookup needs the key export and one Key ID or host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown subcommand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates merged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicting keys: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed.</source>
        <translation>
            <numerusform>… and %n more problem not listed.</numerusform>
            <numerusform>… and %n more problems not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n key</numerusform>
            <numerusform>%1: %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume type: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1, line %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Key ID or host name is empty.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export could not be read; run "escrow check" for details.</source>
        <translation>
            <numerusform>%n row of the export could not be read; run "escrow check" for details.</numerusform>
            <numerusform>%n rows of the export could not be read; run "escrow check" for details.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key in %1 matches %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n key(s) match; the newest is listed first.</source>
        <translation>
            <numerusform>%n key matches.</numerusform>
            <numerusform>%n keys match; the newest is listed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: recovery-assistant-cli escrow check FILE... [--json]
       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]
       recovery-assistant-cli escrow lookup --bundle FILE [--passphrase-file FILE] KEYID|HOST [--json] [--show-key]
       recovery-assistant-cli escrow pack EXPORT... --out FILE.rakeys [--passphrase-file FILE] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pack needs at least one key export and --out FILE.rakeys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle must not overwrite the key export %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key exports hold no valid recovery key; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%n bad row(s) left out)</source>
        <translation>
            <numerusform>(%n bad row left out)</numerusform>
            <numerusform>(%n bad rows left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key bundle written: %1 (%n key(s), encrypted with the passphrase).</source>
        <translation>
            <numerusform>Key bundle written: %1 (%n key, encrypted with the passphrase).</numerusform>
            <numerusform>Key bundle written: %1 (%n keys, encrypted with the passphrase).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscrowIndex</name>
    <message>
        <source>The Key ID is also listed on line %1 with a different recovery key; both are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Key ID is also listed in %1 with a different recovery key; both are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key export %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key export %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key export %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EscrowReader</name>
    <message>
        <source>The recovery key is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Key ID is neither a GUID nor an 8-digit Key ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Key ID is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key column holds no recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key export is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a known recovery key export: its first line names no recovery key and Key ID columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON key export cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON file is not a known recovery key export: it has no "value" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry is not an object with a key and a Key ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many key exports are loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A field other than the recovery key column holds a recovery key; the row is not used.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <source>The tool "%1" is not installed on this computer; install the package "%2" and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program refused to run a tool it does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program refused to put a key on a command line, where other users could read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tool "%1" could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tool "%1" did not finish within %2 seconds and was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tool "%1" crashed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Technician name</source>
        <translation>Technician name</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>Ticket reference</translation>
    </message>
    <message>
        <source>Bench name</source>
        <translation>Bench name</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The field "%1" is longer than %2 characters; shorten it.</source>
        <translation>The field "%1" is longer than %2 characters; shorten it.</translation>
    </message>
    <message>
        <source>The field "%1" contains a control or text-direction character; type it again without it.</source>
        <translation>The field "%1" contains a control or text-direction character; type it again without it.</translation>
    </message>
    <message>
        <source>The field "%1" contains something shaped like a recovery key; a recovery key is never written into a ticket or a case.</source>
        <translation>The field "%1" contains something shaped like a recovery key; a recovery key is never written into a ticket or a case.</translation>
    </message>
</context>
<context>
    <name>FixOperation</name>
    <message>
        <source>The Windows volume can only be read (%1), so nothing was deleted. Allow removing the hibernation file (the hibernated session is lost), or start Windows in the Recovery Environment (WinRE) and delete the file there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drive or image file is write-protected, so it was opened read-only and nothing was deleted. Make it writable (for an image file: chattr -i, file permissions) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped before anything was changed on this target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The BitLocker metadata of this drive is damaged (no intact copy of the three), so it cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Windows installation was found on %1: nothing was inspected or changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan was not confirmed: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <source>The volume is mounted read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This folder cannot be written with the current rights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 is no longer there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuidePdf</name>
    <message>
        <source>The guide sheet cannot be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideScript</name>
    <message>
        <source>The guide is not valid: field "%1" %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a short lower-case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs an English and a Japanese text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must name the source of the Windows 10 spelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be confirm, keyId, drive, keyGroups or fileTimes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names a keyboard note that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs an id and an English and a Japanese text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold the branch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guide file is too large.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideSession</name>
    <message>
        <source>remote machine (guided by phone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone guide (WinRE)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Key export loaded: %n key(s)</source>
        <translation>
            <numerusform>Key export loaded: %n key</numerusform>
            <numerusform>Key export loaded: %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the first 8 characters of the Key ID or the computer name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key looked up by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key in the loaded exports matches %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID %1</source>
        <translation type="unfinished">Key ID %1</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this group fails its checksum: a digit was misheard; read the group again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a valid group but not this one; read the group again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a group has 6 digits; read the group again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A drive letter is one letter, such as D.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the date and time as dir shows them, for example 2024/07/19 13:09.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file of this incident (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideSheet</name>
    <message>
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows drive in the Recovery Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screens shown as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Japanese Windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English Windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user sees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On Windows 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key, group by group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it does not go this way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>The key file %1</source>
        <translation>The key file %1</translation>
    </message>
    <message>
        <source>The passphrase file %1</source>
        <translation>The passphrase file %1</translation>
    </message>
    <message>
        <source>The startup key file %1</source>
        <translation>The startup key file %1</translation>
    </message>
    <message>
        <source>The key export %1</source>
        <translation>The key export %1</translation>
    </message>
    <message>
        <source>The key bundle %1</source>
        <translation>The key bundle %1</translation>
    </message>
    <message>
        <source>The case record %1</source>
        <translation>The case record %1</translation>
    </message>
    <message>
        <source>The output file %1</source>
        <translation>The output file %1</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>a FIFO (named pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>%1 is a folder, not a regular file: name the file itself.</source>
        <translation>%1 is a folder, not a regular file: name the file itself.</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: name a regular file.</source>
        <extracomment>%1 is "The key file &lt;path&gt;" and the like, %2 "a FIFO (named pipe)", "a device", "a socket"…</extracomment>
        <translation>%1 is %2, not a regular file: name a regular file.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 and was not read.</source>
        <translation>%1 is larger than %2 and was not read.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>KeyBundle</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is not enough memory to seal the key bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key bundle %1 cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key bundle %1 cannot be opened: the passphrase is wrong or the file was modified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key bundle %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a key bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is not enough memory to open the key bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key bundle %1 asks for more time and memory to unlock than a bundle made by this program; it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the key bundle %1 was stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyFileLoader</name>
    <message>
        <source>Choose a recovery key export or key bundle</source>
        <translation type="unfinished">Choose a recovery key export or key bundle</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded from %1.</source>
        <translation>
            <numerusform>%n key loaded from %1.</numerusform>
            <numerusform>%n keys loaded from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key bundle</source>
        <translation type="unfinished">Key bundle</translation>
    </message>
    <message>
        <source>The passphrase of the key bundle %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the key bundle (checking the passphrase takes about a second)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the key export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key exports and key bundles (*.csv *.tsv *.json *.txt *.rakeys);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is locked with BitLocker. Find the 48-digit recovery key whose key ID matches the one below (in your key list, Active Directory, Entra ID or Intune) and type it in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key ID to look for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery &amp;key (8 groups of 6 digits; pasting the whole key into any box works):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how the digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a startup key &amp;file (.BEK)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type a key instead</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyRule</name>
    <message>
        <source>No loaded key has the recovery key for Key ID %1: skipped, nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>typed by the technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>startup key file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key export %1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept in the keychain from an earlier run on this machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clear key (BitLocker protection suspended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not belong to this drive: its Key ID is %1, but this drive's Key ID is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeySymbols</name>
    <message>
        <source>There is no recovery key to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The barcode cannot be drawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID %1</source>
        <translation type="unfinished">Key ID %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>There is no recovery key or case to keep it for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused to keep the recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recovery key is kept for this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key cannot be read from the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key cannot be removed from the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old recovery keys could not be removed from the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PC has no unlocked credential store: the recovery key is kept in memory only and must be entered again after the assistant is restarted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoopDevice</name>
    <message>
        <source>The partition could not be prepared for opening (no free loop device).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partition's loop device could not be released.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>There is no recovery key or case to keep it for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recovery key is kept for this case.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MountLock</name>
    <message>
        <source>This drive is already open in another Recovery Assistant session; close that session first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MountPoints</name>
    <message>
        <source>The drive could not be closed because something is still using it; close every window and program that shows its files, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the file system process to finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NtfsMount</name>
    <message>
        <source>The drive stopped answering while its files were being opened; check its cable and connect it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drive does not hold an NTFS file system, so Windows files cannot be read from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NTFS file system on this drive is damaged; run chkdsk on it from Windows recovery first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the drive's files needs administrator rights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer cannot open NTFS drives because FUSE (/dev/fuse) is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drive's NTFS file system could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows on this drive is hibernated, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the hibernated Windows session and any unsaved work in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows on this drive was shut down with Fast Startup, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the saved Windows session and any unsaved work in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drive was opened read-only, so nothing can be deleted on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the NTFS file system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows was not shut down cleanly and the drive's journal could not be reset; run chkdsk on it from Windows recovery first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows was not shut down cleanly; the drive's journal was reset when it was opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the NTFS file system</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>The playbook is not valid: field "%1" %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The playbook is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a short lower-case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs an English and a Japanese text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a relative path with / separators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a file name pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be hex bytes separated by spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an ISO 8601 time with a time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an ISO 8601 time after faultyFrom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an ISO 8601 time not before faultyUntil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be always, fixed or keyUsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The playbook file cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The playbook file is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a positive whole number of bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PracticeBackend</name>
    <message>
        <source>Lock the practice volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The practice volume cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock the practice volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The practice volume opens only with the practice recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not unlock this drive. Check that the Key ID matches, then try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Enter the 48-digit recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>A recovery key has 8 groups of 6 digits, but %n group(s) were found.</source>
        <translation>
            <numerusform>A recovery key has 8 groups of 6 digits, but %n group was found.</numerusform>
            <numerusform>A recovery key has 8 groups of 6 digits, but %n groups were found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n wrong group(s): %1. Check these digits again.</source>
        <translation>
            <numerusform>The recovery key has %n wrong group: %1. Check these digits again.</numerusform>
            <numerusform>The recovery key has %n wrong groups: %1. Check these digits again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryHive</name>
    <message>
        <source>The registry file %1 is a link; links are not followed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as a registry hive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 is larger than %2 MiB, which no real hive is; it is not read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not a registry hive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 is truncated: it is shorter than its header says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 cannot be read from the disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registry file %1 is damaged and cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A registry path is too deep to be looked up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A registry value name is too long to be looked up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>Nothing is selected: no file will be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the volume can be written and that the quarantine folder has room.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy %1 to the quarantine folder %2 and verify the copy's SHA-256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 from the affected disk, flush it, and verify it is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the list of quarantined files (manifest.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the faulty files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file was selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the volume and the quarantine folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Windows volume is read-only, so nothing was deleted. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarantine folder cannot be created, so nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarantine folder's disk is full, so nothing was deleted. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped before %1: cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repair was cancelled; files not yet handled were left as they were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not inside the volume; it was left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read; it was left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed since it was reviewed; it was left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied to quarantine and verified (SHA-256 %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be deleted; the quarantine copy is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is still there after deleting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted from the affected disk and verified gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarantine folder's disk is full; %1 was left on the affected disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be copied to quarantine, so it was left on the affected disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quarantine list (manifest.json) cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a channel file that can be removed; it was left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer there; it was left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file; it was left alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The affected disk stopped answering (unplugged, or its image file changed) while %1 was handled; its quarantine copy is kept. Connect the disk again and run the repair again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>An earlier run on this drive that was stopped (case %1) already removed %n file(s); the copies are kept in %2.</source>
        <translation>
            <numerusform>An earlier run on this drive that was stopped (case %1) already removed %n file; its copy is kept in %2.</numerusform>
            <numerusform>An earlier run on this drive that was stopped (case %1) already removed %n files; the copies are kept in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier run that was interrupted (case %1) already removed %n file(s); the copies are kept in %2.</source>
        <translation>
            <numerusform>An earlier run that was interrupted (case %1) already removed %n file; its copy is kept in %2.</numerusform>
            <numerusform>An earlier run that was interrupted (case %1) already removed %n files; the copies are kept in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier run that was interrupted (case %1) copied %n file(s) to %2 but may not have deleted them.</source>
        <translation>
            <numerusform>An earlier run that was interrupted (case %1) copied %n file to %2 but may not have deleted it.</numerusform>
            <numerusform>An earlier run that was interrupted (case %1) copied %n files to %2 but may not have deleted them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <source>Repairing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each file is first copied to the quarantine folder on this computer and the copy is checked; only then is it deleted from the disk. Stopping is safe at any moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop after the current file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportNode</name>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check what will be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are the CrowdStrike channel 291 files on the disk. The faulty one (written on 19 July 2024 at 04:09 UTC) makes Windows crash at start. Nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove &amp;all channel 291 files, also the good ones (the vendor's procedure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will happen, step by step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes, remove these files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This assistant repairs a Windows computer that keeps restarting with a blue screen after the faulty CrowdStrike update of 19 July 2024. Nothing on the disk changes until you confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written on the ticket</source>
        <translation type="unfinished">Written on the ticket</translation>
    </message>
    <message>
        <source>&amp;Ticket number (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example INC0012345</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What do you want to repair?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A &amp;disk attached to this computer (USB adapter, dock or internal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disk &amp;image file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk image file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mounted &amp;Windows folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mounted Windows folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Practice: a safe training disk made by this tool, with a practice recovery key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ticket</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(build %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>installed, version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no recovery key was needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished">Computer name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CrowdStrike sensor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BitLocker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket reference</source>
        <translation type="unfinished">Ticket reference</translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery Assistant — case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Files found (%n)</source>
        <translation>
            <numerusform>Files found (%n)</numerusform>
            <numerusform>Files found (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Files removed (%n)</source>
        <translation>
            <numerusform>Files removed (%n)</numerusform>
            <numerusform>Files removed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantine copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarantine copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key disclosed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fixed by phone (WinRE), user %1; files as the user reported them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (from the key export)</source>
        <translation>%1 (from the key export)</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk has been released and the case is saved. Copy this summary into your helpdesk ticket; it contains the key ID, never the recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished">Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Ticket format</source>
        <translation type="unfinished">Ticket format</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the ticket:</source>
        <translation type="unfinished">Lan&amp;guage of the ticket:</translation>
    </message>
    <message>
        <source>Language of the ticket</source>
        <translation type="unfinished">Language of the ticket</translation>
    </message>
    <message>
        <source>Ticket text</source>
        <translation type="unfinished">Ticket text</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished">&amp;Copy to clipboard</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open the case folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next &amp;machine</source>
        <translation type="unfinished">Next &amp;machine</translation>
    </message>
</context>
<context>
    <name>VmChain</name>
    <message>
        <source>data file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parent disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backing file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 uses %2 as its %3, which is a device: a disk file must never read or write another drive, so it is not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 uses %2 as its %3, which lies outside the disk file's folder, so it is not opened; keep the files of one disk together in one folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 uses %2 as its %3, which is not a regular file (missing, a folder or a special file), so it is not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 is damaged: the files it is made of come back to %2, so it is not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 is not there any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 is a differencing disk based on %2, which this program cannot open; merge it into its parent in Hyper-V first (Edit Disk), then fix the merged disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 is based on a chain of more than %2 files, so it is not opened; merge its snapshots in the hypervisor first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VmDaemon</name>
    <message>
        <source>Stop QEMU's storage daemon</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VmHeaders</name>
    <message>
        <source>The virtual disk file's header is damaged or of an unknown kind.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VmImage</name>
    <message>
        <source>The virtual disk file %1 is in use by a running virtual machine: power the VM off first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The virtual disk file %1 cannot be opened as %2: it is damaged, incomplete or of a kind QEMU does not support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the virtual disk file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other disk files are based on %1, so writing into it would damage them; fix %2 instead (the disk the VM starts from).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The virtual disk file has %n internal snapshot(s); they keep the faulty file, so reverting to one brings it back.</source>
        <translation>
            <numerusform>The virtual disk file has %n internal snapshot; it keeps the faulty file, so reverting to it brings it back.</numerusform>
            <numerusform>The virtual disk file has %n internal snapshots; they keep the faulty file, so reverting to one brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the virtual disk file %1 with QEMU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program's private folder for the drive could not be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer cannot open virtual disk files because FUSE (/dev/fuse) is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the virtual disk file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the changes into the virtual disk file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolumeChoice</name>
    <message>
        <source>partition %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no partition %1 on this target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Windows installation was found on this target: it has only Recovery or System Reserved partitions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No BitLocker or NTFS volume was found on this target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This disk has several volumes that may hold Windows: %1. Choose one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolumeDetection</name>
    <message>
        <source>%1 is not a disk, a disk image or a folder that can be opened.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolumeInspection</name>
    <message>
        <source>Look for the faulty files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Windows installation was found on this volume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CrowdStrike folder is not there: the sensor is not installed or was removed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n matching file(s) found.</source>
        <translation>
            <numerusform>%n matching file found.</numerusform>
            <numerusform>%n matching files found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the offline registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computer name: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The volume is read-only: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolumeKeyDeriver</name>
    <message>
        <source>Reading the BitLocker drive needs administrator rights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The BitLocker information on this drive is damaged or unreadable, so it cannot be unlocked here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Derive the volume key with libcryptsetup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key does not open this drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This BitLocker drive cannot be unlocked with this kind of key here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the BitLocker metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The BitLocker metadata of this drive is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This BitLocker encryption method cannot be opened here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolumeSummary</name>
    <message>
        <source>unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Windows installation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, channel file 291 faulty version present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, no channel file 291 (already remediated or not affected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, channel file 291 present, no faulty version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>protection suspended (no key needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked, Key ID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BitLocker metadata damaged: no intact copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked, no recovery key protector</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TPM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TPM and startup key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TPM, PIN and startup key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>startup key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smart card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown protector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, partition %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice BitLocker volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BitLocker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAT volume (not a Windows system volume)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other file system (not Windows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown or empty volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown protector type 0x%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowsFactsReader</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows had not finished writing the %1 registry hive and no transaction log lies next to it; the values shown from it may be out of date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows had not finished writing the %1 registry hive (changes are pending in %2); the values shown from it are from before those changes and may be out of date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 registry hive was not found under %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SYSTEM registry hive does not say which control set is current.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SYSTEM registry hive names control set %1, which does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the CrowdStrike sensor is installed is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SYSTEM registry hive has no list of services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer name, DNS name, domain, time zone and CrowdStrike services are unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer name is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS host name and domain are unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CrowdStrike sensor version is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The installed programs list several CrowdStrike sensor versions (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Windows edition, version and build and the CrowdStrike sensor version are unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Windows edition, version and build are unknown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowsInstallation</name>
    <message>
        <source>The volume folder is not there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path leaves the volume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder or file %1 is not on this volume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a link or junction; it is not followed, for safety.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Windows installation was found on this volume.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided recovery of Windows machines hit by the CrowdStrike channel file 291 fault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with the practice disk chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the window: ja or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disk, disk image or mounted Windows folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wizard needs a desktop session (no display was found): use recovery-assistant-cli here, or start the wizard with xvfb-run for a test.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::RecoverySession</name>
    <message>
        <source>Choose one of the volumes in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a volume first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume is already open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of volume cannot be opened here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This drive is locked by BitLocker: enter its recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a volume and review its files first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait until the repair has finished or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This volume was opened for inspection only; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Windows volume can only be read (%1), so nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped before anything was changed on this target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image file %1 was deleted or replaced during the repair: the changes went into the deleted file, not into %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::AtMachinePage</name>
    <message>
        <source>At the machine: the key as a barcode</source>
        <translation>At the machine: the key as a barcode</translation>
    </message>
    <message>
        <source>Look the key up by the Key ID the BitLocker recovery screen shows, then scan the code with a USB barcode scanner into the recovery key field and press Enter. The code holds the 48 digits; the screen adds the dashes itself.</source>
        <translation>Look the key up by the Key ID the BitLocker recovery screen shows, then scan the code with a USB barcode scanner into the recovery key field and press Enter. The code holds the 48 digits; the screen adds the dashes itself.</translation>
    </message>
    <message>
        <source>&amp;Key ID from the BitLocker screen (its first 8 characters), or the computer name:</source>
        <translation>&amp;Key ID from the BitLocker screen (its first 8 characters), or the computer name:</translation>
    </message>
    <message>
        <source>&amp;Hide the key</source>
        <translation>&amp;Hide the key</translation>
    </message>
    <message>
        <source>S&amp;how the key as a barcode</source>
        <translation>S&amp;how the key as a barcode</translation>
    </message>
    <message>
        <source>Next &amp;machine</source>
        <translation>Next &amp;machine</translation>
    </message>
</context>
<context>
    <name>ra::gui::BatchPage</name>
    <message>
        <source>Opening every disk read-only to list what would be removed…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fixing %n disk(s): each removed file is copied and verified first…</source>
        <translation>
            <numerusform>Fixing %n disk: each removed file is copied and verified first…</numerusform>
            <numerusform>Fixing %n disks: each removed file is copied and verified first…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before anything was changed. Go back to choose again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to remove</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) to remove</source>
        <translation>
            <numerusform>%n file to remove</numerusform>
            <numerusform>%n files to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fixed: %n file(s) removed</source>
        <translation>
            <numerusform>fixed: %n file removed</numerusform>
            <numerusform>fixed: %n files removed</numerusform>
        </translation>
    </message>
    <message>
        <source>not affected: nothing to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no loaded key: left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking at the disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix every disk whose key is loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each disk is opened read-only first: nothing changes until you confirm the plan below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the plan: these files are removed, disk by disk. Each removed file is first copied and the copy verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no disk to fix: nothing will be changed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) will be removed in all.</source>
        <translation>
            <numerusform>%n file will be removed in all.</numerusform>
            <numerusform>%n files will be removed in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s) will be fixed, each with its own case and ticket.</source>
        <translation>
            <numerusform>%n disk will be fixed, each with its own case and ticket.</numerusform>
            <numerusform>%n disks will be fixed, each with its own case and ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disks are being fixed. Cancel stops every disk cleanly: a file being copied is finished or left in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done. Every disk has its own case folder and ticket; copy the summary with every ticket for the incident.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Yes, remove these files from %n disk(s)</source>
        <translation>
            <numerusform>&amp;Yes, remove these files from %n disk</numerusform>
            <numerusform>&amp;Yes, remove these files from %n disks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repair all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy summary and tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next &amp;machine</source>
        <translation type="unfinished">Next &amp;machine</translation>
    </message>
    <message numerus="yes">
        <source>Recovery Assistant — %n disk(s)</source>
        <translation>
            <numerusform>Recovery Assistant — %n disk</numerusform>
            <numerusform>Recovery Assistant — %n disks</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary and every ticket are on the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice disk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::BusyBar</name>
    <message>
        <source>Cancelling: the current step ends first, then the disk is released…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::CaseStoreDialog</name>
    <message>
        <source>Case store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postgresql://user@host/database for a team; the password goes in ~/.pgpass or the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case store:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bench:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every closed case is filed here. When the server cannot be reached, the case waits on this computer and is sent later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the incident report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases are filed in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the incident report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Report written: %n case(s).</source>
        <translation>
            <numerusform>Report written: %n case.</numerusform>
            <numerusform>Report written: %n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::DetectPage</name>
    <message>
        <source>No disk with Windows was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect the disk with an adapter that fits it: an NVMe disk (M.2, one notch) needs an NVMe adapter, a SATA disk (2.5 inch, or M.2 with two notches) a SATA adapter. Wait ten seconds, then press Search again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disk from a computer set to RAID or Intel VMD (Intel RST) may not appear at all. Repair such a computer in its own Windows Recovery Environment with the vendor's steps instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without administrator rights no disk is visible: start the assistant from the menu, which asks for the administrator password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice disk (made by this tool for training)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for disks again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no loaded key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recovery key loaded ✔</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n disks are attached.</source>
        <translation>
            <numerusform>%n disks are attached.</numerusform>
            <numerusform>%n disks are attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a key export or key bundle to fix every disk whose key it holds in one go, with one confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load &amp;keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV or JSON export of recovery keys, or an encrypted key bundle (.rakeys) with its passphrase. It is read into memory only.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Fix &amp;every disk whose key is loaded (%n)…</source>
        <translation>
            <numerusform>Fix &amp;every disk whose key is loaded (%n)…</numerusform>
            <numerusform>Fix &amp;every disk whose key is loaded (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed now (unencrypted, or with a recovery key among the loaded ones).</source>
        <translation>
            <numerusform>%n of them can be fixed now (unencrypted, or with a recovery key among the loaded ones).</numerusform>
            <numerusform>%n of them can be fixed now (unencrypted, or with a recovery key among the loaded ones).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::GuidePage</name>
    <message>
        <source>This step is missing from the guide's data (%1).</source>
        <translation>This step is missing from the guide's data (%1).</translation>
    </message>
    <message>
        <source>Step %1 — the user's screen (%2, %3):</source>
        <translation>Step %1 — the user's screen (%2, %3):</translation>
    </message>
    <message>
        <source>The user's screen (%1, %2):</source>
        <translation>The user's screen (%1, %2):</translation>
    </message>
    <message>
        <source>What the user's screen shows</source>
        <translation>What the user's screen shows</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Say:</translation>
    </message>
    <message>
        <source>The user types:</source>
        <translation>The user types:</translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyEntryWidget</name>
    <message numerus="yes">
        <source>%n group(s) cannot be right: %1. Compare these digits with the key list again.</source>
        <translation>
            <numerusform>Group %1 cannot be right. Compare these digits with the key list again.</numerusform>
            <numerusform>%n groups cannot be right: %1. Compare these digits with the key list again.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These six digits cannot be right: check them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong: check these digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key, group %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk did not accept the key: type this group again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not accepted by the disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checksum OK (the whole key is checked when the disk is opened).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checksum OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::KeyLookupBox</name>
    <message>
        <source>L&amp;ook up</source>
        <translation>L&amp;ook up</translation>
    </message>
    <message>
        <source>Load key e&amp;xport…</source>
        <translation>Load key e&amp;xport…</translation>
    </message>
    <message>
        <source>Key ID or computer name</source>
        <translation>Key ID or computer name</translation>
    </message>
    <message>
        <source>For example 64311DEA, or the computer name</source>
        <translation>For example 64311DEA, or the computer name</translation>
    </message>
    <message>
        <source>No key export loaded yet.</source>
        <translation>No key export loaded yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded (kept in memory only).</source>
        <translation>
            <numerusform>%n key loaded (kept in memory only).</numerusform>
            <numerusform>%n keys loaded (kept in memory only).</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the key export (or key bundle) first: the key is looked up there.</source>
        <translation>Load the key export (or key bundle) first: the key is looked up there.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; the newest is used. Compare the whole Key ID with the user.</source>
        <translation>
            <numerusform>%n keys match; the newest is used. Compare the whole Key ID with the user.</numerusform>
            <numerusform>%n keys match; the newest is used. Compare the whole Key ID with the user.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyPage</name>
    <message>
        <source>Filled in with the key that opened this disk before (kept in the keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the startup key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BitLocker startup keys (*.BEK *.bek);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The loaded key exports (%n key(s)) have no key for key ID %1. Look it up elsewhere and type it in.</source>
        <translation>
            <numerusform>The loaded key exports (%n key) have no key for key ID %1. Look it up elsewhere and type it in.</numerusform>
            <numerusform>The loaded key exports (%n keys) have no key for key ID %1. Look it up elsewhere and type it in.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3, line %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several keys match</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The export lists %n key(s) for this key ID. Choose the one for this computer (usually the newest):</source>
        <translation>
            <numerusform>The export lists %n key for this key ID. Choose the one for this computer (usually the newest):</numerusform>
            <numerusform>The export lists %n keys for this key ID. Choose the one for this computer (usually the newest):</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from %1: computer %2, %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This disk has %n recovery key(s); any of these key IDs will do:</source>
        <translation>
            <numerusform>This disk has %n recovery key; its key ID:</numerusform>
            <numerusform>This disk has %n recovery keys; any of these key IDs will do:</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a training disk. On a real case this sheet is your key list.
Recovery key ID: %1
Recovery key: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find it in a key e&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Startup key file: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The key exports have no key for key ID %1, but %n key(s) for computer %2, filed under other key IDs (an older key, or another drive of that computer). Choose one to try:</source>
        <translation>
            <numerusform>The key exports have no key for key ID %1, but %n key for computer %2, filed under another key ID (an older key, or another drive of that computer). Choose it to try:</numerusform>
            <numerusform>The key exports have no key for key ID %1, but %n keys for computer %2, filed under other key IDs (an older key, or another drive of that computer). Choose one to try:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key does not open the disk (%n attempt(s) so far). Check that its key ID matches the one above, then type the key again: the first group is selected, typing replaces it.</source>
        <translation>
            <numerusform>This key does not open the disk (%n attempt so far). Check that its key ID matches the one above, then type the key again: the first group is selected, typing replaces it.</numerusform>
            <numerusform>This key does not open the disk (%n attempts so far). Check that its key ID matches the one above, then type the key again: the first group is selected, typing replaces it.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empties all eight groups, to type the key again from the start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve the key in this PC's credential store for after a reboot (removed when the case is fixed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pasted or typed text holds no digits, so nothing was entered. A recovery key is 48 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV or JSON export of recovery keys from Active Directory, Entra ID, Intune, MBAM or CrowdStrike's script, or an encrypted key bundle (.rakeys) with its passphrase. It is read into memory only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show as bar&amp;code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key as a barcode and a QR code: a USB scanner types it into the BitLocker screen of the computer itself. Shown only while this button is down; never saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::KeySymbolsView</name>
    <message>
        <source>Compare with the screen — Key ID:</source>
        <translation>Compare with the screen — Key ID:</translation>
    </message>
    <message>
        <source>Code 128 above, QR code here: use whichever your scanner reads. Hide it once the drive is unlocked.</source>
        <translation>Code 128 above, QR code here: use whichever your scanner reads. Hide it once the drive is unlocked.</translation>
    </message>
    <message>
        <source>Recovery key as a Code 128 barcode</source>
        <translation>Recovery key as a Code 128 barcode</translation>
    </message>
    <message>
        <source>Recovery key as a QR code</source>
        <translation>Recovery key as a QR code</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneDrivePage</name>
    <message>
        <source>Phone: which letter has the locked drive?</source>
        <translation>Phone: which letter has the locked drive?</translation>
    </message>
    <message>
        <source>&amp;Drive letter — %1:</source>
        <translation>&amp;Drive letter — %1:</translation>
    </message>
    <message>
        <source>Drive letter</source>
        <translation>Drive letter</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneFilesPage</name>
    <message>
        <source>This computer's (%1)</source>
        <translation>This computer's (%1)</translation>
    </message>
    <message>
        <source>Phone: which channel files are there?</source>
        <translation>Phone: which channel files are there?</translation>
    </message>
    <message>
        <source>The user's &amp;time zone (dir shows local time):</source>
        <translation>The user's &amp;time zone (dir shows local time):</translation>
    </message>
    <message>
        <source>The user's time zone</source>
        <translation>The user's time zone</translation>
    </message>
    <message>
        <source>&amp;One line of dir as the user reads it — %1 — then Enter:</source>
        <translation>&amp;One line of dir as the user reads it — %1 — then Enter:</translation>
    </message>
    <message>
        <source>2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys</source>
        <translation>2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys</translation>
    </message>
    <message>
        <source>One line of dir</source>
        <translation>One line of dir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>dir says "File Not Found": there is no such file</source>
        <translation>dir says "File Not Found": there is no such file</translation>
    </message>
    <message>
        <source>Files the user reported, with their verdicts</source>
        <translation>Files the user reported, with their verdicts</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4 UTC). %5</source>
        <translation>%1: %2 — %3 (%4 UTC). %5</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneFinishPage</name>
    <message>
        <source>Phone: delete, restart, and how it ended</source>
        <translation>Phone: delete, restart, and how it ended</translation>
    </message>
    <message>
        <source>Wri&amp;te the ticket</source>
        <translation>Wri&amp;te the ticket</translation>
    </message>
    <message>
        <source>The user reported no channel file 291.</source>
        <translation>The user reported no channel file 291.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) reported; faulty: %1.</source>
        <translation>
            <numerusform>%n file reported; faulty: %1.</numerusform>
            <numerusform>%n files reported; faulty: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>How did it end?</translation>
    </message>
    <message>
        <source>&amp;Windows started normally: fixed</source>
        <translation>&amp;Windows started normally: fixed</translation>
    </message>
    <message>
        <source>It &amp;still stops with a blue screen</source>
        <translation>It &amp;still stops with a blue screen</translation>
    </message>
    <message>
        <source>&amp;Not finished (the call ended, no key, no administrator)</source>
        <translation>&amp;Not finished (the call ended, no key, no administrator)</translation>
    </message>
    <message>
        <source>The machine still stops with a blue screen after the guide.</source>
        <translation>The machine still stops with a blue screen after the guide.</translation>
    </message>
    <message>
        <source>The guide was not finished.</source>
        <translation>The guide was not finished.</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneKeyPage</name>
    <message>
        <source>The guide is on the clipboard (the key masked): paste it into a chat or an e-mail.</source>
        <translation>The guide is on the clipboard (the key masked): paste it into a chat or an e-mail.</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Save the guide as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1 (the key masked).</source>
        <translation>Saved as %1 (the key masked).</translation>
    </message>
    <message>
        <source>Phone: the BitLocker recovery screen</source>
        <translation>Phone: the BitLocker recovery screen</translation>
    </message>
    <message>
        <source>Guide the user through Windows' own recovery screens. Choose how the user's Windows shows its screens; what to say is in your language.</source>
        <translation>Guide the user through Windows' own recovery screens. Choose how the user's Windows shows its screens; what to say is in your language.</translation>
    </message>
    <message>
        <source>The &amp;user's name:</source>
        <translation>The &amp;user's name:</translation>
    </message>
    <message>
        <source>Written on the ticket</source>
        <translation>Written on the ticket</translation>
    </message>
    <message>
        <source>The user's name</source>
        <translation>The user's name</translation>
    </message>
    <message>
        <source>The user's &amp;Windows:</source>
        <translation>The user's &amp;Windows:</translation>
    </message>
    <message>
        <source>Language of the user's Windows</source>
        <translation>Language of the user's Windows</translation>
    </message>
    <message>
        <source>Version of the user's Windows</source>
        <translation>Version of the user's Windows</translation>
    </message>
    <message>
        <source>&amp;Key ID as the user reads it (its first 8 characters), or the computer name:</source>
        <translation>&amp;Key ID as the user reads it (its first 8 characters), or the computer name:</translation>
    </message>
    <message>
        <source>No key: go on by the &amp;Safe Mode route (TPM only, a local administrator)</source>
        <translation>No key: go on by the &amp;Safe Mode route (TPM only, a local administrator)</translation>
    </message>
    <message>
        <source>Copy the whole guide as &amp;text</source>
        <translation>Copy the whole guide as &amp;text</translation>
    </message>
    <message>
        <source>Save the guide as P&amp;DF…</source>
        <translation>Save the guide as P&amp;DF…</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>Key ID %1</translation>
    </message>
    <message>
        <source>Key ID %1 — computer %2</source>
        <translation>Key ID %1 — computer %2</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneNavigatePage</name>
    <message>
        <source>Phone: into the Command Prompt</source>
        <translation>Phone: into the Command Prompt</translation>
    </message>
    <message>
        <source>Safe Mode route (no key): in the Command Prompt, switch Safe Mode on:</source>
        <translation>Safe Mode route (no key): in the Command Prompt, switch Safe Mode on:</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneReadKeyPage</name>
    <message>
        <source>Phone: unlock the drive with the recovery key</source>
        <translation>Phone: unlock the drive with the recovery key</translation>
    </message>
    <message>
        <source>S&amp;how the whole key in the command</source>
        <translation>S&amp;how the whole key in the command</translation>
    </message>
    <message>
        <source>What the user &amp;reads back (6 digits; Enter checks):</source>
        <translation>What the user &amp;reads back (6 digits; Enter checks):</translation>
    </message>
    <message>
        <source>Group as the user reads it back</source>
        <translation>Group as the user reads it back</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous group</source>
        <translation>&lt; &amp;Previous group</translation>
    </message>
    <message>
        <source>Ne&amp;xt group &gt;</source>
        <translation>Ne&amp;xt group &gt;</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>Group %1 of %2</translation>
    </message>
    <message>
        <source>Group %1 to read aloud</source>
        <translation>Group %1 to read aloud</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) confirmed</source>
        <translation>
            <numerusform>%n group confirmed</numerusform>
            <numerusform>%n groups confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2. All 8 groups confirmed: the user presses Enter.</source>
        <translation>Group %1: %2. All 8 groups confirmed: the user presses Enter.</translation>
    </message>
    <message>
        <source>Group %1: %2.</source>
        <translation>Group %1: %2.</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneTicketPage</name>
    <message>
        <source>The ticket is on the clipboard: paste it into your helpdesk system.</source>
        <translation>The ticket is on the clipboard: paste it into your helpdesk system.</translation>
    </message>
    <message>
        <source>Phone: ticket</source>
        <translation>Phone: ticket</translation>
    </message>
    <message>
        <source>The case is saved. Copy this summary into your helpdesk ticket: it names the Key ID that was read aloud (rotate that key), never the key.</source>
        <translation>The case is saved. Copy this summary into your helpdesk ticket: it names the Key ID that was read aloud (rotate that key), never the key.</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the ticket:</source>
        <translation>Lan&amp;guage of the ticket:</translation>
    </message>
    <message>
        <source>Ticket format</source>
        <translation>Ticket format</translation>
    </message>
    <message>
        <source>Language of the ticket</source>
        <translation>Language of the ticket</translation>
    </message>
    <message>
        <source>Ticket text</source>
        <translation>Ticket text</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
        <source>Next ca&amp;ll</source>
        <translation>Next ca&amp;ll</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>Markdown (Jira, GitHub)</source>
        <translation>Markdown (Jira, GitHub)</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (for tools)</translation>
    </message>
    <message>
        <source>Writing the case folder…</source>
        <translation>Writing the case folder…</translation>
    </message>
</context>
<context>
    <name>ra::gui::ReadOnlyNotice</name>
    <message>
        <source>Windows on this disk was not shut down completely (hibernation or Fast Startup).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove the hibernation file so that the disk can be repaired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consequence: Windows starts fresh next time. Programs and documents that were open when it went to sleep are lost; saved files stay. Without this, the disk is only inspected and nothing is removed. Press Next to go on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::RecoveryWizard</name>
    <message>
        <source>The disk will be released safely and the ticket is saved in the case folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk will be released safely; nothing on it was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the assistant?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repair now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the disk (unlocking and mounting can take a minute on a slow USB disk)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening was cancelled; the disk was released.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::RepairPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the disk back and start the computer: Windows should start normally. Then write down the ticket on the next page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the computer still does not start, the cause is something else: note it on the ticket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is in a consistent state. To finish, run the assistant on this disk again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file was left half done. Read the details on the ticket page, fix the cause (for example free space or a loose cable) and run the assistant on this disk again, or follow the vendor's manual steps in Safe Mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repairing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;details (every step and command)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ra::gui::ReviewPage</name>
    <message>
        <source>will be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will be kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This disk is open read-only, so nothing can be removed (%1). Go back to remove the hibernation file, or start the computer once and shut it down completely. Next writes the ticket with what was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channel 291 file was found: this disk does not need the repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file is chosen for removal: nothing on the disk will change.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) will be removed from this disk: %1. A verified copy of each is kept in the quarantine folder on this computer first.</source>
        <translation>
            <numerusform>%n file will be removed from this disk: %1. A verified copy is kept in the quarantine folder on this computer first.</numerusform>
            <numerusform>%n files will be removed from this disk: %1. A verified copy of each is kept in the quarantine folder on this computer first.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repair now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::StartPage</name>
    <message>
        <source>Choose a disk image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the mounted Windows folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for disks and reading their BitLocker metadata…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case store and report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk images and VM disk files (*.img *.raw *.dd *.bin *.vhd *.vhdx *.avhdx *.vmdk *.qcow2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where is the computer?</source>
        <translation>Where is the computer?</translation>
    </message>
    <message>
        <source>Its disk is &amp;attached here</source>
        <translation>Its disk is &amp;attached here</translation>
    </message>
    <message>
        <source>Away: guide the user by p&amp;hone through Windows' recovery screens</source>
        <translation>Away: guide the user by p&amp;hone through Windows' recovery screens</translation>
    </message>
    <message>
        <source>I am at the machine's recovery screen: show the key as a &amp;barcode</source>
        <translation>I am at the machine's recovery screen: show the key as a &amp;barcode</translation>
    </message>
</context>
<context>
    <name>ra::gui::TicketPage</name>
    <message>
        <source>Plain text</source>
        <translation type="unfinished">Plain text</translation>
    </message>
    <message>
        <source>Markdown (Jira, GitHub)</source>
        <translation type="unfinished">Markdown (Jira, GitHub)</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation type="unfinished">JSON (for tools)</translation>
    </message>
    <message>
        <source>The ticket is on the clipboard: paste it into your helpdesk system.</source>
        <translation type="unfinished">The ticket is on the clipboard: paste it into your helpdesk system.</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket (*.%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case folder could not be opened. It is: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releasing the disk and writing the case folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard still holds the earlier version: press Copy to put this one there.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
