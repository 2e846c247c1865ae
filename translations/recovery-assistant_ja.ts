<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BatchTally</name>
    <message>
        <source>Fixed: %1 · not affected: %2 · no key: %3 · not fixed: %4 · stopped: %5</source>
        <translation>修復済み: %1 · 影響なし: %2 · キーなし: %3 · 未修復: %4 · 停止: %5</translation>
    </message>
</context>
<context>
    <name>BcdStore</name>
    <message>
        <source>The boot configuration store names no default Windows entry.</source>
        <translation>ブート構成ストアに既定の Windows エントリがありません。</translation>
    </message>
    <message>
        <source>The Safe Mode setting in the boot configuration store is damaged.</source>
        <translation>ブート構成ストアのセーフ モードの設定が壊れています。</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created.</source>
        <translation>一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Boot configuration store on partition %1</source>
        <translation>パーティション %1 のブート構成ストア</translation>
    </message>
    <message>
        <source>Safe Mode (safeboot %1) is left switched on for the default Windows entry: Windows will start in Safe Mode every time. Clear it in an administrator Command Prompt (or WinRE) with: %2</source>
        <translation>既定の Windows エントリでセーフ モード (safeboot %1) がオンのままです。Windows は毎回セーフ モードで起動します。管理者のコマンド プロンプト (または WinRE) で次のコマンドを実行して解除してください: %2</translation>
    </message>
</context>
<context>
    <name>BitLockerMetadata</name>
    <message>
        <source>The BitLocker metadata of this volume is damaged and cannot be read.</source>
        <translation>このボリュームの BitLocker メタデータは破損しているため、読み取れません。</translation>
    </message>
    <message>
        <source>This volume is too small to be a BitLocker volume.</source>
        <translation>このボリュームは小さすぎるため、BitLocker ボリュームではありません。</translation>
    </message>
    <message>
        <source>This volume is not encrypted with BitLocker.</source>
        <translation>このボリュームは BitLocker で暗号化されていません。</translation>
    </message>
    <message>
        <source>This volume uses the BitLocker format of Windows Vista, which is not supported.</source>
        <translation>このボリュームは Windows Vista の BitLocker 形式を使用しています。この形式はサポートされていません。</translation>
    </message>
    <message>
        <source>This BitLocker volume uses a sector size that is not supported.</source>
        <translation>この BitLocker ボリュームは、サポートされていないセクター サイズを使用しています。</translation>
    </message>
    <message>
        <source>This BitLocker volume uses an encryption method that is not supported.</source>
        <translation>この BitLocker ボリュームは、サポートされていない暗号化方式を使用しています。</translation>
    </message>
</context>
<context>
    <name>BlockFile</name>
    <message>
        <source>%1 is neither a disk, a partition, a disk image nor a folder.</source>
        <translation>%1 は、ディスク、パーティション、ディスク イメージ、フォルダーのいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 ends before the data it should hold.</source>
        <translation>%1 は途中で切れていて、必要なデータが含まれていません。</translation>
    </message>
    <message>
        <source>%1 does not exist: no disk, partition, image or folder has that name.</source>
        <translation>%1 は存在しません。この名前のディスク、パーティション、イメージ、フォルダーはありません。</translation>
    </message>
    <message>
        <source>The system does not allow opening %1, even for an administrator.</source>
        <translation>システムの設定により、管理者でも %1 を開くことはできません。</translation>
    </message>
    <message>
        <source>%1 cannot be read any more; the disk may have been disconnected.</source>
        <translation>%1 を読み取れなくなりました。ディスクが取り外された可能性があります。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a disk or a disk image.</source>
        <translation>%1 はフォルダーです。ディスクやディスク イメージではありません。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 を読み取れませんでした。</translation>
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
    <message numerus="yes">
        <source>Fixed by phone (WinRE): the user deleted %n reported file(s).</source>
        <translation>
            <numerusform>電話で修復済み (WinRE): お客様が報告された %n 個のファイルを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n faulty file(s) removed; verified copies are in quarantine.</source>
        <translation>
            <numerusform>修復済み: 不具合のあるファイルを %n 個削除しました。検証済みのコピーを検疫フォルダーに保管しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n faulty version(s)</source>
        <translation>
            <numerusform>不具合のあるバージョン %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of unknown version</source>
        <translation>
            <numerusform>バージョン不明 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good version(s), as the vendor procedure asks</source>
        <translation>
            <numerusform>正常なバージョン %n 個 (ベンダーの手順による)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n file(s) removed (%1); verified copies are in quarantine.</source>
        <translation>
            <numerusform>修復済み: ファイルを %n 個削除しました (%1)。検証済みのコピーを検疫フォルダーに保管しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not affected: no faulty channel file 291 was found.</source>
        <translation>影響なし: 不具合のあるチャネル ファイル 291 は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Not affected: %1</source>
        <translation>影響なし: %1</translation>
    </message>
    <message>
        <source>Already remediated: no channel file 291 is left on the disk.</source>
        <translation>対処済み: ディスクにチャネル ファイル 291 は残っていません。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) were removed and kept in quarantine; the others were not touched.</source>
        <translation>
            <numerusform>中止しました: %n 個のファイルを削除して検疫フォルダーに保管しました。その他のファイルは変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress: the repair has not run yet.</source>
        <translation>対応中: 修復はまだ実行していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n faulty file(s) are still on the disk because they were not selected.</source>
        <translation>
            <numerusform>選択されていないため、不具合のあるファイルが %n 個ディスクに残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Windows installation was found on this volume.</source>
        <translation>このボリュームに Windows のインストールが見つかりません。</translation>
    </message>
</context>
<context>
    <name>CaseFolder</name>
    <message>
        <source>The case folder cannot be created.</source>
        <translation>ケース フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written.</source>
        <translation>ケース ファイル %1 を書き込めません。</translation>
    </message>
    <message>
        <source>The ticket cannot be saved to %1.</source>
        <translation>チケットを %1 に保存できません。</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Fixed</source>
        <translation>修復済み</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ケース数</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Machines fixed per hour</source>
        <translation>1 時間ごとの修復台数</translation>
    </message>
    <message>
        <source>Machines fixed per day</source>
        <translation>1 日ごとの修復台数</translation>
    </message>
    <message>
        <source>Machines fixed per week</source>
        <translation>1 週間ごとの修復台数</translation>
    </message>
    <message>
        <source>No machine fixed yet.</source>
        <translation>修復済みのマシンはまだありません。</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>インシデント レポート</translation>
    </message>
    <message>
        <source>Generated %1 from %2. Cases from %3 to %4.</source>
        <translation>%1 に %2 から作成。対象ケース: %3 ～ %4。</translation>
    </message>
    <message>
        <source>machines</source>
        <translation>マシン台数</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>修復済み</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>median time per machine</source>
        <translation>1 台あたりの所要時間 (中央値)</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>拠点別</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>拠点</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>未解決のマシン</translation>
    </message>
    <message>
        <source>No machine is still failing.</source>
        <translation>未解決のマシンはありません。</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最終作業日時</translation>
    </message>
    <message>
        <source>Technician, bench</source>
        <translation>担当者、作業台</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>%1 more are not listed; see 'cases list --outcome failed'.</source>
        <translation>ほかに %1 台あります。'cases list --outcome failed' で確認してください。</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 is not a full Key ID (a GUID).</source>
        <translation>%1 は完全な回復キー ID (GUID) ではありません。</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>earlier cases</source>
        <translation>以前のケース</translation>
    </message>
    <message>
        <source>the rotation list</source>
        <translation>ローテーション一覧</translation>
    </message>
    <message>
        <source>No case in the store used the Key ID %1; nothing was marked.</source>
        <translation>回復キー ID %1 を使ったケースはストアにありません。何も記録していません。</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>昨日 %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>an unnamed technician</source>
        <translation>名前のない担当者</translation>
    </message>
    <message>
        <source>an unnamed bench</source>
        <translation>名前のない作業台</translation>
    </message>
    <message>
        <source>%1 %2 by %3 on %4 (case %5)</source>
        <translation>%2、%3 さんが %4 で対応 (結果: %1、ケース %5)</translation>
    </message>
    <message>
        <source>The case record contains something that looks like a recovery key and was refused.</source>
        <translation>ケース レコードに回復キーのような文字列が含まれているため、受け付けませんでした。</translation>
    </message>
    <message>
        <source>The case record is not a JSON object (%1).</source>
        <translation>ケース レコードが JSON オブジェクトではありません (%1)。</translation>
    </message>
    <message>
        <source>The case record contains control characters and was refused.</source>
        <translation>ケース レコードに制御文字が含まれているため、受け付けませんでした。</translation>
    </message>
    <message>
        <source>The case id is missing or malformed.</source>
        <translation>ケース ID がないか、形式が正しくありません。</translation>
    </message>
    <message>
        <source>The Key ID of case %1 is not a GUID.</source>
        <translation>ケース %1 の回復キー ID が GUID ではありません。</translation>
    </message>
    <message>
        <source>The outcome message of case %1 is longer than %2 characters.</source>
        <translation>ケース %1 の結果メッセージが %2 文字を超えています。</translation>
    </message>
    <message>
        <source>Case %1 has an unknown outcome.</source>
        <translation>ケース %1 の結果が不明な値です。</translation>
    </message>
    <message>
        <source>Case %1 has no valid opening time.</source>
        <translation>ケース %1 に有効な開始日時がありません。</translation>
    </message>
    <message>
        <source>Case %1 has an invalid closing time.</source>
        <translation>ケース %1 の終了日時が正しくありません。</translation>
    </message>
    <message>
        <source>The case store refused a schema change.</source>
        <translation>ケース ストアがスキーマの変更を拒否しました。</translation>
    </message>
    <message>
        <source>The folder of the case store %1 cannot be created.</source>
        <translation>ケース ストア %1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The case store %1 cannot be opened.</source>
        <translation>ケース ストア %1 を開けません。</translation>
    </message>
    <message>
        <source>The case store could not answer (%1).</source>
        <translation>ケース ストアから応答がありません (%1)。</translation>
    </message>
    <message>
        <source>The case store address %1 is not postgresql://user@host/database.</source>
        <translation>ケース ストアのアドレス %1 が postgresql://ユーザー@ホスト/データベース の形式ではありません。</translation>
    </message>
    <message>
        <source>The case store address must not contain a password: put it in ~/.pgpass or the keychain.</source>
        <translation>ケース ストアのアドレスにパスワードを含めないでください。パスワードは ~/.pgpass または資格情報ストアに保存してください。</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2</source>
        <translation>%2 の PostgreSQL データベース %1</translation>
    </message>
    <message>
        <source>The case store (%1) cannot be reached.</source>
        <translation>ケース ストア (%1) に接続できません。</translation>
    </message>
    <message>
        <source>writing case %1</source>
        <translation>ケース %1 の書き込み</translation>
    </message>
    <message>
        <source>A different case with the id %1 is already in the store; nothing was changed.</source>
        <translation>ID が %1 の別のケースが既にストアにあります。何も変更していません。</translation>
    </message>
    <message>
        <source>queueing case %1</source>
        <translation>ケース %1 の送信待ちへの追加</translation>
    </message>
    <message>
        <source>reading the queue</source>
        <translation>送信待ちの読み取り</translation>
    </message>
    <message>
        <source>emptying the queue</source>
        <translation>送信待ちの削除</translation>
    </message>
    <message>
        <source>This machine already has a case: %1.</source>
        <translation>このコンピューターには既にケースがあります: %1。</translation>
    </message>
    <message>
        <source>The case record is larger than %1 MiB and was refused.</source>
        <translation>ケース レコードが %1 MiB を超えているため、受け付けませんでした。</translation>
    </message>
    <message>
        <source>Case %1 was refused: %2</source>
        <translation>ケース %1 を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>The case %1 was not filed in the case store: %2 It is kept in its case folder %3; file it later with "cases import".</source>
        <translation>ケース %1 をケース ストアに登録できませんでした: %2 ケースはケース フォルダー %3 に保存されています。後で "cases import" で登録してください。</translation>
    </message>
