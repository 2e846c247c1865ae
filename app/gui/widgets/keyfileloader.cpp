// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/keyfileloader.h"

#include "widgets/dialoghooks.h"
#include "wizardflow.h"
#include "workflow/keyexports.h"
#include "workflow/recoverysession.h"

#include <QFileInfo>
#include <QWizardPage>

#include <memory>

namespace ra::gui {

QString KeyFileLoader::fileFilter()
{
    return tr("Key exports and key bundles (*.csv *.tsv *.json *.txt *.rakeys);;All files (*)");
}

void KeyFileLoader::choose(QWizardPage *page, RecoverySession &session, DialogHooks &hooks, WizardFlow &flow, Then then)
{
    const QString path = hooks.openFileName(page, tr("Choose a recovery key export or key bundle"), fileFilter());
    if (path.isEmpty() || flow.isBusy())
        return;
    const QString name = QFileInfo(path).fileName();
    RecoverySession *s = &session;
    const int before = session.exportKeyCount();
    auto done = [s, before, name, then](const Status &status, bool) {
        const int added = s->exportKeyCount() - before;
        then(status, status ? tr("%n key(s) loaded from %1.", nullptr, added).arg(name) : QString());
    };
    if (KeyExports::isBundle(path)) {
        auto passphrase = std::make_shared<LockedBuffer>();
        if (!hooks.askPassphrase(page, tr("Key bundle"), tr("The passphrase of the key bundle %1:").arg(name), *passphrase))
            return;
        flow.runBusy(
            page, tr("Opening the key bundle (checking the passphrase takes about a second)…"),
            [s, path, passphrase]() -> Status {
                auto opened = s->keyExports().importBundle(path, *passphrase);
                *passphrase = LockedBuffer();  // wiped at once
                if (!opened)
                    return opened.error();
                return {};
            },
            done, false);
        return;
    }
    flow.runBusy(
        page, tr("Reading the key export…"), [s, path]() -> Status { return s->importKeyExport(path); }, done, false);
}

}  // namespace ra::gui
