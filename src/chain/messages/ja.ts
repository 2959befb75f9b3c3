import { duration, when } from './format';
import type { Catalog } from './catalog';
import { chainWordsJa } from './chain-words-ja';

type Stage = 'sign-in' | 'credentials' | 'graphql';
const STAGE: Record<Stage, string> = {
  'sign-in': 'サインイン',
  credentials: 'ID プールの認証情報取得',
  graphql: 'AppSync へのリクエスト',
};

const PART: Record<string, string> = {
  partition: 'パーティション',
  service: 'サービス',
  region: 'リージョン',
  account: 'アカウント',
  'API id': 'API ID',
  type: '型',
  field: 'フィールド',
  resource: 'リソース',
};
const roleOr = (role: string) => role || 'ID プールのロール';
/** Which role signed (see en.ts): `yes`, `issued` (the signing key is not in the evidence) or `no`. */
const signedBy = (role: string, recorded: string) =>
  recorded === 'yes'
    ? `CloudTrail の記録により、STS が ${role} の認証情報を発行し、リクエストがその認証情報で署名されたことが確認できます。`
    : recorded === 'issued'
      ? `CloudTrail の記録により、STS が ${role} の認証情報を発行したことが確認できます。リクエストの署名キーは証拠に含まれていないため（サニタイズされた HAR や貼り付けられたエラーには Authorization ヘッダーがありません）、その認証情報で署名されたことは呼び出しの順序からの推定です。`
      : `署名したロールは ${roleOr(role)} と推定されます（認証情報の CloudTrail 記録がケースになく、証明はされていません）。`;
const sidOf = (sid: string) => (sid ? `（Sid ${sid}）` : '');
const quoted = (message: string) => (message ? `（"${message}"）` : '');
const AMBIGUOUS = {
  'several-roles': 'トークンに複数のロールがあり、優先ロールがありません',
  'no-role': 'トークンにロールがありません',
  'no-rule': '一致するロールマッピングのルールがありません',
} as const;