</context>
<context>
    <name>ChannelFileScanner</name>
    <message>
        <source>%1 is a link; it is not followed.</source>
        <translation>%1 はリンクのため、たどりません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation>フォルダー %1 を読み取れません。</translation>
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
    <message>
        <source>Not a regular file; left alone.</source>
        <translation>通常のファイルではないため、そのままにしました。</translation>
    </message>
    <message>
        <source>Far larger than a channel file; left alone. Check it by hand.</source>
        <translation>チャネル ファイルとしては大きすぎるため、そのままにしました。手動で確認してください。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The key input is too long to be a recovery key.</source>
        <translation>入力が長すぎるため、回復キーではありません。</translation>
    </message>
    <message>
        <source>Read the BitLocker recovery key from standard input.</source>
        <translation>BitLocker 回復キーを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Read the BitLocker recovery key from FILE.</source>
        <translation>BitLocker 回復キーを FILE から読み取ります。</translation>
    </message>
    <message>
        <source>Unlock with a BitLocker startup-key file (.BEK).</source>
        <translation>BitLocker のスタートアップ キー ファイル (.BEK) でロックを解除します。</translation>
    </message>
    <message>
        <source>Discard the hibernation file of a hibernated volume so it can be written. The hibernated session and its unsaved work are lost.</source>
        <translation>休止状態のボリュームの休止状態ファイルを破棄して、書き込めるようにします。休止状態のセッションと保存していない作業は失われます。</translation>
    </message>
    <message>
        <source>There is no partition %1 on this target.</source>
        <translation>この対象にパーティション %1 はありません。</translation>
    </message>
    <message>
        <source>No Windows installation was found.</source>
        <translation>Windows のインストールが見つかりません。</translation>
    </message>
    <message>
        <source>Windows folder: %1</source>
        <translation>Windows フォルダー: %1</translation>
    </message>
    <message>
        <source>Computer name: %1</source>
        <translation>コンピューター名: %1</translation>
    </message>
    <message>
        <source>No channel file 291 found.</source>
        <translation>チャネル ファイル 291 は見つかりません。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Checks a recovery key read from standard input; names the wrong groups.</source>
        <translation>標準入力から読み取った回復キーを確認し、誤りのあるグループを示します。</translation>
    </message>
    <message>
        <source>The recovery key is valid: all 8 groups pass their check.</source>
        <translation>回復キーは有効です。8 グループすべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Lists volumes, their BitLocker protectors, and the channel files on Windows volumes. Changes nothing.</source>
        <translation>ボリューム、BitLocker の保護機能、Windows ボリューム上のチャネル ファイルを一覧表示します。何も変更しません。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Block device, disk image or folder; none: every disk.</source>
        <translation>ブロック デバイス、ディスク イメージ、またはフォルダー。省略するとすべてのディスク。</translation>
    </message>
    <message>
        <source>No volume found.</source>
        <translation>ボリュームが見つかりません。</translation>
    </message>
    <message>
        <source>Opens TARGET, quarantines and deletes the faulty channel files, closes it and writes the ticket.</source>
        <translation>TARGET を開き、不具合のあるチャネル ファイルを検疫して削除し、閉じてからチケットを作成します。</translation>
    </message>
    <message>
        <source>Show the findings and the plan; change nothing.</source>
        <translation>検出結果と実行計画を表示します。何も変更しません。</translation>
    </message>
    <message>
        <source>Remove every channel file 291, also good versions (the vendor procedure).</source>
        <translation>正常なバージョンも含め、すべてのチャネル ファイル 291 を削除します (ベンダーの手順)。</translation>
    </message>
    <message>
        <source>Quarantine copies go to DIR/&lt;case id&gt; instead of the case folder.</source>
        <translation>検疫コピーをケース フォルダーではなく DIR/&lt;ケース ID&gt; に保存します。</translation>
    </message>
    <message>
        <source>Also save the ticket to FILE.</source>
        <translation>チケットを FILE にも保存します。</translation>
    </message>
    <message>
        <source>Ticket format: text, markdown or json.</source>
        <translation>チケットの形式: text、markdown、json。</translation>
    </message>
    <message>
        <source>Technician name for the ticket.</source>
        <translation>チケットに記載する担当者名。</translation>
    </message>
    <message>
        <source>Helpdesk ticket reference.</source>
        <translation>ヘルプデスクのチケット番号。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>fix needs exactly one TARGET.</source>
        <translation>fix には TARGET を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown ticket format %1: use text, markdown or json.</source>
        <translation>チケットの形式 %1 は不明です。text、markdown、json のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>実行計画:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>テスト実行のため、何も変更していません。</translation>
    </message>
    <message>
        <source>Case folder: %1</source>
        <translation>ケース フォルダー: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Look the recovery key up in a key export (CSV or JSON) by the volume's own Key ID.</source>
        <translation>ボリュームの回復キー ID で、キーのエクスポート (CSV または JSON) から回復キーを探します。</translation>
    </message>
    <message>
        <source>This drive is locked by BitLocker. Give its recovery key (Key ID %1) with --key-stdin, --key-file or --escrow.</source>
        <translation>このドライブは BitLocker でロックされています。回復キー (回復キー ID %1) を --key-stdin、--key-file、--escrow のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>The ticket cannot be written to %1: it is not a regular file. Nothing was changed.</source>
        <translation>チケットを %1 に書き込めません: 通常のファイルではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The ticket cannot be written to %1: the folder %2 does not exist. Nothing was changed.</source>
        <translation>チケットを %1 に書き込めません: フォルダー %2 が存在しません。何も変更していません。</translation>
    </message>
    <message>
        <source>The ticket cannot be written to %1: permission denied. Nothing was changed.</source>
        <translation>チケットを %1 に書き込めません: アクセス許可がありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The quarantine folder %1 cannot be used: %2 is not a folder. Nothing was changed.</source>
        <translation>検疫フォルダー %1 を使用できません: %2 はフォルダーではありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The quarantine folder %1 cannot be used: permission denied. Nothing was changed.</source>
        <translation>検疫フォルダー %1 を使用できません: アクセス許可がありません。何も変更していません。</translation>
    </message>
    <message>
        <source>Stopped (signal %1): nothing was changed.</source>
        <translation>停止しました (シグナル %1): 何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) had been removed and kept in quarantine before the stop; the others were left as they were. The case folder says what was done.</source>
        <translation>
            <numerusform>停止しました: 停止前に %n 個のファイルを削除し、検疫に保管しました。その他のファイルはそのままです。実施内容はケース フォルダーに記録されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 But the ticket could not be written to %2; it is in the case folder %3.</source>
        <translation>%1 ただし、チケットを %2 に書き込めませんでした。チケットはケース フォルダー %3 にあります。</translation>
    </message>
    <message>
        <source>Use partition N of a disk or image (default: the volume that can hold Windows; asked when several can).</source>
        <translation>ディスクまたはイメージのパーティション N を使います (既定: Windows が入り得るボリューム。複数ある場合は指定を求めます)。</translation>
    </message>
    <message>
        <source>The Key ID the user reads out (its first 8 characters are enough).</source>
        <translation>お客様が読み上げる回復キー ID (最初の 8 文字で十分です)。</translation>
    </message>
    <message>
        <source>A key export (CSV or JSON) to look the key up in; may be given more than once.</source>
        <translation>キーを検索するキーのエクスポート (CSV または JSON)。複数指定できます。</translation>
    </message>
    <message>
        <source>The computer name, to look the key up by host.</source>
        <translation>ホストでキーを検索するためのコンピューター名。</translation>
    </message>
    <message>
        <source>The language of the user's Windows: ja or en (default: --lang).</source>
        <translation>お客様の Windows の言語: ja または en (既定: --lang)。</translation>
    </message>
    <message>
        <source>The user's Windows: 11 (default) or 10.</source>
        <translation>お客様の Windows: 11 (既定) または 10。</translation>
    </message>
    <message>
        <source>The letter of the Windows volume in the Recovery Environment (default D).</source>
        <translation>回復環境での Windows ボリュームのドライブ文字 (既定: D)。</translation>
    </message>
    <message>
        <source>text (default), markdown or html.</source>
        <translation>text (既定)、markdown、html のいずれか。</translation>
    </message>
    <message>
        <source>Print the recovery key in full (masked otherwise).</source>
        <translation>回復キーをすべて表示します (指定しない場合は伏せ字)。</translation>
    </message>
    <message>
        <source>Write the key as Code 128 and QR code to FILE.png (needs --show-key).</source>
        <translation>キーを Code 128 と QR コードとして FILE.png に書き出します (--show-key が必要)。</translation>
    </message>
    <message>
        <source>Write the one-page printable guide sheet to FILE.</source>
        <translation>印刷用の 1 ページのガイド シートを FILE に書き出します。</translation>
    </message>
    <message>
        <source>Prints the phone guide through Windows' own recovery screens.</source>
        <translation>Windows の回復画面を進める電話ガイドを表示します。</translation>
    </message>
    <message>
        <source>guide takes no file or device; use --escrow for key exports.</source>
        <translation>guide にはファイルやデバイスを指定しません。キーのエクスポートは --escrow で指定してください。</translation>
    </message>
    <message>
        <source>--windows-lang is ja or en.</source>
        <translation>--windows-lang は ja または en です。</translation>
    </message>
    <message>
        <source>--windows is 10 or 11.</source>
        <translation>--windows は 10 または 11 です。</translation>
    </message>
    <message>
        <source>--format is text, markdown or html.</source>
        <translation>--format は text、markdown、html のいずれかです。</translation>
    </message>
    <message>
        <source>--barcode writes the key itself: give --show-key as well.</source>
        <translation>--barcode はキーそのものを書き出します。--show-key も指定してください。</translation>
    </message>
    <message>
        <source>Name the key export to look the key up in (--escrow FILE).</source>
        <translation>キーを検索するキーのエクスポートを指定してください (--escrow FILE)。</translation>
    </message>
    <message>
        <source>--barcode needs a key: give --key-id or --host with --escrow.</source>
        <translation>--barcode にはキーが必要です。--escrow と共に --key-id または --host を指定してください。</translation>
    </message>
    <message>
        <source>The barcode image cannot be written to %1.</source>
        <translation>バーコードの画像を %1 に書き込めません。</translation>
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
        <source>no key, skipped</source>
        <translation>回復キーなし、スキップ</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>未修復</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>detecting</source>
        <translation>検出中</translation>
    </message>
    <message>
        <source>unlocking</source>
        <translation>ロック解除中</translation>
    </message>
    <message>
        <source>removing files</source>
        <translation>ファイルを削除中</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>閉じています</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) removed</source>
        <translation>
            <numerusform>%n 個中 %1 個のファイルを削除済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Several targets take their keys from --escrow or --bundle (each by its own Key ID); --key-stdin, --key-file, --bek and --partition are for one target.</source>
        <translation>複数の対象では回復キーを --escrow または --bundle から (それぞれ自身の回復キー ID で) 取得します。--key-stdin、--key-file、--bek、--partition は対象が 1 つのときだけ使えます。</translation>
    </message>
    <message>
        <source>No target to fix: name the targets or give --all-disks.</source>
        <translation>修復する対象がありません。対象を指定するか --all-disks を指定してください。</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Fix every attached disk with a BitLocker or NTFS volume (keys from --escrow or --bundle).</source>
        <translation>BitLocker または NTFS ボリュームを持つ接続済みのすべてのディスクを修復します (回復キーは --escrow または --bundle から)。</translation>
    </message>
    <message>
        <source>Fix up to N targets at once (default: the number of cores).</source>
        <translation>最大 N 個の対象を同時に修復します (既定: コア数)。</translation>
    </message>
    <message>
        <source>Block device, disk image or folder; several for a batch.</source>
        <translation>ブロック デバイス、ディスク イメージ、またはフォルダー。複数指定すると一括処理します。</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 64.</source>
        <translation>--jobs には 1 から 64 までの数を指定してください。</translation>
    </message>
    <message>
        <source>--dry-run and --ticket are for one target; a batch writes one case folder with its ticket per target.</source>
        <translation>--dry-run と --ticket は対象が 1 つのときだけ使えます。一括処理では対象ごとにケース フォルダーとチケットを書き込みます。</translation>
    </message>
    <message>
        <source>--key-stdin and --passphrase-file - cannot both read standard input.</source>
        <translation>--key-stdin と --passphrase-file - の両方で標準入力を読むことはできません。</translation>
    </message>
    <message>
        <source>Give only one of --key-stdin, --key-file, --bek and --escrow or --bundle.</source>
        <translation>--key-stdin、--key-file、--bek、--escrow または --bundle のうち 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>Look the recovery key up in an encrypted key bundle (.rakeys) by the volume's own Key ID.</source>
        <translation>ボリューム自身の回復キー ID で、暗号化されたキー バンドル (.rakeys) から回復キーを探します。</translation>
    </message>
    <message>
        <source>Read the key bundle's passphrase from FILE (- for standard input) instead of the terminal.</source>
        <translation>キー バンドルのパスフレーズを端末ではなく FILE (- は標準入力) から読み取ります。</translation>
    </message>
    <message>
        <source>The passphrase in %1 is too long.</source>
        <translation>%1 のパスフレーズが長すぎます。</translation>
    </message>
    <message>
        <source>The passphrase in %1 is empty.</source>
        <translation>%1 のパスフレーズが空です。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase: give it with --passphrase-file FILE (- for standard input).</source>
        <translation>パスフレーズを尋ねる端末がありません。--passphrase-file FILE (- は標準入力) で指定してください。</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>Passphrase of the key bundle: </source>
        <translation>キー バンドルのパスフレーズ: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>同じパスフレーズをもう一度: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>2 つのパスフレーズが一致しません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The key bundle %1 does not exist.</source>
        <translation>キー バンドル %1 がありません。</translation>
    </message>
    <message>
        <source>The key export %1 has no recovery key for Key ID %2.</source>
        <translation>キーのエクスポート %1 には、回復キー ID %2 の回復キーがありません。</translation>
    </message>
    <message>
        <source>The ticket cannot be written to %1: its file system does not accept it. Nothing was changed.</source>
        <translation>チケットを %1 に書き込めません: ファイル システムが書き込みを受け付けません。何も変更していません。</translation>
    </message>
    <message>
        <source>The case store: import case folders, list cases, write the incident report and the key-rotation list.</source>
        <translation>ケース ストア: ケース フォルダーの取り込み、ケースの一覧、インシデント レポートと回復キーのローテーション一覧の作成。</translation>
    </message>
    <message>
        <source>Only cases closed at or after DATE (2024-07-19 or 2024-07-19T08:00).</source>
        <translation>DATE 以降に終了したケースだけ (2024-07-19 または 2024-07-19T08:00)。</translation>
    </message>
    <message>
        <source>Only cases with this outcome (fixed, failed, not-affected, already-remediated, cancelled).</source>
        <translation>この結果のケースだけ (fixed、failed、not-affected、already-remediated、cancelled)。</translation>
    </message>
    <message>
        <source>Write the report to FILE (self-contained HTML).</source>
        <translation>レポートを FILE に書き込みます (単体で開ける HTML)。</translation>
    </message>
    <message>
        <source>Rotation list format: csv or json.</source>
        <translation>ローテーション一覧の形式: csv または json。</translation>
    </message>
    <message>
        <source>Who rotated the keys (default: the user name).</source>
        <translation>キーをローテーションした人 (既定: ユーザー名)。</translation>
    </message>
    <message>
        <source>Bench name for imported cases that do not name one.</source>
        <translation>作業台の記録がないケースに使う作業台の名前。</translation>
    </message>
    <message>
        <source>Site for imported cases that do not name one.</source>
        <translation>拠点の記録がないケースに使う拠点。</translation>
    </message>
    <message>
        <source>Computer name to look up.</source>
        <translation>検索するコンピューター名。</translation>
    </message>
    <message>
        <source>Key ID (full GUID) to look up; may be repeated.</source>
        <translation>検索する回復キー ID (完全な GUID)。複数指定できます。</translation>
    </message>
    <message>
        <source>cases import needs at least one FOLDER.</source>
        <translation>cases import には FOLDER を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>cases report needs --html FILE.</source>
        <translation>cases report には --html FILE を指定してください。</translation>
    </message>
    <message>
        <source>cases mark-rotated needs at least one Key ID.</source>
        <translation>cases mark-rotated には回復キー ID を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>cases check needs --computer NAME or --key-id KEYID.</source>
        <translation>cases check には --computer NAME または --key-id KEYID を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n queued case(s) sent.</source>
        <translation>
            <numerusform>送信待ちのケースを %n 件送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) still wait for the server (%1).</source>
        <translation>
            <numerusform>%n 件のケースがまだサーバーへの送信を待っています (%1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: recovery-assistant-cli cases import FOLDER... | list [--since DATE] [--outcome OUTCOME] [--json] | report --html FILE | rotation [--format csv|json] | mark-rotated KEYID... | check --computer NAME | --key-id KEYID | flush</source>
        <translation>使い方: recovery-assistant-cli cases import FOLDER... | list [--since DATE] [--outcome OUTCOME] [--json] | report --html FILE | rotation [--format csv|json] | mark-rotated KEYID... | check --computer NAME | --key-id KEYID | flush</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>%1 added, %2 already in the store, %3 queued for the server, %4 refused (%5).</source>
        <translation>追加 %1 件、登録済み %2 件、サーバーへの送信待ち %3 件、拒否 %4 件 (%5)。</translation>
    </message>
    <message>
        <source>%1 is not a date: use 2024-07-19 or 2024-07-19T08:00.</source>
        <translation>%1 は日付ではありません。2024-07-19 または 2024-07-19T08:00 の形式で指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n 件のケース。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation>レポートを %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Report written to %1: %2 cases, %3 machines.</source>
        <translation>レポートを %1 に書き込みました: ケース %2 件、マシン %3 台。</translation>
    </message>
    <message>
        <source>Unknown format %1: use csv or json.</source>
        <translation>不明な形式 %1 です。csv または json を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery key(s) to rotate.</source>
        <translation>
            <numerusform>ローテーションが必要な回復キー: %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Key ID(s) marked as rotated.</source>
        <translation>
            <numerusform>%n 件の回復キー ID をローテーション済みとして記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier case of this machine is in the store.</source>
        <translation>このコンピューターの以前のケースはストアにありません。</translation>
    </message>
    <message>
        <source>Usage: recovery-assistant-cli COMMAND [options]
Commands:
  check-key   check a recovery key read from standard input
  scan        list volumes, BitLocker Key IDs and channel files (changes nothing)
  fix         quarantine and delete the faulty channel files, write the ticket
  escrow      check a recovery-key export, or look a key up in it
  guide       print the phone guide through Windows' recovery screens (text, Markdown, PDF)
  cases       the case store: import, list, report, key-rotation list
Global options: --lang ja|en, --log-level trace|debug|info|warn|error, --verbose (the log also on stderr),
  --case-store FILE|postgresql://user@host/db (default: the SQLite file in the data folder)
Run 'recovery-assistant-cli COMMAND --help' for a command's options.</source>
        <translation>使い方: recovery-assistant-cli コマンド [オプション]
コマンド:
  check-key   標準入力から読み取った回復キーを確認します
  scan        ボリューム、BitLocker 回復キー ID、チャネル ファイルを一覧表示します (何も変更しません)
  fix         不具合のあるチャネル ファイルを検疫して削除し、チケットを作成します
  escrow      回復キーのエクスポートを確認するか、その中からキーを探します
  guide       Windows の回復画面を進める電話ガイドを表示します (テキスト、Markdown、PDF)
  cases       ケース ストア: 取り込み、一覧、レポート、回復キーのローテーション対象一覧
共通オプション: --lang ja|en、--log-level trace|debug|info|warn|error、--verbose (ログを標準エラー出力にも出します)、
  --case-store ファイル|postgresql://ユーザー@ホスト/データベース (既定: データ フォルダー内の SQLite ファイル)
各コマンドのオプションは 'recovery-assistant-cli コマンド --help' で表示されます。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Files removed</source>
        <translation>削除したファイル</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Case folders (each with its ticket): %1</source>
        <translation>ケース フォルダー (それぞれにチケットがあります): %1</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 何も変更していません。</translation>
    </message>
    <message>
        <source>If the disk has another volume, name it with --partition N.</source>
        <translation>ディスクに別のボリュームがある場合は --partition N で指定してください。</translation>
    </message>
    <message>
        <source>Name it with --partition N.</source>
        <translation>--partition N で指定してください。</translation>
    </message>
    <message>
        <source>To allow it, run again with --remove-hiberfile.</source>
        <translation>許可するには、--remove-hiberfile を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Fix every volume of each target that can hold Windows, each with its own key and case (a disk with two encrypted Windows volumes is two targets).</source>
        <translation>各対象の Windows を含む可能性のあるすべてのボリュームを、それぞれのキーとケースで修復します (暗号化された Windows ボリュームが 2 つあるディスクは 2 つの対象になります)。</translation>
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
    <name>DeviceHolders</name>
    <message>
        <source>loop device /dev/%1</source>
        <translation>ループ デバイス /dev/%1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (プロセス %2)</translation>
    </message>
    <message>
        <source>This drive is already in use by %1: close or unmount it there first, so that it is not written twice at once.</source>
        <translation>このドライブは %1 で使用中です。二重に書き込まれないよう、先にそちらで閉じるかマウントを解除してください。</translation>
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
    <message>
        <source>This volume is already mounted at %1: open that folder instead, or unmount it first.</source>
        <translation>このボリュームは既に %1 にマウントされています。そのフォルダーを開くか、先にマウントを解除してください。</translation>
    </message>
    <message>
        <source>Reading a virtual machine's disk file needs administrator rights: start the program as an administrator (root), for example with sudo.</source>
        <translation>仮想マシンのディスク ファイルを読み取るには管理者権限が必要です。sudo などを使って、管理者 (root) としてプログラムを起動してください。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>検出</translation>
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
    <message>
        <source>Cannot read %1: permission denied; run it as administrator.</source>
        <translation>%1 を読み取れません: アクセスが拒否されました。管理者として実行してください。</translation>
    </message>
</context>
<context>
    <name>DiskMount</name>
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
    <name>EscrowCommand</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>不明なオプションです: %1</translation>
    </message>
    <message>
        <source>Name a subcommand: check or lookup.</source>
        <translation>サブコマンド (check または lookup) を指定してください。</translation>
    </message>
    <message>
        <source>Name the key export to check.</source>
        <translation>確認するキーのエクスポート ファイルを指定してください。</translation>
    </message>
    <message>
        <source>--show-key is only for lookup.</source>
        <translation>--show-key は lookup でのみ使用できます。</translation>
    </message>
    <message>
        <source>lookup needs the key export and one Key ID or host name.</source>
        <translation>lookup には、キーのエクスポート ファイルと、回復キー ID またはホスト名を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown subcommand: %1</source>
        <translation>不明なサブコマンドです: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>形式: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数: %1</translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>回復キー: %1</translation>
    </message>
    <message>
        <source>Duplicates merged: %1</source>
        <translation>統合した重複: %1</translation>
    </message>
    <message>
        <source>Conflicting keys: %1</source>
        <translation>矛盾する回復キー: %1</translation>
    </message>
    <message>
        <source>Bad rows: %1</source>
        <translation>読み取れない行: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed.</source>
        <translation>
            <numerusform>… ほかに %n 件の問題があります (一覧には表示していません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys loaded: %1</source>
        <translation>読み込んだ回復キー: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation>
            <numerusform>%1: %n 個の回復キー</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Match %1</source>
        <translation>一致 %1</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>回復キー ID: %1</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>回復キー: %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation>ディレクトリ: %1</translation>
    </message>
    <message>
        <source>Volume type: %1</source>
        <translation>ボリュームの種類: %1</translation>
    </message>
    <message>
        <source>Source: %1, line %2 (%3)</source>
        <translation>取得元: %1、%2 行目 (%3)</translation>
    </message>
    <message>
        <source>The Key ID or host name is empty.</source>
        <translation>回復キー ID またはホスト名が空です。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the export could not be read; run "escrow check" for details.</source>
        <translation>
            <numerusform>エクスポートの %n 行を読み取れませんでした。詳細は "escrow check" で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No key in %1 matches %2.</source>
        <translation>%1 に %2 と一致する回復キーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) match; the newest is listed first.</source>
        <translation>
            <numerusform>%n 個の回復キーが一致しました。新しいものから順に表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: recovery-assistant-cli escrow check FILE... [--json]
       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]
       recovery-assistant-cli escrow lookup --bundle FILE [--passphrase-file FILE] KEYID|HOST [--json] [--show-key]
       recovery-assistant-cli escrow pack EXPORT... --out FILE.rakeys [--passphrase-file FILE] [--json]</source>
        <translation>使い方: recovery-assistant-cli escrow check FILE... [--json]
       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]
       recovery-assistant-cli escrow lookup --bundle FILE [--passphrase-file FILE] KEYID|HOST [--json] [--show-key]
       recovery-assistant-cli escrow pack EXPORT... --out FILE.rakeys [--passphrase-file FILE] [--json]</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>pack needs at least one key export and --out FILE.rakeys.</source>
        <translation>pack には回復キーのエクスポートを 1 つ以上と --out FILE.rakeys が必要です。</translation>
    </message>
    <message>
        <source>The bundle must not overwrite the key export %1.</source>
        <translation>キー バンドルで回復キーのエクスポート %1 を上書きすることはできません。</translation>
    </message>
    <message>
        <source>The key exports hold no valid recovery key; nothing was written.</source>
        <translation>回復キーのエクスポートに有効な回復キーがありません。何も書き込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>(%n bad row(s) left out)</source>
        <translation>
            <numerusform>(不正な行 %n 行を除外)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Key bundle written: %1 (%n key(s), encrypted with the passphrase).</source>
        <translation>
            <numerusform>キー バンドルを書き込みました: %1 (回復キー %n 個、パスフレーズで暗号化)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscrowIndex</name>
    <message>
        <source>The Key ID is also listed on line %1 with a different recovery key; both are kept.</source>
        <translation>この回復キー ID は %1 行目にも別の回復キーで記載されています。両方を保持します。</translation>
    </message>
    <message>
        <source>The Key ID is also listed in %1 with a different recovery key; both are kept.</source>
        <translation>この回復キー ID は %1 にも別の回復キーで記載されています。両方を保持します。</translation>
    </message>
    <message>
        <source>The key export %1 cannot be opened.</source>
        <translation>キーのエクスポート ファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>The key export %1 is empty.</source>
        <translation>キーのエクスポート ファイル %1 は空です。</translation>
    </message>
    <message>
        <source>The key export %1 cannot be read.</source>
        <translation>キーのエクスポート ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
