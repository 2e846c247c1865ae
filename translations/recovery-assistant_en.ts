<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BitLockerMetadata</name>
    <message>
        <source>BitLocker metadata cannot be read yet.</source>
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
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Usage: recovery-assistant-cli escrow check FILE... [--json]
       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]</source>
        <translation type="unfinished" />
    </message>
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
        <translation><numerusform>… and %n more problem not listed.</numerusform><numerusform>… and %n more problems not listed.</numerusform></translation>
    </message>
    <message>
        <source>Keys loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation><numerusform>%1: %n key</numerusform><numerusform>%1: %n keys</numerusform></translation>
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
        <translation><numerusform>%n row of the export could not be read; run "escrow check" for details.</numerusform><numerusform>%n rows of the export could not be read; run "escrow check" for details.</numerusform></translation>
    </message>
    <message>
        <source>No key in %1 matches %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n key(s) match; the newest is listed first.</source>
        <translation><numerusform>%n key matches.</numerusform><numerusform>%n keys match; the newest is listed first.</numerusform></translation>
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
        <source>The key export %1 does not exist.</source>
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
        <source>The key export is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a known recovery key export: its first line names no recovery key and Key ID columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
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
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available: the recovery key is kept in memory only and must be entered again after the tool is restarted.</source>
        <translation type="unfinished" />
    </message>
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
    <name>VolumeProbe</name>
    <message>
        <source>Disks and disk images cannot be opened yet.</source>
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
</context>
<context>
    <name>ra::gui::PlaceholderWindow</name>
    <message>
        <source>Recovery Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery wizard is not built yet. Use recovery-assistant-cli.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>