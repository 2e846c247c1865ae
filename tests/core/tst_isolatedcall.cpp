// SPDX-License-Identifier: GPL-3.0-or-later
// The helper process that runs libcryptsetup: its answer comes back intact, and a crash or a
// hang inside it ends only the helper, with an outcome that says which.

#include "system/disk/isolatedcall.h"

#include <QTest>

#include <csignal>
#include <cstdlib>
#include <unistd.h>

using namespace ra;

class TestIsolatedCall : public QObject {
    Q_OBJECT

private slots:
    void answerComesBack()
    {
        const IsolatedOutcome outcome = IsolatedCall::run([] {
            IsolatedRecord record;
            record.putInt(-22);
            record.putText(QStringLiteral("ログ log"));
            record.putBytes("\x00\x01\x02", 3);
            return record.take();
        });
        QVERIFY2(outcome.finished(), qPrintable(outcome.details));
        IsolatedReader reader(outcome.output);
        qint32 r = 0;
        QString text;
        SecureBytes bytes;
        QVERIFY(reader.getInt(&r) && reader.getText(&text) && reader.getBytes(&bytes));
        QCOMPARE(r, -22);
        QCOMPARE(text, QStringLiteral("ログ log"));
        QCOMPARE(bytes.size(), std::size_t(3));
        QCOMPARE(bytes.data()[2], '\x02');
        QVERIFY(!reader.getInt(&r));  // nothing more, and no read past the end
    }

    void crashIsSurvived_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGSEGV") << SIGSEGV;
        QTest::newRow("SIGABRT") << SIGABRT;
        QTest::newRow("SIGBUS") << SIGBUS;
    }

    void crashIsSurvived()
    {
        QFETCH(int, signal);
        const IsolatedOutcome outcome = IsolatedCall::run([signal] {
            ::raise(signal);
            return SecureBytes();
        });
        QCOMPARE(outcome.state, IsolatedOutcome::State::Crashed);
        QCOMPARE(outcome.signal, signal);
        QVERIFY(outcome.details.contains(QStringLiteral("died with signal")));
    }

    void hangIsStopped()
    {
        const IsolatedOutcome outcome = IsolatedCall::run([] {
            for (;;)
                ::pause();
            return SecureBytes();
        }, 300);
        QCOMPARE(outcome.state, IsolatedOutcome::State::TimedOut);
    }

    void earlyExitIsAFailure()
    {
        const IsolatedOutcome outcome = IsolatedCall::run([] {
            ::_exit(3);
            return SecureBytes();
        });
        QCOMPARE(outcome.state, IsolatedOutcome::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestIsolatedCall)
#include "tst_isolatedcall.moc"