</context>
<context>
    <name>EscrowReader</name>
    <message>
        <source>The recovery key is missing.</source>
        <translation>回復キーがありません。</translation>
    </message>
    <message>
        <source>The Key ID is neither a GUID nor an 8-digit Key ID.</source>
        <translation>回復キー ID が GUID でも 8 桁の回復キー ID でもありません。</translation>
    </message>
    <message>
        <source>The Key ID is missing.</source>
        <translation>回復キー ID がありません。</translation>
    </message>
    <message>
        <source>The recovery key column holds no recovery key.</source>
        <translation>回復キーの列に回復キーがありません。</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>引用符で囲まれたフィールドがファイルの末尾までに閉じられていません。</translation>
    </message>
    <message>
        <source>The key export is empty.</source>
        <translation>キーのエクスポート ファイルは空です。</translation>
    </message>
    <message>
        <source>The file is not a known recovery key export: its first line names no recovery key and Key ID columns.</source>
        <translation>このファイルは既知の回復キーのエクスポートではありません。1 行目に回復キーと回復キー ID の列がありません。</translation>
    </message>
    <message>
        <source>The JSON key export cannot be read.</source>
        <translation>JSON 形式のキーのエクスポートを読み取れません。</translation>
    </message>
    <message>
        <source>The JSON file is not a known recovery key export: it has no "value" list.</source>
        <translation>この JSON ファイルは既知の回復キーのエクスポートではありません。"value" の一覧がありません。</translation>
    </message>
    <message>
        <source>The entry is not an object with a key and a Key ID.</source>
        <translation>このエントリは、回復キーと回復キー ID を持つオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Too many key exports are loaded.</source>
        <translation>読み込んだキーのエクスポート ファイルが多すぎます。</translation>
    </message>
    <message>
        <source>A field other than the recovery key column holds a recovery key; the row is not used.</source>
        <translation>回復キーの列以外のフィールドに回復キーが含まれているため、この行は使用しません。</translation>
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
    <name>FieldText</name>
    <message>
        <source>Technician name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>チケット番号</translation>
    </message>
    <message>
        <source>Bench name</source>
        <translation>作業台名</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>拠点名</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>コンピューター名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The field "%1" is longer than %2 characters; shorten it.</source>
        <translation>「%1」が %2 文字を超えています。短くしてください。</translation>
    </message>
    <message>
        <source>The field "%1" contains a control or text-direction character; type it again without it.</source>
        <translation>「%1」に制御文字または文字の方向を変える文字が含まれています。その文字を除いて入力し直してください。</translation>
    </message>
    <message>
        <source>The field "%1" contains something shaped like a recovery key; a recovery key is never written into a ticket or a case.</source>
        <translation>「%1」に回復キーのような数字の並びが含まれています。回復キーはチケットやケースに書き込みません。</translation>
    </message>
