# SPDX-License-Identifier: GPL-3.0-or-later
# Template: a new BitLocker recovery password, backed up to Active Directory, for every machine
# on the rotation list (recovery-assistant-cli cases rotation --format csv > rotation.csv). Not
# run by Recovery Assistant: read it, adapt it, run it yourself as a domain administrator with
# PowerShell remoting (WinRM) to the machines. The disclosed protector (its Key ID) is removed
# only after the new one is in AD.
#
#   .\ad-rotate.ps1 -Csv rotation.csv            # shows what it would do
#   .\ad-rotate.ps1 -Csv rotation.csv -Execute   # rotates
#
# Afterwards record it: recovery-assistant-cli cases mark-rotated KEYID...
param(
    [Parameter(Mandatory = $true)][string]$Csv,
    [string]$MountPoint = 'C:',
    [switch]$Execute
)
$ErrorActionPreference = 'Stop'
$done = @()
foreach ($row in Import-Csv -Path $Csv) {
    $old = '{' + $row.KeyId.Trim('{}') + '}'
    if (-not $Execute) {
        Write-Host "$($row.ComputerName): would add a recovery password, back it up to AD and remove protector $old."
        continue
    }
    try {
        Invoke-Command -ComputerName $row.ComputerName -ArgumentList $MountPoint, $old -ScriptBlock {
            param($mp, $old)
            $volume = Get-BitLockerVolume -MountPoint $mp
            if (-not ($volume.KeyProtector | Where-Object KeyProtectorId -eq $old)) { throw "protector $old is not on $mp" }
            $added = Add-BitLockerKeyProtector -MountPoint $mp -RecoveryPasswordProtector -WarningAction SilentlyContinue
            $new = ($added.KeyProtector | Where-Object { $_.KeyProtectorType -eq 'RecoveryPassword' -and $_.KeyProtectorId -ne $old } | Select-Object -Last 1).KeyProtectorId
            Backup-BitLockerKeyProtector -MountPoint $mp -KeyProtectorId $new | Out-Null
            Remove-BitLockerKeyProtector -MountPoint $mp -KeyProtectorId $old | Out-Null
        }
        Write-Host "$($row.ComputerName): new recovery password in AD, $old removed."
        $done += $row.KeyId
    } catch {
        Write-Warning "$($row.ComputerName): $($_.Exception.Message)"
    }
}
if ($done) { Write-Host "Then: recovery-assistant-cli cases mark-rotated $($done -join ' ')" }
