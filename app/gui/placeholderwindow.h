#pragma once

#include <QWidget>

namespace ra::gui {

// Shown until the wizard lands.
class PlaceholderWindow : public QWidget {
    Q_OBJECT
public:
    explicit PlaceholderWindow(QWidget *parent = nullptr);
};

}  // namespace ra::gui
