// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loading recovery keys in the wizard: a key export (CSV/JSON) or an encrypted key bundle
// (.rakeys, `escrow pack`) chosen by the technician goes into the session's loaded keys, off the
// UI thread (a bundle's key stretching takes about a second, a large export a moment too).
// The bench key page and the detect page's "fix every disk" share it.

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWizardPage;

namespace ra {
class RecoverySession;
}

namespace ra::gui {

class DialogHooks;
class WizardFlow;

class KeyFileLoader {
    Q_DECLARE_TR_FUNCTIONS(KeyFileLoader)

public:
    // then(status, summary) on the UI thread once loaded: summary is one sentence ("12 keys
    // loaded from keys.rakeys"); not called when the technician cancels a dialog.
    using Then = std::function<void(const Status &status, const QString &summary)>;
    static void choose(QWizardPage *page, RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, Then then);
    static QString fileFilter();
};

}  // namespace ra::gui
