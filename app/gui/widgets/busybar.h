// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Slow work (detecting disks, key stretching, FUSE mounts, a slow USB disk, closing) runs off
// the UI thread; meanwhile the page shows this bar under its content: what is happening, a
// moving busy indicator and Cancel. The window stays responsive (it can be moved, repainted,
// switched to another language).

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ra::gui {

class BusyBar : public QWidget {
    Q_OBJECT

public:
    explicit BusyBar(QWidget *parent = nullptr);

    // Shows the bar with what runs now ("Opening the disk…"); Cancel shown when it can be.
    void start(const QString &what, bool cancellable = true);
    // Cancel was pressed: say that the current step ends first.
    void setCancelling();
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_running = false;
};

}  // namespace ra::gui
