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
    <name>DetectPage</name>
    <message>
        <source>Choose the disk</source>
        <translation>ドライブの選択</translation>
    </message>
    <message>
        <source>These are the disks and folders the assistant found. Choose the one with Windows on it; nothing is changed yet.</source>
        <translation>見つかったドライブとフォルダーです。Windows が入っているものを選んでください。この時点ではまだ何も変更されません。</translation>
    </message>
    <message>
        <source>Disks found</source>
        <translation>見つかったドライブ</translation>
    </message>
    <message>
        <source>Recovery key ID of this disk:</source>
        <translation>このドライブの回復キー ID:</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>再検索(&amp;S)</translation>
    </message>
    <message>
        <source>Use the &amp;practice disk instead</source>
        <translation>練習用ディスクを使う(&amp;P)</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter the recovery key</source>
        <translation>回復キーの入力</translation>
    </message>
    <message>
        <source>The disk is locked with BitLocker. Find the 48-digit recovery key whose key ID matches the one below (in your key list, Active Directory, Entra ID or Intune) and type it in.</source>
        <translation>このドライブは BitLocker でロックされています。下の回復キー ID と一致する 48 桁の回復キーを (キーの一覧、Active Directory、Entra ID、Intune などで) 探して入力してください。</translation>
    </message>
    <message>
        <source>Recovery key ID to look for:</source>
        <translation>探す回復キー ID:</translation>
    </message>
    <message>
        <source>Practice sheet</source>
        <translation>練習シート</translation>
    </message>
    <message>
        <source>Recovery &amp;key (8 groups of 6 digits; pasting the whole key into any box works):</source>
        <translation>回復キー(&amp;K) (6 桁 × 8 グループ。キー全体をどの欄に貼り付けてもかまいません):</translation>
    </message>
    <message>
        <source>S&amp;how the digits</source>
        <translation>数字を表示する(&amp;H)</translation>
    </message>
    <message>
        <source>Use a startup key &amp;file (.BEK)…</source>
        <translation>スタートアップ キー ファイル (.BEK) を使う(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Type a key instead</source>
        <translation>回復キーを入力する(&amp;T)</translation>
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
    <name>RepairPage</name>
    <message>
        <source>Repairing</source>
        <translation>修復中</translation>
    </message>
    <message>
        <source>Each file is first copied to the quarantine folder on this computer and the copy is checked; only then is it deleted from the disk. Stopping is safe at any moment.</source>
        <translation>各ファイルはまずこのコンピューターの検疫フォルダーにコピーされ、コピーが検証されてから、ドライブから削除されます。いつ中止しても安全です。</translation>
    </message>
    <message>
        <source>Repair progress</source>
        <translation>修復の進行状況</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>&amp;Stop after the current file</source>
        <translation>このファイルの後で中止(&amp;S)</translation>
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
    <name>ReviewPage</name>
    <message>
        <source>Check what will be removed</source>
        <translation>削除するファイルの確認</translation>
    </message>
    <message>
        <source>These are the CrowdStrike channel 291 files on the disk. The faulty one (written on 19 July 2024 at 04:09 UTC) makes Windows crash at start. Nothing has been changed yet.</source>
        <translation>ドライブ上の CrowdStrike チャネル ファイル 291 です。問題のあるファイル (2024 年 7 月 19 日 04:09 UTC に書き込まれたもの) が原因で、Windows は起動時にクラッシュします。まだ何も変更されていません。</translation>
    </message>
    <message>
        <source>Files found</source>
        <translation>見つかったファイル</translation>
    </message>
    <message>
        <source>Remove &amp;all channel 291 files, also the good ones (the vendor's procedure)</source>
        <translation>正常なものも含めてチャネル 291 のファイルをすべて削除する (ベンダーの手順)(&amp;A)</translation>
    </message>
    <message>
        <source>What will happen, step by step:</source>
        <translation>実行される手順:</translation>
    </message>
    <message>
        <source>Repair plan</source>
        <translation>修復の計画</translation>
    </message>
    <message>
        <source>&amp;Yes, remove these files</source>
        <translation>はい、これらのファイルを削除します(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>This assistant repairs a Windows computer that keeps restarting with a blue screen after the faulty CrowdStrike update of 19 July 2024. Nothing on the disk changes until you confirm it.</source>
        <translation>2024 年 7 月 19 日の CrowdStrike の不具合のある更新によって、ブルー スクリーンで再起動を繰り返すようになった Windows コンピューターを修復します。確認するまで、ドライブ上のものは何も変更されません。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>担当者名(&amp;N):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Written on the ticket</source>
        <translation>チケットに記載されます</translation>
    </message>
    <message>
        <source>&amp;Ticket number (optional):</source>
        <translation>チケット番号 (省略可)(&amp;T):</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>チケット番号</translation>
    </message>
    <message>
        <source>For example INC0012345</source>
        <translation>例: INC0012345</translation>
    </message>
    <message>
        <source>What do you want to repair?</source>
        <translation>修復する対象</translation>
    </message>
    <message>
        <source>A &amp;disk attached to this computer (USB adapter, dock or internal)</source>
        <translation>このコンピューターに接続したドライブ (USB アダプター、ドック、内蔵)(&amp;D)</translation>
    </message>
    <message>
        <source>A disk &amp;image file:</source>
        <translation>ディスク イメージ ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Disk image file</source>
        <translation>ディスク イメージ ファイル</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>A mounted &amp;Windows folder:</source>
        <translation>マウント済みの Windows フォルダー(&amp;W):</translation>
    </message>
    <message>
        <source>Mounted Windows folder</source>
        <translation>マウント済みの Windows フォルダー</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>フォルダーを選択(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Practice: a safe training disk made by this tool, with a practice recovery key</source>
        <translation>練習: このツールが作成する安全な練習用ディスク (練習用の回復キー付き)(&amp;P)</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>The disk has been released and the case is saved. Copy this summary into your helpdesk ticket; it contains the key ID, never the recovery key.</source>
        <translation>ドライブの接続は解除され、ケースが保存されました。この要約をヘルプデスクのチケットにコピーしてください。回復キー ID は含まれますが、回復キーは含まれません。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Ticket format</source>
        <translation>チケットの形式</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the ticket:</source>
        <translation>チケットの言語(&amp;G):</translation>
    </message>
    <message>
        <source>Language of the ticket</source>
        <translation>チケットの言語</translation>
    </message>
    <message>
        <source>Ticket text</source>
        <translation>チケットの本文</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open the case folder</source>
        <translation>ケース フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;xt machine</source>
        <translation>次のコンピューター(&amp;X)</translation>
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
    <name>main</name>
    <message>
        <source>Guided recovery of Windows machines hit by the CrowdStrike channel file 291 fault.</source>
        <translation>CrowdStrike チャネル ファイル 291 の不具合で起動しなくなった Windows コンピューターを、手順に沿って復旧します。</translation>
    </message>
    <message>
        <source>Start with the practice disk chosen.</source>
        <translation>練習用ディスクを選んだ状態で起動します。</translation>
    </message>
    <message>
        <source>Language of the window: ja or en.</source>
        <translation>画面の言語: ja または en。</translation>
    </message>
    <message>
        <source>A disk, disk image or mounted Windows folder.</source>
        <translation>ドライブ、ディスク イメージ、またはマウント済みの Windows フォルダー。</translation>
    </message>
</context>
<context>
    <name>ra::gui::DetectPage</name>
    <message>
        <source>No disk with Windows was found.</source>
        <translation>Windows が入ったドライブは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Connect the disk with an adapter that fits it: an NVMe disk (M.2, one notch) needs an NVMe adapter, a SATA disk (2.5 inch, or M.2 with two notches) a SATA adapter. Wait ten seconds, then press Search again.</source>
        <translation>ドライブに合ったアダプターで接続してください。NVMe ドライブ (M.2、切り欠き 1 つ) には NVMe アダプター、SATA ドライブ (2.5 インチ、または切り欠き 2 つの M.2) には SATA アダプターが必要です。10 秒待ってから [再検索] を押してください。</translation>
    </message>
    <message>
        <source>A disk from a computer set to RAID or Intel VMD (Intel RST) may not appear at all. Repair such a computer in its own Windows Recovery Environment with the vendor's steps instead.</source>
        <translation>RAID または Intel VMD (Intel RST) に設定されたコンピューターのドライブは、表示されないことがあります。そのようなコンピューターは、そのコンピューター自身の Windows 回復環境で、ベンダーの手順に従って修復してください。</translation>
    </message>
    <message>
        <source>Without administrator rights no disk is visible: start the assistant from the menu, which asks for the administrator password.</source>
        <translation>管理者の権限がないとドライブは表示されません。メニューからアシスタントを起動してください (管理者のパスワードを求められます)。</translation>
    </message>
    <message>
        <source>Practice disk (made by this tool for training)</source>
        <translation>練習用ディスク (練習のためにこのツールが作成したもの)</translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyEntryWidget</name>
    <message numerus="yes">
        <source>%n group(s) cannot be right: %1. Compare these digits with the key list again.</source>
        <translation><numerusform>%n 個のグループが正しくありません: %1。キーの一覧ともう一度見比べてください。</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This group is correct.</source>
        <translation>このグループは正しく入力されています。</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>These six digits cannot be right: check them again.</source>
        <translation>この 6 桁は正しくありません。もう一度確認してください。</translation>
    </message>
    <message>
        <source>wrong: check these digits</source>
        <translation>誤り: この数字を確認してください</translation>
    </message>
    <message>
        <source>Recovery key, group %1 of %2</source>
        <translation>回復キー、グループ %1/%2</translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyPage</name>
    <message>
        <source>startup key file %1</source>
        <translation>スタートアップ キー ファイル %1</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手入力</translation>
    </message>
    <message numerus="yes">
        <source>This key does not open the disk (%n attempt(s) so far). Check that its key ID matches the one above and compare each group again; what you typed is kept.</source>
        <translation><numerusform>このキーではドライブのロックを解除できません (これまでに %n 回)。回復キー ID が上の ID と一致しているか確認し、各グループをもう一度見比べてください。入力した内容はそのまま残っています。</numerusform></translation>
    </message>
    <message>
        <source>Choose the startup key file</source>
        <translation>スタートアップ キー ファイルの選択</translation>
    </message>
    <message>
        <source>BitLocker startup keys (*.BEK *.bek);;All files (*)</source>
        <translation>BitLocker スタートアップ キー (*.BEK *.bek);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>This disk has %n recovery key(s); any of these key IDs will do:</source>
        <translation><numerusform>このドライブには回復キーが %n 個あります。次のどの回復キー ID のキーでもかまいません:</numerusform></translation>
    </message>
    <message>
        <source>This is a training disk. On a real case this sheet is your key list.
Recovery key ID: %1
Recovery key: %2</source>
        <translation>これは練習用ディスクです。実際の作業では、このシートの代わりにキーの一覧を使います。
回復キー ID: %1
回復キー: %2</translation>
    </message>
    <message>
        <source>Startup key file: %1</source>
        <translation>スタートアップ キー ファイル: %1</translation>
    </message>
</context>
<context>
    <name>ra::gui::ReadOnlyNotice</name>
    <message>
        <source>Windows on this disk was not shut down completely (hibernation or Fast Startup).</source>
        <translation>このドライブの Windows は完全にシャットダウンされていません (休止状態または高速スタートアップ)。</translation>
    </message>
    <message>
        <source>&amp;Remove the hibernation file so that the disk can be repaired</source>
        <translation>休止状態ファイルを削除して、ドライブを修復できるようにする(&amp;R)</translation>
    </message>
    <message>
        <source>Consequence: Windows starts fresh next time. Programs and documents that were open when it went to sleep are lost; saved files stay. Without this, the disk is only inspected and nothing is removed. Press Next to go on.</source>
        <translation>影響: 次回、Windows は新しく起動します。休止状態に入ったときに開いていたプログラムや文書の内容は失われます (保存済みのファイルは残ります)。削除しない場合は、ドライブを調べるだけで何も削除しません。[次へ] を押して続けてください。</translation>
    </message>
</context>
<context>
    <name>ra::gui::RecoveryWizard</name>
    <message>
        <source>Close the assistant?</source>
        <translation>アシスタントを閉じますか?</translation>
    </message>
    <message>
        <source>The disk will be released safely and nothing more is changed on it. The ticket for this case is not written yet.</source>
        <translation>ドライブは安全に接続解除され、これ以上は何も変更されません。このケースのチケットはまだ作成されていません。</translation>
    </message>
    <message>
        <source>Recovery Assistant</source>
        <translation>復旧アシスタント</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Repair now</source>
        <translation>今すぐ修復(&amp;R)</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>言語の切り替え</translation>
    </message>
</context>
<context>
    <name>ra::gui::RepairPage</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>このファイルの処理が終わったら中止します…</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n file(s) removed from the disk and kept in quarantine.</source>
        <translation><numerusform>修復しました: %n 個のファイルをドライブから削除し、検疫フォルダーに保管しました。</numerusform></translation>
    </message>
    <message>
        <source>Put the disk back and start the computer: Windows should start normally. Then write down the ticket on the next page.</source>
        <translation>ドライブを元に戻してコンピューターを起動してください。Windows は正常に起動するはずです。次のページでチケットを記録してください。</translation>
    </message>
    <message>
        <source>Nothing to fix: no faulty channel file is on this disk.</source>
        <translation>修復の必要はありません: このドライブに問題のあるチャネル ファイルはありません。</translation>
    </message>
    <message>
        <source>If the computer still does not start, the cause is something else: note it on the ticket.</source>
        <translation>それでもコンピューターが起動しない場合は、別の原因があります。チケットに記録してください。</translation>
    </message>
    <message>
        <source>Nothing to fix: this disk was already repaired.</source>
        <translation>修復の必要はありません: このドライブは既に修復されています。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were removed and kept in quarantine; the others were not touched.</source>
        <translation><numerusform>中止しました: %n 個のファイルを削除して検疫フォルダーに保管しました。その他のファイルは変更していません。</numerusform></translation>
    </message>
    <message>
        <source>The disk is in a consistent state. To finish, run the assistant on this disk again.</source>
        <translation>ドライブは整合性のとれた状態です。修復を完了するには、このドライブでもう一度アシスタントを実行してください。</translation>
    </message>
    <message>
        <source>The repair failed: %1</source>
        <translation>修復に失敗しました: %1</translation>
    </message>
    <message>
        <source>No file was left half done. Read the details on the ticket page, fix the cause (for example free space or a loose cable) and run the assistant on this disk again, or follow the vendor's manual steps in Safe Mode.</source>
        <translation>処理が途中のままのファイルはありません。チケットのページで詳細を確認し、原因 (空き容量不足やケーブルの緩みなど) を取り除いてから、このドライブでもう一度アシスタントを実行してください。または、セーフ モードでベンダーの手動の手順に従ってください。</translation>
    </message>
</context>
<context>
    <name>ra::gui::ReviewPage</name>
    <message>
        <source>will be removed</source>
        <translation>削除します</translation>
    </message>
    <message>
        <source>will be kept</source>
        <translation>残します</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Written (UTC)</source>
        <translation>書き込み日時 (UTC)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>This disk is open read-only, so nothing can be removed (%1). Go back to remove the hibernation file, or start the computer once and shut it down completely. Next writes the ticket with what was found.</source>
        <translation>このドライブは読み取り専用で開かれているため、何も削除できません (%1)。戻って休止状態ファイルを削除するか、コンピューターを一度起動して完全にシャットダウンしてください。[続行] を押すと、見つかった内容でチケットを作成します。</translation>
    </message>
    <message>
        <source>No channel 291 file was found: this disk does not need the repair.</source>
        <translation>チャネル 291 のファイルは見つかりませんでした。このドライブは修復の必要がありません。</translation>
    </message>
    <message>
        <source>No file is chosen for removal: nothing on the disk will change.</source>
        <translation>削除するファイルが選ばれていません。ドライブ上のものは何も変更されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be removed from this disk: %1. A verified copy of each is kept in the quarantine folder on this computer first.</source>
        <translation><numerusform>このドライブから %n 個のファイルを削除します: %1。削除の前に、各ファイルの検証済みのコピーをこのコンピューターの検疫フォルダーに保管します。</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Repair now</source>
        <translation>今すぐ修復(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ra::gui::StartPage</name>
    <message>
        <source>Choose a disk image</source>
        <translation>ディスク イメージの選択</translation>
    </message>
    <message>
        <source>Disk images (*.img *.raw *.dd *.bin *.vhd);;All files (*)</source>
        <translation>ディスク イメージ (*.img *.raw *.dd *.bin *.vhd);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the mounted Windows folder</source>
        <translation>マウント済みの Windows フォルダーの選択</translation>
    </message>
</context>
<context>
    <name>ra::gui::TicketPage</name>
    <message>
        <source>Plain text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Markdown (Jira, GitHub)</source>
        <translation>Markdown (Jira、GitHub)</translation>
    </message>
    <message>
        <source>JSON (for tools)</source>
        <translation>JSON (ツール用)</translation>
    </message>
    <message>
        <source>The ticket is on the clipboard: paste it into your helpdesk system.</source>
        <translation>チケットをクリップボードにコピーしました。ヘルプデスクのシステムに貼り付けてください。</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>チケットの保存</translation>
    </message>
    <message>
        <source>Ticket (*.%1)</source>
        <translation>チケット (*.%1)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 として保存しました。</translation>
    </message>
    <message>
        <source>The case folder could not be opened. It is: %1</source>
        <translation>ケース フォルダーを開けませんでした。場所: %1</translation>
    </message>
</context>
</TS>