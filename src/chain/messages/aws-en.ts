import type { AwsService } from '../error-taxonomy';

/**
 * English words about calling AWS (`aws.*`): explanations of AWS and Amplify errors (src/aws/errors.ts), the refusals
 * and notes of the endpoint review (src/chain/endpoint-trust.ts) and the read-only credentials warning. Loaded with
 * the engineer's page (`dashboard-catalog.ts`) and the CLI, never with the customer's page, which shows none of them.
 * Code names these ids through `./aws-message.ts`, which carries no words.
 */
const SERVICES: Record<AwsService, string> = {
  'cognito-idp': 'the Cognito user pool',
  'cognito-identity': 'the Cognito identity pool',
  appsync: 'AppSync',
  cloudtrail: 'CloudTrail',
  logs: 'CloudWatch Logs',
  iam: 'IAM',
  sts: 'STS',
};
const service = (id: AwsService) => SERVICES[id] ?? id;
const Service = (id: AwsService) => {
  const name = service(id);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
};
const EXPORT_CREDENTIALS =
  'run `aws configure export-credentials --format env` (after `aws sso login` if you use SSO) and paste the output again';
const CLOCK = 'AWS rejects requests signed more than 5 minutes away from its own time.';
const clockLower = `${CLOCK.charAt(0).toLowerCase()}${CLOCK.slice(1)}`;

type OnService = { service: AwsService };

