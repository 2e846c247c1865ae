<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BitLockerMetadata</name>
    <message>
        <source>BitLocker metadata cannot be read yet.</source>
        <translation>BitLocker のメタデータはまだ読み取れません。</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>修復済み</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>影響なし</translation>
    </message>
    <message>
        <source>already remediated</source>
        <translation>対処済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>faulty version</source>
        <translation>不具合のあるバージョン</translation>
    </message>
    <message>
        <source>good version</source>
        <translation>正常なバージョン</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>不明なバージョン</translation>
    </message>
    <message>
        <source>Written between 04:09 and 05:27 UTC on 19 July 2024: the faulty update.</source>
        <translation>2024 年 7 月 19 日 04:09～05:27 (UTC) に書き込まれています: 不具合のある更新です。</translation>
    </message>
    <message>
        <source>Written at 05:27 UTC on 19 July 2024 or later: the corrected update.</source>
        <translation>2024 年 7 月 19 日 05:27 (UTC) 以降に書き込まれています: 修正済みの更新です。</translation>
    </message>
    <message>
        <source>Written before the faulty update; the vendor procedure removes it too.</source>
        <translation>不具合のある更新より前に書き込まれています。ベンダーの手順ではこのファイルも削除します。</translation>
    </message>
    <message>
        <source>The file is filled with zero bytes, as seen on crashed machines.</source>
        <translation>ファイルの中身がすべて 0 バイトです (クラッシュしたコンピューターで見られる状態です)。</translation>
    </message>
    <message>
        <source>The file does not start with the channel file header.</source>
        <translation>ファイルの先頭がチャネル ファイルのヘッダーと一致しません。</translation>
    </message>
    <message>
        <source>The file's last-write time could not be read.</source>
        <translation>ファイルの最終更新日時を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>CryptsetupUnlocker</name>
    <message>
        <source>Unlocking with cryptsetup is unavailable here because this computer's kernel has no device-mapper.</source>
        <translation>このコンピューターのカーネルには device-mapper がないため、cryptsetup によるロック解除はここでは使用できません。</translation>
    </message>
    <message>
        <source>Unlock the BitLocker drive with cryptsetup</source>
        <translation>cryptsetup で BitLocker ドライブのロックを解除</translation>
    </message>
    <message>
        <source>cryptsetup cannot open a BitLocker drive whose protection is suspended.</source>
        <translation>保護が中断されている BitLocker ドライブは cryptsetup では開けません。</translation>
    </message>
    <message>
        <source>The BitLocker drive could not be unlocked.</source>
        <translation>BitLocker ドライブのロックを解除できませんでした。</translation>
    </message>
    <message>
        <source>Lock the BitLocker drive</source>
        <translation>BitLocker ドライブをロック</translation>
    </message>
    <message>
        <source>The BitLocker drive could not be locked again because it is still in use.</source>
        <translation>BitLocker ドライブはまだ使用中のため、再びロックできませんでした。</translation>
    </message>
</context>
<context>
    <name>DiskBackend</name>
    <message>
        <source>The drive was disconnected or removed while it was being opened; connect it again and start over.</source>
        <translation>ドライブを開いている途中で接続が切れたか、取り外されました。もう一度接続して、最初からやり直してください。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Opening a drive needs administrator rights: start the program as an administrator (root), for example with sudo.</source>
        <translation>ドライブを開くには管理者権限が必要です。sudo などを使用して、管理者 (root) としてプログラムを起動してください。</translation>
    </message>
    <message>
        <source>This volume is neither BitLocker nor NTFS, so it cannot hold a Windows installation to repair.</source>
        <translation>このボリュームは BitLocker でも NTFS でもないため、修復対象の Windows がインストールされていることはありません。</translation>
    </message>
</context>
<context>
    <name>DiskErrors</name>
    <message>
        <source>The drive is no longer there: it was disconnected or removed.</source>
        <translation>ドライブが見つかりません。接続が切れたか、取り外されました。</translation>
    </message>
    <message>
        <source>The program's private folder for the drive could not be created.</source>
        <translation>ドライブ用のプログラム専用フォルダーを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>DiskMountSession</name>
    <message>
        <source>Close the drive</source>
        <translation>ドライブを閉じる</translation>
    </message>
    <message>
        <source>The drive is still open.</source>
        <translation>ドライブはまだ開いています。</translation>
    </message>
    <message>
        <source>Clean up after an earlier run that did not finish</source>
        <translation>前回完了しなかった実行の後片付け</translation>
    </message>
