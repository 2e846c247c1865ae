// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers every dialog at once, so no GUI test ever blocks on a real modal window.

#include "widgets/dialoghooks.h"
#include "workflow/keyexports.h"

#include <QList>
#include <QUrl>

namespace ra::test {

class FakeDialogHooks : public gui::DialogHooks {
public:
    QString openFileAnswer;
    QString directoryAnswer;
    QString saveFileAnswer;
    bool confirmAnswer = true;
    int chooseAnswer = 0;
    bool openUrlAnswer = true;
    QByteArray passphraseAnswer;  // empty: the passphrase dialog is cancelled

    int calls = 0;
    QStringList titles;
    QList<QUrl> openedUrls;

    QString openFileName(QWidget *, const QString &title, const QString &) override
    {
        record(title);
        return openFileAnswer;
    }
    QString existingDirectory(QWidget *, const QString &title) override
    {
        record(title);
        return directoryAnswer;
    }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        record(title);
        return saveFileAnswer;
    }
    bool confirm(QWidget *, const QString &title, const QString &) override
    {
        record(title);
        return confirmAnswer;
    }
    int chooseItem(QWidget *, const QString &title, const QString &, const QStringList &) override
    {
        record(title);
        return chooseAnswer;
    }
    bool askPassphrase(QWidget *, const QString &title, const QString &, LockedBuffer &passphrase) override
    {
        record(title);
        if (passphraseAnswer.isEmpty())
            return false;
        passphrase = LockedBuffer(std::size_t(passphraseAnswer.size()));
        passphrase.append(passphraseAnswer.constData(), std::size_t(passphraseAnswer.size()));
        return true;
    }
    bool openUrl(const QUrl &url) override
    {
        record(url.toString());
        openedUrls.append(url);
        return openUrlAnswer;
    }

private:
    void record(const QString &title)
    {
        ++calls;
        titles.append(title);
    }
};

}  // namespace ra::test
