<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
        <source>Reading %1 needs administrator rights.</source>
        <translation>%1 を読み取るには管理者権限が必要です。</translation>
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