</context>
<context>
    <name>DislockerUnlocker</name>
    <message>
        <source>This BitLocker drive uses a layout that cannot be opened here (for example, encryption that Windows had not finished); repair it on a Windows computer instead.</source>
        <translation>この BitLocker ドライブはここでは開けない形式です (Windows で暗号化が完了していない場合など)。代わりに Windows コンピューターで修復してください。</translation>
    </message>
    <message>
        <source>This computer cannot open BitLocker drives because FUSE (/dev/fuse) is not available.</source>
        <translation>このコンピューターでは FUSE (/dev/fuse) を使用できないため、BitLocker ドライブを開けません。</translation>
    </message>
    <message>
        <source>Unlocking a BitLocker drive needs administrator rights.</source>
        <translation>BitLocker ドライブのロックを解除するには管理者権限が必要です。</translation>
    </message>
    <message>
        <source>The drive stopped answering while it was being unlocked; check its cable and connect it again.</source>
        <translation>ロックの解除中にドライブが応答しなくなりました。ケーブルを確認して、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The BitLocker drive could not be unlocked.</source>
        <translation>BitLocker ドライブのロックを解除できませんでした。</translation>
    </message>
    <message>
        <source>The startup key file could not be read.</source>
        <translation>スタートアップ キー ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>This file is not a BitLocker startup key (.BEK) file.</source>
        <translation>このファイルは BitLocker のスタートアップ キー (.BEK) ファイルではありません。</translation>
    </message>
    <message>
        <source>This startup key file does not belong to this drive: its Key ID is %1, and the drive has no key protector with that ID.</source>
        <translation>このスタートアップ キー ファイルはこのドライブのものではありません。ファイルのキー ID は %1 ですが、このドライブにはその ID のキー保護機能がありません。</translation>
    </message>
    <message>
        <source>The startup key file does not open this drive; it may be damaged.</source>
        <translation>このスタートアップ キー ファイルではドライブを開けません。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this drive: its Key ID is %1, but this drive's Key ID is %2.</source>
        <translation>この回復キーはこのドライブのものではありません。この回復キーの回復キー ID は %1 ですが、このドライブの回復キー ID は %2 です。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This recovery key does not open this drive; use the key whose Key ID is %1 and check it for typing errors.</source>
        <translation>この回復キーではドライブを開けません。回復キー ID が %1 の回復キーを使用し、入力間違いがないか確認してください。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>This recovery key does not open this drive.</source>
        <translation>この回復キーではドライブを開けません。</translation>
    </message>
    <message>
        <source>This drive is locked with BitLocker and needs its recovery key (Key ID %1).</source>
        <translation>このドライブは BitLocker でロックされています。回復キー (回復キー ID %1) が必要です。</translation>
    </message>
    <message>
        <source>This drive is locked with BitLocker and needs a key to open it.</source>
        <translation>このドライブは BitLocker でロックされています。開くにはキーが必要です。</translation>
    </message>
    <message>
        <source>Unlock the BitLocker drive with dislocker</source>
        <translation>dislocker で BitLocker ドライブのロックを解除</translation>
    </message>
    <message>
        <source>No valid recovery key was given.</source>
        <translation>有効な回復キーが入力されていません。</translation>
    </message>
    <message>
        <source>The key could not be handed to dislocker safely.</source>
        <translation>キーを安全な方法で dislocker に渡せませんでした。</translation>
    </message>
    <message>
        <source>Lock the BitLocker drive</source>
        <translation>BitLocker ドライブをロック</translation>
    </message>
</context>
<context>
    <name>ExternalCommand</name>
    <message>
        <source>The tool "%1" is not installed on this computer; install the package "%2" and try again.</source>
        <translation>ツール "%1" がこのコンピューターにインストールされていません。パッケージ "%2" をインストールしてから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The program refused to run a tool it does not know.</source>
        <translation>プログラムは、許可されていないツールの実行を拒否しました。</translation>
    </message>
    <message>
        <source>The program refused to put a key on a command line, where other users could read it.</source>
        <translation>ほかのユーザーが読み取れるコマンド ラインにキーを渡すことを、プログラムが拒否しました。</translation>
    </message>
    <message>
        <source>The tool "%1" could not be started.</source>
        <translation>ツール "%1" を起動できませんでした。</translation>
    </message>
    <message>
        <source>The tool "%1" did not finish within %2 seconds and was stopped.</source>
        <translation>ツール "%1" が %2 秒以内に終了しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>The tool "%1" crashed.</source>
        <translation>ツール "%1" が異常終了しました。</translation>
    </message>