</context>
<context>
    <name>FixOperation</name>
    <message>
        <source>The Windows volume can only be read (%1), so nothing was deleted. Allow removing the hibernation file (the hibernated session is lost), or start Windows in the Recovery Environment (WinRE) and delete the file there.</source>
        <translation>Windows ボリュームは読み取り専用です (%1)。何も削除していません。休止状態ファイルの削除を許可する (休止状態のセッションは失われます) か、Windows 回復環境 (WinRE) で起動してファイルを削除してください。</translation>
    </message>
    <message>
        <source>The drive or image file is write-protected, so it was opened read-only and nothing was deleted. Make it writable (for an image file: chattr -i, file permissions) and try again.</source>
        <translation>ドライブまたはイメージ ファイルが書き込み禁止のため、読み取り専用で開き、何も削除していません。書き込み可能にして (イメージ ファイルの場合: chattr -i、ファイルのアクセス許可)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Stopped before anything was changed on this target.</source>
        <translation>この対象では何も変更する前に停止しました。</translation>
    </message>
    <message>
        <source>The BitLocker metadata of this drive is damaged (no intact copy of the three), so it cannot be opened.</source>
        <translation>このドライブの BitLocker メタデータが破損しているため (3 つのコピーのいずれも無傷ではありません)、開けません。</translation>
    </message>
    <message>
        <source>No Windows installation was found on %1: nothing was inspected or changed.</source>
        <translation>%1 に Windows のインストールが見つかりませんでした。何も検査も変更もしていません。</translation>
    </message>
    <message>
        <source>The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again.</source>
        <translation>このディスクのファイルが、確認したときから変わっています。何も削除していません。このディスクをもう一度確認してください。</translation>
    </message>
    <message>
        <source>The plan was not confirmed: nothing was changed.</source>
        <translation>計画が確認されなかったため、何も変更していません。</translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <source>The volume is mounted read-only.</source>
        <translation>ボリュームは読み取り専用でマウントされています。</translation>
    </message>
    <message>
        <source>This folder cannot be written with the current rights.</source>
        <translation>現在の権限ではこのフォルダーに書き込めません。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>Open the folder %1</source>
        <translation>フォルダー %1 を開く</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there.</source>
        <translation>フォルダー %1 が見つからなくなりました。</translation>
    </message>
</context>
<context>
    <name>GuidePdf</name>
    <message>
        <source>The guide sheet cannot be written.</source>
        <translation>ガイド シートを書き込めません。</translation>
    </message>
</context>
<context>
    <name>GuideScript</name>
    <message>
        <source>The guide is not valid: field "%1" %2.</source>
        <translation>ガイドが正しくありません: フィールド "%1" は%2。</translation>
    </message>
    <message>
        <source>must be a short lower-case name</source>
        <translation>短い小文字の名前である必要があります</translation>
    </message>
    <message>
        <source>needs an English and a Japanese text</source>
        <translation>英語と日本語のテキストが必要です</translation>
    </message>
    <message>
        <source>must name the source of the Windows 10 spelling</source>
        <translation>Windows 10 の表記の出典を記載する必要があります</translation>
    </message>
    <message>
        <source>must be confirm, keyId, drive, keyGroups or fileTimes</source>
        <translation>confirm、keyId、drive、keyGroups、fileTimes のいずれかである必要があります</translation>
    </message>
    <message>
        <source>names a keyboard note that does not exist</source>
        <translation>存在しないキーボードの注記を指定しています</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>手順の一覧である必要があります</translation>
    </message>
    <message>
        <source>The guide is not valid JSON.</source>
        <translation>ガイドが正しい JSON ではありません。</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>1 である必要があります</translation>
    </message>
    <message>
        <source>needs an id and an English and a Japanese text</source>
        <translation>ID と英語と日本語のテキストが必要です</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>が 2 回使われています</translation>
    </message>
    <message>
        <source>must hold the branch %1</source>
        <translation>分岐 %1 を含む必要があります</translation>
    </message>
    <message>
        <source>The guide file cannot be read.</source>
        <translation>ガイド ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The guide file is too large.</source>
        <translation>ガイド ファイルが大きすぎます。</translation>
    </message>
</context>
<context>
    <name>GuideSession</name>
    <message>
        <source>remote machine (guided by phone)</source>
        <translation>リモートのコンピューター (電話でガイド)</translation>
    </message>
    <message>
        <source>Phone guide (WinRE)</source>
        <translation>電話でのガイド (WinRE)</translation>
    </message>
    <message numerus="yes">
        <source>Key export loaded: %n key(s)</source>
        <translation>
            <numerusform>キーのエクスポートを読み込みました: %n 件のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the first 8 characters of the Key ID or the computer name.</source>
        <translation>回復キー ID の最初の 8 文字またはコンピューター名を入力してください。</translation>
    </message>
    <message>
        <source>Key looked up by %1</source>
        <translation>%1 でキーを検索しました</translation>
    </message>
    <message>
        <source>No key in the loaded exports matches %1.</source>
        <translation>読み込んだエクスポートに %1 に一致するキーはありません。</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>回復キー ID %1</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>グループ %1: %2</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>this group fails its checksum: a digit was misheard; read the group again</source>
        <translation>このグループはチェックに合格しません。数字の聞き間違いがあります。このグループをもう一度読み上げてください</translation>
    </message>
    <message>
        <source>this is a valid group but not this one; read the group again</source>
        <translation>正しい形式のグループですが、このグループではありません。このグループをもう一度読み上げてください</translation>
    </message>
    <message>
        <source>a group has 6 digits; read the group again</source>
        <translation>グループは 6 桁です。このグループをもう一度読み上げてください</translation>
    </message>
    <message>
        <source>A drive letter is one letter, such as D.</source>
        <translation>ドライブ文字は D のような 1 文字です。</translation>
    </message>
    <message>
        <source>Type the date and time as dir shows them, for example 2024/07/19 13:09.</source>
        <translation>dir に表示されるとおりに日付と時刻を入力してください (例: 2024/07/19 13:09)。</translation>
    </message>
    <message>
        <source>%1 is not a file of this incident (%2).</source>
        <translation>%1 はこの障害のファイル (%2) ではありません。</translation>
    </message>
</context>
<context>
    <name>GuideSheet</name>
    <message>
        <source>Key ID</source>
        <translation>回復キー ID</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Windows drive in the Recovery Environment</source>
        <translation>回復環境での Windows のドライブ</translation>
    </message>
    <message>
        <source>Screens shown as</source>
        <translation>画面の表示</translation>
    </message>
    <message>
        <source>Japanese Windows</source>
        <translation>日本語の Windows</translation>
    </message>
    <message>
        <source>English Windows</source>
        <translation>英語の Windows</translation>
    </message>
    <message>
        <source>The user sees</source>
        <translation>お客様の画面</translation>
    </message>
    <message>
        <source>On Windows 10</source>
        <translation>Windows 10 の場合</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>伝えること</translation>
    </message>
    <message>
        <source>The user types</source>
        <translation>お客様が入力するコマンド</translation>
    </message>
    <message>
        <source>Recovery key, group by group</source>
        <translation>回復キー (グループごと)</translation>
    </message>
    <message>
        <source>The user answers</source>
        <translation>お客様の回答</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <source>If it does not go this way</source>
        <translation>この手順どおりに進まない場合</translation>
    </message>
    <message>
        <source>When</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>The key file %1</source>
        <translation>キー ファイル %1</translation>
    </message>
    <message>
        <source>The passphrase file %1</source>
        <translation>パスフレーズ ファイル %1</translation>
    </message>
    <message>
        <source>The startup key file %1</source>
        <translation>スタートアップ キー ファイル %1</translation>
    </message>
    <message>
        <source>The key export %1</source>
        <translation>キーのエクスポート %1</translation>
    </message>
    <message>
        <source>The key bundle %1</source>
        <translation>キー バンドル %1</translation>
    </message>
    <message>
        <source>The case record %1</source>
        <translation>ケース レコード %1</translation>
    </message>
    <message>
        <source>The output file %1</source>
        <translation>出力ファイル %1</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (名前付きパイプ)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>%1 is a folder, not a regular file: name the file itself.</source>
        <translation>%1 はフォルダーで、通常のファイルではありません。ファイルそのものを指定してください。</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file: name a regular file.</source>
        <extracomment>%1 is "The key file &lt;path&gt;" and the like, %2 "a FIFO (named pipe)", "a device", "a socket"…</extracomment>
        <translation>%1 は%2で、通常のファイルではありません。通常のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 を読み取れません: アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 and was not read.</source>
        <translation>%1 は %2 を超えているため、読み取りませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
</context>
<context>
    <name>KeyBundle</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号化ライブラリを開始できませんでした。</translation>
    </message>
    <message>
        <source>There is not enough memory to seal the key bundle.</source>
        <translation>キー バンドルを暗号化するためのメモリが足りません。</translation>
    </message>
    <message>
        <source>The key bundle %1 cannot be written.</source>
        <translation>キー バンドル %1 を書き込めません。</translation>
    </message>
    <message>
        <source>The key bundle %1 cannot be opened: the passphrase is wrong or the file was modified.</source>
        <translation>キー バンドル %1 を開けません。パスフレーズが間違っているか、ファイルが変更されています。</translation>
    </message>
    <message>
        <source>The key bundle %1 cannot be opened.</source>
        <translation>キー バンドル %1 を開けません。</translation>
    </message>
    <message>
        <source>%1 is not a key bundle.</source>
        <translation>%1 はキー バンドルではありません。</translation>
    </message>
    <message>
        <source>There is not enough memory to open the key bundle.</source>
        <translation>キー バンドルを開くためのメモリが足りません。</translation>
    </message>
    <message>
        <source>The key bundle %1 asks for more time and memory to unlock than a bundle made by this program; it was not opened.</source>
        <translation>キー バンドル %1 は、このプログラムで作成したバンドルより多くのロック解除の時間とメモリを要求しているため、開きませんでした。</translation>
    </message>
    <message>
        <source>Opening the key bundle %1 was stopped.</source>
        <translation>キー バンドル %1 を開く処理を停止しました。</translation>
    </message>
</context>
<context>
    <name>KeyFileLoader</name>
    <message>
        <source>Choose a recovery key export or key bundle</source>
        <translation>回復キーのエクスポートまたはキー バンドルを選択</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded from %1.</source>
        <translation>
            <numerusform>%1 から %n 個のキーを読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Key bundle</source>
        <translation>キー バンドル</translation>
    </message>
    <message>
        <source>The passphrase of the key bundle %1:</source>
        <translation>キー バンドル %1 のパスフレーズ:</translation>
    </message>
    <message>
        <source>Opening the key bundle (checking the passphrase takes about a second)…</source>
        <translation>キー バンドルを開いています (パスフレーズの確認には 1 秒ほどかかります)…</translation>
    </message>
    <message>
        <source>Reading the key export…</source>
        <translation>キーのエクスポートを読み込んでいます…</translation>
    </message>
    <message>
        <source>Key exports and key bundles (*.csv *.tsv *.json *.txt *.rakeys);;All files (*)</source>
        <translation>キーのエクスポートとキー バンドル (*.csv *.tsv *.json *.txt *.rakeys);;すべてのファイル (*)</translation>
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
    <name>KeyRule</name>
    <message>
        <source>No loaded key has the recovery key for Key ID %1: skipped, nothing was changed.</source>
        <translation>読み込んだキーに回復キー ID %1 の回復キーがありません。スキップしました。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>KeySource</name>
    <message>
        <source>typed by the technician</source>
        <translation>担当者が入力</translation>
    </message>
    <message>
        <source>startup key file %1</source>
        <translation>スタートアップ キー ファイル %1</translation>
    </message>
    <message>
        <source>key export %1 (%2, %3)</source>
        <translation>キーのエクスポート %1 (%2、%3)</translation>
    </message>
    <message>
        <source>unknown computer</source>
        <translation>不明なコンピューター</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>kept in the keychain from an earlier run on this machine</source>
        <translation>このコンピューターの以前の作業で資格情報ストアに保存したもの</translation>
    </message>
    <message>
        <source>clear key (BitLocker protection suspended)</source>
        <translation>クリア キー (BitLocker の保護は中断中)</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this drive: its Key ID is %1, but this drive's Key ID is %2.</source>
        <translation>この回復キーはこのドライブのものではありません。この回復キーの回復キー ID は %1 ですが、このドライブの回復キー ID は %2 です。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>KeySymbols</name>
    <message>
        <source>There is no recovery key to show.</source>
        <translation>表示する回復キーがありません。</translation>
    </message>
    <message>
        <source>The barcode cannot be drawn.</source>
        <translation>バーコードを作成できません。</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>回復キー ID %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>There is no recovery key or case to keep it for.</source>
        <translation>保持する回復キー、または対象のケースがありません。</translation>
    </message>
    <message>
        <source>The system keychain refused to keep the recovery key.</source>
        <translation>この PC の資格情報ストアが回復キーの保存を拒否しました。</translation>
    </message>
    <message>
        <source>No recovery key is kept for this case.</source>
        <translation>このケースの回復キーは保持されていません。</translation>
    </message>
    <message>
        <source>The recovery key cannot be read from the system keychain.</source>
        <translation>この PC の資格情報ストアから回復キーを読み取れません。</translation>
    </message>
    <message>
        <source>The recovery key cannot be removed from the system keychain.</source>
        <translation>この PC の資格情報ストアから回復キーを削除できません。</translation>
    </message>
    <message>
        <source>Old recovery keys could not be removed from the system keychain.</source>
        <translation>古い回復キーをこの PC の資格情報ストアから削除できませんでした。</translation>
    </message>
    <message>
        <source>This PC has no unlocked credential store: the recovery key is kept in memory only and must be entered again after the assistant is restarted.</source>
        <translation>この PC にはロック解除された資格情報ストアがないため、回復キーはメモリ内にのみ保持されます。アシスタントを再起動した後は、もう一度入力してください。</translation>
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
    <name>MemorySecretStore</name>
    <message>
        <source>There is no recovery key or case to keep it for.</source>
        <translation>保持する回復キー、または対象のケースがありません。</translation>
    </message>
    <message>
        <source>No recovery key is kept for this case.</source>
        <translation>このケースの回復キーは保持されていません。</translation>
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
    <name>MountPoints</name>
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
    <message>
        <source>must be a positive whole number of bytes</source>
        <translation>正のバイト数 (整数) を指定してください</translation>
    </message>
