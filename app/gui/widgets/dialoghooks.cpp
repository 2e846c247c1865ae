// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialoghooks.h"

#include "workflow/keyexports.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QUrl>

namespace ra::gui {

QString DialogHooks::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter);
}

QString DialogHooks::existingDirectory(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title, QDir::homePath());
}

QString DialogHooks::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                  const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

bool DialogHooks::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

int DialogHooks::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(item)) : -1;
}

bool DialogHooks::askPassphrase(QWidget *parent, const QString &title, const QString &label, LockedBuffer &passphrase)
{
    bool ok = false;
    QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    QByteArray bytes = text.toUtf8();
    const bool taken = ok && !bytes.isEmpty();
    if (taken) {
        passphrase = LockedBuffer(std::size_t(bytes.size()));
        passphrase.append(bytes.constData(), std::size_t(bytes.size()));
    }
    // The copies Qt made go as soon as they are no longer needed.
    text.fill(QChar(u'\0'));
    bytes.fill('\0');
    return taken;
}

bool DialogHooks::openUrl(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

}  // namespace ra::gui
