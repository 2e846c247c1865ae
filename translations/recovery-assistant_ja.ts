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
    <name>RegistryHive</name>
    <message>
        <source>The registry file %1 is larger than %2 MiB, which no real hive is; it is not read.</source>
        <translation>レジストリ ファイル %1 は %2 MiB を超えています。実際のハイブはこれほど大きくならないため、読み取りません。</translation>
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
    <message>
        <source>The registry file %1 cannot be read from the disk.</source>
        <translation>レジストリ ファイル %1 をディスクから読み取れません。</translation>
    </message>
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