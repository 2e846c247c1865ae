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
    <name>CryptsetupUnlocker</name>
    <message>
        <source>Unlocking with cryptsetup is unavailable here because this computer&apos;s kernel has no device-mapper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the BitLocker drive with cryptsetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cryptsetup cannot open a BitLocker drive whose protection is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BitLocker drive could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the BitLocker drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BitLocker drive could not be locked again because it is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskBackend</name>
    <message>
        <source>The drive was disconnected or removed while it was being opened; connect it again and start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a drive needs administrator rights: start the program as an administrator (root), for example with sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This volume is neither BitLocker nor NTFS, so it cannot hold a Windows installation to repair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskErrors</name>
    <message>
        <source>The drive is no longer there: it was disconnected or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s private folder for the drive could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskMountSession</name>
    <message>
        <source>Close the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up after an earlier run that did not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DislockerUnlocker</name>
    <message>
        <source>This BitLocker drive uses a layout that cannot be opened here (for example, encryption that Windows had not finished); repair it on a Windows computer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot open BitLocker drives because FUSE (/dev/fuse) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking a BitLocker drive needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive stopped answering while it was being unlocked; check its cable and connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BitLocker drive could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The startup key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a BitLocker startup key (.BEK) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This startup key file does not belong to this drive: its Key ID is %1, and the drive has no key protector with that ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The startup key file does not open this drive; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this drive: its Key ID is %1, but this drive&apos;s Key ID is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this drive; use the key whose Key ID is %1 and check it for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drive is locked with BitLocker and needs its recovery key (Key ID %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drive is locked with BitLocker and needs a key to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the BitLocker drive with dislocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid recovery key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be handed to dislocker safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the BitLocker drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <source>The tool &quot;%1&quot; is not installed on this computer; install the package &quot;%2&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program refused to run a tool it does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program refused to put a key on a command line, where other users could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; did not finish within %2 seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopDevice</name>
    <message>
        <source>The partition could not be prepared for opening (no free loop device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition&apos;s loop device could not be released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountLock</name>
    <message>
        <source>This drive is already open in another Recovery Assistant session; close that session first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MountTable</name>
    <message>
        <source>The drive could not be closed because something is still using it; close every window and program that shows its files, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the file system process to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NtfsMount</name>
    <message>
        <source>The drive stopped answering while its files were being opened; check its cable and connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive does not hold an NTFS file system, so Windows files cannot be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NTFS file system on this drive is damaged; run chkdsk on it from Windows recovery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the drive&apos;s files needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot open NTFS drives because FUSE (/dev/fuse) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive&apos;s NTFS file system could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows on this drive is hibernated, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the hibernated Windows session and any unsaved work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows on this drive was shut down with Fast Startup, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the saved Windows session and any unsaved work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive was opened read-only, so nothing can be deleted on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the NTFS file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows was not shut down cleanly and the drive&apos;s journal could not be reset; run chkdsk on it from Windows recovery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows was not shut down cleanly; the drive&apos;s journal was reset when it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the NTFS file system</source>
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
    <name>VolumeKeyDeriver</name>
    <message>
        <source>Reading the BitLocker drive needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BitLocker information on this drive is damaged or unreadable, so it cannot be unlocked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BitLocker encryption method (AES-CBC with the Elephant diffuser) cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive the volume key with libcryptsetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BitLocker drive cannot be unlocked with this kind of key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the BitLocker metadata</source>
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