</context>
<context>
    <name>LoopDevice</name>
    <message>
        <source>The partition could not be prepared for opening (no free loop device).</source>
        <translation>パーティションを開く準備ができませんでした (空いているループ デバイスがありません)。</translation>
    </message>
    <message>
        <source>The partition's loop device could not be released.</source>
        <translation>パーティションのループ デバイスを解放できませんでした。</translation>
    </message>
</context>
<context>
    <name>MountLock</name>
    <message>
        <source>This drive is already open in another Recovery Assistant session; close that session first.</source>
        <translation>このドライブは別の復旧アシスタントのセッションで既に開かれています。先にそのセッションを閉じてください。</translation>
    </message>
</context>
<context>
    <name>MountTable</name>
    <message>
        <source>The drive could not be closed because something is still using it; close every window and program that shows its files, then try again.</source>
        <translation>ドライブはまだ使用中のため、閉じることができませんでした。ドライブ内のファイルを表示しているウィンドウやプログラムをすべて閉じてから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Waiting for the file system process to finish</source>
        <translation>ファイル システムのプロセスの終了を待機しています</translation>
    </message>
</context>
<context>
    <name>NtfsMount</name>
    <message>
        <source>The drive stopped answering while its files were being opened; check its cable and connect it again.</source>
        <translation>ファイルを開いている途中でドライブが応答しなくなりました。ケーブルを確認して、もう一度接続してください。</translation>
    </message>
    <message>
        <source>The drive does not hold an NTFS file system, so Windows files cannot be read from it.</source>
        <translation>このドライブには NTFS ファイル システムがないため、Windows のファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The NTFS file system on this drive is damaged; run chkdsk on it from Windows recovery first.</source>
        <translation>このドライブの NTFS ファイル システムは破損しています。先に Windows 回復環境から chkdsk を実行してください。</translation>
    </message>
    <message>
        <source>Opening the drive's files needs administrator rights.</source>
        <translation>ドライブのファイルを開くには管理者権限が必要です。</translation>
    </message>
    <message>
        <source>This computer cannot open NTFS drives because FUSE (/dev/fuse) is not available.</source>
        <translation>このコンピューターでは FUSE (/dev/fuse) を使用できないため、NTFS ドライブを開けません。</translation>
    </message>
    <message>
        <source>The drive's NTFS file system could not be opened.</source>
        <translation>ドライブの NTFS ファイル システムを開けませんでした。</translation>
    </message>
    <message>
        <source>Windows on this drive is hibernated, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the hibernated Windows session and any unsaved work in it.</source>
        <translation>このドライブの Windows は休止状態のため、ドライブは読み取り専用で開かれ、ファイルを削除できません。続行するには休止状態ファイルの削除を許可してください。休止状態の Windows セッションと、その中の保存されていない作業はすべて失われます。</translation>
    </message>
    <message>
        <source>Windows on this drive was shut down with Fast Startup, so the drive was opened read-only and nothing can be deleted; to continue, allow removing the hibernation file, which discards the saved Windows session and any unsaved work in it.</source>
        <translation>このドライブの Windows は高速スタートアップでシャットダウンされたため、ドライブは読み取り専用で開かれ、ファイルを削除できません。続行するには休止状態ファイルの削除を許可してください。保存された Windows セッションと、その中の保存されていない作業はすべて失われます。</translation>
    </message>
    <message>
        <source>The drive was opened read-only, so nothing can be deleted on it.</source>
        <translation>ドライブは読み取り専用で開かれたため、ファイルを削除できません。</translation>
    </message>
    <message>
        <source>Open the NTFS file system</source>
        <translation>NTFS ファイル システムを開く</translation>
    </message>
    <message>
        <source>Windows was not shut down cleanly and the drive's journal could not be reset; run chkdsk on it from Windows recovery first.</source>
        <translation>Windows が正常にシャットダウンされておらず、ドライブのジャーナルをリセットできませんでした。先に Windows 回復環境から chkdsk を実行してください。</translation>
    </message>
    <message>
        <source>Windows was not shut down cleanly; the drive's journal was reset when it was opened.</source>
        <translation>Windows が正常にシャットダウンされていなかったため、ドライブを開くときにジャーナルをリセットしました。</translation>
    </message>
    <message>
        <source>Close the NTFS file system</source>
        <translation>NTFS ファイル システムを閉じる</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>The playbook is not valid: field "%1" %2.</source>
        <translation>プレイブックが正しくありません。フィールド "%1" は%2。</translation>
    </message>
    <message>
        <source>The playbook is not valid JSON.</source>
        <translation>プレイブックが正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation> 1 である必要があります</translation>
    </message>
    <message>
        <source>must be a short lower-case name</source>
        <translation>小文字の短い名前である必要があります</translation>
    </message>
    <message>
        <source>needs an English and a Japanese text</source>
        <translation>英語と日本語の両方のテキストが必要です</translation>
    </message>
    <message>
        <source>must be a relative path with / separators</source>
        <translation>/ で区切った相対パスである必要があります</translation>
    </message>
    <message>
        <source>must be a file name pattern</source>
        <translation>ファイル名のパターンである必要があります</translation>
    </message>
    <message>
        <source>must be hex bytes separated by spaces</source>
        <translation>スペースで区切った 16 進数のバイト列である必要があります</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a time zone</source>
        <translation>タイム ゾーン付きの ISO 8601 形式の日時である必要があります</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time after faultyFrom</source>
        <translation>faultyFrom より後の ISO 8601 形式の日時である必要があります</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time not before faultyUntil</source>
        <translation>faultyUntil 以降の ISO 8601 形式の日時である必要があります</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>手順のリストである必要があります</translation>
    </message>
    <message>
        <source>must be always, fixed or keyUsed</source>
        <translation>always、fixed、keyUsed のいずれかである必要があります</translation>
    </message>
    <message>
        <source>The playbook file cannot be read.</source>
        <translation>プレイブック ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The playbook file is too large.</source>
        <translation>プレイブック ファイルが大きすぎます。</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>Enter the 48-digit recovery key.</source>
        <translation>48 桁の回復キーを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>A recovery key has 8 groups of 6 digits, but %n group(s) were found.</source>
        <translation>
            <numerusform>回復キーは 6 桁ずつ 8 グループですが、%n グループしか見つかりません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recovery key has %n wrong group(s): %1. Check these digits again.</source>
        <translation>
            <numerusform>回復キーのグループ %1 が正しくありません。この部分の数字をもう一度確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNode</name>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>VolumeKeyDeriver</name>
    <message>
        <source>Reading the BitLocker drive needs administrator rights.</source>
        <translation>BitLocker ドライブを読み取るには管理者権限が必要です。</translation>
    </message>
    <message>
        <source>The BitLocker information on this drive is damaged or unreadable, so it cannot be unlocked here.</source>
        <translation>このドライブの BitLocker 情報が破損しているか読み取れないため、ここではロックを解除できません。</translation>
    </message>
    <message>
        <source>This BitLocker encryption method (AES-CBC with the Elephant diffuser) cannot be opened here.</source>
        <translation>この BitLocker の暗号化方式 (Elephant ディフューザー付き AES-CBC) はここでは開けません。</translation>
    </message>
    <message>
        <source>Derive the volume key with libcryptsetup</source>
        <translation>libcryptsetup でボリューム キーを導出</translation>
    </message>
    <message>
        <source>The key does not open this drive.</source>
        <translation>このキーではドライブを開けません。</translation>
    </message>
    <message>
        <source>This BitLocker drive cannot be unlocked with this kind of key here.</source>
        <translation>この種類のキーでは、ここでこの BitLocker ドライブのロックを解除できません。</translation>
    </message>
    <message>
        <source>Read the BitLocker metadata</source>
        <translation>BitLocker のメタデータを読み取る</translation>
    </message>