/** Japanese (business Japanese; customer-facing sentences in keigo). Typed `Catalog`: every English id is here. */
export const ja: Catalog = {
  // How a quotation of evidence is marked in plain text (catalog.ts renders it; screens style it apart).
  'said.open': '「',
  'said.close': '」',
  'mode.healthy': '一連の処理は正常です',
  'mode.role-policy-resource-mismatch': 'ロールのポリシーが別の API・アカウント・リージョンを指定しています',
  'mode.role-policy-missing-action': 'ロールに appsync:GraphQL の許可がありません',
  'mode.explicit-deny': 'Deny ステートメントがフィールドを拒否しています',
  'mode.trust-policy-mismatch': 'ロールの信頼ポリシーがこの ID プールを許可していません',
  'mode.no-authenticated-role': 'ID プールにサインイン済みユーザー用のロールがありません',
  'mode.provider-not-configured': 'ID プールがこのユーザープールのアプリクライアントを受け付けていません',
  'mode.guest-credentials-used': 'サインイン後にゲスト認証情報が使われています',
  'mode.group-role-selected': 'Cognito グループのロールが選ばれ、そのロールに権限がありません',
  'mode.token-expired': 'ID トークンの有効期限が切れていました',
  'mode.credentials-not-recognized': 'AppSync がリクエストに署名した認証情報を認識しませんでした',
  'mode.credentials-expired': 'リクエスト署名時に認証情報の有効期限が切れていました',
  'mode.clock-skew': '端末の時計がずれています',
  'mode.wrong-signing-scope': '誤ったリージョンまたはサービスでリクエストが署名されています',
  'mode.api-lacks-iam-mode': 'API が IAM 認可を受け付けていません',
  'mode.field-lacks-iam-directive': 'フィールドが IAM からの呼び出しを許可していません',
  'mode.resolver-allow-list-stale': '生成されたリゾルバーが移行前のロールを許可しています',
  'mode.authenticated-rule-user-pool-only':
    'allow.authenticated() はユーザープールのトークンのみを許可し、ID プールの認証情報は許可しません',
  'mode.guest-rule-signed-in-user': 'ゲスト用のルールがサインイン済みユーザーを拒否しています',
  'mode.owner-rule-over-iam': '所有者ルールは IAM からの呼び出しを許可できません',
  'mode.caller-role-not-admin': '関数またはスクリプトのロールがリゾルバーの管理者ロールに含まれていません',
  'mode.auth-mode-mismatch': 'アプリが API の想定と異なる認可モードで呼び出しています',
  'mode.identity-pool-not-found': 'アプリの ID プール ID が使えるプールを指していません',
  'mode.wrong-logins-entry': 'アプリが ID プールの Logins を誤って組み立てています',
  'mode.stale-identity-id': 'アプリがこのユーザーのものではない ID を示しています',
  'mode.bearer-prefix': 'アプリが AppSync にトークンを Bearer 付きで送っています',

  'verdict.proven': '証拠により確定',
  'verdict.likely': '可能性が高い（未確定）',
  'verdict.candidates': '候補',
  'verdict.ruled-out': '除外された原因',
  'verdict.next': '判定に必要な証拠',

  'customer.heading': '調査結果のご報告',
  'customer.intro':
    'サポート担当者が共有した調査結果です。内容はこのブラウザ内でリンクから復元しており、どこにも送信されません。',
  'customer.checked': (p) => `${when(p.at, 'ja')}に AWS リージョン ${p.region} で確認いたしました。`,
  'customer.language': '表示言語',
  'customer.time-zone': '時刻の表示',
  'customer.zone.device': (p) => `お使いの端末の時刻（${p.zone}）`,
  'customer.zone.japan': '日本時間',
  'customer.zone.utc': '協定世界時（UTC）',
  'customer.status.fix': 'お客様の環境で設定の変更が必要です',
  'customer.status.confirm': '最も可能性の高い原因（未確定）',
  'customer.status.healthy': '変更の必要はございません',
  'customer.status.unknown': 'もう少し情報をいただく必要がございます',
  'customer.first': 'まず変更していただきたいこと',
  'customer.step.open-role': (p) => `IAM コンソールで「ロール」→ ${p.role} →「許可」タブを開いてください。`,
  'customer.step.add-statement':
    '下記のステートメントをロールに追加してください（「許可を追加」→「インラインポリシーを作成」→ JSON）。既存の appsync:GraphQL のステートメントの Resource を下記に合わせて変更していただいても結構です。',
  'customer.step.remove-deny':
    '下記の Deny ステートメントを削除するか、この API に一致しないよう Resource を絞り込んでください。',
  'customer.step.open-trust': (p) =>
    `IAM コンソールで「ロール」→ ${p.role} →「信頼関係」→「信頼ポリシーを編集」を開いてください。`,
  'customer.step.edit-trust':
    '下記のステートメントを信頼ポリシーに含めてください。条件にはお客様の ID プールを指定する必要がございます。',
  'customer.step.apply-setting': '適用していただく設定を下記に記載しております。',
  'customer.step.retry':
    'アプリで一度サインアウトして再度サインインし（新しい認証情報に変更が反映されます）、同じ操作をお試しのうえ、結果をお知らせいただけますでしょうか。',
  'customer.step.none':
    '変更の必要はございません。それでもアプリでエラーが発生する場合は、発生した日時と表示内容をお知らせいただけますでしょうか。',
  'customer.confirm': '原因を確定するために',
  'customer.statement.permission': '追加していただくステートメント',
  'customer.statement.deny': '該当の Deny ステートメント',
  'customer.statement.trust': '信頼ポリシーのステートメント',
  'customer.statement.setting': '適用していただく設定',
  'customer.copy': 'コピー',
  'customer.copied': 'コピーしました',
  'customer.copy.statement': 'ステートメントをコピー',
  'customer.why': '原因',
  'customer.detail': '技術的な詳細',
  'customer.evidence': '根拠',
  'customer.evidence.summary': (p) =>
    `確認した内容: サインインの流れにおける ${p.count} か所のつながりと、発生した処理の順序`,
  'customer.evidence.links': '確認したつながり',
  'customer.evidence.events': '発生した処理（時系列）',
  'customer.evidence.proofs': '根拠となる値',
  'customer.link.holds': '一致',
  'customer.link.broken': '不一致',
  'customer.link.unproven': '未確認',
  'customer.event.sign-in': (p) => (p.ok === 'yes' ? 'テストユーザーがサインイン' : 'サインインに失敗'),
  'customer.event.credentials': (p) =>
    p.ok === 'yes' ? 'ID プールが認証情報を発行' : 'ID プールが認証情報の発行を拒否',
  'customer.event.sts': (p) => `AWS STS がロール ${p.role} の認証情報を発行`,
  'customer.event.request': (p) => `アプリが AppSync を呼び出し: ${p.status}`,
  'customer.check': 'ポリシーをここで確認する',
  'customer.check.label': 'ロールの許可ポリシー（JSON）を貼り付けてください',
  'customer.check.hint':
    'リクエストのフィールド ARN に対して、このブラウザ内で確認いたします。どこにも送信されません。',
  'customer.check.button': '貼り付けたポリシーを確認',
  'customer.check.not-json': '有効な JSON ではございません。何も変更しておりません。',
  'customer.check.no-statement':
    'この JSON には "Statement" がございません。ポリシードキュメント全体（{"Version": …, "Statement": [...]}）を貼り付けてください。',
  'customer.check.too-deep':
    'この JSON は 64 階層を超えて入れ子になっております。IAM ポリシーがこれほど深くなることはございません。確認は行っておらず、貼り付けた内容はそのまま残っております。IAM コンソール（ロール → 対象のロール → 許可 → ポリシー → JSON）からポリシーをもう一度コピーしてください。',
  'customer.check.too-large':
    'このポリシーには、IAM ロールが保持できる量を超えるステートメント、リソース、または値が含まれております。確認は行っておらず、貼り付けた内容はそのまま残っております。ロールに付いているポリシーを 1 つ、IAM コンソールの表示どおりに貼り付けてください。',
  'customer.check.field': 'フィールド ARN',
  'customer.check.result': '結果',
  'customer.check.allowed': '許可',
  'customer.check.explicit-deny': 'Deny ステートメントにより拒否',
  'customer.check.implicit-deny': 'どのステートメントでも許可されていません',
  'customer.check.not-evaluated': 'ここでは判定できません（条件キーまたはポリシー変数）',
  'customer.check.more': (p) => `${p.total} 件のフィールド ARN のうち最初の ${p.shown} 件です。`,
  'customer.error.title': 'この共有リンクは表示できません',
  'customer.error.hint': 'リンクは長いため、https:// から最後まで全体がコピーされているかご確認ください。',
  'customer.error.render': 'お手数ですが、サポート担当者にリンクを再度ご依頼ください。',
  'customer.greeting': 'いつもお世話になっております。',
  'customer.closing': 'ご不明な点がございましたら、お気軽にお知らせください。',

  'role.unknown': 'ID プールのロールは不明です（読み取れないか、照会していません）。',
  'role.guest': 'ゲスト認証情報には未認証ロールが使われます。',
  'role.ambiguous-deny': (p) => `${AMBIGUOUS[p.why]}。あいまいなロールの解決は「拒否」に設定されています。`,
  'role.ambiguous-default': (p) => `${AMBIGUOUS[p.why]}。ID プールの認証済みロールが適用されます。`,
  'role.token-preferred': 'トークンの cognito:preferred_role（優先順位が最も高いユーザーグループのロール）。',
  'role.token-only': 'トークンの cognito:roles にある唯一のロール。',
  'role.rule': (p) => `ルール ${p.claim} ${p.match} ${p.value} が一致しました。`,
  'role.default': 'ID プールの認証済みロール（ロールマッピングなし）。',
  'role.no-authenticated': 'ID プールに認証済みロールがありません。',

  // ── 貼り付けて使える修正 (src/chain/fix-plan.ts) ──────────────────────────────────────────────────────────
  'fix.scope.label': '許可する対象',
  'fix.scope.fields': 'テストしたフィールドのみ',
  'fix.scope.api': 'この API のすべてのフィールド (/*)',
  'fix.statement': '追加するステートメント',
  'fix.console': 'AWS コンソールでの手順',
  'fix.cli': 'AWS CLI での手順',
  'fix.console.permission': (p: { role: string; policyName: string }) =>
    `IAM コンソール → ロール → ${p.role} → 許可 → 許可を追加 → インラインポリシーを作成 → JSON: 下のステートメントを含むポリシーを貼り付け → 次へ → 名前を ${p.policyName} にする → ポリシーの作成。`,
  'fix.console.trust': (p: { role: string }) =>
    `IAM コンソール → ロール → ${p.role} → 信頼関係 → 信頼ポリシーを編集: 既存のステートメントは残したまま、下のステートメントを "Statement" のリストに追加 → ポリシーを更新。`,
  'fix.note.permission': (p: { policyName: string }) =>
    `専用のインラインポリシー (${p.policyName}) を追加します。ロールの他のポリシーは変更されません。`,
  'fix.note.trust':
    'update-assume-role-policy は信頼ポリシー全体を置き換えます。そのため、現在のポリシーを読み取り、ステートメントを追加してから書き戻します (jq が必要です)。',

  'need.role-policies.how': (p) =>
    `${p.role} の許可ポリシーを確認してください: IAM コンソール → ロール → ${p.role} → 許可、または \`aws iam list-role-policies --role-name ${p.role}\`、\`aws iam get-role-policy …\`、\`aws iam list-attached-role-policies --role-name ${p.role}\`。ロールとポリシーのパネルに貼り付けることもできます。`,
  'need.role-policies.ask': (p) =>
    `確認のため、IAM ロール ${p.role} にアタッチされている許可ポリシー（IAM コンソール → ロール → ${p.role} → 許可 → 各ポリシーの JSON）をお送りいただけますでしょうか。`,
  'need.sts-record.how':
    '認証情報を発行した CloudTrail の AssumeRoleWithWebIdentity レコードを確認してください（CloudTrail → イベント履歴、イベント名 AssumeRoleWithWebIdentity、実行時刻の前後、ID プールのリージョンと us-east-1）。cloudtrail:LookupEvents を許可する読み取り専用の認証情報が必要です。',
  'need.sts-record.ask':
    'ユーザーがサインインした時刻の AssumeRoleWithWebIdentity の CloudTrail レコード（CloudTrail コンソール → イベント履歴 → イベント名 AssumeRoleWithWebIdentity で絞り込み → 該当時刻のイベント → JSON）をお送りいただけますでしょうか。',
  'need.identity-pool-roles.how': (p) =>
    `ID プールのロールとロールマッピングを確認してください: Cognito コンソール → ID プール → ${p.identityPoolId} → ユーザーアクセス、または \`aws cognito-identity get-identity-pool-roles --identity-pool-id ${p.identityPoolId}\`。`,
  'need.identity-pool-roles.ask': (p) =>
    `\`aws cognito-identity get-identity-pool-roles --identity-pool-id ${p.identityPoolId}\` の出力（または ID プールの「ユーザーアクセス」タブのスクリーンショット）をお送りいただけますでしょうか。`,
  'need.identity-pool-config.how': (p) =>
    `${p.identityPoolId} がアプリの使うべき ID プールかを確認し、その認証プロバイダーを読んでください: Cognito コンソール → ID プール（ID プールのリージョン）→ 該当プール → ユーザーアクセス、または \`aws cognito-identity describe-identity-pool --identity-pool-id ${p.identityPoolId}\`。`,
  'need.identity-pool-config.ask': (p) =>
    `${p.identityPoolId} がアプリの使うべき ID プールか（Cognito コンソール → ID プール → ID プール ID）ご確認のうえ、\`aws cognito-identity describe-identity-pool --identity-pool-id ${p.identityPoolId}\` の出力をお送りいただけますでしょうか。`,
  'need.trust-policy.how': (p) =>
    `${p.role} の信頼ポリシーを確認してください: IAM コンソール → ロール → ${p.role} → 信頼関係、または \`aws iam get-role --role-name ${p.role}\`。`,
  'need.trust-policy.ask': (p) =>
    `IAM ロール ${p.role} の信頼関係（信頼ポリシーの JSON）をお送りいただけますでしょうか。`,
  'need.api-id.how':
    'フィールドの ARN を正確に評価できるよう、接続設定に AppSync の API ID（AppSync コンソール → API → 設定 → API ID）を追加してください。',
  'need.api-id.ask':
    'AppSync の API ID（AppSync コンソール → 対象の API → 設定 → API ID）をお送りいただけますでしょうか。',
  'need.api-auth-modes.how': (p) =>
    `API の認可モードを確認してください: AppSync コンソール → API → 設定 → 認可モード、または \`aws appsync get-graphql-api --api-id ${p.apiId}\`。`,
  'need.api-auth-modes.ask':
    'AppSync API の認可モード（AppSync コンソール → 対象の API → 設定 → 認可モード）をお送りいただけますでしょうか。',
  'need.appsync-schema.how': (p) =>
    `${p.field} のディレクティブ付きスキーマとリゾルバーを確認します: AppSync コンソール → API → スキーマ（→ リゾルバー → ${p.field}）、または \`aws appsync get-introspection-schema --api-id ${p.apiId} --format SDL --include-directives schema.graphql\` と \`aws appsync get-resolver --api-id ${p.apiId} --type-name ${p.field.split('.')[0] ?? '<Type>'} --field-name ${p.field.split('.')[1] ?? '<field>'}\`（パイプラインの各関数は \`aws appsync get-function\`）。`,
  'need.appsync-schema.ask': (p) =>
    `API の GraphQL スキーマをディレクティブ付きで（AppSync コンソール → API → スキーマ）、また ${p.field} のリゾルバーのコード（→ リゾルバー → ${p.field}、パイプラインの関数を含む）をお送りいただけますか。Amplify で作成した API であれば、モデルの認可ルール（amplify/data/resource.ts、Gen 1 では schema.graphql と custom-roles.json）でも確認できます。`,
  'need.appsync-logs.how': (p) =>
    `AppSync のログ（フィールドリゾルバーのログレベル ALL、AppSync コンソール → API → 設定 → ログ）を有効にし、ロググループ /aws/appsync/apis/${p.apiId} で該当リクエストの行を確認してください。`,
  'need.appsync-logs.ask':
    'AppSync のログ（設定 → ログ、フィールドリゾルバーのログレベル ALL）を有効にしたうえでエラーを一度再現し、そのリクエストのログ行をお送りいただけますでしょうか。',
  'need.request-signer.how':
    'リクエストに署名したのが誰かを確認します: ID プールの認証情報を使うアプリか、独自のロールを使う Lambda 関数やスクリプトか。CloudTrail → イベント履歴 → イベント名 AssumeRole でリクエスト前後を検索（関数やスクリプトのロールセッション。レコードの responseElements.credentials.accessKeyId が署名キー）、またはリクエストの Authorization ヘッダーの Credential= のキー ID（呼び出しの HAR ファイルで確認できます）。',
  'need.request-signer.ask':
    '失敗しているリクエストを送信しているのは、サインイン後のブラウザーのアプリでしょうか、それとも Lambda 関数やスクリプトでしょうか。関数やスクリプトの場合は、その IAM ロール名（Lambda コンソール → 関数 → 設定 → アクセス権限 → 実行ロール）をお知らせいただけますでしょうか。',
  'need.app-call-code.how':
    'アプリが GraphQL 呼び出しをどのように組み立てているかを確認してください: `generateClient` / `client.graphql` に渡す authMode、および ID トークンを ID プールに送っているかどうか。',
  'need.app-call-code.ask':
    'API を呼び出している部分のアプリのコード（オプションを含む `generateClient` / `client.graphql` の呼び出し）と、使用している Amplify の設定をお送りいただけますでしょうか。',
  'need.device-clock.how':
    '端末の時計と AWS の時計を比較してください: リクエスト署名時の端末時刻と、AWS の応答の `Date` ヘッダー。',
  'need.device-clock.ask':
    '端末の日付・時刻・タイムゾーンが自動設定になっているかをご確認いただき、エラー発生時の端末の時刻をお知らせいただけますでしょうか。',
  'need.credentials-call.how':
    'ID プールの応答を確認します。チェーンを実行するか、失敗した操作の HAR（cognito-identity への GetId と GetCredentialsForIdentity）を開くか、fetchAuthSession() が認証情報を返したかどうかとスローしたエラーをアプリでログに出します。',
  'need.credentials-call.ask':
    '失敗した操作の HAR ファイルをお送りいただくか、失敗する呼び出しの直前に次の 1 行を追加して、出力された内容をお送りいただけますでしょうか: `fetchAuthSession().then((s) => console.log("credentials:", Boolean(s.credentials)), (e) => console.log(String(e)))`。キーやトークンは出力されません。',
  'need.run-chain.how': 'チェーンを実行する（またはお客様から届いた証拠を貼り付ける）と証拠が集まります。',
  'need.run-chain.ask':
    'アプリに表示される正確なエラーと発生時刻をお送りいただけますでしょうか（失敗したリクエストの HAR ファイルがあると最も助かります）。',

  'link.token-audience': 'ID トークンの aud = アプリクライアント ID',
  'link.token-audience.detail': (p) => `aud ${p.aud}、アプリクライアント ${p.client}`,
  'link.no-token': 'ID トークンはまだありません。',
  'link.no-credentials': 'ブラウザは認証情報を取得していません。',
  'link.token-issuer': 'トークンの発行者が ID プールのプロバイダーである',
  'link.token-issuer.detail': (p) => `iss ${p.iss}`,
  'link.token-issuer.rejected': (p) => `ID プールは ${p.iss} のトークンを拒否しました: ${p.message}`,
  'link.sts-key-match': 'CloudTrail がこのアクセスキー ID を発行した',
  'link.sts-key-match.detail': (p) => `AssumeRoleWithWebIdentity ${p.eventId} が ${p.accessKeyId} を発行`,
  'link.sts-key-match.not-found': (p) =>
    `${p.accessKeyId} を含む AssumeRoleWithWebIdentity レコードは（まだ）見つかっていません。`,
  'link.role-is-expected': 'ロール = ID プールの認証済みロール',
  'link.role-is-expected.detail': (p) => `引き受けたロール ${p.roleArn}${p.expected ? `、想定 ${p.expected}` : ''}`,
  'link.role-is-expected.unknown': 'どのロールが引き受けられたかはまだ分かりません。',
  'link.request-signed-with-key': 'この認証情報でリクエストが署名された',
  'link.request-signed-with-key.detail': (p) => `SigV4 認証情報 ${p.accessKeyId}`,
  'link.request-signed-with-key.unsigned': 'リクエストは署名されていません（または記録されていません）。',
  'link.request-signed-with-key.other-role': (p) =>
    `SigV4 認証情報 ${p.accessKeyId}: ID プールのキーではなく、ロールセッション ${p.session} のキーです`,
  'link.credentials-valid-at-request': 'リクエスト署名時に認証情報が有効だった',
  'link.credentials-valid-at-request.detail': (p) =>
    `有効期限 ${when(p.expires, 'ja')}、リクエスト ${when(p.at, 'ja')}`,
  'link.credentials-valid-at-request.unknown': '認証情報の有効期限は不明です。',
  'link.appsync-authorized': 'AppSync がリクエストを認可した',
  'link.appsync-authorized.detail': (p) => `HTTP ${p.status}${p.errorType ? ` ${p.errorType}` : ''}`,

  'lookup.sts-record-by-identity': 'ID（Username）による STS イベント',
  'lookup.sts-record-by-event-name': 'イベント名による STS イベント',
  'lookup.identity-pool': 'ID プールのロールとプロバイダー',
  'lookup.role-policies': (p) => `ロール ${p.subject ?? '?'} のポリシー`,
  'lookup.simulate-policy': (p) => `${p.subject ?? '?'} の appsync:GraphQL シミュレーション`,
  'lookup.appsync-logs': (p) => `リクエスト ${p.subject ?? '?'} の AppSync ログ行`,
  'lookup.appsync-api': 'AppSync API とその認可モード',
  'lookup.appsync-schema': 'ディレクティブ付きの AppSync スキーマ',
  'lookup.appsync-resolver': (p) => `${p.subject ?? '?'} のリゾルバーのコード`,
  'lookup.other': 'その他の照会',

  'inconclusive.headline.stopped': (p) => `${STAGE[p.stage]}で処理が止まりました: ${p.name || 'エラー'}。`,
  'inconclusive.headline.no-evidence': '判定に必要な証拠がまだありません。',
  'inconclusive.headline.unexplained': '証拠は Authtrace が知っているどの障害モードにも当てはまりません。',
  'inconclusive.explanation.error': (p) => `${p.name}: ${p.message}`,
  'inconclusive.explanation.no-error': (p) => `${STAGE[p.stage]}がエラーメッセージなしで失敗しました。`,
  'inconclusive.explanation.no-run': 'チェーンを実行して証拠を集めてください。',
  'inconclusive.explanation.unexplained':
    'すべての障害モードが証拠により除外されました（「除外された原因」を参照）。タイムラインに収集した内容が表示されています。',
  'inconclusive.todo.network':
    'AWS のエンドポイントが応答しませんでした。エンドポイントの URL とネットワーク（サンドボックスの場合は `npm start` が動いているか）を確認し、再実行してください。',
  'inconclusive.todo.password': 'テストユーザーのユーザー名とパスワードを確認し、再実行してください。',
  'inconclusive.todo.user-not-confirmed':
    'ユーザープールでテストユーザーを確認済みにする（または確認済みのユーザーを使う）うえで、再実行してください。',
  'inconclusive.todo.user-action-required':
    'MFA やパスワード変更が保留されていないテストユーザーを使うか、先にアプリでその手順を完了してください。',
  'inconclusive.todo.flow-not-enabled':
    'アプリクライアントがこのサインインフローを許可していません。別のフローを選ぶか、アプリクライアントで有効にしてください。',
  'inconclusive.todo.resource-not-found':
    '設定の ID がこのアカウントとリージョンに存在しません。ユーザープール、アプリクライアント、ID プールの ID を確認してください。',
  'inconclusive.todo.unknown':
    'タイムラインで失敗したステップと AWS のエラーを確認してください。Authtrace が知るべき障害モードであれば、ケースを Authtrace チームにお送りください。',
  'inconclusive.todo.run': 'チェーンを実行するか、お客様から届いた証拠をオフラインページに貼り付けてください。',

  // section: provider-not-configured
  'provider-not-configured.confirmed': (p) => `ID プールが ID トークンを拒否しました: "${p.message}"`,
  'provider-not-configured.ruled-out.accepted':
    'ID プールはアプリクライアントの ID トークンを受け付け、認証情報を発行しました。',
  'provider-not-configured.proof.answer': 'ID プールの応答',
  'provider-not-configured.proof.iss': 'ID トークンの発行者 (iss)',
  'provider-not-configured.proof.aud': 'ID トークンの対象 (aud、アプリクライアント)',
  'provider-not-configured.proof.providers': 'ID プールの Cognito プロバイダー',
  'provider-not-configured.headline': (p) =>
    `ID プールがこのアプリクライアントのトークンを受け付けていません: ${p.providerName} / ${p.clientId} はプロバイダーに登録されていません。`,
  'provider-not-configured.explanation': (p) =>
    `サインインは成功しましたが、ID プールが ID トークンを拒否したため（NotAuthorizedException: ${p.message}）、認証情報は発行されず、AppSync は呼び出されていません。` +
    (p.pool === 'unknown'
      ? `Cognito プロバイダーに ${p.providerName} とアプリクライアント ${p.clientId} が含まれている必要があります。`
      : p.pool === 'other-client'
        ? `ID プールにはユーザープール ${p.providerName} がアプリクライアント ${p.listedClientId} で登録されており、アプリの ${p.clientId} ではありません。`
        : `ID プールにユーザープール ${p.providerName} が登録されていません。`),
  'provider-not-configured.fix': (p) =>
    `ID プールの認証プロバイダー（Cognito ユーザープール）に、ユーザープール ${p.providerName} とアプリクライアント ${p.clientId} を追加してください。`,
  'provider-not-configured.customer': (p) =>
    `サインイン後、ID プール ${p.identityPoolId} が ID トークンを拒否しております（"${p.message}"）。ID プールの認証プロバイダーに、ユーザープール ${p.providerName} とアプリクライアント ${p.clientId} を追加していただけますでしょうか。`,

  'provider-not-configured.consistent.which-pool': (p) =>
    `ID プールの応答は "${p.message}" でした。このユーザープールのアプリクライアントが登録されていませんが、別の ID プール（アプリの ID プール ID の誤り）でも同じ応答になります。ID プールの認証プロバイダーで判断できます。`,
  'provider-not-configured.consistent.no-provider': (p) =>
    `GetId の応答は "${p.message}" でした: ID プールにこのログインのプロバイダーがありません。ユーザープールが登録されていないか、アプリの設定が別の ID プールを指している可能性があります。`,

  // section: identity-pool-not-found
  'identity-pool-not-found.confirmed': (p) =>
    p.variant === 'malformed'
      ? 'アプリの設定にある ID プール ID は、ID プール ID の形式ではありません。'
      : 'アプリの ID を持つ ID プールは、このアカウントとリージョンに存在しません。',
  'identity-pool-not-found.consistent':
    'GetId はプールを見つけましたが、このログインのプロバイダーがありません: アプリの ID が別のプールのものである可能性があります。',
  'identity-pool-not-found.ruled-out.serves-user-pool': (p) =>
    `${p.identityPoolId} はこのユーザープールを認証プロバイダーとして登録しています。このユーザープールの ID プールです。`,
  'identity-pool-not-found.ruled-out.issued': 'アプリが指定した ID プールは認証情報を発行しました。',
  'identity-pool-not-found.proof.error': 'ID プールの呼び出しが失敗したエラー',
  'identity-pool-not-found.proof.message': 'メッセージ',
  'identity-pool-not-found.proof.config': 'アプリの設定にある ID プール ID',
  'identity-pool-not-found.headline': (p) =>
    p.variant === 'not-found'
      ? `アプリの ID プール ${p.identityPoolId} は、このアカウントとリージョンに存在しません。`
      : p.variant === 'malformed'
        ? `アプリの ID プール ID「${p.identityPoolId}」は ID プール ID ではありません。`
        : `アプリの ID プール ${p.identityPoolId} にこのユーザープールのプロバイダーがありません: 別のプールである可能性があります。`,
  'identity-pool-not-found.explanation': (p) =>
    `サインインは成功しましたが、ID プールの呼び出しが失敗したため（${p.name}: ${p.message}）、認証情報は発行されず、AppSync は呼び出されていません。` +
    (p.variant === 'not-found'
      ? 'ID が示すリージョンに、この ID の ID プールはありません: プールが削除・再作成されたか、別のアカウントや環境の ID です。'
      : p.variant === 'malformed'
        ? 'ID プール ID は <リージョン>:<UUID> の形式です。ユーザープール ID（<リージョン>_<ID>）との取り違えがよくある原因です。'
        : 'プールにこのログインの認証プロバイダーがないとき、GetId はこの応答を返します: ID が別のプール（ゲスト専用のプールや別環境のプール）を指しているか、このプールにユーザープールのプロバイダーが登録されていません。'),
  'identity-pool-not-found.fix': (p) =>
    `このユーザープールに対応する ID プールの ID をアプリの設定（amplify_outputs.json の auth.identity_pool_id、または aws_cognito_identity_pool_id）に設定してください: Cognito コンソール → ID プール（${p.region}）→ 該当プール → ID プール ID。` +
    (p.variant === 'no-provider'
      ? ` ${p.identityPoolId} が正しいプールであれば、代わりにユーザープールを認証プロバイダーとして追加してください。`
      : ''),
  'identity-pool-not-found.customer': (p) =>
    (p.variant === 'no-provider'
      ? `サインイン後、ID プール ${p.identityPoolId} がユーザーのログインを拒否しています（"${p.message}"）。このプールにはユーザープールの認証プロバイダーがなく、アプリの設定が別の ID プールを指している場合に起こります。`
      : `サインイン後、アプリは ID プール ${p.identityPoolId} に認証情報を要求していますが、Cognito はこのプールを見つけられません（"${p.message}"）。`) +
    'アプリの設定にある ID プール ID（amplify_outputs.json の auth.identity_pool_id）が、Cognito コンソールに表示される ID プール ID と一致しているかご確認いただけますでしょうか。',

  // section: wrong-logins-entry
  'wrong-logins-entry.confirmed': (p) => `ID プールが Logins のエントリを拒否しました: "${p.message}"`,
  'wrong-logins-entry.ruled-out.accepted': 'ID プールはアプリの Logins を受け付け、認証情報を発行しました。',
  'wrong-logins-entry.proof.answer': 'ID プールの応答',
  'wrong-logins-entry.proof.user-pool': 'アプリのユーザープール',
  'wrong-logins-entry.headline': (p) =>
    p.part === 'token'
      ? 'アプリが ID トークンではなくアクセストークンを ID プールに送っています。'
      : 'アプリの Logins のキーがユーザープールのプロバイダー名ではありません。',
  'wrong-logins-entry.explanation': (p) =>
    `サインインは成功しましたが、ID プールがログインを拒否したため（"${p.message}"）、認証情報は発行されず、AppSync は呼び出されていません。` +
    (p.part === 'token'
      ? 'アクセストークンには aud クレームがありません。ID プールが受け付けるのは、aud がアプリクライアントである ID トークンだけです。'
      : `Logins のキーは ID トークンの発行者から https:// を除いた ${p.providerName} でなければなりません。ユーザープール ID だけや別リージョンの名前では一致しません。`),
  'wrong-logins-entry.fix': (p) =>
    `Logins を { "${p.providerName}": <ID トークン> } として組み立ててください（AWS SDK: fromCognitoIdentityPool({ logins })）。または Amplify の fetchAuthSession() に組み立てさせてください。`,
  'wrong-logins-entry.customer': (p) =>
    `サインイン後、ID プールがアプリのログインを拒否しています（"${p.message}"）。` +
    (p.part === 'token'
      ? `アプリはアクセストークンを送っています。代わりに ID トークンを、キー "${p.providerName}" で送っていただけますでしょうか。`
      : `Logins のキーには "${p.providerName}" を、値には ID トークンを使っていただけますでしょうか。`),

  // section: stale-identity-id
  'stale-identity-id.confirmed':
    '呼び出しにはサインイン済みユーザーのログインが含まれていましたが、ID プールは ID を拒否しました。',
  'stale-identity-id.consistent':
    'ID プールが ID を拒否しました: 別のユーザーやプールの ID でも、ログインなしで要求されたサインイン済みの ID でも、この応答になります。',
  'stale-identity-id.ruled-out.issued': 'ID プールはアプリが示した ID に認証情報を発行しました。',
  'stale-identity-id.proof.answer': 'ID プールの応答',
  'stale-identity-id.proof.signed-in': 'サインイン（認証情報の呼び出しに ID トークンが含まれていました）',
  'stale-identity-id.headline': (p) => `アプリが示した ID ${p.identityId} は、このユーザーのものではありません。`,
  'stale-identity-id.explanation': (p) =>
    `サインインは成功しましたが、GetCredentialsForIdentity が ID を拒否したため（${p.message}）、認証情報は発行されず、AppSync は呼び出されていません。アプリが保存していた ID を再利用しています: 別のユーザーや別の ID プールの ID、または無効化された ID です。Cognito はユーザーのログインに対して、そのユーザーの ID しか認めません。`,
  'stale-identity-id.fix':
    '保存された ID を消去し、アプリに GetId をやり直させてください: サインアウトする（Amplify v6 は signOut で消去します）か、アプリのストレージから ID を削除してください。ユーザーやプールの間で ID を共有しないでください。',
  'stale-identity-id.customer': (p) =>
    `サインイン後、ID プールがアプリの示す ID ${p.identityId} を拒否しています（"${p.message}"）。アプリが別のユーザーやプール用に保存した ID を再利用しています。一度サインアウトして再度サインインする（またはアプリの保存データを消去する）とともに、ユーザーをまたいで ID を保持しないようにしていただけますでしょうか。`,

  // section: token-expired
  'token-expired.confirmed': 'ID プールが ID トークンを期限切れとして拒否しました。',
  'token-expired.ruled-out.accepted': 'ID プールは ID トークンを受け付け、認証情報を発行しました。',
  'token-expired.proof.answer': 'ID プールの応答',
  'token-expired.proof.exp': 'ID トークンの exp',
  'token-expired.proof.iat': 'ID トークンの iat',
  'token-expired.proof.requested-at': '認証情報の要求時刻',
  'token-expired.headline': (p) =>
    `ID プールが受け取った時点で、ID トークンの有効期限はすでに切れていました${p.lateSeconds !== undefined ? `（${duration(p.lateSeconds, 'ja')}前に期限切れ）` : ''}。`,
  'token-expired.explanation': (p) =>
    `ID プールがログイントークンを拒否したため（"${p.message}"）、認証情報は発行されず、AppSync は呼び出されていません。` +
    (p.exp !== undefined
      ? `トークンの有効期限は ${when(p.exp * 1000, 'ja')}${p.iat !== undefined ? `（発行 ${when(p.iat * 1000, 'ja')}）` : ''}、認証情報の要求は ${when(p.requestedAt, 'ja')}${p.serverNow !== undefined ? `（ID プールの時計では ${when(p.serverNow * 1000, 'ja')}）` : ''}でした。`
      : '') +
    'アプリはセッションを更新せずに古いトークンを送信しています。' +
    (p.deviceBehind
      ? '端末の時計ではトークンはまだ有効だったため、Amplify はトークンを更新しませんでした。端末の時計が AWS の時計より遅れています。'
      : ''),
  'token-expired.fix':
    '認証情報を要求する前にセッションを更新してください: キャッシュした ID トークンではなく `fetchAuthSession()` が返すトークンを使う（Amplify がリフレッシュトークンで更新します）か、`fetchAuthSession({ forceRefresh: true })` を呼び出してください。',
  'token-expired.customer': (p) =>
    `ID トークンの有効期限が切れているため${p.exp !== undefined ? `（${when(p.exp * 1000, 'ja')} に期限切れ）` : ''}、ID プールが拒否しております（"${p.message}"）。保存済みの ID トークンを再利用せず、認証情報を取得する前にアプリでセッションを更新（fetchAuthSession）するよう変更していただけますでしょうか。`,

  // section: no-authenticated-role
  'no-authenticated-role.confirmed.mapping':
    'Cognito は、あいまいなロールマッピングのルールがこのユーザーを拒否したと応答しました。',
  'no-authenticated-role.confirmed.mapping-deny':
    'ID プールのロールマッピングはこのユーザーにロールを割り当てず、あいまいな場合は拒否する設定です。',
  'no-authenticated-role.confirmed.no-role': 'ID プールに認証済みロールがありません。',
  'no-authenticated-role.consistent':
    'Cognito は使用できるロールを見つけられませんでした。認証済みロールのない ID プールが当てはまります（ID プールのロールは未確認）。',
  'no-authenticated-role.ruled-out.issued':
    'ID プールは認証情報を発行しており、このユーザーに割り当てるロールがありました。',
  'no-authenticated-role.ruled-out.sts-tried': (p) =>
    `Cognito は STS に ${p.role || 'ロール'} の引き受けを要求しており、ID プールにはこのユーザー用のロールがあります。STS がそれを拒否しました。`,
  'no-authenticated-role.ruled-out.has-role': (p) =>
    `ID プールはこのユーザーにロールを割り当てています${p.role ? `: ${p.role}` : ''}。`,
  'no-authenticated-role.proof.sts-failed': 'STS AssumeRoleWithWebIdentity の失敗',
  'no-authenticated-role.proof.roles': 'ID プールのロール',
  'no-authenticated-role.proof.error': 'GetCredentialsForIdentity の失敗',
  'no-authenticated-role.proof.message': 'メッセージ',
  'no-authenticated-role.proof.mapping': 'ロールマッピング',
  'no-authenticated-role.headline.mapping':
    'ID プールのロールマッピングがこのユーザーにロールを割り当てず、あいまいな場合は拒否する設定になっています。',
  'no-authenticated-role.headline.no-role':
    'ID プールに認証済みロールがないため、サインイン済みユーザーは認証情報を取得できません。',
  'no-authenticated-role.explanation.mapping': (p) =>
    `サインインは成功しましたが、GetCredentialsForIdentity が失敗しました（${p.name}: ${p.message}）。` +
    (p.from === 'token'
      ? 'ロールマッピングはトークンからロールを取りますが、トークンは単一のロールを指定していません'
      : 'ユーザーのトークンに一致するロールマッピングのルールがありません') +
    '。また、AmbiguousRoleResolution が Deny です。',
  'no-authenticated-role.explanation.no-role': (p) =>
    `サインインは成功しましたが、GetCredentialsForIdentity が失敗しました（${p.name}: ${p.message}）。ID プールに認証済みロールが設定されていないため、Cognito はサインイン済みユーザーに引き受けるロールがありません（STS は呼び出されていません）。`,
  'no-authenticated-role.fix.mapping':
    'ロールマッピングをこのユーザーに一致させる（トークンが持つクレームに対するルール）か、AmbiguousRoleResolution を AuthenticatedRole にしてください。',
  'no-authenticated-role.fix.no-role': (p) =>
    `ID プールの認証済みロールを設定してください（SetIdentityPoolRoles）。信頼ポリシーで ${p.identityPoolId} を信頼するロールを指定します。`,
  'no-authenticated-role.customer.mapping': (p) =>
    `サインイン後、ID プール ${p.identityPoolId} がこのユーザーにロールを割り当てておりません。ロールマッピングが一致せず、あいまいな場合は拒否する設定になっております（"${p.message}"）。ユーザーに一致するルールを追加していただくか、ロールの解決を「デフォルトの認証済みロールを使用」に変更していただけますでしょうか。`,
  'no-authenticated-role.customer.no-role': (p) =>
    `サインイン後、ID プール ${p.identityPoolId} に認証済みロールが設定されていないため、認証情報を発行できておりません（"${p.message}"）。ID プールに認証済みロールを設定していただけますでしょうか。`,

  // section: trust-policy-mismatch
  'trust-policy-mismatch.confirmed.sts': (p) =>
    `CloudTrail によると、STS が${p.role ? ` ${p.role} の` : ''} AssumeRoleWithWebIdentity を拒否しています。`,
  'trust-policy-mismatch.confirmed.message': (p) => `STS がロールの引き受けを拒否しました: "${p.message}"`,
  'trust-policy-mismatch.confirmed.policy': (p) =>
    `${p.role} の信頼ポリシーは、この ID プールのサインイン済みユーザーを許可していません。`,
  'trust-policy-mismatch.consistent.sts': (p) =>
    `STS が${p.role ? ` ${p.role} の` : ''} AssumeRoleWithWebIdentity を拒否しました。ロールが存在しない場合（削除済み、または ID プールに別アカウントの ARN が設定されている場合）も同じ応答になるため、ロールの信頼ポリシーで判断できます。`,
  'trust-policy-mismatch.consistent':
    'InvalidIdentityPoolConfigurationException は、信頼ポリシーがこの ID プールを許可していないロールに当てはまります。',
  'trust-policy-mismatch.ruled-out.assumed': 'ID プールは認証情報を発行しており、STS はロールを引き受けています。',
  'trust-policy-mismatch.ruled-out.no-role':
    'ID プールにこのユーザー用のロールがないため、信頼ポリシーは評価されていません。',
  'trust-policy-mismatch.ruled-out.trusted': (p) =>
    `${p.role} の信頼ポリシーは、この ID プールのサインイン済みユーザーを許可しています。`,
  'trust-policy-mismatch.proof.assumed': 'STS が引き受けたロール',
  'trust-policy-mismatch.proof.pool-roles': 'ID プールのロール',
  'trust-policy-mismatch.proof.error': '認証情報取得の失敗',
  'trust-policy-mismatch.proof.sts': 'STS AssumeRoleWithWebIdentity',
  'trust-policy-mismatch.proof.trust-policy': 'ロールの信頼ポリシー',
  'trust-policy-mismatch.headline': (p) =>
    `Cognito が ${p.role || 'ID プールの認証済みロール'} を引き受けられませんでした: 信頼ポリシーがこの ID プールを信頼していません。`,
  'trust-policy-mismatch.explanation': (p) =>
    'サインインは成功しましたが、GetCredentialsForIdentity が失敗しました。STS が AssumeRoleWithWebIdentity を拒否したため、認証情報は発行されず、AppSync には到達していません。' +
    `ロールの信頼ポリシーは、aud = ${p.identityPoolId}、amr = authenticated の cognito-identity.amazonaws.com を許可する必要があります。`,
  'trust-policy-mismatch.fix': (p) =>
    `${p.role || 'ID プールの認証済みロール'} の信頼ポリシーで、ID プール ${p.identityPoolId} を信頼するよう設定してください。`,
  'trust-policy-mismatch.customer': (p) =>
    `サインイン後、ID プールが ${p.role || 'ID プールの認証済みロール'} を引き受けられませんでした（${p.name || 'AccessDenied'}）。ロールの信頼ポリシーの "cognito-identity.amazonaws.com:aud" を ${p.identityPoolId} に更新していただけますでしょうか（ステートメントを添付いたします）。`,

  // section: guest-credentials-used
  'guest-credentials-used.confirmed.pool': (p) => `ID プールが呼び出しをゲストとして扱い、拒否しました: "${p.message}"`,
  'guest-credentials-used.confirmed.sts-role': (p) => `STS は ID プールの未認証ロール ${p.role} を引き受けました。`,
  'guest-credentials-used.confirmed.run': '認証情報は ID トークンなしで発行されました（ゲストの認証情報）。',
  'guest-credentials-used.consistent.field':
    'リクエストはゲストの認証情報で署名されています。フィールドの拒否はこれにも、@aws_iam のないフィールドにも当てはまります。',
  'guest-credentials-used.consistent.role-unknown': (p) =>
    `STS は ${p.role} を引き受けました。これが ID プールの未認証ロールかどうかは不明です。`,
  'guest-credentials-used.consistent.no-record':
    'どのロールでリクエストが署名されたかは不明です。ゲストの認証情報でも同じように拒否されます。',
  'guest-credentials-used.consistent.forbidden':
    'サインイン済みの ID をログインなしで要求しても、この応答になります: アプリが ID トークンを付けたかどうかはケースにありません。',
  'guest-credentials-used.ruled-out.sts-role': (p) =>
    `STS が引き受けたのは ${p.role} で、ID プールの未認証ロールではありません。`,
  'guest-credentials-used.ruled-out.no-guests':
    'ID プールはゲストを許可していないため、ゲストの認証情報は発行されません。',
  'guest-credentials-used.ruled-out.with-token':
    '認証情報はサインイン済みユーザーの ID トークンを付けて要求されています。',
  'guest-credentials-used.proof.answer': 'ID プールの応答',
  'guest-credentials-used.proof.sts-role': 'STS が引き受けたロール',
  'guest-credentials-used.proof.pool-role': 'ID プールのロール',
  'guest-credentials-used.proof.guests': 'ゲストアクセスの有効化',
  'guest-credentials-used.proof.session': 'サインイン済みセッションの認証情報',
  'guest-credentials-used.proof.guest': 'ゲストの認証情報（Logins なし）',
  'guest-credentials-used.proof.signed-in': 'サインイン（認証情報の呼び出しに ID トークンが含まれていました）',
  'guest-credentials-used.proof.appsync': 'AppSync の応答',
  'guest-credentials-used.headline.pool':
    'アプリが ID トークンなしで認証情報を要求しましたが、ID プールはゲストを許可していません。',
  'guest-credentials-used.headline.signed': (p) =>
    `リクエストはサインイン済みユーザーではなく、ゲストの認証情報（${p.role ?? 'ID プールの未認証ロール'}）で署名されています。`,
  'guest-credentials-used.explanation.pool': (p) =>
    `ユーザーはサインイン済みですが、GetId / GetCredentialsForIdentity に Logins が含まれていなかったため、Cognito は呼び出しをゲストとして扱い、拒否しました（${p.message}）。`,
  'guest-credentials-used.explanation.signed': (p) =>
    `ユーザーはサインイン済みですが、認証情報が Logins に ID トークンを含めずに取得されたため、ID プールは ${p.role ?? 'ID プールの未認証ロール'} のゲスト認証情報を発行しました。このロールではこの API を呼び出せず、AppSync がリクエストを拒否しました（HTTP ${p.status ?? '—'}）。`,
  'guest-credentials-used.headline.forbidden':
    'アプリが ID トークンなしでユーザーの ID を要求している可能性があります。',
  'guest-credentials-used.explanation.forbidden': (p) =>
    `GetCredentialsForIdentity が ID を拒否しました（${p.message}）。サインイン済みユーザーの ID をログインなしで要求すると、このように拒否されます。`,
  'guest-credentials-used.customer.forbidden': (p) =>
    `ID プールがアプリの認証情報の要求を拒否しています（"${p.message}"）。アプリがサインイン済みユーザーの ID トークンを付けて要求しているか（signIn の後に fetchAuthSession）ご確認いただけますでしょうか。`,
  'guest-credentials-used.fix':
    'サインイン完了後に、ID トークンを付けて認証情報を取得してください（Amplify v6: `signIn` 完了後に `fetchAuthSession()`、独自のコード: `Logins: { "cognito-idp.<region>.amazonaws.com/<userPoolId>": idToken }`）。ゲストアクセスは、ゲストに API を呼び出させる場合にのみ許可してください。',
  'guest-credentials-used.misleading':
    'Amplify の復旧の提案（authMode について）は当てはまりません: リクエストは署名されていますが、誤った（ゲストの）ID で署名されています。',
  'guest-credentials-used.customer.pool': (p) =>
    `アプリがサインイン済みユーザーの ID トークンなしで ID プールの認証情報を要求しているため、ゲストとして扱われております（"${p.message}"）。サインイン完了後に ID トークンを付けて認証情報を取得するよう（signIn の後に fetchAuthSession）変更していただけますでしょうか。`,
  'guest-credentials-used.customer.signed': (p) =>
    `ユーザーはサインイン済みですが、AppSync へのリクエストはゲストの認証情報（${p.role ?? 'ID プールの未認証ロール'}）で署名されておりました。アプリが ID トークンなしで認証情報を取得しております。サインイン完了後に ID トークンを付けて認証情報を取得するよう（signIn の後に fetchAuthSession）変更していただけますでしょうか。`,

  // section: group-role-selected
  'group-role-selected.confirmed': (p) =>
    `STS が引き受けたのはグループのロール ${p.role} で、ID プールの既定の認証済みロールではありません。`,
  'group-role-selected.consistent.field': (p) =>
    `STS はグループのロール ${p.role} を引き受けました。フィールドの拒否はこれにも、@aws_iam のないフィールドにも当てはまります。`,
  'group-role-selected.consistent.role-unknown': (p) =>
    `STS は ${p.role} を引き受けました。これが ID プールの既定の認証済みロールかどうかは不明です。`,
  'group-role-selected.consistent.mapped': (p) =>
    `ユーザーのグループには ${p.role} が設定されており、ID プールがこれを選んだ可能性があります。`,
  'group-role-selected.consistent.no-evidence':
    'どのロールでリクエストが署名されたかは不明です。権限のないグループのロールでも同じように拒否されます。',
  'group-role-selected.ruled-out.guest': '認証情報はゲストのものであり、グループのロールは関係しません。',
  'group-role-selected.ruled-out.default-role': (p) =>
    `STS は ID プールの既定の認証済みロール ${p.role} を引き受けています。`,
  'group-role-selected.ruled-out.unauth-role': (p) =>
    `STS は ID プールの未認証ロール ${p.role} を引き受けています。グループではなくゲストの認証情報です。`,
  'group-role-selected.ruled-out.no-mapping':
    'ID プールにロールマッピングがないため、サインイン済みユーザーには常に認証済みロールが割り当てられます。',
  'group-role-selected.ruled-out.no-group-role':
    'ID トークンにグループのロール（cognito:roles / cognito:preferred_role）が含まれていません。',
  'group-role-selected.ruled-out.pool-default': (p) =>
    `ID プールのロール設定では、このユーザーには既定の認証済みロール${p.role ? ` ${p.role}` : ''}が割り当てられます。`,
  'group-role-selected.proof.guest': 'ゲストの認証情報（Logins なし）',
  'group-role-selected.proof.sts-role': 'STS が引き受けたロール',
  'group-role-selected.proof.default-role': 'ID プールの既定の認証済みロール',
  'group-role-selected.proof.unauth-role': 'ID プールの未認証ロール',
  'group-role-selected.proof.pool-roles': 'ID プールのロール',
  'group-role-selected.proof.mapping': 'ID プールのロールマッピング',
  'group-role-selected.proof.claims': 'ID トークンのクレーム',
  'group-role-selected.proof.preferred-role': 'トークンの優先ロール',
  'group-role-selected.proof.groups': 'ユーザーのグループ',
  'group-role-selected.proof.appsync': 'AppSync の応答',
  'group-role-selected.proof.field': 'エラー',
  'group-role-selected.headline': (p) =>
    p.role
      ? `ID プールは ${p.defaultRole ?? '既定の認証済みロール'} ではなくグループのロール ${p.role} を選んでおり、このロールではこの呼び出しが許可されていません。`
      : 'ID プールが既定の認証済みロールではなくグループのロールを選んでおり、そのロールではこの呼び出しが許可されていない可能性があります。',
  'group-role-selected.explanation': (p) =>
    `ID プールはトークンからロールを決めるため（${p.how === 'rules' ? 'クレームに対するルール' : 'cognito:preferred_role / cognito:roles'}）、ユーザーの Cognito グループがロールを決めます。` +
    `認証情報は ${p.role ?? 'そのロール'} に対して発行され、AppSync はそれで署名されたリクエストを拒否しました（HTTP ${p.status ?? '—'}${p.fieldError ? `: ${p.fieldError}` : ''}）。`,
  'group-role-selected.fix': (p) =>
    `${p.role ?? 'グループのロール'}（グループのロール）でこの API のフィールドに対する appsync:GraphQL を許可するか、このユーザーに既定の認証済みロールが割り当てられるよう ID プールのロール解決を変更してください。`,
  'group-role-selected.misleading':
    'Amplify の復旧の提案（authMode について）は当てはまりません: リクエストはグループのロールの認証情報で署名されています。',
  'group-role-selected.customer': (p) =>
    `ID プールは既定の認証済みロールではなく、ユーザーのグループのロール（${p.role ?? 'グループのロール'}）を引き受けており、そのロールではこの AppSync 呼び出しが許可されておりません。${p.role ?? 'グループのロール'} にこの API の appsync:GraphQL を許可していただく（ステートメントを添付いたします）か、ID プールのロール設定を既定の認証済みロールを使うよう変更していただけますでしょうか。`,

  // section: wrong-signing-scope
  'wrong-signing-scope.confirmed': (p) => `AppSync が認証情報のスコープを拒否しました: "${p.message}"`,
  'wrong-signing-scope.ruled-out.scope-accepted': (p) =>
    `AppSync は認証情報のスコープを拒否していません: 応答は HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''} でした。`,
  'wrong-signing-scope.proof.answered': 'AppSync の応答',
  'wrong-signing-scope.proof.answer': 'AppSync の応答',
  'wrong-signing-scope.proof.scope': 'リクエストの署名対象',
  'wrong-signing-scope.headline.service': (p) =>
    `リクエストは appsync ではなくサービス ${p.service} 向けに署名されています。`,
  'wrong-signing-scope.headline.region': (p) =>
    `リクエストは ${p.signedRegion || '別のリージョン'} 向けに署名されていますが、API は ${p.region} にあります。`,
  'wrong-signing-scope.explanation': (p) =>
    `AppSync は最初に SigV4 の認証情報スコープを確認し、${p.signedFor || '別のスコープ'} を拒否しました（403 InvalidSignatureException: ${p.message}）。` +
    (p.retries > 0 ? `Amplify はさらに ${p.retries} 回再試行した後、一般的なエラーを表示しました。` : '') +
    'Amplify は、アプリ設定の API セクションのリージョン（amplify_outputs.json の `data.aws_region`、aws-exports の `aws_appsync_region`）で AppSync へのリクエストに署名します。',
  'wrong-signing-scope.fix': (p) =>
    `サービス "appsync"、リージョン ${p.region} で署名してください: アプリ設定の API のリージョンを ${p.region} にします。`,
  'wrong-signing-scope.misleading':
    'Amplify は再試行の後これを "Unknown error" と報告しますが、通信内容には AppSync の InvalidSignatureException が含まれています。',
  'wrong-signing-scope.customer': (p) =>
    `リクエストの署名が ${p.signedFor || '別のスコープ'} 向けですが、API は ${p.region} にあるため、AppSync が署名を拒否しております（"${p.message}"）。アプリの設定（amplify_outputs.json の data.aws_region）の API リージョンを ${p.region} にしていただけますでしょうか。`,

  // section: clock-skew
  'clock-skew.confirmed.message': (p) => `AppSync が署名の時刻を拒否しました: "${p.message}"`,
  'clock-skew.confirmed.skew': (p) =>
    `ブラウザの時計は AppSync の Date ヘッダーより ${duration(p.skewSeconds, 'ja')}${p.skewSeconds < 0 ? '遅れて' : '進んで'}いました。`,
  'clock-skew.consistent': (p) =>
    `AppSync は認証情報が期限切れだと応答していますが、ブラウザの時計では${p.expiration ? ` ${when(p.expiration, 'ja')} まで` : ''}有効でした。端末の時計のずれが当てはまります。`,
  'clock-skew.ruled-out.in-sync': (p) =>
    `ブラウザの時計と AppSync の Date ヘッダーの差は ${duration(p.skewSeconds, 'ja')}以内でした。`,
  'clock-skew.ruled-out.time-accepted': (p) =>
    `AppSync は署名の時刻を拒否していません: 応答は HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''} でした。`,
  'clock-skew.ruled-out.expired-by-browser':
    'ブラウザ自身の時計でも、認証情報はリクエストの前に期限切れでした。AppSync の応答を説明するのに時計のずれは必要ありません。',
  'clock-skew.proof.skew': 'ブラウザの時計 − AppSync の Date（秒）',
  'clock-skew.proof.answered': 'AppSync の応答',
  'clock-skew.proof.answer': 'AppSync の応答',
  'clock-skew.proof.expiration': '認証情報の有効期限',
  'clock-skew.proof.signed-at': 'リクエストの署名時刻',
  'clock-skew.proof.server-date': 'AppSync の Date ヘッダー',
  'clock-skew.proof.after-retry': 'Amplify の時刻補正後',
  'clock-skew.headline': (p) =>
    p.skewSeconds === undefined
      ? 'ブラウザの時計が 5 分以上ずれています: リクエストの署名時刻が AWS の許容範囲（5 分）の外です。'
      : `ブラウザの時計が AppSync より ${duration(p.skewSeconds, 'ja')}${p.skewSeconds < 0 ? '遅れて' : '進んで'}います: リクエストの署名時刻が AWS の許容範囲（5 分）の外です。`,
  'clock-skew.explanation': (p) =>
    `SigV4 の署名には署名時刻が含まれ、AWS は自身の時計と 5 分以上離れた署名を拒否します${p.message ? `（${p.message}）` : ''}。` +
    (p.retried
      ? `その後 Amplify は AppSync の Date ヘッダーから時刻を補正して再試行しましたが、AppSync の時計では認証情報${p.expiration ? `（ブラウザの時計では ${when(p.expiration, 'ja')} まで有効）` : ''}がすでに期限切れだったため ExpiredTokenException となりました。これは時計のずれによる症状であり、認証情報の期限切れが原因ではありません。`
      : ''),
  'clock-skew.headline.expired-token': (p) =>
    `AppSync は認証情報が期限切れだと応答していますが、ブラウザの時計では${p.expiration ? ` ${when(p.expiration, 'ja')} まで` : ''}有効でした: 端末の時計が AWS より遅れている可能性があります。`,
  'clock-skew.explanation.expired-token': (p) =>
    `ブラウザの時計では認証情報は${p.expiration ? ` ${when(p.expiration, 'ja')} まで` : ''}有効でしたが、AppSync は ExpiredTokenException を返しました。` +
    '端末の時計が AWS より遅れていると、AWS では期限切れの認証情報がアプリには有効に見え、アプリはそれで署名し続けます。',
  'clock-skew.customer.expired-token':
    'アプリの認証情報はまだ有効なはずですが、AppSync は期限切れと応答しております。端末の時計が AWS の時刻より遅れている場合に起こります。端末の日付と時刻を自動設定にしていただき、もう一度お試しいただけますでしょうか。',
  'clock-skew.fix':
    '端末の時計を自動設定（ネットワーク時刻）にしてください。Amplify v6 は読み取れる応答の Date ヘッダーからしか時刻のずれを補正せず、ID プールが発行した認証情報は AWS の時計で期限切れになります。',
  'clock-skew.misleading':
    'Amplify の復旧の提案（authMode について）は当てはまりません: 拒否されたのは署名の時刻であり、認可モードではありません。',
  'clock-skew.customer': (p) =>
    `端末の時刻が AWS の時刻と${p.skewSeconds === undefined ? ' 5 分以上' : ` ${duration(p.skewSeconds, 'ja')}`}ずれているため、AppSync がリクエストの署名を拒否しております${p.message ? `（"${p.message}"）` : ''}。端末の日付と時刻を自動設定にしていただき、もう一度お試しいただけますでしょうか。`,

  // section: share link
  'share.refused.too-large': (p) =>
    `リンクは作成されませんでした: 短縮してもこのケースの証拠は ${p.megabytes} MB あり、共有リンクに入るのは ${p.limitMegabytes} MB までです。代わりに JSON エクスポートをお送りください（Authtrace の「Open a saved case」または \`npm run check -- --case\` で開けます）。`,
  'share.refused.too-long': (p) =>
    `リンクは作成されませんでした: 短縮してもこのケースのリンクは ${p.characters.toLocaleString('ja')} 文字になり、共有リンクで開けるのは ${p.limitCharacters.toLocaleString('ja')} 文字までです。代わりに JSON エクスポートをお送りください（Authtrace の「Open a saved case」または \`npm run check -- --case\` で開けます）。`,
  'share.refused.unreadable': (p) =>
    `リンクは作成されませんでした: そのリンクは開けません（${p.reason}）。代わりに JSON エクスポートをお送りください。`,

  // section: credentials-not-recognized
  'credentials-not-recognized.ruled-out.recognized': (p) =>
    `AppSync はリクエストに署名した認証情報を認識しています: 応答は HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''} で、UnrecognizedClientException ではありません。`,
  'credentials-not-recognized.confirmed.token-missing':
    'リクエストは一時的な認証情報で署名されていますが、x-amz-security-token ヘッダーがありません。セッショントークンがないと、AWS はそのキーを認識しません。',
  'credentials-not-recognized.confirmed.other-key': (p) =>
    `リクエストはアクセスキー ${p.signed} で署名されており、この実行で ID プールが発行した ${p.issued} ではありません。`,
  'credentials-not-recognized.consistent.token-sent': (p) =>
    `リクエストには発行されたキーとセッショントークンが含まれています${p.recorded === 'yes' ? '（CloudTrail でも STS がそのキーを発行しています）' : ''}が、AppSync は認識しませんでした。途中でトークンが変更された（プロキシ、ヘッダーの切り詰め）か、別のアカウントまたはパーティションのエンドポイントに送られた可能性があります。`,
  'credentials-not-recognized.consistent.unseen':
    'AppSync は認証情報を認識しませんでしたが、どのキーで署名したか、セッショントークンを送ったかは証拠からは分かりません。',
  'credentials-not-recognized.proof.answered': 'AppSync の応答',
  'credentials-not-recognized.proof.answer': 'AppSync の応答',
  'credentials-not-recognized.proof.message': 'メッセージ',
  'credentials-not-recognized.proof.signed-with': '署名に使われたアクセスキー',
  'credentials-not-recognized.proof.issued': 'ID プールが発行したアクセスキー',
  'credentials-not-recognized.proof.token-sent': 'x-amz-security-token の送信',
  'credentials-not-recognized.proof.sts-record': 'STS がそのキーを発行（CloudTrail）',
  'credentials-not-recognized.headline.token-missing':
    'リクエストは認証情報のセッショントークンなしで署名されたため、AppSync が認識しませんでした。',
  'credentials-not-recognized.headline.other-key':
    'リクエストは ID プールが発行したものとは別のアクセスキーで署名されています。',
  'credentials-not-recognized.headline.unknown': 'AppSync はリクエストに署名した認証情報を認識しませんでした。',
  'credentials-not-recognized.explanation': (p) =>
    `AppSync（${p.host || 'GraphQL エンドポイント'}、${p.region} 向けの署名）は UnrecognizedClientException${quoted(p.message)}を返しました。署名したキーは送信先で認識されていません。チェーンは AppSync まで到達しており、IAM ポリシーが評価される前にキーが拒否されています。` +
    (p.cause === 'token-missing'
      ? 'ID プールの認証情報は一時的なもので、AWS は x-amz-security-token ヘッダーのセッショントークンと一緒でなければそのキーを受け付けません。アプリのリクエストにはそれが含まれていません（アクセスキー ID とシークレットキーだけを渡した署名処理）。'
      : p.cause === 'other-key'
        ? 'アプリは受け取ったばかりの認証情報ではなく、別の場所（別の環境、以前のセッション、埋め込まれたキー）のキーで署名しています。'
        : 'よくある原因: セッショントークンの欠落や切り詰め、別のアカウントや環境のキー、キーとは別のパーティション（aws-cn、aws-us-gov）のエンドポイント。'),
  'credentials-not-recognized.fix.token-missing':
    '認証情報の 3 つの値（アクセスキー ID、シークレットキー、セッショントークン）をすべて使って署名してください（Amplify のクライアントはそうしています。独自の SigV4 署名処理には `sessionToken` が必要です）。',
  'credentials-not-recognized.fix.other-key':
    '別の環境やセッションのキーではなく、サインイン中のユーザーに `fetchAuthSession()` が返す認証情報で各リクエストに署名してください。',
  'credentials-not-recognized.fix.unknown':
    '`fetchAuthSession()` が返す認証情報の 3 つの値すべてで署名し、同じアカウント・パーティションにある API 自身のエンドポイントへリクエストをそのまま送ってください。',
  'credentials-not-recognized.misleading':
    'Amplify の対処案（authMode について）は当てはまりません。認可モードやポリシーが確認される前に、署名のキーが認識されませんでした。',
  'credentials-not-recognized.customer': (p) =>
    `アプリがリクエストの署名に使っている認証情報を、AppSync${p.host ? `（${p.host}）` : ''}が認識しておりません（「The security token included in the request is invalid」）。` +
    (p.cause === 'token-missing'
      ? 'リクエストに一時的な認証情報のセッショントークンが含まれておりません。アクセスキー ID、シークレットキー、セッショントークンをそろえて署名するよう、アプリをご修正いただけますでしょうか。'
      : p.cause === 'other-key'
        ? 'アプリは Cognito がユーザーに発行したばかりのものとは別のキーで署名しております。fetchAuthSession が返す認証情報で署名するよう、ご修正いただけますでしょうか。'
        : 'fetchAuthSession が返す認証情報（セッショントークンを含む）で署名し、API 自身のエンドポイントへ送信するよう、アプリをご確認いただけますでしょうか。'),
  'credentials-not-recognized.need.how':
    'アプリが送ったとおりの失敗したリクエストを確認してください（ブラウザのネットワークパネルからの HAR、またはリクエストヘッダー）: `Authorization: … Credential=` のアクセスキー、`x-amz-security-token` が変更されずに含まれているか、送信先のホスト。',
  'credentials-not-recognized.need.ask':
    'ブラウザの開発者ツールを開いた状態でエラーを一度再現し、失敗した GraphQL リクエストを HAR ファイル（ネットワークタブ → HAR をエクスポート）またはそのリクエストヘッダーとしてお送りいただけますでしょうか。',

  // section: credentials-expired
  'credentials-expired.confirmed.by-browser': (p) =>
    `ブラウザ自身の時計で、認証情報はリクエストの ${duration(p.lateSeconds, 'ja')}前に期限切れになっており、AppSync もそう応答しています。`,
  'credentials-expired.confirmed.clock-in-sync': (p) =>
    `AppSync はセキュリティトークンが期限切れだと応答しており、ブラウザの時計と AppSync の差は ${duration(p.skewSeconds, 'ja')}以内でした。`,
  'credentials-expired.consistent': (p) =>
    `AppSync は認証情報が期限切れだと応答しています${p.expiration ? `（ブラウザの時計では ${when(p.expiration, 'ja')} まで有効）` : ''}。認証情報の期限切れにも、端末の時計のずれにも当てはまります。`,
  'credentials-expired.ruled-out.not-expired': (p) =>
    `AppSync はセキュリティトークンの期限切れを示していません: 応答は HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''} でした。`,
  'credentials-expired.ruled-out.clock-skew':
    '端末の時計がずれています（時計のずれを参照）。それが AppSync の期限切れの応答を説明します。',
  'credentials-expired.proof.answered': 'AppSync の応答',
  'credentials-expired.proof.answer': 'AppSync の応答',
  'credentials-expired.proof.message': 'エラー',
  'credentials-expired.proof.expiration': '認証情報の有効期限',
  'credentials-expired.proof.signed-at': 'リクエストの署名時刻',
  'credentials-expired.proof.skew': 'ブラウザの時計 − AppSync の Date（秒）',
  'credentials-expired.headline.late': (p) =>
    `リクエストは ${duration(p.lateSeconds, 'ja')}前に期限切れになった認証情報で署名されていました。`,
  'credentials-expired.headline.said': 'AppSync は、リクエストに署名した認証情報が期限切れだと応答しています。',
  'credentials-expired.explanation': (p) =>
    'AppSync は ExpiredTokenException（The security token included in the request is expired）でリクエストを拒否しました。' +
    (p.expiration
      ? `ID プールの認証情報は ${when(p.expiration, 'ja')} に期限切れとなり、リクエストは ${when(p.signedAt, 'ja')} に署名されました。`
      : '') +
    'Amplify は有効期限を見ずに自身の時計で 50 分間認証情報を保持します。それより長く保持するコードや、有効期間が短い場合は、期限切れの認証情報で署名することになります。',
  'credentials-expired.fix':
    '署名の直前に認証情報を取得してください: 保持し続けるのではなく、リクエストごとに `fetchAuthSession()` を呼び出します（有効期限を過ぎた場合は `fetchAuthSession({ forceRefresh: true })`）。',
  'credentials-expired.misleading':
    'Amplify の復旧の提案（authMode について）は当てはまりません: 認証情報が期限切れでした。',
  'credentials-expired.customer': (p) =>
    `期限切れの認証情報で署名されているため、AppSync がリクエストを拒否しております（"The security token included in the request is expired"${p.expiration ? `、有効期限 ${when(p.expiration, 'ja')}` : ''}）。保存した認証情報を再利用せず、リクエストの前に新しい認証情報を取得（fetchAuthSession）するよう変更していただけますでしょうか。`,

  // 上の ID プールと署名のセクションで共有: チェーンが止まった場所、AppSync の応答
  'chain.pool-not-asked': (p) =>
    p.stop === 'none'
      ? '証拠に ID プールの呼び出しがありません。'
      : 'チェーンはサインインで止まっており、ID プールは呼び出されていません。',
  'chain.request-not-sent': (p) =>
    p.stop === 'none'
      ? '証拠に AppSync へのリクエストがありません。'
      : p.stop === 'graphql'
        ? 'AppSync へのリクエストは送信されていません: クライアントが送信前に止まりました。'
        : `チェーンは${STAGE[p.stop]}で止まっており、AppSync へのリクエストは送信されていません。`,
  'chain.not-iam': (p) => `リクエストは ID プールの認証情報で署名されていません（authMode ${p.authMode}）。`,
  'chain.other-pool-error': (p) => `ID プールは別のエラーで拒否しました${p.name ? `（${p.name}）` : ''}。`,
  'chain.no-role-refusal': (p) =>
    `AppSync は呼び出し元のロールを拒否していません: 応答は HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''} でした。`,
  'chain.proof.auth-mode': '呼び出しの認可モード',
  'chain.proof.credentials-issued': 'ID プールが発行したアクセスキー',
  'chain.proof.signed-request-answered': 'ID プールの認証情報で署名されたリクエストへの AppSync の応答',
  'chain.proof.stopped-with': 'チェーンを止めたエラー',
  'chain.proof.message': 'メッセージ',
  'chain.proof.outcome': 'ステップの結果',
  'chain.proof.appsync-answered': 'AppSync の応答',

  // section: api-lacks-iam-mode
  'api-lacks-iam-mode.confirmed': (p) =>
    `AppSync は IAM 署名付きリクエストに "${p.message}" と応答しました。SigV4 ヘッダーを別のモードのものとして読んでおり、これは AWS_IAM が API の認可モードにない場合にのみ起こります。`,
  'api-lacks-iam-mode.consistent.unsigned': (p) =>
    `AppSync は "${p.message}" と応答しました。API のどのモードでもリクエストの認可ヘッダーを読めないときの応答ですが、リクエストが IAM で署名されていたことはケースから確認できません。`,
  'api-lacks-iam-mode.consistent.no-header': (p) =>
    `IAM で署名されたリクエストに AppSync は "${p.message}" と応答しました。API のどのモードでも認可ヘッダーを読めないときの応答ですが、IAM を持つ API でもヘッダーが届かなかったとき（ヘッダーを落とすプロキシやカスタムドメイン、amplify-js #4373）に同じ応答になります。API の認可モードで判断できます。`,
  'api-lacks-iam-mode.consistent.rewritten':
    'AppSync は IAM の呼び出しを 401 UnauthorizedException で拒否し、Amplify がそのメッセージを "Unauthorized" に置き換えています。AWS_IAM のない API も同じ応答をします。',
  'api-lacks-iam-mode.ruled-out.accepted':
    'AppSync は IAM 署名付きリクエストを受け付けました（HTTP 200）。API には AWS_IAM モードがあります。',
  'api-lacks-iam-mode.ruled-out.signature': (p) =>
    `AppSync はリクエストの SigV4 署名を検証しています（${p.errorType}）。これは AWS_IAM モードでのみ行われます。`,
  'api-lacks-iam-mode.ruled-out.iam-refusal': (p) =>
    `AppSync は IAM による拒否（"${p.message}"）で応答しており、ヘッダーを読めない旨の応答ではありません。リクエストは IAM として評価されています。`,
  'api-lacks-iam-mode.ruled-out.config':
    'Amplify が AppSync のメッセージを隠していますが、アプリの設定は API の認可モードとして AWS_IAM を指定しています。',
  'api-lacks-iam-mode.ruled-out.other-answer': (p) =>
    `AppSync の応答は ${p.status || 'ステータスなし'}${p.errorType ? ` ${p.errorType}` : ''} で、リクエストの認可に関する 401 ではありません。`,
  'api-lacks-iam-mode.headline': 'API が IAM 署名付きリクエストを受け付けていません: AWS_IAM 認可モードがありません。',
  'api-lacks-iam-mode.explanation': (p) =>
    `リクエストは ID プールの認証情報で署名されていましたが、AppSync は IAM を評価せずに 401 "${p.message}" と応答しました。Authorization ヘッダーをトークンとして読んでおり、これは AWS_IAM がデフォルトモードにも追加モードにもない場合の動作です。`,
  'api-lacks-iam-mode.explanation.unsigned': (p) =>
    `AppSync は 401 "${p.message}" と応答しました。API のどのモードでもリクエストの Authorization ヘッダーを読めませんでした。アプリがリクエストを IAM で署名していた（ケースが示すモード）のであれば、API に AWS_IAM モードがありません。`,
  'api-lacks-iam-mode.explanation.rewritten':
    'AppSync は IAM の呼び出しを 401 UnauthorizedException で拒否し、Amplify が AppSync 自身のメッセージを "Unauthorized" に置き換えています。AWS_IAM モードのない API は IAM 署名付きリクエストをこのように拒否します（AppSync のメッセージは "Unable to parse JWT token." または "Valid authorization header not provided." になります）。',
  'api-lacks-iam-mode.fix':
    'API に AWS_IAM を追加の認可モードとして追加し（またはデフォルトにし）、アプリが読み取る型とフィールドに @aws_iam を付けてください（Amplify Gen 2: allow.authenticated("identityPool")）。',
  'api-lacks-iam-mode.misleading':
    'Amplify の復旧の提案（authMode について）が正しいのは、アプリが IAM を使う想定でない場合だけです。',
  'api-lacks-iam-mode.customer': (p) =>
    `AppSync がアプリの IAM 署名付きリクエストを受け付けておりません（"${p.message}"）。API の認可モードに AWS_IAM が含まれていない場合に発生いたします。${p.apiId ? `API ${p.apiId}` : '対象の API'} に AWS_IAM を追加の認可モードとして設定していただけますでしょうか。`,
  'api-lacks-iam-mode.customer.unproven': (p) =>
    `AppSync がアプリの IAM 署名付きリクエストを拒否しております。${p.apiId ? `API ${p.apiId}` : '対象の API'} の認可モードに AWS_IAM が含まれていない場合は、追加の認可モードとして設定していただけますでしょうか。`,

  // section: bearer-prefix
  'bearer-prefix.confirmed':
    'リクエストの Authorization ヘッダーが「Bearer 」で始まっており、AppSync はこれを読めません。',
  'bearer-prefix.consistent': (p) =>
    `AppSync はトークンを読めませんでした（"${p.message}"）: トークンの前の Bearer が原因である可能性があり、API にないモードのトークンでも同じ応答になります。`,
  'bearer-prefix.ruled-out.iam': '呼び出しは SigV4 で署名されており、トークンを送っていません。',
  'bearer-prefix.ruled-out.answer': 'AppSync はトークンを読めなかったとは応答していません。',
  'bearer-prefix.ruled-out.scheme': (p) =>
    `Authorization ヘッダーには${p.scheme === 'bare' ? 'トークンだけ' : ` ${p.scheme} `}が含まれており、Bearer は付いていませんでした。`,
  'bearer-prefix.proof.scheme': 'Authorization ヘッダーの先頭',
  'bearer-prefix.headline':
    'アプリが AppSync にトークンを「Bearer <トークン>」の形で送っています。AppSync が受け付けるのはトークンだけです。',
  'bearer-prefix.explanation': (p) =>
    `AppSync は 401 UnauthorizedException（"${p.message}"）を返しました。Cognito ユーザープールや OIDC の認可では Authorization ヘッダーを JWT そのものとして読むため、「Bearer 」が付くと読めません（AWS ナレッジセンター「AppSync の Unauthorized エラー」）。Amplify はトークンだけを送ります。Bearer はアプリ独自のヘッダーや HTTP インターセプターが付けています。`,
  'bearer-prefix.fix':
    'Authorization ヘッダーには JWT だけを送ってください（「Bearer 」を付けない）: 独自ヘッダーやインターセプターから Bearer を外すか、Amplify の client.graphql({ authMode: "userPool" }) にヘッダーを設定させてください。',
  'bearer-prefix.customer': (p) =>
    `Authorization ヘッダーが「Bearer <トークン>」になっているため、AppSync はアプリのリクエストを "${p.message}" で拒否しています。AppSync が受け付けるのはトークンだけですので、アプリ（または HTTP インターセプター）がこのヘッダーを設定している箇所で「Bearer 」を外していただけますでしょうか。`,

  // section: auth-mode-mismatch
  'auth-mode-mismatch.confirmed.no-credentials': (p) =>
    `Amplify は何も送信する前に "${p.message}" をスローしました。IAM の呼び出しに ID プールの認証情報がありませんでした。`,
  'auth-mode-mismatch.consistent.no-credentials': (p) =>
    `Amplify は何も送信する前に "${p.message}" をスローしましたが、証拠に ID プールへの呼び出しがありません。クライアントがプールに問い合わせていないか、問い合わせた応答が失われています（Amplify v5 は認証情報の取得失敗をすべて "No credentials" として報告します）。`,
  'auth-mode-mismatch.confirmed.other-mode': (p) =>
    `呼び出しは authMode ${p.used} を使用しましたが、アプリの設定のモードは ${p.expected} で、AppSync が拒否しました${quoted(p.message)}。`,
  'auth-mode-mismatch.consistent.same-mode': (p) =>
    `AppSync はアプリの設定どおりのモード ${p.mode} の呼び出しを拒否しました${quoted(p.message)}。そのモードのない API、またはそのモードを除外するルールがこの応答をします。`,
  'auth-mode-mismatch.consistent.unread': (p) =>
    `AppSync は呼び出しの認可を読めませんでした（"${p.message}"）。呼び出しが実際にどのモードを使ったかはケースから分かりません。`,
  'auth-mode-mismatch.ruled-out.iam-signed':
    '呼び出しは IAM で署名されています。AppSync が IAM をどう扱ったかは IAM 固有の障害モードで判定します。',
  'auth-mode-mismatch.ruled-out.accepted': (p) => `AppSync は ${p.mode} の呼び出しを受け付けました。`,
  'auth-mode-mismatch.ruled-out.bearer':
    'AppSync がトークンを読めなかったのは Bearer が付いていたためで、この応答はモードについて何も示していません。',
  'auth-mode-mismatch.ruled-out.token-expired':
    'AppSync は呼び出しのトークンを読み、期限切れとして拒否しました。モード自体は受け付けられています。',
  'auth-mode-mismatch.ruled-out.credentials-failed':
    'ID プールが先に認証情報の発行を拒否しています。IAM の呼び出しに認証情報がなかったのはモードではなくそのためです。',
  'auth-mode-mismatch.headline.no-credentials':
    '呼び出しは IAM を要求しましたが、クライアントに ID プールの認証情報がなく、何も送信されませんでした。',
  'auth-mode-mismatch.headline.other-mode': (p) =>
    `呼び出しは authMode ${p.used} を使用しましたが、API のルールは ${p.want} を想定しています。`,
  'auth-mode-mismatch.headline.same-mode': (p) =>
    `AppSync が ${p.mode} の呼び出しを拒否しました: API にこのモードがないか、フィールドのルールが除外しています。`,
  'auth-mode-mismatch.headline.unread':
    'AppSync が呼び出しの認可を読めませんでした。API にないモードで呼び出している可能性があります。',
  'auth-mode-mismatch.explanation.no-credentials': (p) =>
    `Amplify はリクエストの前に "${p.message}" をスローしました。authMode iam には ID プールの認証情報（設定内の ID プールとセッション）が必要です。`,
  'auth-mode-mismatch.explanation.other-mode': (p) =>
    `アプリの設定のモードは ${p.expected} ですが、この呼び出しは ${p.used} で上書きしています${p.message ? `。AppSync の応答は "${p.message}" でした` : ''}。呼び出しのモードは、API が持ち、かつフィールドのディレクティブが許可するものである必要があります。`,
  'auth-mode-mismatch.explanation.same-mode': (p) =>
    `呼び出しはアプリの設定どおりのモード ${p.mode} を使用し、AppSync が拒否しました${quoted(p.message)}。API にこのモードがない（モードはアプリではなく API 側で設定します）か、フィールドのディレクティブが許可していません。`,
  'auth-mode-mismatch.explanation.unread': (p) =>
    `AppSync は "${p.message}" と応答しました。API のどのモードでも呼び出しの Authorization ヘッダーを読めませんでした。API にないモードで呼び出している場合や、AppSync が読めない形でヘッダーを組み立てている場合（例: ユーザープールのトークンに "Bearer " を付けている）に起こります。`,
  'auth-mode-mismatch.fix.no-credentials':
    'ID プール（Auth.Cognito.identityPoolId）を設定し、authMode iam で呼び出す前にサインインするか、ルールが許可するモードで呼び出してください。',
  'auth-mode-mismatch.fix.other-mode': (p) =>
    `authMode '${p.want}' で呼び出すか（Amplify: client.graphql({ ..., authMode: '${p.want}' }) またはクライアントのデフォルト）、意図したものであれば API とフィールドの認可ルールに ${p.used} を追加してください。`,
  'auth-mode-mismatch.fix.same-mode': (p) =>
    `API の認可モードとフィールドのルールに ${p.mode} を追加するか、API が持つモードで呼び出してください。`,
  'auth-mode-mismatch.fix.unread':
    'API が持つモードで、AppSync が想定するヘッダーを付けて呼び出してください: authMode iam（Amplify が署名します）、または authMode userPool ではユーザープールの JWT をそのまま Authorization に入れます（"Bearer " は付けません）。',
  'auth-mode-mismatch.customer.no-credentials':
    'アプリは IAM 認可で AppSync を呼び出しておりますが、ID プールの認証情報がないためリクエストが送信されておりません。呼び出し前に ID プールを設定してサインインしていただくか、API が想定する認可モードをご使用いただけますでしょうか。',
  'auth-mode-mismatch.customer.other-mode': (p) =>
    `アプリの GraphQL 呼び出しは ${p.used} 認可モードを使用しておりますが、API はこの呼び出しに ${p.want} を想定しているため、AppSync が拒否しております。authMode '${p.want}' で呼び出していただけますでしょうか。`,
  'auth-mode-mismatch.customer.same-mode': (p) =>
    `AppSync が ${p.mode} 認可モードでのアプリの GraphQL 呼び出しを拒否しております。API にこのモードがあること、およびフィールドのルールが許可していることをご確認いただけますでしょうか。`,
  'auth-mode-mismatch.customer.unread': (p) =>
    `AppSync がアプリの GraphQL 呼び出しの認可を読み取れておりません（"${p.message}"）。呼び出しが API の認可モードのいずれかを使い、そのモードが想定するヘッダーを送っていることをご確認いただけますでしょうか。`,

  // section: explicit-deny
  'explicit-deny.confirmed': (p) =>
    `${p.policy}${sidOf(p.sid)} の Deny が ${p.arn} に一致しています。明示的な Deny はすべての Allow に優先します。`,
  'explicit-deny.consistent': (p) =>
    `IAM は ${roleOr(p.role)} の認証情報で署名されたリクエストを拒否しました（401 UnauthorizedException）。フィールドに一致する Deny があればこうなります。`,
  'explicit-deny.ruled-out.no-deny': (p) =>
    `${p.arn} に一致する Deny はありません。IAM は Allow がないために拒否しました。`,
  'explicit-deny.ruled-out.no-deny-statement': (p) =>
    `${roleOr(p.role)} のポリシーに appsync:GraphQL を対象とする Deny ステートメントはありません。`,
  'explicit-deny.headline': (p) =>
    `${p.policy}${sidOf(p.sid)} の Deny が ${p.field} への appsync:GraphQL を拒否しています。`,
  'explicit-deny.headline.unproven': (p) =>
    `${roleOr(p.role)} のポリシーの Deny が、この API への appsync:GraphQL を拒否している可能性があります。`,
  'explicit-deny.explanation': (p) =>
    `${signedBy(p.role, p.recorded)}明示的な Deny が ${p.arn} に一致しています。明示的な Deny はすべての Allow に優先するため（IAM ポリシーの評価ロジック）、AppSync は 401 UnauthorizedException を返しました。`,
  'explicit-deny.explanation.unproven': (p) =>
    `${signedBy(p.role, p.recorded)}AppSync の IAM チェックが呼び出しを拒否しました（401 UnauthorizedException）。フィールドの ARN に一致する Deny（インライン、管理ポリシー、アクセス許可の境界）があれば、Allow の内容にかかわらずこうなります。`,
  'explicit-deny.fix': (p) =>
    `${p.policy}${sidOf(p.sid)} の Deny を削除するか、${p.arn} に一致しないよう対象を絞ってください。`,
  'explicit-deny.fix.unproven':
    'この API のフィールドの ARN に一致する Deny（インライン、管理ポリシー、アクセス許可の境界）を探し、削除するか対象を絞ってください。',
  'explicit-deny.customer': (p) =>
    `サインインと ID プールの認証情報の取得は正常ですが、${roleOr(p.role)} のポリシー ${p.policy}${sidOf(p.sid)} の Deny ステートメントが ${p.arn} に一致するため、AppSync が呼び出しを拒否しております。該当する Deny を削除していただくか、この API に一致しないよう対象を絞っていただけますでしょうか。`,
  'explicit-deny.customer.unproven': (p) =>
    `サインインと ID プールの認証情報の取得は正常ですが、その認証情報で署名された呼び出しを AppSync の IAM チェックが拒否しております。${roleOr(p.role)} のポリシーにこの API に一致する Deny がある場合に、このような結果となります。`,

  // section: role-policy-missing-action
  'role-policy-missing-action.confirmed': (p) =>
    `${roleOr(p.role)} の ${p.count} 件の許可ポリシー${p.names ? `（${p.names}）` : ''}のいずれにも appsync:GraphQL を許可するステートメントがありません。`,
  'role-policy-missing-action.consistent': (p) =>
    `IAM は ${roleOr(p.role)} の認証情報で署名されたリクエストを拒否しました（401 UnauthorizedException）。appsync:GraphQL のステートメントがないロールであればこうなります。`,
  'role-policy-missing-action.ruled-out.has-allow': (p) =>
    `${p.policy} は（何らかのリソースに対して）appsync:GraphQL を許可しています。ロールはこのアクションを持っています。`,
  'role-policy-missing-action.headline': (p) =>
    `${roleOr(p.role)} には appsync:GraphQL を許可するステートメントがまったくありません。`,
  'role-policy-missing-action.headline.unproven': (p) =>
    `${roleOr(p.role)} には appsync:GraphQL を許可するステートメントがない可能性があります。`,
  'role-policy-missing-action.explanation': (p) =>
    `${signedBy(p.role, p.recorded)}${p.count} 件の許可ポリシー（${p.names || 'なし'}）のいずれもアクション appsync:GraphQL を許可していないため、IAM はすべての AppSync 呼び出しを拒否します（401 UnauthorizedException）。`,
  'role-policy-missing-action.explanation.unproven': (p) =>
    `${signedBy(p.role, p.recorded)}AppSync の IAM チェックが呼び出しを拒否しました（401 UnauthorizedException）。ポリシーが appsync:GraphQL をまったく許可していないロールでは、すべての AppSync 呼び出しがこうなります。`,
  'role-policy-missing-action.fix': (p) =>
    `この API のフィールドに対する appsync:GraphQL を許可するステートメントを ${roleOr(p.role)} に追加してください。`,
  'role-policy-missing-action.customer': (p) =>
    `サインインと ID プールの認証情報の取得は正常ですが、${roleOr(p.role)} のポリシーのいずれも appsync:GraphQL を許可していないため、AppSync が呼び出しを拒否しております。添付のステートメントをロールに追加していただけますでしょうか。`,
  'role-policy-missing-action.customer.unproven': (p) =>
    `サインインと ID プールの認証情報の取得は正常ですが、その認証情報で署名された呼び出しを AppSync の IAM チェックが拒否しております。appsync:GraphQL の許可がまったくないロールの場合に、このような結果となります。添付いたしましたステートメントにより、${roleOr(p.role)} にこの API への許可を付与することができます。`,
  'role-policy-missing-action.proof.policy': 'ロールの許可ポリシー',

  // section: role-policy-resource-mismatch
  'role-policy-resource-mismatch.confirmed': (p) =>
    `ロールの appsync:GraphQL の Allow は ${p.pattern} を指定しており、${p.arn} を含みません。`,
  'role-policy-resource-mismatch.confirmed.not-applied': (p) =>
    p.layer === 'boundary'
      ? `${p.policy} の Allow は ${p.arn} を含みますが、アクセス許可の境界が許可していません。`
      : `${p.policy} の Allow は ${p.arn} を含みますが、その Condition がこのリクエストでは成り立ちません。`,
  'role-policy-resource-mismatch.consistent': (p) =>
    `IAM は ${roleOr(p.role)} の認証情報で署名されたリクエストを拒否しました（401 UnauthorizedException）。Allow が別の ARN を指定していればこうなります。`,
  'role-policy-resource-mismatch.ruled-out.no-allow': (p) =>
    `${roleOr(p.role)} にはどのリソースに対しても appsync:GraphQL を許可するステートメントがなく、別の ARN を指定しているものもありません。`,
  'role-policy-resource-mismatch.ruled-out.covered': (p) => `${p.policy} の Allow は ${p.arn} を含んでいます。`,
  'role-policy-resource-mismatch.headline': (p) =>
    `${roleOr(p.role)} は appsync:GraphQL を許可していますが、この API 以外の ARN に対してのみです。`,
  'role-policy-resource-mismatch.headline.not-applied': (p) =>
    p.layer === 'boundary'
      ? `${roleOr(p.role)} はこの API への appsync:GraphQL を許可していますが、アクセス許可の境界が許可していません。`
      : `${roleOr(p.role)} はこの API への appsync:GraphQL を、このリクエストが満たさない Condition の下でのみ許可しています。`,
  'role-policy-resource-mismatch.headline.unproven': (p) =>
    p.recorded !== 'no'
      ? `${p.role} は引き受けられていますが、そのポリシーはこの API への appsync:GraphQL を許可していません。`
      : `AppSync の IAM チェックがリクエストを拒否しました: ${roleOr(p.role)} のポリシーがこの API への appsync:GraphQL を許可していません。`,
  'role-policy-resource-mismatch.explanation': (p) =>
    `${signedBy(p.role, p.recorded)}ポリシーは ${p.pattern} に対して appsync:GraphQL を許可していますが、${p.arn} を含みません${p.part ? `（${PART[p.part] ?? p.part}が異なります: ポリシーは ${p.policyPart}、API は ${p.requestPart}）` : ''}。`,
  'role-policy-resource-mismatch.explanation.not-applied': (p) =>
    `${signedBy(p.role, p.recorded)}${p.policy} の Allow は ${p.arn} を指定していますが、${p.layer === 'boundary' ? 'ロールのアクセス許可の境界にこれを含む許可がなく、リクエストには両方の許可が必要です' : 'その Condition がこのリクエストでは成り立ちません'}。そのため IAM が呼び出しを拒否しました（401 UnauthorizedException）。`,
  'role-policy-resource-mismatch.explanation.unproven': (p) =>
    `${signedBy(p.role, p.recorded)}その後 AppSync の IAM チェックが呼び出しを拒否しました（401 UnauthorizedException）。ロールのどのステートメントも ${p.arns || 'フィールドの ARN'} への appsync:GraphQL を許可していない場合に起こります。アプリを別のアカウントに移した後は、Resource が古いアカウントや API ID を指定したままになっていることがよくある原因です。`,
  'role-policy-resource-mismatch.fix': (p) =>
    `${roleOr(p.role)} のポリシーで、この API のフィールドの ARN に対する appsync:GraphQL を許可してください。`,
  'role-policy-resource-mismatch.fix.not-applied': (p) =>
    p.layer === 'boundary'
      ? 'ロールのアクセス許可の境界でも、この API のフィールドの ARN に対する appsync:GraphQL を許可してください。'
      : `${p.policy} の Allow の Condition をアプリのリクエストで成り立つよう変更するか、Condition なしでこの API のフィールドの ARN を許可してください。`,
  'role-policy-resource-mismatch.customer': (p) =>
    `サインインと ID プールの認証情報の取得は正常ですが、${roleOr(p.role)} のポリシーは ${p.pattern} に対してのみ appsync:GraphQL を許可しており、${p.arn} は含まれておりません。添付のステートメントのとおり、Resource を ${p.arn}（またはこの API の /*）に変更していただけますでしょうか。`,
  'role-policy-resource-mismatch.customer.not-applied': (p) =>
    p.layer === 'boundary'
      ? `サインインと ID プールの認証情報の取得は正常で、${roleOr(p.role)} はこの AppSync 呼び出しを許可しておりますが、アクセス許可の境界が許可していないため AppSync が拒否しております。境界でもこの API への appsync:GraphQL を許可していただけますでしょうか。`
      : `サインインと ID プールの認証情報の取得は正常ですが、${p.policy} のこの API への Allow に、アプリのリクエストが満たさない Condition があるため、AppSync が呼び出しを拒否しております。該当する Condition を調整していただけますでしょうか。`,
  'role-policy-resource-mismatch.customer.unproven': (p) =>
    `サインインと ID プールの認証情報の取得は正常です${p.recorded === 'yes' ? `（ID プールは ${p.role} を引き受けています）` : ''}。その後 AppSync が 401 UnauthorizedException で拒否しております。これは、${roleOr(p.role)} のポリシーが ${p.arn} への appsync:GraphQL を許可していないことを示しております。添付いたしましたステートメントで許可することができます。`,
  'role-policy-resource-mismatch.proof.part': (p) =>
    `${PART[p.part] ?? p.part}: ポリシーは ${p.policy}、API は ${p.request}`,

  // section: iam-denial
  'iam-denial.ruled-out.guest':
    'リクエストはゲストの認証情報で署名されています。サインイン済みユーザーのロールは使われていません。',
  'iam-denial.ruled-out.no-credentials': 'ID プールはリクエストの署名に使う認証情報を発行していません。',
  'iam-denial.ruled-out.accepted':
    'AppSync はリクエストを実行しました（HTTP 200）。IAM は appsync:GraphQL を許可しています。',
  'iam-denial.ruled-out.no-mode': (p) =>
    `AppSync はリクエストの認可を読めませんでした（"${p.message}"）。IAM は評価されていません。`,
  'iam-denial.ruled-out.other-answer': (p) =>
    `AppSync の応答は ${p.status || 'ステータスなし'}${p.errorType ? ` ${p.errorType}` : ''} で、IAM による 401 UnauthorizedException ではありません。`,
  'iam-denial.ruled-out.other-role': (p) =>
    `STS が引き受けたのは想定の ${p.expected} ではなく ${p.role} です。ポリシーより先に、どのロールが選ばれたかが問題です。`,
  'iam-denial.ruled-out.allowed': (p) =>
    `ロールのポリシーは ${p.arn} への appsync:GraphQL を許可しています。IAM は拒否していません。`,
  'iam-denial.misleading':
    'Amplify の復旧の提案（authMode について）は当てはまりません: リクエストは API の想定どおり IAM で署名され、IAM が拒否しています。',
  'iam-denial.need.simulation.how': (p) =>
    `${p.role} のステートメントにドキュメントだけでは判定できないもの（条件キーやポリシー変数）があります。AWS に評価させてください: \`aws iam simulate-principal-policy --policy-source-arn ${p.role} --action-names appsync:GraphQL --resource-arns ${p.arn}\`。`,
  'iam-denial.need.simulation.ask': (p) =>
    `\`aws iam simulate-principal-policy --policy-source-arn ${p.role} --action-names appsync:GraphQL --resource-arns ${p.arn}\` を実行し、その出力をお送りいただけますでしょうか。`,
  'iam-denial.proof.sts-role': 'STS が引き受けたロール',
  'iam-denial.proof.issued-key': '発行したアクセスキー',
  'iam-denial.proof.request-id': 'AppSync のリクエスト ID',
  'iam-denial.proof.log': 'AppSync のログ',
  'iam-denial.proof.guest': 'ゲストの認証情報（Logins なし）',
  'iam-denial.proof.expected-role': 'サインイン済みユーザーに想定されているロール',
  'iam-denial.proof.allow': (p) => `${p.policy} にあるロールの Allow`,
  'iam-denial.proof.deny': (p) => `${p.policy} の Deny ステートメント`,
  'iam-denial.proof.simulation': 'AWS のポリシーシミュレーションの判定',
  'iam-denial.proof.role-policies': '評価したロールのポリシー',

  // section: appsync-stage
  'appsync-stage.ruled-out.stopped': (p) =>
    `${STAGE[p.stage]}で処理が止まり、AppSync へのリクエストは送信されていません。`,
  'appsync-stage.ruled-out.no-request': 'ケースに AppSync へのリクエストがありません。',
  'appsync-stage.ruled-out.not-sent': (p) =>
    `アプリは AppSync にリクエストを送る前に ${p.name || 'エラー'} をスローしました。`,
  'appsync-stage.ruled-out.not-iam': (p) => `呼び出しは IAM ではなく authMode ${p.mode} を使用しました。`,
  'appsync-stage.proof.error': 'アプリがスローしたエラー',
  'appsync-stage.proof.message': 'AppSync のメッセージ',
  'appsync-stage.proof.error-type': 'エラータイプ',
  'appsync-stage.proof.signed-with': 'リクエストの署名に使われたキー',
  'appsync-stage.proof.scope': 'SigV4 署名のスコープ',
  'appsync-stage.proof.credentials': 'ID プールの認証情報',
  'appsync-stage.proof.config-mode': 'アプリの設定の認可モード',
  'appsync-stage.proof.call-mode': '呼び出しのモード',

  // section: field-lacks-iam-directive
  'field-lacks-iam-directive.consistent': (p) =>
    `AppSync は IAM 署名付きリクエストを実行し、${p.field} を拒否しました（"${p.message}"）。@aws_iam のないフィールドでも、IAM の許可リストにロールが含まれない Amplify 生成のリゾルバーでもこうなります。`,
  'field-lacks-iam-directive.ruled-out.refused-whole': (p) =>
    `AppSync はリクエスト全体を拒否しました（HTTP ${p.status}）。フィールドのディレクティブによる拒否は 200 の中で返ります。`,
  'field-lacks-iam-directive.ruled-out.no-field-error': 'AppSync の応答にフィールドの認可エラーはありません。',
  'field-lacks-iam-directive.headline': (p) =>
    `${p.field} は AWS_IAM モードを許可していません: @aws_iam がありません。`,
  'field-lacks-iam-directive.explanation': (p) =>
    `リクエストは IAM で署名され、AppSync が受け付けました（HTTP 200）。つまりロールのポリシーは appsync:GraphQL を許可しています。その後 AppSync のフィールドごとのルールが ${p.field} を拒否しました（"${p.message}"）。IAM が追加モードの場合、他のモードのディレクティブしかない（IAM がデフォルトでない場合はディレクティブがない）フィールドや型は IAM の呼び出し元に閉じています。`,
  'field-lacks-iam-directive.fix': (p) =>
    `${p.field}（および返却する型）に @aws_iam を追加してください。例: \`${p.name}: … @aws_iam @aws_cognito_user_pools\`。Amplify Gen 2: モデルの authorization に allow.authenticated('identityPool') を追加。Gen 1: @auth(rules: [{ allow: private, provider: iam }])。`,
  'field-lacks-iam-directive.misleading':
    'Amplify の復旧の提案（authMode について）は当てはまりません: IAM はリクエストを認可しており、スキーマのディレクティブがフィールドを拒否しています。',
  'field-lacks-iam-directive.customer': (p) =>
    `AppSync はアプリの IAM 署名付きリクエストを受け付けておりますが、フィールド ${p.field} に @aws_iam ディレクティブがないため、アクセスを拒否しております（"${p.message}"）。スキーマの ${p.field}（および返却する型）に @aws_iam を追加していただけますでしょうか。`,
  'field-lacks-iam-directive.confirmed': (p) =>
    `スキーマは ${p.field} を IAM に開いていません: 認可ディレクティブは ${p.directives} で、@aws_iam がありません。`,
  'field-lacks-iam-directive.ruled-out.has-iam': (p) =>
    `スキーマは ${p.field} への IAM からの呼び出しを許可しています（@aws_iam）。ディレクティブの確認は通り、リゾルバーが拒否しました。`,
  'field-lacks-iam-directive.proof.ran': 'AppSync はリクエストを実行',

  // section: after IAM (Amplify-generated resolvers)
  'after-iam.consistent': (p) =>
    `AppSync は IAM 署名付きリクエストを実行し、${p.field} を拒否しました（"${p.message}"）。Amplify が生成したリゾルバーの許可リストもこう応答します。どのルールが拒否したかはそのコードで決まります。`,
  'after-iam.consistent.signer-unknown': (p) =>
    `${p.field} のリゾルバーのチェックは、このルールで ID プールの呼び出し元を拒否します。ただし、ID プールの認証情報でリクエストが署名されたことは証拠に含まれていません。独自のロールで署名する Lambda 関数やスクリプトも同じく拒否されます。どちらが署名したかで決まります。`,
  'after-iam.ruled-out.directive-first': (p) =>
    `スキーマが ${p.field} を IAM に閉じているため、リゾルバーが動く前に AppSync が拒否しました。`,
  'after-iam.ruled-out.no-check': (p) => `${p.field} のリゾルバーには Amplify が生成する認可チェックがありません。`,
  'after-iam.ruled-out.admits': (p) => `${p.field} のリゾルバーのチェックは呼び出し元 ${p.caller} を許可します。`,
  'after-iam.ruled-out.other-rule': (p) => `${p.field} のリゾルバーは別のルールで呼び出し元を拒否しています。`,
  'after-iam.proof.schema': (p) => `ディレクティブ付きスキーマ（${p.field}）`,
  'after-iam.proof.no-resolver': 'フィールドにリゾルバーがありません',
  'after-iam.proof.check': 'リゾルバーの認可チェック',
  'after-iam.proof.caller-role': '呼び出し元のロール（ID プール、認証済み）',
  'after-iam.ruled-out.other-signer': (p) =>
    `${p.field} へのリクエストは ID プールの認証情報ではなく ${p.caller} として署名されています。このルールは ID プールからの呼び出し元を判定するものです。`,
  'after-iam.proof.pool-key': 'ID プールが発行したキー',
  'after-iam.proof.signer-record': '署名キーを発行したロールセッション（CloudTrail の AssumeRole）',
  'after-iam.proof.signed-as': '実行時に署名したロールセッション（STS AssumeRole の応答）',

  // section: caller-role-not-admin
  'caller-role-not-admin.confirmed': (p) =>
    `リクエストは ${p.caller} として署名されています。これは ID プールのロール（${p.authRole}）でも、${p.field} のリゾルバーの管理者ロール（${p.adminRoles}）を名前に含むロールでもありません。IAM は許可し（HTTP 200）、リゾルバーが拒否しました。`,
  'caller-role-not-admin.consistent': (p) =>
    `AppSync は IAM 署名付きリクエストを実行し、${p.field} を拒否しました（"${p.message}"）。リゾルバーの管理者ロールに含まれないロールで関数やスクリプトが署名した場合もこう応答します。誰が署名したかとリゾルバーのコードで判定できます。`,
  'caller-role-not-admin.ruled-out.pool-signed': (p) =>
    `${p.field} へのリクエストは、関数やスクリプト自身のロールではなく ID プールの認証情報で署名されています。`,
  'caller-role-not-admin.headline': (p) =>
    `ロール ${p.role} は IAM では ${p.field} を呼び出せますが、生成されたリゾルバーの管理者ロールに含まれていません。`,
  'caller-role-not-admin.explanation': (p) =>
    `リクエストは ID プールの認証情報ではなく、ロール ${p.role}（Lambda 関数またはスクリプトのロール）で署名されています。IAM は許可しました（HTTP 200）。その後、Amplify が ${p.field} 用に生成したリゾルバーが拒否しました（"${p.message}"）。このリゾルバーが IAM で許可するのは ID プールの認証／未認証ロールか、名前に adminRoles のいずれかを含むロールのみで、${p.role} は該当しません。`,
  'caller-role-not-admin.fix': (p) =>
    `ロールを API の管理者ロールに加えてデプロイします: Gen 2 — スキーマの \`authorization\` で関数にアクセスを許可（amplify/data/resource.ts: \`.authorization((allow) => [allow.resource(myFunction)])\`）して再デプロイ; Gen 1 — amplify/backend/api/<api>/custom-roles.json の \`adminRoleNames\` に "${p.role}" を追加して \`amplify push\`。${p.field} に対する IAM の appsync:GraphQL の許可だけでは足りません。`,
  'caller-role-not-admin.customer': (p) =>
    `${p.field} へのリクエストは IAM ロール ${p.role}（関数またはスクリプト）で行われており、IAM では許可されておりますが、このロールが API の管理者ロールに含まれていないため、Amplify が生成したリゾルバーが拒否しております（"${p.message}"）。お手数ですが、amplify/data/resource.ts のスキーマの authorization に allow.resource(<関数>) を追加して再デプロイしていただくか（Gen 2）、amplify/backend/api/<api>/custom-roles.json の adminRoleNames に "${p.role}" を追加して amplify push を実行していただけますでしょうか（Gen 1）。`,

  // section: resolver-allow-list-stale
  'resolver-allow-list-stale.confirmed': (p) =>
    `${p.field} のリゾルバーが IAM で許可するのは ${p.authRole} か ID プール ${p.identityPoolId} からの呼び出しのみです（管理者ロール: ${p.adminRoles}）。呼び出し元 ${p.caller} は別のプールからです。`,
  'resolver-allow-list-stale.headline': (p) =>
    `${p.field} のリゾルバーは、デプロイ時のロールと ID プールをまだ許可しています。`,
  'resolver-allow-list-stale.explanation': (p) =>
    `IAM はリクエストを許可しました（HTTP 200）。その後、Amplify が ${p.field} 用に生成したリゾルバーが拒否しました（"${p.message}"）。このリゾルバーは、デプロイ時に埋め込まれた認証ロール（$ctx.stash.authRole）のセッションか、埋め込まれた ID プールからの呼び出しだけを許可します。別アカウントや別の ID プールへの移行、ロール名の変更の後は古い値のままです。`,
  'resolver-allow-list-stale.fix': (p) =>
    `現在使っている ID プールに対して API を再デプロイし、${p.field} のリゾルバーに現在の認証ロールとプールを埋め込みます: Gen 1 — 新しいプールに対して \`amplify update auth\` / \`amplify import auth\` の後 \`amplify push\`（その他のロールは amplify/backend/api/<api>/custom-roles.json の \`adminRoleNames\` へ）; Gen 2 — プールを持つ defineAuth のバックエンドを再デプロイ（リソースの \`authorization\` ルールはそのまま）。`,
  'resolver-allow-list-stale.customer': (p) =>
    `IAM はアプリのリクエストを許可していますが、Amplify が ${p.field} 用に生成したリゾルバーが拒否しています（"${p.message}"）。リゾルバーはデプロイ時のロールと ID プールを許可したままで、現在アプリが使うものではありません。現在の ID プールを持つプロジェクトから API を再デプロイしてください（Gen 1: auth を更新して amplify push、Gen 2: バックエンドを再デプロイ）。プール以外のロールは custom-roles.json の adminRoleNames に追加します（Gen 1）。`,

  // section: authenticated-rule-user-pool-only
  'authenticated-rule-user-pool-only.confirmed': (p) =>
    `${p.field} のリゾルバーはサインイン済みユーザーをユーザープールのトークンでのみ許可します。IAM の分岐は管理者ロール（${p.adminRoles}）だけを許可し、呼び出し元 ${p.caller} は該当しません。`,
  'authenticated-rule-user-pool-only.headline': (p) =>
    `${p.field} は認証済みユーザーをユーザープール経由でのみ許可し、ID プールの認証情報は許可しません。`,
  'authenticated-rule-user-pool-only.explanation': (p) =>
    `Amplify Gen 2 の allow.authenticated()（Gen 1 の { allow: private }）はユーザープールのトークンを意味します。アプリは ID プールの認証情報（IAM）で呼び出したため、AppSync は ${p.field} のリゾルバーを実行し、管理者ロールしか許可しない IAM の分岐で拒否しました（"${p.message}"）。`,
  'authenticated-rule-user-pool-only.fix': (p) =>
    `${p.field} を authMode 'userPool' で呼び出すか、ID プールのユーザーを許可します: Gen 2 — モデルの authorization（amplify/data/resource.ts）に allow.authenticated('identityPool')、Gen 1 — schema.graphql に @auth(rules: [{ allow: private, provider: iam }]) を追加してデプロイ。`,
  'authenticated-rule-user-pool-only.customer': (p) =>
    `${p.field} のモデルはサインイン済みユーザーをユーザープールのトークンでのみ許可しています（allow.authenticated()）が、アプリは ID プールの認証情報で呼び出しているため AppSync が拒否しています（"${p.message}"）。authMode 'userPool' で呼び出すか、amplify/data/resource.ts のモデルの authorization に allow.authenticated('identityPool') を追加して（Gen 1: schema.graphql に { allow: private, provider: iam }）デプロイしてください。`,

  // section: guest-rule-signed-in-user
  'guest-rule-signed-in-user.confirmed': (p) =>
    `${p.field} のリゾルバーは IAM の呼び出し元を未認証ロール（$ctx.stash.unauthRole）としてのみ許可します。呼び出し元 ${p.caller} はサインイン済みユーザーの認証済みロールです。`,
  'guest-rule-signed-in-user.headline': (p) =>
    `${p.field} はゲストのみを許可しており、サインイン済みユーザーは拒否されます。`,
  'guest-rule-signed-in-user.explanation': (p) =>
    `allow.guest()（Gen 1 の { allow: public, provider: iam }）は ID プールの未認証ロールを許可します。ユーザーがサインインすると Amplify は認証済みロールで署名し、${p.field} のリゾルバーがそれを拒否します（"${p.message}"）。`,
  'guest-rule-signed-in-user.fix': (p) =>
    `サインイン済みユーザーも許可します: Gen 2 — モデルの authorization（amplify/data/resource.ts）で allow.guest() の隣に allow.authenticated('identityPool') を追加、Gen 1 — ${p.field} のモデルで { allow: public, provider: iam } の隣に { allow: private, provider: iam } を追加してデプロイ。`,
  'guest-rule-signed-in-user.customer': (p) =>
    `${p.field} のモデルはゲストのみを許可している（allow.guest()）ため、ユーザーがサインインすると AppSync がリクエストを拒否します（"${p.message}"）。amplify/data/resource.ts で allow.guest() の隣に allow.authenticated('identityPool') を追加して（Gen 1: schema.graphql に { allow: private, provider: iam }）デプロイしてください。`,

  // section: owner-rule-over-iam
  'owner-rule-over-iam.confirmed': (p) =>
    `${p.field} のリゾルバーはユーザープールのトークンの所有者クレームを確認します。IAM の分岐は管理者ロール（${p.adminRoles}）のみを許可し、呼び出し元 ${p.caller} は該当しません。`,
  'owner-rule-over-iam.headline': (p) =>
    `${p.field} は所有者のみを許可しており、IAM の呼び出し元は所有者になれません。`,
  'owner-rule-over-iam.explanation': (p) =>
    `所有者ルールはユーザープールのトークンのクレーム（sub、username）をレコードの所有者フィールドと比較します。ID プールの認証情報にはそのクレームがないため、${p.field} のリゾルバーは IAM の呼び出し元を拒否しました（"${p.message}"）。`,
  'owner-rule-over-iam.fix': (p) =>
    `${p.field} を authMode 'userPool' で呼び出す（所有者ルールにはユーザープールのトークンが必要）か、IAM のルールを追加します: Gen 2 — モデルの authorization に allow.authenticated('identityPool')、Gen 1 — @auth に { allow: private, provider: iam }（IAM の呼び出し元はすべてのレコードを見られます）。`,
  'owner-rule-over-iam.customer': (p) =>
    `${p.field} のモデルは所有者のみを許可していますが、アプリは所有者情報を持たない ID プール（IAM）の認証情報で呼び出しているため AppSync が拒否しています（"${p.message}"）。authMode 'userPool' で呼び出すか、amplify/data/resource.ts のモデルの authorization に IAM のルールを追加して（Gen 1: schema.graphql の @auth）デプロイしてください。`,
  'field-lacks-iam-directive.proof.refused': 'フィールドを拒否',

  // section: healthy
  'healthy.confirmed': 'AppSync はテストリクエストにデータを返し、エラーはありませんでした。',
  'healthy.ruled-out': 'リクエストはエラーなしでデータを返しませんでした。',
  'healthy.headline': '一連の処理は正常です: AppSync はテストリクエストにデータを返しました。',
  'healthy.explanation': 'サインイン、ID プールの認証情報取得、署名付き GraphQL リクエストがすべて成功しました。',
  'healthy.fix': '修正は不要です。',
  'healthy.customer':
    'お客様の設定でサインイン → 認証情報 → AppSync の一連の処理を実行し、正常に完了いたしました。変更の必要はございません。',

  'proof.appsync-status': 'AppSync のステータス',
  // section: proofs

  // end of hypotheses
  // The timeline, the trace and the pieces both pages share (./chain-words-ja.ts).
  ...chainWordsJa,
};
