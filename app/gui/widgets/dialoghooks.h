// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every dialog the wizard may open goes through this one class, so tests install a subclass
// that answers at once and no real modal window ever blocks a test (KeePassXC's approach).

#include <QString>
#include <QStringList>

namespace ra {
class LockedBuffer;
}

class QUrl;
class QWidget;

namespace ra::gui {

class DialogHooks {
public:
    virtual ~DialogHooks() = default;

    // An existing file; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    // An existing folder; empty when the user cancelled.
    virtual QString existingDirectory(QWidget *parent, const QString &title);
    // Where to write a file; empty when the user cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter);
    // A yes/no question; true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
    // One of several items; -1 when the user cancelled.
    virtual int chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items);
    // A passphrase (hidden as typed) into locked memory; false when the user cancelled.
    virtual bool askPassphrase(QWidget *parent, const QString &title, const QString &label, LockedBuffer &passphrase);
    // Opens a folder or file in the desktop's file manager; false when nothing could open it.
    virtual bool openUrl(const QUrl &url);
};

}  // namespace ra::gui