</context>
<context>
    <name>PracticeBackend</name>
    <message>
        <source>Lock the practice volume</source>
        <translation>練習用ボリュームをロック</translation>
    </message>
    <message>
        <source>The practice volume cannot be created.</source>
        <translation>練習用ボリュームを作成できません。</translation>
    </message>
    <message>
        <source>Practice volume</source>
        <translation>練習用ボリューム</translation>
    </message>
    <message>
        <source>Unlock the practice volume</source>
        <translation>練習用ボリュームのロックを解除</translation>
    </message>
    <message>
        <source>The practice volume opens only with the practice recovery key.</source>
        <translation>練習用ボリュームは練習用の回復キーでのみ開けます。</translation>
    </message>
    <message>
        <source>This recovery key does not unlock this drive. Check that the Key ID matches, then try again.</source>
        <translation>この回復キーではこのドライブのロックを解除できません。回復キー ID が一致していることを確認して、もう一度お試しください。</translation>
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
    <name>RegistryHive</name>
    <message>
        <source>The registry file %1 is a link; links are not followed.</source>
        <translation>レジストリ ファイル %1 はリンクです。リンク先は読み取りません。</translation>
    </message>
    <message>
        <source>The registry file %1 does not exist.</source>
        <translation>レジストリ ファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as a registry hive.</source>
        <translation>%1 は通常のファイルではないため、レジストリ ハイブとして読み取りません。</translation>
    </message>
    <message>
        <source>The registry file %1 is empty.</source>
        <translation>レジストリ ファイル %1 は空です。</translation>
    </message>
    <message>
        <source>The registry file %1 is larger than %2 MiB, which no real hive is; it is not read.</source>
        <translation>レジストリ ファイル %1 は %2 MiB を超えています。実際のハイブはこれほど大きくならないため、読み取りません。</translation>
    </message>
    <message>
        <source>The registry file %1 cannot be opened.</source>
        <translation>レジストリ ファイル %1 を開けません。</translation>
    </message>
    <message>
        <source>The file %1 is not a registry hive.</source>
        <translation>ファイル %1 はレジストリ ハイブではありません。</translation>
    </message>
    <message>
        <source>The registry file %1 is truncated: it is shorter than its header says.</source>
        <translation>レジストリ ファイル %1 は途中で切れています (ヘッダーに記録されたサイズより短くなっています)。</translation>
    </message>
    <message>
        <source>The registry file %1 cannot be read from the disk.</source>
        <translation>レジストリ ファイル %1 をディスクから読み取れません。</translation>
    </message>
    <message>
        <source>The registry file %1 is damaged and cannot be read.</source>
        <translation>レジストリ ファイル %1 は破損しているため、読み取れません。</translation>
    </message>
    <message>
        <source>A registry path is too deep to be looked up.</source>
        <translation>レジストリ パスの階層が深すぎるため、検索できません。</translation>
    </message>
    <message>
        <source>A registry value name is too long to be looked up.</source>
        <translation>レジストリ値の名前が長すぎるため、検索できません。</translation>
    </message>
