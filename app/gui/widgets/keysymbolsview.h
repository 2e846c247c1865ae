// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recovery key as a Code 128 barcode and a QR code of its 48 digits (what a keyboard-
// emulating USB scanner types into the BitLocker screen, which adds the dashes), black on white
// whatever the theme, whole device pixels per module as large as the window allows (at 100 %
// as at 200 %), the Key ID beside them to compare with the screen. Drawn in memory by libzint
// (recovery_print): never written to disk, never logged; clear() wipes the images.
// Used by the at-machine page; a page that shows a key may embed it (hidden until setKey()).

#include <QFrame>
#include <QImage>

class QLabel;

namespace ra {
class RecoveryKey;
}

namespace ra::gui {

class KeySymbolsView : public QFrame {
    Q_OBJECT

public:
    // Child object names are prefix + "Code128", "Qr", "KeyId", "FullKeyId", "ScanHint".
    explicit KeySymbolsView(const QString &prefix, QWidget *parent = nullptr);
    ~KeySymbolsView() override;

    // Shows the key; false (and an error sentence in *error) when it cannot be drawn.
    bool setKey(const RecoveryKey &key, const QString &keyId, const QString &fullKeyId, const QString &host,
                QString *error = nullptr);
    void clear();
    bool isShowing() const { return !m_code128Modules.isNull(); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void place();

    QLabel *m_code128;
    QLabel *m_qr;
    QLabel *m_keyIdCaption;
    QLabel *m_keyId;
    QLabel *m_fullKeyId;
    QLabel *m_scanHint;
    QImage m_code128Modules;  // one pixel per module; scaled to the window when placed
    QImage m_qrModules;
};

}  // namespace ra::gui
