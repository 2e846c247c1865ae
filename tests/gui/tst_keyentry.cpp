// SPDX-License-Identifier: GPL-3.0-or-later
// The key entry on its own: auto-advance, a whole key pasted into any field, full-width
// digits, per-group marks, backspace back into the previous group, clearing.

#include "widgets/keyentrywidget.h"
#include "workflow/processcontrol.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace ra;
using ra::gui::KeyEntryWidget;

namespace {
const QString Key = QStringLiteral("111111-222222-333333-444444-555555-666666-000011-123453");

QString fullWidth(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.isDigit() ? QChar(u'\uFF10' + c.digitValue()) : c == u'-' ? QChar(u'\uFF0D') : c;
    return out;
}
}  // namespace

class TestKeyEntry : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<KeyEntryWidget> m_entry;

    void typeIntoFocus(const QString &text)
    {
        for (QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClicks(QApplication::focusWidget(), QString(c));
            else  // what an input method delivers: text without an ASCII key
                QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    QStringList texts() const
    {
        QStringList t;
        for (int g = 0; g < 8; ++g)
            t.append(m_entry->field(g)->text());
        return t;
    }

private slots:
    void init()
    {
        m_entry = std::make_unique<KeyEntryWidget>();
        m_entry->show();
        QApplication::setActiveWindow(m_entry.get());
        QVERIFY(QTest::qWaitForWindowActive(m_entry.get()));
        m_entry->field(0)->setFocus();
    }
    void cleanup() { m_entry.reset(); }

    void typingAdvancesToNextGroup()
    {
        typeIntoFocus(QStringLiteral("111111"));
        QVERIFY(m_entry->field(1)->hasFocus());
        typeIntoFocus(QStringLiteral("2222"));
        QCOMPARE(texts().mid(0, 2), (QStringList{QStringLiteral("111111"), QStringLiteral("2222")}));
        QVERIFY(!m_entry->isComplete());
    }

    void wholeKeyInAnyField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("first, dashes") << 0 << Key;
        QTest::newRow("middle, spaces") << 4 << QString(Key).replace(u'-', u' ');
        QTest::newRow("last, no separators") << 7 << QString(Key).remove(u'-');
        QTest::newRow("full-width") << 2 << fullWidth(Key);
        QTest::newRow("with words around") << 3 << QStringLiteral("Recovery key: ") + Key + QStringLiteral(" (HOST01)");
    }
    void wholeKeyInAnyField()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QSignalSpy changed(m_entry.get(), &KeyEntryWidget::changed);
        m_entry->field(field)->setFocus();
        QApplication::clipboard()->setText(text);
        QTest::keySequence(m_entry->field(field), QKeySequence::Paste);
        QCOMPARE(texts(), Key.split(u'-'));
        QVERIFY(m_entry->isComplete());
        QVERIFY(m_entry->key().ok());
        QVERIFY(m_entry->key().value() == RecoveryKey::parse(Key).value());
        QVERIFY(!changed.isEmpty());
        QVERIFY(QApplication::clipboard()->text().isEmpty());  // the pasted key does not stay there
    }

    void fullWidthTypedBecomesAscii()
    {
        typeIntoFocus(fullWidth(QStringLiteral("111111")));
        QCOMPARE(m_entry->field(0)->text(), QStringLiteral("111111"));
        QCOMPARE(m_entry->groupState(0), RecoveryKey::GroupState::Valid);
    }

    void marksEachGroup_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("mark");
        QTest::newRow("valid") << QStringLiteral("111111") << QStringLiteral("valid");
        QTest::newRow("checksum") << QStringLiteral("111112") << QStringLiteral("wrong");
        QTest::newRow("out of range") << QStringLiteral("720896") << QStringLiteral("wrong");
        QTest::newRow("incomplete") << QStringLiteral("1111") << QStringLiteral("neutral");
    }
    void marksEachGroup()
    {
        QFETCH(QString, group);
        QFETCH(QString, mark);
        m_entry->field(2)->setFocus();
        typeIntoFocus(group);
        QCOMPARE(m_entry->field(2)->property("groupState").toString(), mark);
        QCOMPARE(m_entry->problem().isEmpty(), mark != QStringLiteral("wrong"));
        QVERIFY(!m_entry->isComplete());
    }

    void lettersAreIgnored()
    {
        typeIntoFocus(QStringLiteral("12a3"));
        QCOMPARE(m_entry->field(0)->text(), QStringLiteral("123"));
    }

    void backspaceInEmptyGroupGoesBack()
    {
        typeIntoFocus(QStringLiteral("111111"));
        QVERIFY(m_entry->field(1)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QVERIFY(m_entry->field(0)->hasFocus());
    }

    void clearEmptiesEverything()
    {
        m_entry->setKey(RecoveryKey::parse(Key).value());
        QVERIFY(m_entry->isComplete());
        m_entry->clear();
        QVERIFY(m_entry->isEmpty());
        for (int g = 0; g < 8; ++g) {
            QVERIFY(!m_entry->field(g)->isUndoAvailable());
            QCOMPARE(m_entry->field(g)->property("groupState").toString(), QStringLiteral("neutral"));
        }
    }

    void coreDumpsDisabled()
    {
        QVERIFY(processcontrol::harden());
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void accessibleNamesAndEcho()
    {
        for (int g = 0; g < 8; ++g) {
            QVERIFY(!m_entry->field(g)->accessibleName().isEmpty());
            QCOMPARE(m_entry->field(g)->echoMode(), QLineEdit::Password);
        }
        m_entry->setRevealed(true);
        QCOMPARE(m_entry->field(7)->echoMode(), QLineEdit::Normal);
    }
};

QTEST_MAIN(TestKeyEntry)
#include "tst_keyentry.moc"
