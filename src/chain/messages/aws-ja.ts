import type { AwsService } from '../error-taxonomy';
import type { AwsWords } from './aws-en';

/** Japanese explanations of AWS and Amplify errors (`aws.*`; typed by `awsEn`), loaded with the engineer's page. */
const SERVICES: Record<AwsService, string> = {
  'cognito-idp': 'Cognito ユーザープール',
  'cognito-identity': 'Cognito ID プール',
  appsync: 'AppSync',
  cloudtrail: 'CloudTrail',
  logs: 'CloudWatch Logs',
  iam: 'IAM',
  sts: 'STS',
};
const service = (id: AwsService) => SERVICES[id] ?? id;
const at = (p: { service: AwsService; endpoint?: string }) =>
  p.endpoint ? `${service(p.service)}（${p.endpoint}）` : service(p.service);
const EXPORT_CREDENTIALS =
  '`aws configure export-credentials --format env` を実行し（SSO をお使いの場合は先に `aws sso login`）、出力をもう一度貼り付けてください';
const CLOCK = 'AWS は、AWS 側の時刻と 5 分以上ずれた時刻で署名されたリクエストを拒否します。';

export const awsJa: AwsWords = {
  'aws.said': (p) => `（${p.message}）`,
  'aws.sep': '',

  'aws.network.timeout.title': (p) => `${at(p)} から時間内に応答がありませんでした`,
  'aws.network.unreachable.title': (p) => `${at(p)} に接続できませんでした`,
  'aws.network.detail': (p) =>
    `リクエストに応答がありませんでした${p.cause ? `（${p.cause}）` : ''}。サービスが起動していない、オフラインである、またはブラウザーが通信をブロックした可能性があります。`,
  'aws.network.todo.iam-from-browser':
    'IAM は CORS に対応していないため、ブラウザーから直接は読み取れません。`npm run serve`（または `npm start`）で Authtrace を開くと、中継サーバー経由で読み取れます。または、ターミナルでポリシーを読み取り（照会に表示される AWS CLI コマンド、または `npm run check -- --config amplify_outputs.json --username <テストユーザー> --readonly-credentials creds.json`）、ロールのポリシーを貼り付けてください。',
  'aws.network.todo.sandbox':
    'サンドボックスを起動して（`npm start` または `npm run sandbox`）、もう一度お試しください。',
  'aws.network.todo.read-only':
    'オンラインであることを確認してください。オンラインの場合、ブラウザー（CORS）、広告ブロッカー、または社内プロキシが通信をブロックしている可能性があります。',
  'aws.network.todo.chain':
    'オンラインであること、設定のエンドポイントが正しいことを確認してください。広告ブロッカーや社内プロキシが通信をブロックしている場合もあります。',

  'aws.throttled.title': (p) => `${service(p.service)} がリクエストを制限しています（スロットリング）`,
  'aws.throttled.detail.cloudtrail':
    'LookupEvents は、アカウントとリージョンごとに 1 秒あたり約 2 回までしか呼び出せません。',
  'aws.throttled.detail': '短時間にリクエストが多すぎます。',
  'aws.throttled.todo': '数秒待ってから、もう一度お試しください。',

  'aws.wrong-password.title': 'ユーザー名またはパスワードが正しくありません',
  'aws.wrong-password.detail':
    'ユーザープールがテストユーザーのパスワードを拒否しました（ユーザーが存在せず、プールがそれを伏せている場合もあります）。',
  'aws.wrong-password.todo':
    'テストユーザーのユーザー名とパスワードを確認してください。必要に応じて Cognito コンソールでパスワードをリセットしてください。',
  'aws.locked-out.title': 'テストユーザーは一時的にロックされています',
  'aws.locked-out.detail': 'パスワードの誤りが多すぎたため、Cognito がしばらくサインインをブロックしています。',
  'aws.locked-out.todo': '数分待ってから、正しいパスワードでサインインしてください。',
  'aws.user-disabled.title': 'テストユーザーは無効化されています',
  'aws.user-disabled.detail': 'ユーザープールでこのユーザーが無効になっています。',
  'aws.user-disabled.todo':
    'ユーザーを有効にする（Cognito コンソール → ユーザー → ユーザーアクセスを有効化）か、別のテストユーザーを使用してください。',
  'aws.guest-access.title': 'ID プールがサインイン情報を受け取っていません',
  'aws.guest-access.detail':
    'ゲストとして認証情報が要求されました。ID トークンが渡されていないか、ユーザープールと一致しないプロバイダー名で渡されています。',
  'aws.guest-access.todo':
    'ID プールの Cognito プロバイダーにこのユーザープールとアプリクライアントが登録されていることを確認し、チェーンを再実行してください。',
  'aws.provider-mismatch.title': 'ID プールが ID トークンを拒否しました',
  'aws.provider-mismatch.detail':
    'トークンの発行者（ユーザープール）または対象者（アプリクライアント）が、この ID プールのプロバイダーではありません。',
  'aws.provider-mismatch.todo':
    'このユーザープールとアプリクライアントを ID プールの Cognito プロバイダーとして追加してください（ID プール → ユーザーアクセス）。',
  'aws.user-not-found.title': 'テストユーザーが存在しません',
  'aws.user-not-found.detail': 'ユーザープールにこのユーザー名のユーザーがいません。',
  'aws.user-not-found.todo':
    'ユーザー名（プールがメールアドレスでサインインする場合はメールアドレス）と、設定が正しいユーザープールを指していることを確認してください。',
  'aws.user-not-confirmed.title': 'テストユーザーが確認されていません',
  'aws.user-not-confirmed.detail': 'ユーザーはサインアップしましたが、アカウントの確認が済んでいません。',
  'aws.user-not-confirmed.todo':
    'ユーザーを確認してください（Cognito コンソール → ユーザー → アカウントを確認、または `aws cognito-idp admin-confirm-sign-up`）。',
  'aws.password-reset-required.title': 'テストユーザーはパスワードのリセットが必要です',
  'aws.password-reset-required.detail': '管理者がパスワードのリセットを要求しています。',
  'aws.password-reset-required.todo':
    '新しいパスワードを設定し（`aws cognito-idp admin-set-user-password --permanent`）、そのパスワードでサインインしてください。',
  'aws.sign-in-incomplete.title': 'サインインに追加の手順が必要です',
  'aws.sign-in-incomplete.detail': 'ユーザープールが MFA、新しいパスワード、またはその他のチャレンジを要求しました。',
  'aws.sign-in-incomplete.todo':
    'MFA やパスワード変更の保留がないテストユーザーを使用するか、先にアプリでその手順を完了してください。',
  'aws.not-signed-in.title': 'サインインしていません',
  'aws.not-signed-in.detail': 'この呼び出しにはサインイン済みのユーザーが必要です。',
  'aws.not-signed-in.todo': 'テストユーザーでサインインしてから再実行してください。',

  'aws.unsigned.title': (p) => `リクエストが署名なしで ${service(p.service)} に届きました`,
  'aws.unsigned.detail': (p) =>
    `${service(p.service)} は、認可モードに合った有効な Authorization ヘッダーを受け取っていません。`,
  'aws.unsigned.todo':
    '認可モードが API の設定と一致していること、サインインで認証情報が得られたことを確認し、再実行してください。',
  'aws.refused.title': (p) => `${service(p.service)} がリクエストを拒否しました`,
  'aws.refused.detail': 'リクエストは認可されませんでした。',
  'aws.refused.todo':
    '下に表示される AWS のメッセージを設定（プール ID、アプリクライアント ID、リージョン）と照らし合わせてください。',

  'aws.flow-not-enabled.title': (p) => `アプリクライアントで ${p.flow} が許可されていません`,
  'aws.flow-not-enabled.detail': (p) => `ユーザープールのアプリクライアントで ALLOW_${p.flow} がオフになっています。`,
  'aws.flow-not-enabled.todo': (p) =>
    `アプリクライアントの認証フローで ALLOW_${p.flow} をオンにするか、もう一方のフローでサインインしてください。`,
  'aws.validation.title': 'AWS がパラメーターを拒否しました',
  'aws.validation.detail': 'AWS に送信した値の中に、有効でないものがあります。',
  'aws.validation.todo':
    '設定の ID（プール ID、アプリクライアント ID、リージョン）を AWS コンソールの値と照らし合わせてください。',

  'aws.not-found.user-pool.title': 'ユーザープールまたはアプリクライアントが存在しません',
  'aws.not-found.user-pool.detail':
    'このリージョンに、これらの ID のユーザープールまたはアプリクライアントはありません。',
  'aws.not-found.user-pool.todo': '設定のユーザープール ID、アプリクライアント ID、リージョンを確認してください。',
  'aws.not-found.identity-pool.title': 'ID プールが存在しません',
  'aws.not-found.identity-pool.detail': 'このリージョンに、この ID の ID プールはありません。',
  'aws.not-found.identity-pool.todo': '設定の ID プール ID とリージョンを確認してください。',
  'aws.not-found.log-group.title': 'AppSync のロググループが存在しません',
  'aws.not-found.log-group.detail':
    'API が CloudWatch にログを出力していません（またはこのリージョンには出力していません）。',
  'aws.not-found.log-group.todo':
    'API のログ出力を有効にするか（AppSync → 設定 → ログ記録）、ログなしで続行してください。',
  'aws.not-found.title': (p) => `${service(p.service)} でリソースが見つかりません`,
  'aws.not-found.detail': 'リクエストで指定したリソースが、このアカウントとリージョンに存在しません。',
  'aws.not-found.todo': 'ID とリージョンを確認してください。',

  'aws.role-trust.title': 'ID プールがロールを引き受けられません',
  'aws.role-trust.detail':
    'ロールが存在しないか、ロールの信頼ポリシーが、この ID プールと認証済みユーザーについて cognito-identity.amazonaws.com を信頼していません。',
  'aws.role-trust.todo':
    'ロールの信頼ポリシーを修正してください: Federated に cognito-identity.amazonaws.com、アクションに sts:AssumeRoleWithWebIdentity、aud に ID プール ID、amr に authenticated を指定します。',
  'aws.field-refused.title': (p) => `AppSync が ${p.type}.${p.field} へのアクセスを拒否しました`,
  'aws.field-refused.detail':
    'リクエストは IAM の認可を通過しましたが、スキーマの認可ルールがこの呼び出し元にそのフィールドを許可していません。',
  'aws.field-refused.todo':
    '型またはフィールドでこの呼び出し元を許可し（IAM の場合は @aws_iam、Gen 2 では allow.authenticated("identityPool")）、再デプロイしてください。',
  'aws.appsync-denied.title': 'AppSync がリクエストを拒否しました',
  'aws.appsync-denied.detail':
    'IAM 認可の場合、通常はロールのポリシーがこの API とフィールドに対する appsync:GraphQL を許可していないことを意味します。',
  'aws.appsync-denied.todo':
    'チェーンを実行して診断結果を確認してください。ロールのポリシーとフィールド ARN を照合します。',
  'aws.denied.title': (p) => `${service(p.service)} がリクエストを拒否しました`,
  'aws.denied.detail': (p) =>
    p.action
      ? `呼び出し元には ${p.action} を呼び出す権限がありません。`
      : '呼び出し元にはこの呼び出しの権限がありません。',
  'aws.denied.todo': 'チェーンを実行して診断結果を確認してください。関係するポリシーステートメントを示します。',
  'aws.read-only-denied.title': (p) => `読み取り専用の認証情報では ${p.action ?? service(p.service)} を呼び出せません`,
  'aws.read-only-denied.detail': (p) =>
    `読み取り専用の認証情報のプリンシパルに、${p.action ?? 'この呼び出し'} を許可するポリシーがありません。`,
  'aws.read-only-denied.todo': (p) =>
    `${p.action ? `そのプリンシパルのポリシーに {"Effect": "Allow", "Action": "${p.action}", "Resource": "*"} を追加してください` : 'そのプリンシパルのポリシーで、下に表示されるアクションを許可してください'}${p.managed ? `（または ${p.managed} をアタッチしてください）` : ''}。${p.iam ? 'お客様が IAM を開示しない場合は、ロールのポリシーを貼り付けてもらってください。' : ''}`,

  'aws.unknown-key.read-only.title': 'AWS が読み取り専用のアクセスキーを認識できません',
  'aws.unknown-key.read-only.detail':
    'アクセスキー ID が誤っているか削除されています。または、一時的なキー（ASIA…）がセッショントークンなしで送信されました。',
  'aws.unknown-key.read-only.todo': `新しい認証情報を貼り付けてください: ${EXPORT_CREDENTIALS}。`,
  'aws.unknown-key.title': 'ブラウザーが取得した認証情報を AWS が認識できません',
  'aws.unknown-key.detail':
    'ID プールの認証情報が受け付けられませんでした（別のリージョンまたはパーティションのもの、あるいは失効済み）。',
  'aws.unknown-key.todo': 'チェーンを再実行して新しい認証情報を取得してください。',

  'aws.clock-skew.title': 'このコンピューターの時刻がずれています',
  'aws.clock-skew.detail': CLOCK,
  'aws.clock-skew.todo': '時刻をネットワーク時刻に合わせてから、もう一度お試しください。',
  'aws.signature.read-only.title': '読み取り専用のシークレットアクセスキーが誤っているか、時刻がずれています',
  'aws.signature.read-only.detail': `署名が一致しません。シークレットキーがアクセスキー ID と対応していないか、時刻のずれが原因です（${CLOCK}）`,
  'aws.signature.read-only.todo': `認証情報を（空白や改行を含めずに）もう一度貼り付け、時刻を確認してください: ${EXPORT_CREDENTIALS}。`,
  'aws.signature.title': 'AWS がリクエストの署名を拒否しました',
  'aws.signature.detail': `想定と異なる認証情報で署名されたか、時刻のずれが原因です（${CLOCK}）`,
  'aws.signature.todo': 'このコンピューターの時刻を確認し、チェーンを再実行してください。',

  'aws.token-expired.id-token.title': 'ID トークンの有効期限が切れています',
  'aws.token-expired.session.title': 'セッションの有効期限が切れています',
  'aws.token-expired.detail': 'ユーザープールのトークンの有効期間には上限があります（既定では 1 時間）。',
  'aws.token-expired.todo': 'もう一度サインインしてから、チェーンを再実行してください。',
  'aws.expired.read-only.title': '読み取り専用の認証情報の有効期限が切れています',
  'aws.expired.read-only.detail': '一時的な認証情報の有効期間は 15 分から数時間です。',
  'aws.expired.read-only.todo': `新しい認証情報を取得してください: ${EXPORT_CREDENTIALS}。`,
  'aws.expired.title': 'ID プールの認証情報の有効期限が切れています',
  'aws.expired.detail': '有効期間は既定で 1 時間です。',
  'aws.expired.todo': 'チェーンを再実行して新しい認証情報を取得してください。',

  'aws.server.title': (p) => `${service(p.service)} で内部エラーが発生しました`,
  'aws.server.detail': 'AWS 側の障害です。',
  'aws.server.todo': 'しばらくしてから再試行してください。',

  'aws.other.title': (p) => `${service(p.service)} が ${p.code} を返しました`,
  'aws.other.detail': 'このエラーについて、Authtrace にはまだ説明がありません。',
  'aws.other.todo.suggested': (p) => `Amplify の提案: ${p.message}`,
  'aws.other.todo': '下に表示される AWS のメッセージを読み、関係する設定と認証情報を確認してください。',

  'aws.endpoint.not-a-url': (p) =>
    `${p.url} は URL ではありません。endpoints.${p.service} を修正するか、削除してください。`,
  'aws.endpoint.plain-http': (p) =>
    `${p.origin} は暗号化されていない http です。テストユーザーの${p.password ? 'パスワードとトークン' : 'トークン'}が暗号化されずにネットワークを流れます。https（またはこのマシン上のサンドボックス）を使用してください。`,
  'aws.endpoint.read-only-withheld': (p) =>
    `読み取り専用の認証情報は AWS 自身のホストまたはサンドボックスにのみ送信し、${p.origin} には送信しません。そのため、${p.service} 経由で Authtrace が読み取る情報は取得されません。`,

  'aws.credentials.empty':
    '読み取り専用の認証情報を貼り付けてください: `aws configure export-credentials` の出力、または AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY の行です。',
  'aws.credentials.no-key-id':
    'アクセスキー ID が見つかりません（AWS_ACCESS_KEY_ID または "AccessKeyId"）。`aws configure export-credentials` の出力全体、または AWS_… の行をすべて貼り付けてください。',
  'aws.credentials.not-a-key-id': (p) =>
    `「${p.message}」はアクセスキー ID ではありません（アクセスキー ID は AKIA または ASIA で始まります）。\`aws configure export-credentials\` の出力全体、または AWS_… の行をすべて貼り付けてください。`,
  'aws.credentials.no-secret':
    'シークレットアクセスキーが見つかりません（AWS_SECRET_ACCESS_KEY または "SecretAccessKey"）。`aws configure export-credentials` の出力全体、または AWS_… の行をすべて貼り付けてください。',
  'aws.credentials.no-session-token':
    '一時的なキー（ASIA…）にはセッショントークンも必要です（AWS_SESSION_TOKEN または "SessionToken"）。`aws configure export-credentials` の出力全体、または AWS_… の行をすべて貼り付けてください。',
  'aws.credentials.expired': (p) =>
    `この認証情報は ${p.at} に有効期限が切れています。\`aws configure export-credentials\` をもう一度実行し、新しい出力を貼り付けてください。`,
  'aws.credentials.long-lived':
    'IAM ユーザーの長期アクセスキー（AKIA…）です。自動的に失効する一時的な読み取り専用の認証情報をお勧めします: `aws sts get-session-token --duration-seconds 3600`、または ReadOnlyAccess ポリシーを持つロールと `aws configure export-credentials --profile <そのロール>`。',
};
