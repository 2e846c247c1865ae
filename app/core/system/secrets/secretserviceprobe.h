// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks the Secret Service quietly, without ever causing a prompt, whether a key can be kept
// there now: the service is running on the session bus (never started by us), it has a
// default collection, and that collection is unlocked. Writing to a Secret Service without a
// default collection makes gnome-keyring ask for a password for a new keyring ("Choose password
// for new keyring", in English, titled "Unnamed Window"); a locked one asks to unlock it. A
// helpdesk technician must never see either: then keys stay in memory.

#include <QString>

namespace ra {

struct SecretServiceState {
    bool running = false;            // org.freedesktop.secrets is on the session bus
    bool hasDefaultCollection = false;
    bool unlocked = false;
    bool usable() const { return running && hasDefaultCollection && unlocked; }
    QString why;  // for the log: what was missing
};

// Uses the session bus of this process (DBUS_SESSION_BUS_ADDRESS); a short timeout per call.
SecretServiceState probeSecretService();

}  // namespace ra
