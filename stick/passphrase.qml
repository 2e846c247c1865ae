// SPDX-License-Identifier: GPL-3.0-or-later
// The key bundle's passphrase, asked once at boot, full-screen in large type in the config's
// language: `qml passphrase.qml -- LANG ATTEMPT`. Once the field has the focus it writes
// "RA-READY" to standard error; Enter writes "RA-PASSPHRASE:<text>" there and quits. The
// launcher sends standard error to a 0600 file in /run (memory): the passphrase is never on a
// command line, in the environment, on the screen or on the serial port.
import QtQuick
import QtQuick.Window

Window {
    id: win
    visibility: Window.FullScreen
    visible: true
    color: "#102a43"
    readonly property var args: Qt.application.arguments.slice(Qt.application.arguments.indexOf("--") + 1)
    readonly property bool ja: args[0] === "ja"
    readonly property int attempt: parseInt(args[1] || "1")
    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: win.height / 30
        Text {
            width: parent.width
            color: "white"
            font.pixelSize: win.height / 14
            font.bold: true
            wrapMode: Text.Wrap
            text: win.ja ? "キー バンドルのパスフレーズ" : "Key bundle passphrase"
        }
        Text {
            width: parent.width
            color: win.attempt > 1 ? "#ffb4a9" : "#d9e2ec"
            font.pixelSize: win.height / 28
            wrapMode: Text.Wrap
            text: win.attempt > 1
                  ? (win.ja ? "パスフレーズが違います。もう一度入力してください (" + win.attempt + " / 3 回目)。"
                            : "That passphrase did not open the bundle. Type it again (attempt " + win.attempt + " of 3).")
                  : (win.ja ? "ヘルプデスクから伝えられたパスフレーズを入力して Enter キーを押してください。キーはこの PC のメモリーにだけ読み込まれます。"
                            : "Type the passphrase the helpdesk gave you, then press Enter. The keys are read into this PC's memory only.")
        }
        Rectangle {
            width: parent.width
            height: win.height / 7
            color: "white"
            radius: height / 8
            border.color: "#f0b429"
            border.width: 4
            TextInput {
                id: field
                anchors.fill: parent
                anchors.margins: parent.height / 6
                verticalAlignment: TextInput.AlignVCenter
                font.pixelSize: win.height / 14
                echoMode: TextInput.Password
                passwordCharacter: "●"
                clip: true
                focus: true
                onAccepted: {
                    console.info("RA-PASSPHRASE:" + text)
                    text = ""
                    Qt.quit()
                }
            }
        }
    }
    Component.onCompleted: {
        field.forceActiveFocus()
        console.info("RA-READY")
    }
}
