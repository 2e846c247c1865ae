<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BitLockerMetadata</name>
    <message>
        <source>BitLocker metadata cannot be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already remediated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>faulty version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written between 04:09 and 05:27 UTC on 19 July 2024: the faulty update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at 05:27 UTC on 19 July 2024 or later: the corrected update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before the faulty update; the vendor procedure removes it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is filled with zero bytes, as seen on crashed machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with the channel file header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s last-write time could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>The playbook is not valid: field &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a short lower-case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an English and a Japanese text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a relative path with / separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a file name pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be hex bytes separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time after faultyFrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time not before faultyUntil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be always, fixed or keyUsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Enter the 48-digit recovery key.</source>
        <translation type="unfinished"></translation>
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
        <source>The registry file %1 is larger than %2 MiB, which no real hive is; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry path is too deep to be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registry value name is too long to be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 cannot be read from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 is a link; links are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as a registry hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a registry hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry file %1 is truncated: it is shorter than its header says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNode</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeProbe</name>
    <message>
        <source>Disks and disk images cannot be opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM and startup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM, PIN and startup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, partition %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsFactsReader</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows had not finished writing the %1 registry hive and no transaction log lies next to it; the values shown from it may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows had not finished writing the %1 registry hive (changes are pending in %2); the values shown from it are from before those changes and may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 registry hive was not found under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYSTEM registry hive does not say which control set is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYSTEM registry hive names control set %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the CrowdStrike sensor is installed is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYSTEM registry hive has no list of services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer name, DNS name, domain, time zone and CrowdStrike services are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer name is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS host name and domain are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CrowdStrike sensor version is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed programs list several CrowdStrike sensor versions (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows edition, version and build and the CrowdStrike sensor version are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows edition, version and build are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::gui::PlaceholderWindow</name>
    <message>
        <source>Recovery Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery wizard is not built yet. Use recovery-assistant-cli.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
