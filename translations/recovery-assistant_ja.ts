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
    <name>EscrowCommand</name>
    <message>
        <source>Usage: recovery-assistant-cli escrow check FILE... [--json]
       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]</source>
        <translation>使い方: recovery-assistant-cli escrow check FILE... [--json]
       recovery-assistant-cli escrow lookup FILE KEYID|HOST [--json] [--show-key]</translation>
    </message>
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
        <translation><numerusform>… ほかに %n 件の問題があります (一覧には表示していません)。</numerusform></translation>
    </message>
    <message>
        <source>Keys loaded: %1</source>
        <translation>読み込んだ回復キー: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n key(s)</source>
        <translation><numerusform>%1: %n 個の回復キー</numerusform></translation>
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
        <translation><numerusform>エクスポートの %n 行を読み取れませんでした。詳細は "escrow check" で確認してください。</numerusform></translation>
    </message>
    <message>
        <source>No key in %1 matches %2.</source>
        <translation>%1 に %2 と一致する回復キーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) match; the newest is listed first.</source>
        <translation><numerusform>%n 個の回復キーが一致しました。新しいものから順に表示します。</numerusform></translation>
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
        <source>The key export %1 does not exist.</source>
        <translation>キーのエクスポート ファイル %1 が見つかりません。</translation>
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
        <source>The key export is empty.</source>
        <translation>キーのエクスポート ファイルは空です。</translation>
    </message>
    <message>
        <source>The file is not a known recovery key export: its first line names no recovery key and Key ID columns.</source>
        <translation>このファイルは既知の回復キーのエクスポートではありません。1 行目に回復キーと回復キー ID の列がありません。</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>引用符で囲まれたフィールドがファイルの末尾までに閉じられていません。</translation>
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
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available: the recovery key is kept in memory only and must be entered again after the tool is restarted.</source>
        <translation>システムのキーチェーンを利用できません。回復キーはメモリ上にのみ保持されるため、ツールを再起動した後はもう一度入力する必要があります。</translation>
    </message>
    <message>
        <source>There is no recovery key or case to keep it for.</source>
        <translation>保持する回復キー、または対象のケースがありません。</translation>
    </message>
    <message>
        <source>The system keychain refused to keep the recovery key.</source>
        <translation>システムのキーチェーンが回復キーの保存を拒否しました。</translation>
    </message>
    <message>
        <source>No recovery key is kept for this case.</source>
        <translation>このケースの回復キーは保持されていません。</translation>
    </message>
    <message>
        <source>The recovery key cannot be read from the system keychain.</source>
        <translation>システムのキーチェーンから回復キーを読み取れません。</translation>
    </message>
    <message>
        <source>The recovery key cannot be removed from the system keychain.</source>
        <translation>システムのキーチェーンから回復キーを削除できません。</translation>
    </message>
    <message>
        <source>Old recovery keys could not be removed from the system keychain.</source>
        <translation>古い回復キーをシステムのキーチェーンから削除できませんでした。</translation>
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