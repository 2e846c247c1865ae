#include "placeholderwindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ra::gui {

PlaceholderWindow::PlaceholderWindow(QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Recovery Assistant"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The recovery wizard is not built yet. Use recovery-assistant-cli."), this));
}

}  // namespace ra::gui
