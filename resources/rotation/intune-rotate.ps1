# SPDX-License-Identifier: GPL-3.0-or-later
# Template: rotate the BitLocker recovery key of every Intune-managed device on the rotation
# list (recovery-assistant-cli cases rotation --format csv > rotation.csv). Not run by Recovery
# Assistant: read it, adapt it, run it yourself with an account allowed to
# "Rotate BitLocker keys" (Intune role permission Remote tasks / Rotate BitLocker keys).
#
#   Install-Module Microsoft.Graph.Authentication -Scope CurrentUser
#   .\intune-rotate.ps1 -Csv rotation.csv            # shows what it would do
#   .\intune-rotate.ps1 -Csv rotation.csv -Execute   # asks Intune to rotate
#
# Intune rotates the key on the device at its next check-in (Windows 10 1909 or later, the
# policy "Configure client-driven recovery password rotation" enabled). Afterwards record it:
#   recovery-assistant-cli cases mark-rotated KEYID...
param(
    [Parameter(Mandatory = $true)][string]$Csv,
    [switch]$Execute
)
$ErrorActionPreference = 'Stop'
Connect-MgGraph -Scopes 'DeviceManagementManagedDevices.PrivilegedOperations.All', 'DeviceManagementManagedDevices.Read.All' | Out-Null
$done = @()
foreach ($row in Import-Csv -Path $Csv) {
    $name = $row.ComputerName -replace "'", "''"
    $found = Invoke-MgGraphRequest -Method GET -Uri "https://graph.microsoft.com/beta/deviceManagement/managedDevices?`$filter=deviceName eq '$name'&`$select=id,deviceName"
    if ($found.value.Count -ne 1) {
        Write-Warning "$($row.ComputerName): $($found.value.Count) Intune devices with this name; rotate by hand (Key ID $($row.KeyId))."
        continue
    }
    $id = $found.value[0].id
    if ($Execute) {
        Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/beta/deviceManagement/managedDevices/$id/rotateBitLockerKeys"
        Write-Host "$($row.ComputerName): rotation requested (Key ID $($row.KeyId))."
        $done += $row.KeyId
    } else {
        Write-Host "$($row.ComputerName): would request rotation on Intune device $id (Key ID $($row.KeyId))."
    }
}
if ($done) { Write-Host "Then: recovery-assistant-cli cases mark-rotated $($done -join ' ')" }
