// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/startpage.h"
#include "domain/language.h"
#include "recoverywizard.h"
#include "widgets/dialoghooks.h"
#include "workflow/applog.h"
#include "workflow/processcontrol.h"
#include "workflow/recoverysession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

namespace {
// Qt aborts ("could not connect to display", exit 134) without a display; say why first.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
}  // namespace

int main(int argc, char *argv[])
{
    ra::processcontrol::harden();  // before anything can hold a key
    if (!hasDisplay()) {
        QCoreApplication core(argc, argv);
        ra::installAppTranslator(ra::systemLanguage());
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "The wizard needs a desktop session (no display was found): use "
                                 "recovery-assistant-cli here, or start the wizard with xvfb-run for a test.")));
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recovery-assistant"));
    QApplication::setOrganizationName(QStringLiteral("recovery-assistant"));
    QApplication::setApplicationVersion(QStringLiteral(RA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("recovery-assistant"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/recovery-assistant.svg")));
    ra::applog::init();
    ra::installAppTranslator(ra::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Guided recovery of Windows machines hit by the CrowdStrike channel file 291 fault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption practice(QStringLiteral("practice"),
                                      QCoreApplication::translate("main", "Start with the practice disk chosen."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Language of the window: ja or en."),
                                      QStringLiteral("code"));
    parser.addOption(practice);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("target"),
                                 QCoreApplication::translate("main", "A disk, disk image or mounted Windows folder."),
                                 QStringLiteral("[target]"));
    parser.process(app);

    ra::processcontrol::releaseStaleMounts();  // what a killed run left mounted, at every start

    ra::RecoverySession session;
    // SIGTERM/INT/HUP/QUIT act like Stop: the file in hand is finished, the mounts are undone in
    // order, the case is written with its outcome, then the program ends with exit code 9.
    ra::processcontrol::installStopSignals([&session](int) {
        session.cancel();
        auto finish = [&session] {
            session.close();
            QCoreApplication::exit(9);
        };
        if (session.state() == ra::RecoverySession::State::Remediating)
            QObject::connect(&session, &ra::RecoverySession::remediationFinished, qApp, finish, Qt::QueuedConnection);
        else
            finish();
    });
    // Keys of open cases survive a restart of the tool (the machine may need several reboots).
    session.useSystemKeychain();
    ra::gui::DialogHooks hooks;
    ra::gui::RecoveryWizard wizard(&session, &hooks);
    if (parser.isSet(language))
        wizard.setLanguage(ra::languageFromCode(parser.value(language), ra::uiLanguage()));
    auto *start = qobject_cast<ra::gui::StartPage *>(wizard.page(ra::gui::RecoveryWizard::StartPageId));
    if (parser.isSet(practice))
        start->chooseTarget(ra::RecoverySession::practiceTarget());
    else if (!parser.positionalArguments().isEmpty())
        start->chooseTarget(parser.positionalArguments().constFirst());
    wizard.show();
    return app.exec();
}