export const awsEn = {
  /** AWS's own words after an explanation: `code: message`, quoted. */
  'aws.said': (p: { message: string }) => `(${p.message})`,
  /** Between the sentences of an explanation shown as one text. */
  'aws.sep': ' ',

  'aws.network.timeout.title': (p: OnService & { endpoint?: string }) =>
    `${Service(p.service)}${p.endpoint ? ` at ${p.endpoint}` : ''} did not answer in time`,
  'aws.network.unreachable.title': (p: OnService & { endpoint?: string }) =>
    `Could not reach ${service(p.service)}${p.endpoint ? ` at ${p.endpoint}` : ''}`,
  'aws.network.detail': (p: { cause?: string }) =>
    `The request got no answer${p.cause ? ` (${p.cause})` : ''}: the service is not running, you are offline, or the browser blocked it.`,
  'aws.network.todo.iam-from-browser':
    'IAM cannot be read from a browser: it answers no CORS. Open Authtrace from `npm run serve` (or `npm start`), whose relay reads it; or read the policies from a terminal (the AWS CLI commands of the lookup, or `npm run check -- --config amplify_outputs.json --username <test user> --readonly-credentials creds.json`) and paste the role’s policy.',
  'aws.network.todo.sandbox': 'Start the sandbox (`npm start` or `npm run sandbox`) and try again.',
  'aws.network.todo.read-only':
    'Check you are online. If you are, the browser may be blocking the call (CORS), or an ad blocker or corporate proxy.',
  'aws.network.todo.chain':
    'Check you are online and that the endpoint in the config is right; an ad blocker or corporate proxy can also block it.',

  'aws.throttled.title': (p: OnService) => `${Service(p.service)} is throttling requests`,
  'aws.throttled.detail.cloudtrail': 'LookupEvents allows about 2 calls a second per account and region.',
  'aws.throttled.detail': 'Too many requests in a short time.',
  'aws.throttled.todo': 'Wait a few seconds and try again.',

  'aws.wrong-password.title': 'Wrong username or password',
  'aws.wrong-password.detail':
    'The user pool rejected the test user’s password (or the user does not exist and the pool hides that).',
  'aws.wrong-password.todo':
    'Check the username and password of the test user; reset the password in the Cognito console if needed.',
  'aws.locked-out.title': 'The test user is locked out for now',
  'aws.locked-out.detail': 'Too many wrong passwords: Cognito blocks sign-in for a while.',
  'aws.locked-out.todo': 'Wait a few minutes, then sign in with the right password.',
  'aws.user-disabled.title': 'The test user is disabled',
  'aws.user-disabled.detail': 'The user pool has this user disabled.',
  'aws.user-disabled.todo': 'Enable the user (Cognito console → Users → Enable user access) or use another test user.',
  'aws.guest-access.title': 'The identity pool got no sign-in',
  'aws.guest-access.detail':
    'Credentials were asked for as a guest: the ID token was not passed, or under a provider name that does not match the user pool.',
  'aws.guest-access.todo':
    'Check that the identity pool lists this user pool and app client as a Cognito provider, then rerun the chain.',
  'aws.provider-mismatch.title': 'The identity pool rejected the ID token',
  'aws.provider-mismatch.detail':
    'The token’s issuer (user pool) or audience (app client) is not a provider of this identity pool.',
  'aws.provider-mismatch.todo':
    'Add this user pool and app client as a Cognito provider of the identity pool (Identity pool → User access).',
  'aws.user-not-found.title': 'The test user does not exist',
  'aws.user-not-found.detail': 'The user pool has no user with this username.',
  'aws.user-not-found.todo':
    'Check the username (or email, as the pool signs in) and that the config points at the right user pool.',
  'aws.user-not-confirmed.title': 'The test user is not confirmed',
  'aws.user-not-confirmed.detail': 'The user signed up but never confirmed the account.',
  'aws.user-not-confirmed.todo':
    'Confirm the user (Cognito console → Users → Confirm account, or `aws cognito-idp admin-confirm-sign-up`).',
  'aws.password-reset-required.title': 'The test user must reset the password',
  'aws.password-reset-required.detail': 'An administrator asked for a password reset.',
  'aws.password-reset-required.todo':
    'Set a new password (`aws cognito-idp admin-set-user-password --permanent`) and sign in with it.',
  'aws.sign-in-incomplete.title': 'Sign-in needs another step',
  'aws.sign-in-incomplete.detail': 'The user pool asked for MFA, a new password or another challenge.',
  'aws.sign-in-incomplete.todo':
    'Use a test user without MFA or a pending password change, or finish that step in the app first.',
  'aws.not-signed-in.title': 'Not signed in',
  'aws.not-signed-in.detail': 'The call needs a signed-in user.',
  'aws.not-signed-in.todo': 'Sign in with the test user, then rerun.',

  'aws.unsigned.title': (p: OnService) => `The request reached ${service(p.service)} unsigned`,
  'aws.unsigned.detail': (p: OnService) => `${Service(p.service)} got no valid Authorization header for its auth mode.`,
  'aws.unsigned.todo': 'Check the auth mode matches the API’s and that sign-in produced credentials, then rerun.',
  'aws.refused.title': (p: OnService) => `${Service(p.service)} refused the request`,
  'aws.refused.detail': 'The request was not authorized.',
  'aws.refused.todo': 'Check the message below against the config: pool ids, app client id and region.',

  'aws.flow-not-enabled.title': (p: { flow: string }) => `The app client does not allow ${p.flow}`,
  'aws.flow-not-enabled.detail': (p: { flow: string }) => `The user pool app client has ALLOW_${p.flow} turned off.`,
  'aws.flow-not-enabled.todo': (p: { flow: string }) =>
    `Turn on ALLOW_${p.flow} in the app client’s authentication flows, or sign in with the other flow.`,
  'aws.validation.title': 'AWS rejected a parameter',
  'aws.validation.detail': 'A value sent to AWS is not valid for it.',
  'aws.validation.todo': 'Check the ids in the config (pool ids, app client id, region) against the AWS console.',

  'aws.not-found.user-pool.title': 'The user pool or app client does not exist',
  'aws.not-found.user-pool.detail': 'AWS has no user pool or app client with these ids in this region.',
  'aws.not-found.user-pool.todo': 'Check the user pool id, app client id and region in the config.',
  'aws.not-found.identity-pool.title': 'The identity pool does not exist',
  'aws.not-found.identity-pool.detail': 'AWS has no identity pool with this id in this region.',
  'aws.not-found.identity-pool.todo': 'Check the identity pool id and region in the config.',
  'aws.not-found.log-group.title': 'The AppSync log group does not exist',
  'aws.not-found.log-group.detail': 'The API does not write logs to CloudWatch (or not in this region).',
  'aws.not-found.log-group.todo': 'Turn on logging for the API (AppSync → Settings → Logging), or go on without logs.',
  'aws.not-found.title': (p: OnService) => `${Service(p.service)} could not find the resource`,
  'aws.not-found.detail': 'A resource named in the request does not exist in this account and region.',
  'aws.not-found.todo': 'Check the ids and the region.',

  'aws.role-trust.title': 'The identity pool cannot assume its role',
  'aws.role-trust.detail':
    'The role is missing, or its trust policy does not trust cognito-identity.amazonaws.com for this identity pool and authenticated users.',
  'aws.role-trust.todo':
    'Fix the role’s trust policy: Federated cognito-identity.amazonaws.com, sts:AssumeRoleWithWebIdentity, aud = the identity pool id, amr = authenticated.',
  'aws.field-refused.title': (p: { type: string; field: string }) => `AppSync refused ${p.type}.${p.field}`,
  'aws.field-refused.detail':
    'The request passed IAM, but the schema’s auth rules do not allow this caller on that field.',
  'aws.field-refused.todo':
    'Allow the caller on the type or field (for IAM: @aws_iam, or allow.authenticated("identityPool") in Gen 2) and redeploy.',
  'aws.appsync-denied.title': 'AppSync refused the request',
  'aws.appsync-denied.detail':
    'For IAM auth this usually means the role’s policy does not allow appsync:GraphQL on this API and field.',
  'aws.appsync-denied.todo': 'Run the chain and read the verdict: it compares the role’s policy with the field ARN.',
  'aws.denied.title': (p: OnService) => `${Service(p.service)} denied the request`,
  'aws.denied.detail': (p: { action?: string }) =>
    `The caller may not ${p.action ? `call ${p.action}` : 'make this call'}.`,
  'aws.denied.todo': 'Run the chain and read the verdict: it names the policy statement involved.',
  'aws.read-only-denied.title': (p: OnService & { action?: string }) =>
    `The read-only credentials may not call ${p.action ?? service(p.service)}`,
  'aws.read-only-denied.detail': (p: { action?: string }) =>
    `The principal behind the read-only credentials has no policy allowing ${p.action ?? 'this call'}.`,
  'aws.read-only-denied.todo': (p: { action?: string; managed?: string; iam: boolean }) =>
    `${p.action ? `Add {"Effect": "Allow", "Action": "${p.action}", "Resource": "*"} to that principal’s policy` : 'Allow the action named below in that principal’s policy'}${p.managed ? ` (or attach ${p.managed})` : ''}.${p.iam ? ' If the customer keeps IAM hidden, ask them to paste the role policy instead.' : ''}`,

  'aws.unknown-key.read-only.title': 'AWS does not recognise the read-only access key',
  'aws.unknown-key.read-only.detail':
    'The access key id is wrong or deleted, or a temporary key (ASIA…) was sent without its session token.',
  'aws.unknown-key.read-only.todo': `Paste fresh credentials: ${EXPORT_CREDENTIALS}.`,
  'aws.unknown-key.title': 'AWS does not recognise the credentials the browser got',
  'aws.unknown-key.detail':
    'The identity pool’s credentials were not accepted (another region or partition, or revoked).',
  'aws.unknown-key.todo': 'Rerun the chain to get fresh credentials.',

  'aws.clock-skew.title': 'This computer’s clock is off',
  'aws.clock-skew.detail': CLOCK,
  'aws.clock-skew.todo': 'Set the clock to the network time and retry.',
  'aws.signature.read-only.title': 'The read-only secret access key is wrong, or the clock is off',
  'aws.signature.read-only.detail': `The signature does not match: the secret key does not belong to the access key id, or ${clockLower}`,
  'aws.signature.read-only.todo': `Paste the credentials again (no spaces or line breaks) and check the clock: ${EXPORT_CREDENTIALS}.`,
  'aws.signature.title': 'AWS rejected the request signature',
  'aws.signature.detail': `The request was signed with other credentials than expected, or ${clockLower}`,
  'aws.signature.todo': 'Check this computer’s clock and rerun the chain.',

  'aws.token-expired.id-token.title': 'The ID token has expired',
  'aws.token-expired.session.title': 'The session has expired',
  'aws.token-expired.detail': 'Tokens from the user pool are valid for a limited time (an hour by default).',
  'aws.token-expired.todo': 'Sign in again and rerun the chain.',
  'aws.expired.read-only.title': 'The read-only credentials have expired',
  'aws.expired.read-only.detail': 'Temporary credentials last from 15 minutes to a few hours.',
  'aws.expired.read-only.todo': `Get new ones: ${EXPORT_CREDENTIALS}.`,
  'aws.expired.title': 'The credentials from the identity pool have expired',
  'aws.expired.detail': 'They last an hour by default.',
  'aws.expired.todo': 'Rerun the chain to get fresh credentials.',

  'aws.server.title': (p: OnService) => `${Service(p.service)} had an internal error`,
  'aws.server.detail': 'The failure is on AWS’s side.',
  'aws.server.todo': 'Retry in a moment.',

  'aws.other.title': (p: OnService & { code: string }) => `${Service(p.service)} answered ${p.code}`,
  'aws.other.detail': 'Authtrace has no explanation for this error yet.',
  /** Amplify's recovery suggestion, quoted: its words, not Authtrace's. */
  'aws.other.todo.suggested': (p: { message: string }) => p.message,
  'aws.other.todo': 'Read AWS’s message below; check the config and the credentials it concerns.',

  'aws.endpoint.not-a-url': (p: { url: string; service: string }) =>
    `${p.url} is not a URL: fix endpoints.${p.service} or remove it.`,
  'aws.endpoint.plain-http': (p: { origin: string; password: boolean }) =>
    `${p.origin} is plain http: the test user's ${p.password ? 'password and tokens' : 'tokens'} would cross the network unencrypted. Use https (or a sandbox on this machine).`,
  'aws.endpoint.read-only-withheld': (p: { origin: string; service: string }) =>
    `Your read-only credentials go only to AWS's own host or the sandbox, never to ${p.origin}: what Authtrace reads with them through ${p.service} is not read.`,

  'aws.credentials.empty':
    'Paste read-only credentials: the output of `aws configure export-credentials`, or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY lines.',
  'aws.credentials.no-key-id':
    'No access key id found (AWS_ACCESS_KEY_ID or "AccessKeyId"). Paste the whole output of `aws configure export-credentials`, or all the AWS_… lines.',
  'aws.credentials.not-a-key-id': (p: { message: string }) =>
    `"${p.message}" is not an access key id (it starts with AKIA or ASIA). Paste the whole output of \`aws configure export-credentials\`, or all the AWS_… lines.`,
  'aws.credentials.no-secret':
    'No secret access key found (AWS_SECRET_ACCESS_KEY or "SecretAccessKey"). Paste the whole output of `aws configure export-credentials`, or all the AWS_… lines.',
  'aws.credentials.no-session-token':
    'Temporary keys (ASIA…) need their session token too (AWS_SESSION_TOKEN or "SessionToken"). Paste the whole output of `aws configure export-credentials`, or all the AWS_… lines.',
  'aws.credentials.expired': (p: { at: string }) =>
    `These credentials expired at ${p.at}. Run \`aws configure export-credentials\` again and paste the new output.`,
  'aws.credentials.long-lived':
    'These are long-lived keys (AKIA…) of an IAM user. Prefer temporary read-only credentials, which expire on their own: `aws sts get-session-token --duration-seconds 3600`, or a role with the ReadOnlyAccess policy and `aws configure export-credentials --profile <that role>`.',
};

export type AwsWords = typeof awsEn;
