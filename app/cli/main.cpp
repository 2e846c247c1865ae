#include "escrowcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // TEMPORARY (escrow branch): the lead's real main.cpp dispatches "escrow" the same way.
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("escrow")) {
        QTextStream out(stdout), err(stderr);
        return ra::cli::runEscrowCommand(args.mid(1), out, err);
    }
    return 0;
}
