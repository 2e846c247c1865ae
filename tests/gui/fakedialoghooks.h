// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers every dialog at once, so no GUI test ever blocks on a real modal window.

#include "dialoghooks.h"

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
    QString passphraseAnswer;

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
    QString askPassphrase(QWidget *, const QString &title, const QString &) override
    {
        record(title);
        return passphraseAnswer;
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
