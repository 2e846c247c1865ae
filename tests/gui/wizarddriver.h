// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the wizard the way a user does: widgets found by objectName, keys sent to the widget
// that has focus, the visible Next/Commit button clicked. Used by the GUI tests and by the
// screenshot program.

#include "recoverywizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

namespace ra::test {

class WizardDriver {
public:
    explicit WizardDriver(gui::RecoveryWizard *wizard) : m_wizard(wizard) {}

    template <typename T = QWidget>
    T *find(const QString &name) const
    {
        return m_wizard->findChild<T *>(name);
    }

    // The Next or Commit button that is showing on this page (null when neither shows).
    QAbstractButton *forwardButton() const
    {
        for (auto which : {QWizard::CommitButton, QWizard::NextButton}) {
            QAbstractButton *b = m_wizard->button(which);
            if (b->isVisible())
                return b;
        }
        return nullptr;
    }
    bool canGoOn() const
    {
        QAbstractButton *b = forwardButton();
        return b && b->isEnabled();
    }
    // Clicks Next (or Commit) and waits for the work it started off the UI thread; true when
    // another page is now showing.
    bool next()
    {
        const int before = m_wizard->currentId();
        QAbstractButton *b = forwardButton();
        if (!b || !b->isEnabled())
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        settle();
        return m_wizard->currentId() != before;
    }
    // Until no work runs off the UI thread any more, and the deferred focus moves are done.
    bool settle(int timeoutMs = 60000)
    {
        const bool idle = QTest::qWaitFor([this] { return !m_wizard->isBusy(); }, timeoutMs);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return idle;
    }
    void click(const QString &name) { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }
    // Types like a person: every character goes to whichever widget has the focus now.
    void typeIntoFocus(const QString &text)
    {
        for (QChar c : text) {
            QWidget *target = m_wizard->focusWidget();
            if (!target)
                target = m_wizard;
            if (c.unicode() < 128)
                QTest::keyClicks(target, QString(c));
            else  // what an input method delivers: text without an ASCII key
                QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    void paste(QLineEdit *field, const QString &text)
    {
        field->setFocus();
        QApplication::clipboard()->setText(text);
        QTest::keySequence(field, QKeySequence::Paste);
    }
    QLineEdit *keyField(int group) const { return find<QLineEdit>(QStringLiteral("keyGroup%1").arg(group)); }

private:
    gui::RecoveryWizard *m_wizard;
};

}  // namespace ra::test
