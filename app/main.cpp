#include "domain/language.h"
#include "placeholderwindow.h"
#include "system/logging.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recovery-assistant"));
    ra::logging::init({});
    ra::installAppTranslator(ra::systemLanguage());
    ra::gui::PlaceholderWindow window;
    window.show();
    return app.exec();
}
