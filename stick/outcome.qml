// SPDX-License-Identifier: GPL-3.0-or-later
// The unattended outcome, full-screen in large type: `qml outcome.qml -- LANG SECONDS LINE...`
// Each LINE starts with OK, FAIL, NOKEY, NONE or ERROR and the volume's summary.
import QtQuick
import QtQuick.Window

Window {
    id: win
    visibility: Window.FullScreen
    visible: true
    color: failed ? "#7a1010" : "#0b5d1e"
    readonly property var args: Qt.application.arguments.slice(Qt.application.arguments.indexOf("--") + 1)
    readonly property bool ja: args[0] === "ja"
    readonly property int seconds: parseInt(args[1])
    readonly property var lines: args.slice(2)
    readonly property bool failed: lines.length === 0 || lines.some(l => !l.startsWith("OK "))
    function label(l) {
        const tag = l.split(" ")[0]
        const text = l.substring(tag.length + 1)
        const names = ja ? {OK: "修復済み", FAIL: "修復できませんでした", NOKEY: "回復キーがありません", NONE: "対象なし", ERROR: "エラー"}
                         : {OK: "Fixed", FAIL: "Not fixed", NOKEY: "No recovery key", NONE: "Nothing found", ERROR: "Error"}
        return (names[tag] || tag) + ": " + text
    }
    Column {
        anchors.fill: parent
        anchors.margins: win.width / 30
        spacing: win.height / 40
        Text {
            width: parent.width
            color: "white"
            font.pixelSize: win.height / 10
            font.bold: true
            wrapMode: Text.Wrap
            text: win.failed ? (win.ja ? "確認が必要です" : "Attention needed")
                             : (win.ja ? "修復が完了しました" : "Fixed")
        }
        Repeater {
            model: win.lines
            Text {
                width: parent.width
                color: "white"
                font.pixelSize: win.height / 22
                wrapMode: Text.WrapAnywhere
                text: win.label(modelData)
            }
        }
        Text {
            width: parent.width
            color: "white"
            font.pixelSize: win.height / 26
            wrapMode: Text.Wrap
            visible: win.seconds > 0
            text: win.ja ? "ケースとチケットは RA-DATA に保存されました。まもなく電源が切れます。"
                         : "The cases and tickets are on RA-DATA. The PC powers off shortly."
        }
    }
}