</context>
<context>
    <name>Remediation</name>
    <message>
        <source>Nothing is selected: no file will be changed.</source>
        <translation>何も選択されていないため、ファイルは変更されません。</translation>
    </message>
    <message>
        <source>Check that the volume can be written and that the quarantine folder has room.</source>
        <translation>ボリュームに書き込めること、検疫フォルダーに空き容量があることを確認します。</translation>
    </message>
    <message>
        <source>Copy %1 to the quarantine folder %2 and verify the copy's SHA-256.</source>
        <translation>%1 を検疫フォルダー %2 にコピーし、コピーの SHA-256 を検証します。</translation>
    </message>
    <message>
        <source>Delete %1 from the affected disk, flush it, and verify it is gone.</source>
        <translation>影響を受けたディスクから %1 を削除し、書き込みを確定して、削除されたことを確認します。</translation>
    </message>
    <message>
        <source>Write the list of quarantined files (manifest.json).</source>
        <translation>検疫したファイルの一覧 (manifest.json) を書き込みます。</translation>
    </message>
    <message>
        <source>Remove the faulty files</source>
        <translation>不具合のあるファイルを削除</translation>
    </message>
    <message>
        <source>No file was selected.</source>
        <translation>ファイルが選択されていません。</translation>
    </message>
    <message>
        <source>Check the volume and the quarantine folder</source>
        <translation>ボリュームと検疫フォルダーを確認</translation>
    </message>
    <message>
        <source>The Windows volume is read-only, so nothing was deleted. %1</source>
        <translation>Windows ボリュームは読み取り専用のため、何も削除していません。%1</translation>
    </message>
    <message>
        <source>The quarantine folder cannot be created, so nothing was deleted.</source>
        <translation>検疫フォルダーを作成できないため、何も削除していません。</translation>
    </message>
    <message>
        <source>The quarantine folder's disk is full, so nothing was deleted. Free some space and try again.</source>
        <translation>検疫フォルダーのディスクがいっぱいのため、何も削除していません。空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Stopped before %1: cancelled</source>
        <translation>%1 の前で停止しました: キャンセル</translation>
    </message>
    <message>
        <source>The repair was cancelled; files not yet handled were left as they were.</source>
        <translation>修復はキャンセルされました。まだ処理していないファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>%1 is not inside the volume; it was left alone.</source>
        <translation>%1 はボリュームの外にあるため、変更していません。</translation>
    </message>
    <message>
        <source>%1 cannot be read; it was left alone.</source>
        <translation>%1 を読み取れないため、変更していません。</translation>
    </message>
    <message>
        <source>%1 changed since it was reviewed; it was left alone.</source>
        <translation>%1 は確認後に変更されたため、変更していません。</translation>
    </message>
    <message>
        <source>Copied to quarantine and verified (SHA-256 %1)</source>
        <translation>検疫フォルダーにコピーして検証しました (SHA-256 %1)</translation>
    </message>
    <message>
        <source>%1 could not be deleted; the quarantine copy is kept.</source>
        <translation>%1 を削除できませんでした。検疫コピーは保持しています。</translation>
    </message>
    <message>
        <source>%1 is still there after deleting it.</source>
        <translation>削除した後も %1 が残っています。</translation>
    </message>
    <message>
        <source>Deleted from the affected disk and verified gone</source>
        <translation>影響を受けたディスクから削除し、削除されたことを確認しました</translation>
    </message>
    <message>
        <source>The quarantine folder's disk is full; %1 was left on the affected disk.</source>
        <translation>検疫フォルダーのディスクがいっぱいのため、%1 は影響を受けたディスクに残しています。</translation>
    </message>
    <message>
        <source>%1 could not be copied to quarantine, so it was left on the affected disk.</source>
        <translation>%1 を検疫フォルダーにコピーできなかったため、影響を受けたディスクに残しています。</translation>
    </message>
    <message>
        <source>The quarantine list (manifest.json) cannot be written.</source>
        <translation>検疫の一覧 (manifest.json) を書き込めません。</translation>
    </message>
    <message>
        <source>%1 is not a channel file that can be removed; it was left alone.</source>
        <translation>%1 は削除できるチャネル ファイルではないため、そのままにしました。</translation>
    </message>
    <message>
        <source>%1 is no longer there; it was left alone.</source>
        <translation>%1 は既にありません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it was left alone.</source>
        <translation>%1 は通常のファイルではないため、そのままにしました。</translation>
    </message>
    <message>
        <source>The affected disk stopped answering (unplugged, or its image file changed) while %1 was handled; its quarantine copy is kept. Connect the disk again and run the repair again.</source>
        <translation>%1 の処理中に対象のディスクが応答しなくなりました (取り外されたか、イメージ ファイルが変更されました)。検疫コピーは保持されています。ディスクを接続し直して、修復をもう一度実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>An earlier run on this drive that was stopped (case %1) already removed %n file(s); the copies are kept in %2.</source>
        <translation>
            <numerusform>このドライブで停止された以前の実行 (ケース %1) で、ファイル %n 個が既に削除されています。コピーは %2 に保持されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier run that was interrupted (case %1) already removed %n file(s); the copies are kept in %2.</source>
        <translation>
            <numerusform>中断された以前の実行 (ケース %1) で、ファイル %n 個が既に削除されています。コピーは %2 に保持されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An earlier run that was interrupted (case %1) copied %n file(s) to %2 but may not have deleted them.</source>
        <translation>
            <numerusform>中断された以前の実行 (ケース %1) で、ファイル %n 個が %2 にコピーされましたが、削除されていない可能性があります。</numerusform>
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
        <source>Your na&amp;me:</source>
        <translation>担当者名(&amp;M):</translation>
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
    <name>Ticket</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>(build %1)</source>
        <translation>(ビルド %1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>インストールされていません</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>installed, version %1</source>
        <translation>インストール済み (バージョン %1)</translation>
    </message>
    <message>
        <source>no recovery key was needed</source>
        <translation>回復キーは不要でした</translation>
    </message>
    <message>
        <source>Key ID %1 (%2)</source>
        <translation>回復キー ID %1 (%2)</translation>
    </message>
    <message>
        <source>key from: %1</source>
        <translation>回復キーの入手元: %1</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>コンピューター名</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>CrowdStrike sensor</source>
        <translation>CrowdStrike センサー</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation>チケット番号</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Case folder</source>
        <translation>ケース フォルダー</translation>
    </message>
    <message>
        <source>Recovery Assistant — case %1</source>
        <translation>復旧アシスタント — ケース %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>Files found (%n)</source>
        <translation>
            <numerusform>見つかったファイル (%n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Files removed (%n)</source>
        <translation>
            <numerusform>削除したファイル (%n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarantine copy: %1</source>
        <translation>検疫コピー: %1</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Quarantine copy</source>
        <translation>検疫コピー</translation>
    </message>
    <message>
        <source>key disclosed: %1</source>
        <translation>開示したキー: %1</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>対応方法</translation>
    </message>
    <message>
        <source>fixed by phone (WinRE), user %1; files as the user reported them</source>
        <translation>電話で修復 (WinRE)、お客様 %1。ファイルはお客様の報告による</translation>
    </message>
    <message>
        <source>%1 (from the key export)</source>
        <translation>%1 (キーのエクスポートより)</translation>
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
        <source>Fo&amp;rmat:</source>
        <translation>形式(&amp;R):</translation>
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
        <source>Next &amp;machine</source>
        <translation>次のコンピューター(&amp;M)</translation>
    </message>
</context>
<context>
    <name>VmChain</name>
    <message>
        <source>data file</source>
        <translation>データ ファイル</translation>
    </message>
    <message>
        <source>extent</source>
        <translation>エクステント</translation>
    </message>
    <message>
        <source>parent disk</source>
        <translation>親ディスク</translation>
    </message>
    <message>
        <source>backing file</source>
        <translation>バッキング ファイル</translation>
    </message>
    <message>
        <source>The virtual disk file %1 uses %2 as its %3, which is a device: a disk file must never read or write another drive, so it is not opened.</source>
        <translation>仮想ディスク ファイル %1 は %3 として %2 を使用していますが、これはデバイスです。ディスク ファイルから別のドライブを読み書きすることはできないため、このファイルは開きません。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 uses %2 as its %3, which lies outside the disk file's folder, so it is not opened; keep the files of one disk together in one folder.</source>
        <translation>仮想ディスク ファイル %1 は %3 として %2 を使用していますが、これはディスク ファイルのフォルダーの外にあるため、このファイルは開きません。1 台のディスクを構成するファイルは 1 つのフォルダーにまとめてください。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 uses %2 as its %3, which is not a regular file (missing, a folder or a special file), so it is not opened.</source>
        <translation>仮想ディスク ファイル %1 は %3 として %2 を使用していますが、これは通常のファイルではない (存在しない、フォルダー、または特殊なファイル) ため、このファイルは開きません。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 is damaged: the files it is made of come back to %2, so it is not opened.</source>
        <translation>仮想ディスク ファイル %1 は破損しています。構成するファイルのつながりが %2 に戻ってループしているため、このファイルは開きません。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 is not there any more.</source>
        <translation>仮想ディスク ファイル %1 が見つかりません。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 is a differencing disk based on %2, which this program cannot open; merge it into its parent in Hyper-V first (Edit Disk), then fix the merged disk.</source>
        <translation>仮想ディスク ファイル %1 は %2 を親とする差分ディスクのため、このプログラムでは開けません。先に Hyper-V の [ディスクの編集] で親ディスクにマージしてから、マージしたディスクを修復してください。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 is based on a chain of more than %2 files, so it is not opened; merge its snapshots in the hypervisor first.</source>
        <translation>仮想ディスク ファイル %1 は %2 個を超えるファイルのつながりを基にしているため、このファイルは開きません。先にハイパーバイザーでスナップショットを統合してください。</translation>
    </message>
</context>
<context>
    <name>VmDaemon</name>
    <message>
        <source>Stop QEMU's storage daemon</source>
        <translation>QEMU のストレージ デーモンを停止</translation>
    </message>
</context>
<context>
    <name>VmHeaders</name>
    <message>
        <source>The virtual disk file's header is damaged or of an unknown kind.</source>
        <translation>仮想ディスク ファイルのヘッダーが破損しているか、不明な種類です。</translation>
    </message>
</context>
<context>
    <name>VmImage</name>
    <message>
        <source>The virtual disk file %1 is in use by a running virtual machine: power the VM off first.</source>
        <translation>仮想ディスク ファイル %1 は実行中の仮想マシンが使用しています。先に VM の電源を切ってください。</translation>
    </message>
    <message>
        <source>The virtual disk file %1 cannot be opened as %2: it is damaged, incomplete or of a kind QEMU does not support.</source>
        <translation>仮想ディスク ファイル %1 を %2 として開けません。ファイルが破損しているか、不完全であるか、QEMU が対応していない種類です。</translation>
    </message>
    <message>
        <source>Check the virtual disk file %1</source>
        <translation>仮想ディスク ファイル %1 を確認</translation>
    </message>
    <message>
        <source>Other disk files are based on %1, so writing into it would damage them; fix %2 instead (the disk the VM starts from).</source>
        <translation>ほかのディスク ファイルが %1 を基にしているため、これに書き込むとそれらが壊れます。代わりに %2 (VM が起動に使うディスク) を修復してください。</translation>
    </message>
    <message numerus="yes">
        <source>The virtual disk file has %n internal snapshot(s); they keep the faulty file, so reverting to one brings it back.</source>
        <translation>
            <numerusform>この仮想ディスク ファイルには内部スナップショットが %n 個あります。スナップショットには不具合のあるファイルが残っているため、スナップショットに戻すとファイルも元に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the virtual disk file %1 with QEMU</source>
        <translation>仮想ディスク ファイル %1 を QEMU で開く</translation>
    </message>
    <message>
        <source>The program's private folder for the drive could not be used.</source>
        <translation>ドライブ用のプログラム専用フォルダーを使用できませんでした。</translation>
    </message>
    <message>
        <source>This computer cannot open virtual disk files because FUSE (/dev/fuse) is not available.</source>
        <translation>このコンピューターでは FUSE (/dev/fuse) を使用できないため、仮想ディスク ファイルを開けません。</translation>
    </message>
    <message>
        <source>Close the virtual disk file %1</source>
        <translation>仮想ディスク ファイル %1 を閉じる</translation>
    </message>
    <message>
        <source>Write the changes into the virtual disk file</source>
        <translation>変更を仮想ディスク ファイルに書き込む</translation>
    </message>
</context>
<context>
    <name>VolumeChoice</name>
    <message>
        <source>partition %1 (%2)</source>
        <translation>パーティション %1 (%2)</translation>
    </message>
    <message>
        <source>There is no partition %1 on this target.</source>
        <translation>この対象にパーティション %1 はありません。</translation>
    </message>
    <message>
        <source>No Windows installation was found on this target: it has only Recovery or System Reserved partitions.</source>
        <translation>この対象には Windows のインストールが見つかりませんでした。回復パーティションとシステムで予約済みのパーティションしかありません。</translation>
    </message>
    <message>
        <source>No BitLocker or NTFS volume was found on this target.</source>
        <translation>この対象に BitLocker または NTFS ボリュームが見つかりませんでした。</translation>
    </message>
    <message>
        <source>This disk has several volumes that may hold Windows: %1. Choose one.</source>
        <translation>このディスクには Windows が入っている可能性のあるボリュームが複数あります: %1。どれか 1 つを選んでください。</translation>
    </message>
</context>
<context>
    <name>VolumeDetection</name>
    <message>
        <source>%1 is not a disk, a disk image or a folder that can be opened.</source>
        <translation>%1 は開くことのできるディスク、ディスク イメージ、フォルダーではありません。</translation>
    </message>
</context>
<context>
    <name>VolumeInspection</name>
    <message>
        <source>Look for the faulty files</source>
        <translation>不具合のあるファイルを検索</translation>
    </message>
    <message>
        <source>No Windows installation was found on this volume.</source>
        <translation>このボリュームに Windows のインストールが見つかりません。</translation>
    </message>
    <message>
        <source>The CrowdStrike folder is not there: the sensor is not installed or was removed.</source>
        <translation>CrowdStrike フォルダーがありません。センサーはインストールされていないか、削除されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching file(s) found.</source>
        <translation>
            <numerusform>該当するファイルが %n 個見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the offline registry</source>
        <translation>オフラインのレジストリを読み取り</translation>
    </message>
    <message>
        <source>Computer name: %1</source>
        <translation>コンピューター名: %1</translation>
    </message>
    <message>
        <source>The volume is read-only: %1</source>
        <translation>ボリュームは読み取り専用です: %1</translation>
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
    <message>
        <source>The BitLocker metadata of this drive is damaged.</source>
        <translation>このドライブの BitLocker メタデータが破損しています。</translation>
    </message>
    <message>
        <source>This BitLocker encryption method cannot be opened here.</source>
        <translation>この BitLocker 暗号化方式はここでは開けません。</translation>
    </message>
</context>
<context>
    <name>VolumeSummary</name>
    <message>
        <source>unlocked</source>
        <translation>ロック解除済み</translation>
    </message>
    <message>
        <source>Windows found</source>
        <translation>Windows あり</translation>
    </message>
    <message>
        <source>no Windows installation</source>
        <translation>Windows のインストールなし</translation>
    </message>
    <message>
        <source>%1, channel file 291 faulty version present</source>
        <translation>%1、不具合のあるチャネル ファイル 291 あり</translation>
    </message>
    <message>
        <source>%1, no channel file 291 (already remediated or not affected)</source>
        <translation>%1、チャネル ファイル 291 なし (対処済みまたは影響なし)</translation>
    </message>
    <message>
        <source>%1, channel file 291 present, no faulty version</source>
        <translation>%1、チャネル ファイル 291 あり (不具合のあるバージョンなし)</translation>
    </message>
    <message>
        <source>protection suspended (no key needed)</source>
        <translation>保護は中断中 (キー不要)</translation>
    </message>
    <message>
        <source>locked, Key ID %1</source>
        <translation>ロック中、回復キー ID %1</translation>
    </message>
    <message>
        <source>BitLocker metadata damaged: no intact copy</source>
        <translation>BitLocker メタデータが破損しています: 無傷のコピーがありません</translation>
    </message>
    <message>
        <source>locked, no recovery key protector</source>
        <translation>ロック中、回復キーの保護機能なし</translation>
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
    <message>
        <source>Practice volume</source>
        <translation>練習用ボリューム</translation>
    </message>
    <message>
        <source>Practice BitLocker volume</source>
        <translation>練習用 BitLocker ボリューム</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>FAT volume (not a Windows system volume)</source>
        <translation>FAT ボリューム (Windows のシステム ボリュームではありません)</translation>
    </message>
    <message>
        <source>Other file system (not Windows)</source>
        <translation>その他のファイル システム (Windows ではありません)</translation>
    </message>
    <message>
        <source>Unknown or empty volume</source>
        <translation>不明または空のボリューム</translation>
    </message>
    <message>
        <source>unknown protector type 0x%1</source>
        <translation>不明なキー保護機能 (種類 0x%1)</translation>
    </message>
</context>
<context>
    <name>WindowsFactsReader</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Windows had not finished writing the %1 registry hive and no transaction log lies next to it; the values shown from it may be out of date.</source>
        <translation>Windows は %1 レジストリ ハイブへの書き込みを完了しておらず、トランザクション ログもありません。このハイブから表示している値は古い可能性があります。</translation>
    </message>
    <message>
        <source>Windows had not finished writing the %1 registry hive (changes are pending in %2); the values shown from it are from before those changes and may be out of date.</source>
        <translation>Windows は %1 レジストリ ハイブへの書き込みを完了していません (変更は %2 に保留されています)。このハイブから表示している値は変更前のもので、古い可能性があります。</translation>
    </message>
    <message>
        <source>The %1 registry hive was not found under %2.</source>
        <translation>%1 レジストリ ハイブが %2 の下に見つかりません。</translation>
    </message>
    <message>
        <source>The SYSTEM registry hive does not say which control set is current.</source>
        <translation>SYSTEM レジストリ ハイブに、現在のコントロール セットが記録されていません。</translation>
    </message>
    <message>
        <source>The SYSTEM registry hive names control set %1, which does not exist.</source>
        <translation>SYSTEM レジストリ ハイブが指定しているコントロール セット %1 は存在しません。</translation>
    </message>
    <message>
        <source>Whether the CrowdStrike sensor is installed is unknown.</source>
        <translation>CrowdStrike センサーがインストールされているかどうかは不明です。</translation>
    </message>
    <message>
        <source>The SYSTEM registry hive has no list of services.</source>
        <translation>SYSTEM レジストリ ハイブにサービスの一覧がありません。</translation>
    </message>
    <message>
        <source>The computer name, DNS name, domain, time zone and CrowdStrike services are unknown.</source>
        <translation>コンピューター名、DNS 名、ドメイン、タイム ゾーン、CrowdStrike のサービスは不明です。</translation>
    </message>
    <message>
        <source>The computer name is unknown.</source>
        <translation>コンピューター名は不明です。</translation>
    </message>
    <message>
        <source>The DNS host name and domain are unknown.</source>
        <translation>DNS ホスト名とドメインは不明です。</translation>
    </message>
    <message>
        <source>The time zone is unknown.</source>
        <translation>タイム ゾーンは不明です。</translation>
    </message>
    <message>
        <source>The CrowdStrike sensor version is unknown.</source>
        <translation>CrowdStrike センサーのバージョンは不明です。</translation>
    </message>
    <message>
        <source>The installed programs list several CrowdStrike sensor versions (%1).</source>
        <translation>インストールされているプログラムの一覧に、複数の CrowdStrike センサーのバージョン (%1) が記録されています。</translation>
    </message>
    <message>
        <source>The Windows edition, version and build and the CrowdStrike sensor version are unknown.</source>
        <translation>Windows のエディション、バージョン、ビルドと CrowdStrike センサーのバージョンは不明です。</translation>
    </message>
    <message>
        <source>The Windows edition, version and build are unknown.</source>
        <translation>Windows のエディション、バージョン、ビルドは不明です。</translation>
    </message>
</context>
<context>
    <name>WindowsInstallation</name>
    <message>
        <source>The volume folder is not there.</source>
        <translation>ボリュームのフォルダーが見つかりません。</translation>
    </message>
    <message>
        <source>The path leaves the volume.</source>
        <translation>パスがボリュームの外を指しています。</translation>
    </message>
    <message>
        <source>The folder or file %1 is not on this volume.</source>
        <translation>フォルダーまたはファイル %1 はこのボリュームにありません。</translation>
    </message>
    <message>
        <source>%1 is a link or junction; it is not followed, for safety.</source>
        <translation>%1 はリンクまたはジャンクションのため、安全のためにたどりません。</translation>
    </message>
    <message>
        <source>No Windows installation was found on this volume.</source>
        <translation>このボリュームに Windows のインストールが見つかりません。</translation>
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
    <message>
        <source>The wizard needs a desktop session (no display was found): use recovery-assistant-cli here, or start the wizard with xvfb-run for a test.</source>
        <translation>ウィザードにはデスクトップ セッションが必要です (ディスプレイが見つかりません)。ここでは recovery-assistant-cli を使うか、テストなら xvfb-run でウィザードを起動してください。</translation>
    </message>
</context>
<context>
    <name>ra::RecoverySession</name>
    <message>
        <source>Choose one of the volumes in the list.</source>
        <translation>一覧からボリュームを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>Choose a volume first.</source>
        <translation>先にボリュームを選んでください。</translation>
    </message>
    <message>
        <source>This volume is already open.</source>
        <translation>このボリュームは既に開いています。</translation>
    </message>
    <message>
        <source>This kind of volume cannot be opened here.</source>
        <translation>この種類のボリュームはここでは開けません。</translation>
    </message>
    <message>
        <source>This drive is locked by BitLocker: enter its recovery key.</source>
        <translation>このドライブは BitLocker でロックされています。回復キーを入力してください。</translation>
    </message>
    <message>
        <source>Open a volume and review its files first.</source>
        <translation>先にボリュームを開いて、ファイルを確認してください。</translation>
    </message>
    <message>
        <source>Wait until the repair has finished or cancel it.</source>
        <translation>修復が終わるまで待つか、修復をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>選択: %1</translation>
    </message>
    <message>
        <source>This volume was opened for inspection only; nothing was changed.</source>
        <translation>このボリュームは検査のためだけに開いたため、何も変更していません。</translation>
    </message>
    <message>
        <source>The image file or device %1 was deleted or replaced after it was opened, so nothing was changed.</source>
        <translation>イメージ ファイルまたはデバイス %1 が開いた後に削除されたか置き換えられたため、何も変更していません。</translation>
    </message>
    <message>
        <source>The Windows volume can only be read (%1), so nothing was deleted.</source>
        <translation>Windows ボリュームは読み取り専用のため (%1)、何も削除していません。</translation>
    </message>
    <message>
        <source>The files on this disk are not the ones you confirmed (they changed since): nothing was deleted. Check this disk again.</source>
        <translation>このディスクのファイルが、確認したときから変わっています。何も削除していません。このディスクをもう一度確認してください。</translation>
    </message>
    <message>
        <source>Stopped before anything was changed on this target.</source>
        <translation>この対象では何も変更する前に停止しました。</translation>
    </message>
    <message>
        <source>The image file %1 was deleted or replaced during the repair: the changes went into the deleted file, not into %1.</source>
        <translation>修復中にイメージ ファイル %1 が削除されたか置き換えられました: 変更は %1 ではなく、削除されたファイルに書き込まれました。</translation>
    </message>
</context>
<context>
    <name>ra::gui::AtMachinePage</name>
    <message>
        <source>At the machine: the key as a barcode</source>
        <translation>その場で: 回復キーをバーコードで表示</translation>
    </message>
    <message>
        <source>Look the key up by the Key ID the BitLocker recovery screen shows, then scan the code with a USB barcode scanner into the recovery key field and press Enter. The code holds the 48 digits; the screen adds the dashes itself.</source>
        <translation>BitLocker 回復画面に表示されている回復キー ID で回復キーを探し、USB バーコード スキャナーでコードを読み取って回復キーの入力欄に入力し、Enter キーを押してください。コードには 48 桁の数字が入っています。ハイフンは画面が自動で入れます。</translation>
    </message>
    <message>
        <source>&amp;Key ID from the BitLocker screen (its first 8 characters), or the computer name:</source>
        <translation>BitLocker 画面の回復キー ID (最初の 8 文字)、またはコンピューター名(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Hide the key</source>
        <translation>回復キーを非表示にする(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;how the key as a barcode</source>
        <translation>回復キーをバーコードで表示(&amp;H)</translation>
    </message>
    <message>
        <source>Next &amp;machine</source>
        <translation>次のコンピューター(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ra::gui::BatchPage</name>
    <message>
        <source>Opening every disk read-only to list what would be removed…</source>
        <translation>削除するファイルを調べるため、各ディスクを読み取り専用で開いています…</translation>
    </message>
    <message numerus="yes">
        <source>Fixing %n disk(s): each removed file is copied and verified first…</source>
        <translation>
            <numerusform>%n 台のディスクを修復しています。削除するファイルは先にコピーして検証します…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before anything was changed. Go back to choose again.</source>
        <translation>何も変更する前に停止しました。[戻る] で選び直してください。</translation>
    </message>
    <message>
        <source>nothing to remove</source>
        <translation>削除するファイルはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to remove</source>
        <translation>
            <numerusform>%n 個を削除予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fixed: %n file(s) removed</source>
        <translation>
            <numerusform>修復済み (%n 個削除)</numerusform>
        </translation>
    </message>
    <message>
        <source>not affected: nothing to remove</source>
        <translation>影響なし: 削除するファイルはありません</translation>
    </message>
    <message>
        <source>no loaded key: left untouched</source>
        <translation>読み込んだキーにありません: 変更していません</translation>
    </message>
    <message>
        <source>not fixed</source>
        <translation>修復できませんでした</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>looking at the disk</source>
        <translation>ディスクを調べています</translation>
    </message>
    <message>
        <source>unlocking</source>
        <translation>ロックを解除しています</translation>
    </message>
    <message>
        <source>removing files</source>
        <translation>ファイルを削除しています</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>閉じています</translation>
    </message>
    <message>
        <source>Fix every disk whose key is loaded</source>
        <translation>キーを読み込んだすべてのディスクを修復</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>回復キー ID</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>処理内容</translation>
    </message>
    <message>
        <source>Each disk is opened read-only first: nothing changes until you confirm the plan below.</source>
        <translation>まず各ディスクを読み取り専用で開きます。下の計画を確認するまで何も変更しません。</translation>
    </message>
    <message>
        <source>Check the plan: these files are removed, disk by disk. Each removed file is first copied and the copy verified.</source>
        <translation>計画を確認してください。ディスクごとに次のファイルを削除します。削除するファイルは先にコピーし、コピーを検証します。</translation>
    </message>
    <message>
        <source>There is no disk to fix: nothing will be changed.</source>
        <translation>修復するディスクはありません。何も変更しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be removed in all.</source>
        <translation>
            <numerusform>合計 %n 個のファイルを削除します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s) will be fixed, each with its own case and ticket.</source>
        <translation>
            <numerusform>%n 台のディスクを修復し、それぞれにケースとチケットを作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The disks are being fixed. Cancel stops every disk cleanly: a file being copied is finished or left in place.</source>
        <translation>ディスクを修復しています。[キャンセル] を押すと、すべてのディスクを安全に停止します (コピー中のファイルは完了するか、そのまま残ります)。</translation>
    </message>
    <message>
        <source>Done. Every disk has its own case folder and ticket; copy the summary with every ticket for the incident.</source>
        <translation>完了しました。各ディスクにケース フォルダーとチケットがあります。インシデント用に、概要とすべてのチケットをコピーしてください。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Yes, remove these files from %n disk(s)</source>
        <translation>
            <numerusform>はい、%n 台のディスクからこれらのファイルを削除します(&amp;Y)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repair all</source>
        <translation>すべて修復(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy summary and tickets</source>
        <translation>概要とチケットをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Next &amp;machine</source>
        <translation>次のコンピューター(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>Recovery Assistant — %n disk(s)</source>
        <translation>
            <numerusform>復旧アシスタント — %n 台のディスク</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary and every ticket are on the clipboard.</source>
        <translation>概要とすべてのチケットをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Practice disk</source>
        <translation>練習用ディスク</translation>
    </message>
</context>
<context>
    <name>ra::gui::BusyBar</name>
    <message>
        <source>Cancelling: the current step ends first, then the disk is released…</source>
        <translation>キャンセルしています。現在の手順が終わってから、ディスクを解放します…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ra::gui::CaseStoreDialog</name>
    <message>
        <source>Case store</source>
        <translation>ケース ストア</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>このコンピューター (SQLite)</translation>
    </message>
    <message>
        <source>postgresql://user@host/database for a team; the password goes in ~/.pgpass or the keychain.</source>
        <translation>チームで使う場合は postgresql://ユーザー@ホスト/データベース。パスワードは ~/.pgpass または資格情報ストアに保存します。</translation>
    </message>
    <message>
        <source>Case store:</source>
        <translation>ケース ストア:</translation>
    </message>
    <message>
        <source>Bench:</source>
        <translation>作業台:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>拠点:</translation>
    </message>
    <message>
        <source>Every closed case is filed here. When the server cannot be reached, the case waits on this computer and is sent later.</source>
        <translation>終了したケースはすべてここに記録されます。サーバーに接続できないときは、このコンピューターに保存され、後で送信されます。</translation>
    </message>
    <message>
        <source>Write the incident report…</source>
        <translation>インシデント レポートを作成…</translation>
    </message>
    <message>
        <source>Cases are filed in %1.</source>
        <translation>ケースの記録先: %1。</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>インシデント レポートの保存</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation>レポートを %1 に書き込めません。</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %n case(s).</source>
        <translation>
            <numerusform>レポートを作成しました: ケース %n 件。</numerusform>
        </translation>
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
    <message>
        <source>Looking for disks again…</source>
        <translation>ディスクをもう一度検索しています…</translation>
    </message>
    <message>
        <source>no loaded key</source>
        <translation>読み込んだキーにありません</translation>
    </message>
    <message>
        <source>recovery key loaded ✔</source>
        <translation>回復キーを読み込み済み ✔</translation>
    </message>
    <message numerus="yes">
        <source>%n disks are attached.</source>
        <translation>
            <numerusform>%n 台のディスクが接続されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a key export or key bundle to fix every disk whose key it holds in one go, with one confirmation.</source>
        <translation>キーのエクスポートまたはキー バンドルを読み込むと、キーがあるすべてのディスクを 1 回の確認でまとめて修復できます。</translation>
    </message>
    <message>
        <source>Load &amp;keys…</source>
        <translation>キーを読み込む(&amp;K)…</translation>
    </message>
    <message>
        <source>A CSV or JSON export of recovery keys, or an encrypted key bundle (.rakeys) with its passphrase. It is read into memory only.</source>
        <translation>回復キーの CSV または JSON のエクスポート、またはパスフレーズで暗号化されたキー バンドル (.rakeys)。メモリーにだけ読み込みます。</translation>
    </message>
    <message numerus="yes">
        <source>Fix &amp;every disk whose key is loaded (%n)…</source>
        <translation>
            <numerusform>キーを読み込んだすべてのディスクを修復 (%n)(&amp;E)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed now (unencrypted, or with a recovery key among the loaded ones).</source>
        <translation>
            <numerusform>そのうち %n 台を今すぐ修復できます (暗号化されていないか、読み込んだ回復キーがあります)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::GuidePage</name>
    <message>
        <source>This step is missing from the guide's data (%1).</source>
        <translation>この手順がガイドのデータにありません (%1)。</translation>
    </message>
    <message>
        <source>Step %1 — the user's screen (%2, %3):</source>
        <translation>手順 %1 — お客様の画面 (%2、%3):</translation>
    </message>
    <message>
        <source>The user's screen (%1, %2):</source>
        <translation>お客様の画面 (%1、%2):</translation>
    </message>
    <message>
        <source>What the user's screen shows</source>
        <translation>お客様の画面の表示</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>伝える内容:</translation>
    </message>
    <message>
        <source>The user types:</source>
        <translation>お客様が入力するコマンド:</translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyEntryWidget</name>
    <message numerus="yes">
        <source>%n group(s) cannot be right: %1. Compare these digits with the key list again.</source>
        <translation>
            <numerusform>グループ %1 が正しくありません。キーの一覧ともう一度見比べてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <message>
        <source>The disk did not accept the key: type this group again.</source>
        <translation>ディスクがこのキーを受け付けませんでした。このグループをもう一度入力してください。</translation>
    </message>
    <message>
        <source>not accepted by the disk</source>
        <translation>ディスクが受け付けませんでした</translation>
    </message>
    <message>
        <source>Checksum OK (the whole key is checked when the disk is opened).</source>
        <translation>チェックサム OK (キー全体はディスクを開くときに確認されます)。</translation>
    </message>
    <message>
        <source>checksum OK</source>
        <translation>チェックサム OK</translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyLookupBox</name>
    <message>
        <source>L&amp;ook up</source>
        <translation>検索(&amp;O)</translation>
    </message>
    <message>
        <source>Load key e&amp;xport…</source>
        <translation>キーのエクスポートを読み込む(&amp;X)…</translation>
    </message>
    <message>
        <source>Key ID or computer name</source>
        <translation>回復キー ID またはコンピューター名</translation>
    </message>
    <message>
        <source>For example 64311DEA, or the computer name</source>
        <translation>例: 64311DEA、またはコンピューター名</translation>
    </message>
    <message>
        <source>No key export loaded yet.</source>
        <translation>キーのエクスポートはまだ読み込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) loaded (kept in memory only).</source>
        <translation>
            <numerusform>回復キー %n 個を読み込みました (メモリ内にのみ保持)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the key export (or key bundle) first: the key is looked up there.</source>
        <translation>先にキーのエクスポート (またはキー バンドル) を読み込んでください。回復キーはそこから探します。</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; the newest is used. Compare the whole Key ID with the user.</source>
        <translation>
            <numerusform>%n 個のキーが一致します。最新のものを使います。回復キー ID 全体をお客様と照合してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::KeyPage</name>
    <message>
        <source>Filled in with the key that opened this disk before (kept in the keychain).</source>
        <translation>以前このドライブのロックを解除したキー (資格情報ストアに保存) を入力しました。</translation>
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
        <source>The loaded key exports (%n key(s)) have no key for key ID %1. Look it up elsewhere and type it in.</source>
        <translation>
            <numerusform>読み込んだキーのエクスポート (キー %n 個) には、回復キー ID %1 のキーがありません。ほかの場所で探して入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3, line %4)</source>
        <translation>%1、%2 (%3、%4 行目)</translation>
    </message>
    <message>
        <source>unknown computer</source>
        <translation>不明なコンピューター</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Several keys match</source>
        <translation>一致するキーが複数あります</translation>
    </message>
    <message numerus="yes">
        <source>The export lists %n key(s) for this key ID. Choose the one for this computer (usually the newest):</source>
        <translation>
            <numerusform>エクスポートには、この回復キー ID のキーが %n 個あります。このコンピューターのキーを選んでください (通常は最新のもの):</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled in from %1: computer %2, %3.</source>
        <translation>%1 から入力しました: コンピューター %2、%3。</translation>
    </message>
    <message numerus="yes">
        <source>This disk has %n recovery key(s); any of these key IDs will do:</source>
        <translation>
            <numerusform>このドライブには回復キーが %n 個あります。次のどの回復キー ID のキーでもかまいません:</numerusform>
        </translation>
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
        <source>Find it in a key e&amp;xport…</source>
        <translation>キーのエクスポートから探す(&amp;X)…</translation>
    </message>
    <message>
        <source>Startup key file: %1</source>
        <translation>スタートアップ キー ファイル: %1</translation>
    </message>
    <message numerus="yes">
        <source>The key exports have no key for key ID %1, but %n key(s) for computer %2, filed under other key IDs (an older key, or another drive of that computer). Choose one to try:</source>
        <translation>
            <numerusform>キーのエクスポートには回復キー ID %1 のキーがありませんが、コンピューター %2 のキーが %n 個あります。これらは別の回復キー ID で保存されています (古いキー、またはそのコンピューターの別のドライブのキー)。試すキーを選んでください:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This key does not open the disk (%n attempt(s) so far). Check that its key ID matches the one above, then type the key again: the first group is selected, typing replaces it.</source>
        <translation>
            <numerusform>このキーではディスクを開けません (これまでに %n 回)。キー ID が上の表示と一致しているか確認してから、キーをもう一度入力してください。最初のグループが選択されているので、そのまま入力すると置き換わります。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Empties all eight groups, to type the key again from the start.</source>
        <translation>8 つのグループをすべて空にして、最初から入力し直します。</translation>
    </message>
    <message>
        <source>Sa&amp;ve the key in this PC's credential store for after a reboot (removed when the case is fixed)</source>
        <translation>再起動後のために回復キーをこの PC の資格情報ストアに保存する (修復が完了したら削除されます)(&amp;V)</translation>
    </message>
    <message>
        <source>The pasted or typed text holds no digits, so nothing was entered. A recovery key is 48 digits.</source>
        <translation>貼り付けた (入力した) 文字に数字が含まれていないため、何も入力されませんでした。回復キーは 48 桁の数字です。</translation>
    </message>
    <message>
        <source>A CSV or JSON export of recovery keys from Active Directory, Entra ID, Intune, MBAM or CrowdStrike's script, or an encrypted key bundle (.rakeys) with its passphrase. It is read into memory only.</source>
        <translation>Active Directory、Entra ID、Intune、MBAM または CrowdStrike のスクリプトによる回復キーの CSV または JSON のエクスポート、またはパスフレーズで暗号化されたキー バンドル (.rakeys)。メモリーにだけ読み込みます。</translation>
    </message>
    <message>
        <source>Show as bar&amp;code</source>
        <translation>バーコードで表示(&amp;C)</translation>
    </message>
    <message>
        <source>The key as a barcode and a QR code: a USB scanner types it into the BitLocker screen of the computer itself. Shown only while this button is down; never saved.</source>
        <translation>回復キーをバーコードと QR コードで表示します。USB スキャナーで、そのコンピューターの BitLocker 画面に入力できます。このボタンが押されている間だけ表示し、保存はしません。</translation>
    </message>
</context>
<context>
    <name>ra::gui::KeySymbolsView</name>
    <message>
        <source>Compare with the screen — Key ID:</source>
        <translation>画面と照合してください — 回復キー ID:</translation>
    </message>
    <message>
        <source>Code 128 above, QR code here: use whichever your scanner reads. Hide it once the drive is unlocked.</source>
        <translation>上が Code 128、ここが QR コードです。スキャナーが読み取れる方を使ってください。ロックが解除されたら非表示にしてください。</translation>
    </message>
    <message>
        <source>Recovery key as a Code 128 barcode</source>
        <translation>Code 128 バーコードの回復キー</translation>
    </message>
    <message>
        <source>Recovery key as a QR code</source>
        <translation>QR コードの回復キー</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneDrivePage</name>
    <message>
        <source>Phone: which letter has the locked drive?</source>
        <translation>電話: ロックされたドライブの文字は?</translation>
    </message>
    <message>
        <source>&amp;Drive letter — %1:</source>
        <translation>ドライブ文字 — %1(&amp;D):</translation>
    </message>
    <message>
        <source>Drive letter</source>
        <translation>ドライブ文字</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneFilesPage</name>
    <message>
        <source>This computer's (%1)</source>
        <translation>このコンピューターと同じ (%1)</translation>
    </message>
    <message>
        <source>Phone: which channel files are there?</source>
        <translation>電話: どのチャネル ファイルがありますか?</translation>
    </message>
    <message>
        <source>The user's &amp;time zone (dir shows local time):</source>
        <translation>お客様のタイム ゾーン (dir は現地時刻を表示します)(&amp;T):</translation>
    </message>
    <message>
        <source>The user's time zone</source>
        <translation>お客様のタイム ゾーン</translation>
    </message>
    <message>
        <source>&amp;One line of dir as the user reads it — %1 — then Enter:</source>
        <translation>お客様が読み上げた dir の 1 行 — %1 — を入力して Enter キー(&amp;O):</translation>
    </message>
    <message>
        <source>2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys</source>
        <translation>2024/07/19 13:09 50,716 C-00000291-00000000-00000032.sys</translation>
    </message>
    <message>
        <source>One line of dir</source>
        <translation>dir の 1 行</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>dir says "File Not Found": there is no such file</source>
        <translation>dir で「ファイルが見つかりません」と表示された: 該当するファイルはない</translation>
    </message>
    <message>
        <source>Files the user reported, with their verdicts</source>
        <translation>お客様が報告したファイルと判定</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (%4 UTC). %5</source>
        <translation>%1: %2 — %3 (%4 UTC)。%5</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneFinishPage</name>
    <message>
        <source>Phone: delete, restart, and how it ended</source>
        <translation>電話: 削除、再起動、結果</translation>
    </message>
    <message>
        <source>Wri&amp;te the ticket</source>
        <translation>チケットを作成(&amp;T)</translation>
    </message>
    <message>
        <source>The user reported no channel file 291.</source>
        <translation>お客様からチャネル ファイル 291 の報告はありませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) reported; faulty: %1.</source>
        <translation>
            <numerusform>報告されたファイル: %n 個、うち不具合のあるもの: %1 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>結果はどうなりましたか?</translation>
    </message>
    <message>
        <source>&amp;Windows started normally: fixed</source>
        <translation>Windows が正常に起動した: 修復済み(&amp;W)</translation>
    </message>
    <message>
        <source>It &amp;still stops with a blue screen</source>
        <translation>まだブルー スクリーンで停止する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not finished (the call ended, no key, no administrator)</source>
        <translation>完了していない (通話が終了した、回復キーも管理者もない)(&amp;N)</translation>
    </message>
    <message>
        <source>The machine still stops with a blue screen after the guide.</source>
        <translation>ガイドの後もブルー スクリーンで停止します。</translation>
    </message>
    <message>
        <source>The guide was not finished.</source>
        <translation>ガイドは完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneKeyPage</name>
    <message>
        <source>The guide is on the clipboard (the key masked): paste it into a chat or an e-mail.</source>
        <translation>ガイドをクリップボードにコピーしました (回復キーは伏せてあります)。チャットやメールに貼り付けてください。</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>ガイドを PDF として保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1 (the key masked).</source>
        <translation>%1 として保存しました (回復キーは伏せてあります)。</translation>
    </message>
    <message>
        <source>Phone: the BitLocker recovery screen</source>
        <translation>電話: BitLocker 回復画面</translation>
    </message>
    <message>
        <source>Guide the user through Windows' own recovery screens. Choose how the user's Windows shows its screens; what to say is in your language.</source>
        <translation>Windows の回復画面に沿ってお客様をガイドします。お客様の Windows の表示言語とバージョンを選んでください。伝える内容はあなたの言語で表示されます。</translation>
    </message>
    <message>
        <source>The &amp;user's name:</source>
        <translation>お客様の名前(&amp;U):</translation>
    </message>
    <message>
        <source>Written on the ticket</source>
        <translation>チケットに記載されます</translation>
    </message>
    <message>
        <source>The user's name</source>
        <translation>お客様の名前</translation>
    </message>
    <message>
        <source>The user's &amp;Windows:</source>
        <translation>お客様の Windows(&amp;W):</translation>
    </message>
    <message>
        <source>Language of the user's Windows</source>
        <translation>お客様の Windows の表示言語</translation>
    </message>
    <message>
        <source>Version of the user's Windows</source>
        <translation>お客様の Windows のバージョン</translation>
    </message>
    <message>
        <source>&amp;Key ID as the user reads it (its first 8 characters), or the computer name:</source>
        <translation>お客様が読み上げた回復キー ID (最初の 8 文字)、またはコンピューター名(&amp;K):</translation>
    </message>
    <message>
        <source>No key: go on by the &amp;Safe Mode route (TPM only, a local administrator)</source>
        <translation>回復キーなし: セーフ モードの手順で続ける (TPM のみ、ローカル管理者あり)(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the whole guide as &amp;text</source>
        <translation>ガイド全体をテキストでコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Save the guide as P&amp;DF…</source>
        <translation>ガイドを PDF で保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>回復キー ID %1</translation>
    </message>
    <message>
        <source>Key ID %1 — computer %2</source>
        <translation>回復キー ID %1 — コンピューター %2</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneNavigatePage</name>
    <message>
        <source>Phone: into the Command Prompt</source>
        <translation>電話: コマンド プロンプトを開く</translation>
    </message>
    <message>
        <source>Safe Mode route (no key): in the Command Prompt, switch Safe Mode on:</source>
        <translation>セーフ モードの手順 (回復キーなし): コマンド プロンプトでセーフ モードをオンにします:</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneReadKeyPage</name>
    <message>
        <source>Phone: unlock the drive with the recovery key</source>
        <translation>電話: 回復キーでドライブのロックを解除</translation>
    </message>
    <message>
        <source>S&amp;how the whole key in the command</source>
        <translation>コマンドに回復キー全体を表示する(&amp;H)</translation>
    </message>
    <message>
        <source>What the user &amp;reads back (6 digits; Enter checks):</source>
        <translation>お客様が読み返した数字 (6 桁、Enter キーで確認)(&amp;R):</translation>
    </message>
    <message>
        <source>Group as the user reads it back</source>
        <translation>お客様が読み返したグループ</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous group</source>
        <translation>&lt; 前のグループ(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt group &gt;</source>
        <translation>次のグループ(&amp;X) &gt;</translation>
    </message>
    <message>
        <source>Group %1 of %2</source>
        <translation>グループ %1 / %2</translation>
    </message>
    <message>
        <source>Group %1 to read aloud</source>
        <translation>読み上げるグループ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) confirmed</source>
        <translation>
            <numerusform>%n グループを確認済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2. All 8 groups confirmed: the user presses Enter.</source>
        <translation>グループ %1: %2。8 グループすべてを確認しました。お客様に Enter キーを押してもらってください。</translation>
    </message>
    <message>
        <source>Group %1: %2.</source>
        <translation>グループ %1: %2。</translation>
    </message>
</context>
<context>
    <name>ra::gui::PhoneTicketPage</name>
    <message>
        <source>The ticket is on the clipboard: paste it into your helpdesk system.</source>
        <translation>チケットをクリップボードにコピーしました。ヘルプデスクのシステムに貼り付けてください。</translation>
    </message>
    <message>
        <source>Phone: ticket</source>
        <translation>電話: チケット</translation>
    </message>
    <message>
        <source>The case is saved. Copy this summary into your helpdesk ticket: it names the Key ID that was read aloud (rotate that key), never the key.</source>
        <translation>ケースを保存しました。この概要をヘルプデスクのチケットにコピーしてください。読み上げた回復キーの回復キー ID (このキーはローテーションしてください) を記載しており、回復キー自体は含みません。</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>形式(&amp;R):</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the ticket:</source>
        <translation>チケットの言語(&amp;G):</translation>
    </message>
    <message>
        <source>Ticket format</source>
        <translation>チケットの形式</translation>
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
        <source>Next ca&amp;ll</source>
        <translation>次の通話(&amp;L)</translation>
    </message>
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
        <source>Writing the case folder…</source>
        <translation>ケース フォルダーに書き込んでいます…</translation>
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
        <source>The disk will be released safely and the ticket is saved in the case folder.</source>
        <translation>ドライブは安全に接続解除され、チケットはケース フォルダーに保存されます。</translation>
    </message>
    <message>
        <source>The disk will be released safely; nothing on it was changed.</source>
        <translation>ドライブは安全に接続解除されます。ドライブ上のものは何も変更されていません。</translation>
    </message>
    <message>
        <source>Close the assistant?</source>
        <translation>アシスタントを閉じますか?</translation>
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
    <message>
        <source>Opening the disk (unlocking and mounting can take a minute on a slow USB disk)…</source>
        <translation>ディスクを開いています (低速な USB ディスクでは、ロック解除とマウントに 1 分ほどかかることがあります)…</translation>
    </message>
    <message>
        <source>Opening was cancelled; the disk was released.</source>
        <translation>ディスクを開く操作をキャンセルし、ディスクを解放しました。</translation>
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
    <message>
        <source>File %1 of %2: %3</source>
        <translation>ファイル %1/%2: %3</translation>
    </message>
    <message>
        <source>Put the disk back and start the computer: Windows should start normally. Then write down the ticket on the next page.</source>
        <translation>ドライブを元に戻してコンピューターを起動してください。Windows は正常に起動するはずです。次のページでチケットを記録してください。</translation>
    </message>
    <message>
        <source>If the computer still does not start, the cause is something else: note it on the ticket.</source>
        <translation>それでもコンピューターが起動しない場合は、別の原因があります。チケットに記録してください。</translation>
    </message>
    <message>
        <source>The disk is in a consistent state. To finish, run the assistant on this disk again.</source>
        <translation>ドライブは整合性のとれた状態です。修復を完了するには、このドライブでもう一度アシスタントを実行してください。</translation>
    </message>
    <message>
        <source>No file was left half done. Read the details on the ticket page, fix the cause (for example free space or a loose cable) and run the assistant on this disk again, or follow the vendor's manual steps in Safe Mode.</source>
        <translation>処理が途中のままのファイルはありません。チケットのページで詳細を確認し、原因 (空き容量不足やケーブルの緩みなど) を取り除いてから、このドライブでもう一度アシスタントを実行してください。または、セーフ モードでベンダーの手動の手順に従ってください。</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>修復中</translation>
    </message>
    <message>
        <source>Repair stopped</source>
        <translation>修復を停止しました</translation>
    </message>
    <message>
        <source>Repair failed</source>
        <translation>修復に失敗しました</translation>
    </message>
    <message>
        <source>Repair finished</source>
        <translation>修復が完了しました</translation>
    </message>
    <message>
        <source>Show &amp;details (every step and command)</source>
        <translation>詳細を表示 (すべての手順とコマンド)(&amp;D)</translation>
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
        <translation>
            <numerusform>このドライブから %n 個のファイルを削除します: %1。削除の前に、各ファイルの検証済みのコピーをこのコンピューターの検疫フォルダーに保管します。</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::gui::StartPage</name>
    <message>
        <source>Choose a disk image</source>
        <translation>ディスク イメージの選択</translation>
    </message>
    <message>
        <source>Choose the mounted Windows folder</source>
        <translation>マウント済みの Windows フォルダーの選択</translation>
    </message>
    <message>
        <source>Looking for disks and reading their BitLocker metadata…</source>
        <translation>ディスクを検索し、BitLocker のメタデータを読み取っています…</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>検索をキャンセルしました。</translation>
    </message>
    <message>
        <source>Case store and report…</source>
        <translation>ケース ストアとレポート…</translation>
    </message>
    <message>
        <source>Disk images and VM disk files (*.img *.raw *.dd *.bin *.vhd *.vhdx *.avhdx *.vmdk *.qcow2);;All files (*)</source>
        <translation>ディスク イメージと VM ディスク ファイル (*.img *.raw *.dd *.bin *.vhd *.vhdx *.avhdx *.vmdk *.qcow2);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Where is the computer?</source>
        <translation>コンピューターはどこにありますか?</translation>
    </message>
    <message>
        <source>Its disk is &amp;attached here</source>
        <translation>ディスクをこのコンピューターに接続している(&amp;A)</translation>
    </message>
    <message>
        <source>Away: guide the user by p&amp;hone through Windows' recovery screens</source>
        <translation>離れた場所: 電話でお客様に Windows の回復画面を案内する(&amp;H)</translation>
    </message>
    <message>
        <source>I am at the machine's recovery screen: show the key as a &amp;barcode</source>
        <translation>コンピューターの回復画面の前にいる: 回復キーをバーコードで表示する(&amp;B)</translation>
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
    <message>
        <source>Releasing the disk and writing the case folder…</source>
        <translation>ディスクを解放し、ケース フォルダーに書き込んでいます…</translation>
    </message>
    <message>
        <source>The clipboard still holds the earlier version: press Copy to put this one there.</source>
        <translation>クリップボードの内容は以前の形式のままです。この内容にするには、もう一度 [クリップボードにコピー] を押してください。</translation>
    </message>
</context>
</TS>
