// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up time of the wizard against a bare QWizard: wall time from starting the process to
// its first painted window, median of N runs each (a child process per run). Prints numbers,
// asserts nothing (the aim: the wizard under 1.5 times a bare QWizard).
// Usage: bench_startup [runs]            (parent: runs both and prints the ratio)
//        bench_startup --child bare|wizard (one start, exits after the first paint)

#include "recoverywizard.h"
#include "system/secrets/secretstore.h"
#include "widgets/dialoghooks.h"
#include "workflow/recoverysession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QWizard>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

class FirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

int child(const QString &mode, int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("recovery-assistant-bench"));
    FirstPaint paint;
    std::unique_ptr<QWidget> window;
    ra::RecoverySession session;
    ra::gui::DialogHooks hooks;
    if (mode == QStringLiteral("bare")) {
        auto *wizard = new QWizard;
        wizard->addPage(new QWizardPage);
        window.reset(wizard);
    } else {
        session.setSecretStore(ra::SecretStore::createDefault());  // as main.cpp does
        window = std::make_unique<ra::gui::RecoveryWizard>(&session, &hooks);
    }
    window->installEventFilter(&paint);
    window->show();
    return app.exec();
}

double medianMs(const QString &self, const QString &mode, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(self, {QStringLiteral("--child"), mode});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            std::fprintf(stderr, "%s run failed: %s\n", qPrintable(mode), p.readAllStandardError().constData());
            return -1;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && QByteArray(argv[1]) == "--child")
        return child(QString::fromLatin1(argv[2]), argc, argv);
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    const QString self = QCoreApplication::applicationFilePath();
    medianMs(self, QStringLiteral("wizard"), 2);  // warm the page cache for both
    medianMs(self, QStringLiteral("bare"), 2);
    const double bare = medianMs(self, QStringLiteral("bare"), runs);
    const double wizard = medianMs(self, QStringLiteral("wizard"), runs);
    if (bare <= 0 || wizard <= 0)
        return 1;
    std::printf("platform %s, %d runs each (median, process start to first paint)\n",
                qgetenv("QT_QPA_PLATFORM").constData(), runs);
    std::printf("bare QWizard:        %.1f ms\n", bare);
    std::printf("Recovery Assistant:  %.1f ms\n", wizard);
    std::printf("ratio:               %.2f (goal: below 1.50)\n", wizard / bare);
    return 0;
}