</context>
<context>
    <name>VolumeProbe</name>
    <message>
        <source>Disks and disk images cannot be opened yet.</source>
        <translation>ディスクとディスク イメージはまだ開けません。</translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <source>recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation>TPM と PIN</translation>
    </message>
    <message>
        <source>TPM and startup key</source>
        <translation>TPM とスタートアップ キー</translation>
    </message>
    <message>
        <source>TPM, PIN and startup key</source>
        <translation>TPM、PIN、スタートアップ キー</translation>
    </message>
    <message>
        <source>startup key</source>
        <translation>スタートアップ キー</translation>
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation>クリア キー (保護は中断中)</translation>
    </message>
    <message>
        <source>smart card</source>
        <translation>スマート カード</translation>
    </message>
    <message>
        <source>unknown protector</source>
        <translation>不明な保護機能</translation>
    </message>
    <message>
        <source>%1, partition %2</source>
        <translation>%1 のパーティション %2</translation>
    </message>
</context>
<context>
    <name>ra::gui::PlaceholderWindow</name>
    <message>
        <source>Recovery Assistant</source>
        <translation>復旧アシスタント</translation>
    </message>
    <message>
        <source>The recovery wizard is not built yet. Use recovery-assistant-cli.</source>
        <translation>復旧ウィザードはまだありません。recovery-assistant-cli を使用してください。</translation>
    </message>
</context>
</TS>