import type { Catalog } from './catalog';

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
/** Which role signed: proven by the STS record, or only the one the identity pool should choose. */
const signedBy = (role: string, recorded: string) =>
  recorded === 'yes'
    ? `CloudTrail の記録により、STS が ${role} の認証情報を発行し、リクエストがその認証情報で署名されたことが確認できます。`
    : `署名したロールは ${roleOr(role)} と推定されます（認証情報の CloudTrail 記録がケースになく、証明はされていません）。`;
const sidOf = (sid: string) => (sid ? `（Sid ${sid}）` : '');
const quoted = (message: string) => (message ? `（"${message}"）` : '');

/** Japanese (business Japanese; customer-facing sentences in keigo). Typed `Catalog`: every English id is here. */
export const ja: Catalog = {
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
  'mode.credentials-expired': 'リクエスト署名時に認証情報の有効期限が切れていました',
  'mode.clock-skew': '端末の時計がずれています',
  'mode.wrong-signing-scope': '誤ったリージョンまたはサービスでリクエストが署名されています',
  'mode.api-lacks-iam-mode': 'API が IAM 認可を受け付けていません',
  'mode.field-lacks-iam-directive': 'フィールドが IAM からの呼び出しを許可していません',
  'mode.auth-mode-mismatch': 'アプリが API の想定と異なる認可モードで呼び出しています',

  'verdict.proven': '証拠により確定',
  'verdict.likely': '可能性が高い（未確定）',
  'verdict.candidates': '候補',
  'verdict.ruled-out': '除外された原因',
  'verdict.next': '判定に必要な証拠',

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
    `${p.field} のディレクティブを含むスキーマを確認してください: AppSync コンソール → API → スキーマ、または \`aws appsync get-introspection-schema --api-id ${p.apiId} --format SDL schema.graphql\`。フィールドのリゾルバーも確認してください（\`aws appsync list-resolvers --api-id ${p.apiId} --type-name <Type>\`）。`,
  'need.appsync-schema.ask': (p) =>
    `API の GraphQL スキーマ（AppSync コンソール → 対象の API → スキーマ）、特に ${p.field} とその型に付いているディレクティブ、およびリゾルバーが Amplify で生成されたものかどうかをお知らせいただけますでしょうか。`,
  'need.appsync-logs.how': (p) =>
    `AppSync のログ（フィールドリゾルバーのログレベル ALL、AppSync コンソール → API → 設定 → ログ）を有効にし、ロググループ /aws/appsync/apis/${p.apiId} で該当リクエストの行を確認してください。`,
  'need.appsync-logs.ask':
    'AppSync のログ（設定 → ログ、フィールドリゾルバーのログレベル ALL）を有効にしたうえでエラーを一度再現し、そのリクエストのログ行をお送りいただけますでしょうか。',
  'need.app-call-code.how':
    'アプリが GraphQL 呼び出しをどのように組み立てているかを確認してください: `generateClient` / `client.graphql` に渡す authMode、および ID トークンを ID プールに送っているかどうか。',
  'need.app-call-code.ask':
    'API を呼び出している部分のアプリのコード（オプションを含む `generateClient` / `client.graphql` の呼び出し）と、使用している Amplify の設定をお送りいただけますでしょうか。',
  'need.device-clock.how':
    '端末の時計と AWS の時計を比較してください: リクエスト署名時の端末時刻と、AWS の応答の `Date` ヘッダー。',
  'need.device-clock.ask':
    '端末の日付・時刻・タイムゾーンが自動設定になっているかをご確認いただき、エラー発生時の端末の時刻をお知らせいただけますでしょうか。',
  'need.run-chain.how': 'チェーンを実行する（またはお客様から届いた証拠を貼り付ける）と証拠が集まります。',
  'need.run-chain.ask':
    'アプリに表示される正確なエラーと発生時刻をお送りいただけますでしょうか（失敗したリクエストの HAR ファイルがあると最も助かります）。',

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

  // section: token-expired

  // section: no-authenticated-role

  // section: trust-policy-mismatch

  // section: guest-credentials-used

  // section: group-role-selected

  // section: wrong-signing-scope

  // section: clock-skew

  // section: credentials-expired

  // section: api-lacks-iam-mode
  'api-lacks-iam-mode.confirmed': (p) =>
    `AppSync は IAM 署名付きリクエストに "${p.message}" と応答しました。SigV4 ヘッダーを別のモードのものとして読んでおり、これは AWS_IAM が API の認可モードにない場合にのみ起こります。`,
  'api-lacks-iam-mode.consistent.unsigned': (p) =>
    `AppSync は "${p.message}" と応答しました。API のどのモードでもリクエストの認可ヘッダーを読めないときの応答ですが、リクエストが IAM で署名されていたことはケースから確認できません。`,
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
    `AppSync がアプリの IAM 署名付きリクエストを受け付けていません（"${p.message}"）。API の認可モードに AWS_IAM が含まれていない場合に起こります。${p.apiId ? `API ${p.apiId}` : '対象の API'} に AWS_IAM を追加の認可モードとして設定していただけますでしょうか。`,
  'api-lacks-iam-mode.customer.unproven': (p) =>
    `AppSync がアプリの IAM 署名付きリクエストを拒否しております。${p.apiId ? `API ${p.apiId}` : '対象の API'} の認可モードに AWS_IAM が含まれていない場合は、追加の認可モードとして設定していただけますでしょうか。`,

  // section: auth-mode-mismatch
  'auth-mode-mismatch.confirmed.no-credentials': (p) =>
    `Amplify は何も送信する前に "${p.message}" をスローしました。IAM の呼び出しに ID プールの認証情報がありませんでした。`,
  'auth-mode-mismatch.confirmed.other-mode': (p) =>
    `呼び出しは authMode ${p.used} を使用しましたが、アプリの設定のモードは ${p.expected} で、AppSync が拒否しました${quoted(p.message)}。`,
  'auth-mode-mismatch.consistent.same-mode': (p) =>
    `AppSync はアプリの設定どおりのモード ${p.mode} の呼び出しを拒否しました${quoted(p.message)}。そのモードのない API、またはそのモードを除外するルールがこの応答をします。`,
  'auth-mode-mismatch.consistent.unread': (p) =>
    `AppSync は呼び出しの認可を読めませんでした（"${p.message}"）。呼び出しが実際にどのモードを使ったかはケースから分かりません。`,
  'auth-mode-mismatch.ruled-out.iam-signed':
    '呼び出しは IAM で署名されています。AppSync が IAM をどう扱ったかは IAM 固有の障害モードで判定します。',
  'auth-mode-mismatch.ruled-out.accepted': (p) => `AppSync は ${p.mode} の呼び出しを受け付けました。`,
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
  'auth-mode-mismatch.headline.unread': (p) =>
    `AppSync が呼び出しの認可を読めませんでした（"${p.message}"）: API にないモードで呼び出している可能性があります。`,
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
    'アプリは IAM 認可で AppSync を呼び出していますが、ID プールの認証情報がないためリクエストが送信されておりません。呼び出し前に ID プールを設定してサインインしていただくか、API が想定する認可モードをご使用いただけますでしょうか。',
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
    `サインインと ID プールの認証情報の取得は正常ですが、その認証情報で署名された呼び出しを AppSync の IAM チェックが拒否しております。${roleOr(p.role)} のポリシーにこの API に一致する Deny がある場合にこうなります。`,

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
    `サインインと ID プールの認証情報の取得は正常ですが、その認証情報で署名された呼び出しを AppSync の IAM チェックが拒否しております。appsync:GraphQL の許可がまったくないロールであればこうなります。添付のステートメントは ${roleOr(p.role)} にこの API への許可を与えるものです。`,
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
    p.recorded === 'yes'
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
    `サインインと ID プールの認証情報の取得は正常です${p.recorded === 'yes' ? `（ID プールは ${p.role} を引き受けています）` : ''}。その後 AppSync が 401 UnauthorizedException で拒否しました。${roleOr(p.role)} のポリシーが ${p.arn} への appsync:GraphQL を許可していないことを示します。添付のステートメントで許可できます。`,
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
  'field-lacks-iam-directive.proof.ran': 'AppSync はリクエストを実行',
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

  'legacy.text': (p) => p.text,
  'legacy.customer': (p) => p.ja,
};
