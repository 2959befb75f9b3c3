import { duration, when } from './format';
import { chainWordsEn } from './chain-words-en';

type Stage = 'sign-in' | 'credentials' | 'graphql';
const STAGE: Record<Stage, string> = {
  'sign-in': 'sign-in',
  credentials: 'the identity pool credentials call',
  graphql: 'the AppSync request',
};

// The parts of an ARN a policy's Resource can get wrong (arn.ts `ArnDifference.part`).
const PART: Record<string, string> = {
  partition: 'partition',
  service: 'service',
  region: 'region',
  account: 'account',
  'API id': 'API id',
  type: 'type',
  field: 'field',
  resource: 'resource',
};
const roleOr = (role: string) => role || 'the identity pool’s role';
/**
 * Which role signed: proven by the STS record and the request's signing key (`yes`), by the record alone while the
 * signing key is not in the evidence (`issued`: a sanitized HAR, a pasted error), or only the one the identity pool
 * should choose (`no`).
 */
const signedBy = (role: string, recorded: string) =>
  recorded === 'yes'
    ? `CloudTrail shows STS issued the credentials for ${role}, and the request was signed with them.`
    : recorded === 'issued'
      ? `CloudTrail shows STS issued the credentials for ${role}; the request's signing key is not in the evidence (a sanitized HAR or a pasted error drops the Authorization header), so that the request was signed with them is taken from the order of the calls.`
      : `${roleOr(role)} is taken to be the role that signed: no CloudTrail record of the credentials is in the case to prove it.`;
const sidOf = (sid: string) => (sid ? ` (Sid ${sid})` : '');
const quoted = (message: string) => (message ? ` ("${message}")` : '');
const AMBIGUOUS = {
  'several-roles': 'The token has several roles and no preferred role',
  'no-role': 'The token carries no role',
  'no-rule': 'No role mapping rule matched',
} as const;

/**
 * English: the catalog that defines every message id and its parameters. Sections follow the failure modes; each
 * hypothesis keeps its ids under its own prefix (`<failure-mode id>.…`).
 */
export const en = {
  // ── Failure modes: a human title each (candidates, customer page) ──────────────────────────────────────────
  // How a quotation of evidence is marked in plain text (catalog.ts renders it; screens style it apart).
  'said.open': '"',
  'said.close': '"',
  'mode.healthy': 'The chain is healthy',
  'mode.role-policy-resource-mismatch': 'The role’s policy names another API, account or region',
  'mode.role-policy-missing-action': 'The role has no appsync:GraphQL permission',
  'mode.explicit-deny': 'A Deny statement refuses the field',
  'mode.trust-policy-mismatch': 'The role’s trust policy does not admit this identity pool',
  'mode.no-authenticated-role': 'The identity pool has no role for signed-in users',
  'mode.provider-not-configured': 'The identity pool does not accept this user pool app client',
  'mode.guest-credentials-used': 'The app used guest credentials after sign-in',
  'mode.group-role-selected': 'A Cognito group’s role was chosen, and it lacks the permission',
  'mode.token-expired': 'The ID token had expired',
  'mode.credentials-not-recognized': 'AppSync did not recognise the credentials that signed the request',
  'mode.credentials-expired': 'The credentials had expired when the request was signed',
  'mode.clock-skew': 'The device clock is off',
  'mode.wrong-signing-scope': 'The request was signed for the wrong region or service',
  'mode.api-lacks-iam-mode': 'The API does not accept IAM authorization',
  'mode.field-lacks-iam-directive': 'The field does not allow IAM callers',
  'mode.resolver-allow-list-stale': 'The generated resolver admits the roles of before a move',
  'mode.authenticated-rule-user-pool-only':
    'allow.authenticated() admits user pool tokens, not identity pool credentials',
  'mode.guest-rule-signed-in-user': 'A guest rule refuses signed-in users',
  'mode.owner-rule-over-iam': 'An owner rule cannot admit IAM callers',
  'mode.caller-role-not-admin': 'A function’s or script’s role is missing from the resolver’s admin roles',
  'mode.auth-mode-mismatch': 'The app calls with another auth mode than the API expects',
  'mode.identity-pool-not-found': 'The app’s identity pool id names no pool it can use',
  'mode.wrong-logins-entry': 'The app builds the identity pool’s Logins entry wrongly',
  'mode.stale-identity-id': 'The app presents an identity id that is not this user’s',
  'mode.bearer-prefix': 'The app sends its token to AppSync with a Bearer prefix',

  // ── Verdict frame ───────────────────────────────────────────────────────────────────────────────────────────
  'verdict.proven': 'proven by the evidence',
  'verdict.likely': 'likely — not proven yet',
  'verdict.candidates': 'Candidates',
  'verdict.ruled-out': 'Ruled out',
  'verdict.next': 'The one piece of evidence that decides',

  // ── Customer page (a share link): addressed to the customer, no failure-mode ids, no engineer-only words ───────
  'customer.heading': 'The result of our investigation',
  'customer.intro':
    'Your support engineer shared this investigation. It was decoded from the link in this browser; nothing is sent anywhere.',
  'customer.checked': (p: { at: string; region: string }) => `Checked on ${when(p.at)}, in the AWS region ${p.region}.`,
  'customer.language': 'Language',
  'customer.time-zone': 'Times in',
  'customer.zone.device': (p: { zone: string }) => `Your device’s time (${p.zone})`,
  'customer.zone.japan': 'Japan time',
  'customer.zone.utc': 'UTC',
  'customer.status.fix': 'A change is needed on your side',
  'customer.status.confirm': 'Most likely cause (not confirmed yet)',
  'customer.status.healthy': 'No change is needed',
  'customer.status.unknown': 'We need a little more information',
  'customer.first': 'What to change first',
  'customer.step.open-role': (p: { role: string }) =>
    `In the IAM console, open Roles → ${p.role} → the Permissions tab.`,
  'customer.step.add-statement':
    'Add the statement below to the role (Add permissions → Create inline policy → JSON), or change the Resource of its existing appsync:GraphQL statement to match it.',
  'customer.step.remove-deny':
    'Remove the Deny statement shown below, or narrow its Resource so that it no longer matches this API.',
  'customer.step.open-trust': (p: { role: string }) =>
    `In the IAM console, open Roles → ${p.role} → Trust relationships → Edit trust policy.`,
  'customer.step.edit-trust':
    'Make the statement below part of the trust policy: its condition must name your identity pool.',
  'customer.step.apply-setting': 'The setting to apply is shown below.',
  'customer.step.retry':
    'Sign out and sign in again in the app (new credentials pick up the change), try the same action, and tell us the result.',
  'customer.step.none': 'Nothing needs to change. If the app still fails for you, tell us when and what it shows.',
  'customer.confirm': 'To confirm the cause',
  'customer.statement.permission': 'Statement to add',
  'customer.statement.deny': 'The Deny statement',
  'customer.statement.trust': 'Trust policy statement',
  'customer.statement.setting': 'Setting to apply',
  'customer.copy': 'Copy',
  'customer.copied': 'Copied',
  'customer.copy.statement': 'Copy the statement',
  'customer.why': 'Why',
  'customer.detail': 'Technical detail',
  'customer.evidence': 'Evidence',
  'customer.evidence.summary': (p: { count: number }) =>
    `What we checked: ${p.count} ${p.count === 1 ? 'connection' : 'connections'} of the sign-in chain, and what happened, in order`,
  'customer.evidence.links': 'Connections checked',
  'customer.evidence.events': 'What happened, in order',
  'customer.evidence.proofs': 'Values that prove it',
  'customer.link.holds': 'holds',
  'customer.link.broken': 'does not hold',
  'customer.link.unproven': 'not shown yet',
  'customer.event.sign-in': (p: { ok: string }): string =>
    p.ok === 'yes' ? 'The test user signed in' : 'The sign-in failed',
  'customer.event.credentials': (p: { ok: string }): string =>
    p.ok === 'yes' ? 'The identity pool issued credentials' : 'The identity pool refused credentials',
  'customer.event.sts': (p: { role: string }) => `AWS STS issued credentials for the role ${p.role}`,
  'customer.event.request': (p: { status: string }) => `The app called AppSync: ${p.status}`,
  'customer.check': 'Check your policy here',
  'customer.check.label': "Paste the role's permission policy (JSON)",
  'customer.check.hint': 'It is checked in this browser for the exact field ARNs of the request; nothing is sent.',
  'customer.check.button': 'Check the pasted policy',
  'customer.check.not-json': 'This is not valid JSON. Nothing was changed.',
  'customer.check.no-statement':
    'This JSON has no "Statement": paste a whole policy document ({"Version": …, "Statement": [...]}).',
  'customer.check.too-deep':
    'This JSON is nested more than 64 levels deep; no IAM policy nests more than a few. It was not checked, and what you pasted is kept: copy the policy again from the IAM console (Roles → the role → Permissions → the policy → JSON).',
  'customer.check.too-large':
    'This policy has more statements, resources or values than any IAM role can hold. It was not checked, and what you pasted is kept: paste the one policy attached to the role, as the IAM console shows it.',
  'customer.check.field': 'Field ARN',
  'customer.check.result': 'Result',
  'customer.check.allowed': 'allowed',
  'customer.check.explicit-deny': 'refused by a Deny statement',
  'customer.check.implicit-deny': 'not allowed by any statement',
  'customer.check.not-evaluated': 'cannot be decided here (condition keys or policy variables)',
  'customer.check.more': (p: { shown: number; total: number }) => `The first ${p.shown} of ${p.total} field ARNs.`,
  'customer.error.title': 'This share link cannot be shown',
  'customer.error.hint': 'Links are long: make sure the whole link was copied, from https:// to the end.',
  'customer.error.render': 'Ask your support engineer for the link again.',
  'customer.greeting': 'Thank you for contacting us. Here is what we found.',
  'customer.closing': 'If anything is unclear, please let us know.',

  // ── Which role the identity pool should choose (role-resolution.ts) ─────────────────────────────────────────
  'role.unknown': "The identity pool's roles are not known (not readable, or not asked).",
  'role.guest': 'Guest credentials use the unauthenticated role.',
  'role.ambiguous-deny': (p: { why: 'several-roles' | 'no-role' | 'no-rule' }) =>
    `${AMBIGUOUS[p.why]}, and AmbiguousRoleResolution is Deny.`,
  'role.ambiguous-default': (p: { why: 'several-roles' | 'no-role' | 'no-rule' }) =>
    `${AMBIGUOUS[p.why]}: the pool's authenticated role applies.`,
  'role.token-preferred': 'The token’s cognito:preferred_role (from the user’s group with the lowest precedence).',
  'role.token-only': 'The token’s only cognito:roles entry.',
  'role.rule': (p: { claim: string; match: string; value: string }) => `Rule ${p.claim} ${p.match} ${p.value} matched.`,
  'role.default': "The pool's authenticated role (no role mapping).",
  'role.no-authenticated': 'The identity pool has no authenticated role.',

  // ── Fixes safe to paste (src/chain/fix-plan.ts) ───────────────────────────────────────────────────────────
  'fix.scope.label': 'Allow on',
  'fix.scope.fields': 'the fields tested',
  'fix.scope.api': 'every field of this API (/*)',
  'fix.statement': 'Statement to add',
  'fix.console': 'In the AWS console',
  'fix.cli': 'With the AWS CLI',
  'fix.console.permission': (p: { role: string; policyName: string }) =>
    `IAM console → Roles → ${p.role} → Permissions → Add permissions → Create inline policy → JSON: paste a policy holding the statement below → Next → name it ${p.policyName} → Create policy.`,
  'fix.console.trust': (p: { role: string }) =>
    `IAM console → Roles → ${p.role} → Trust relationships → Edit trust policy: add the statement below to the "Statement" list, keeping the statements already there → Update policy.`,
  'fix.note.permission': (p: { policyName: string }) =>
    `This adds an inline policy of its own (${p.policyName}); the role’s other policies stay as they are.`,
  'fix.note.trust':
    'update-assume-role-policy replaces the whole trust policy: the commands read the current one, add the statement, and write the result back (jq needed).',

  // ── Evidence that decides (how the engineer gets it, how to ask the customer) ───────────────────────────────
  'need.role-policies.how': (p: { role: string }) =>
    `Read the permission policies of ${p.role}: IAM console → Roles → ${p.role} → Permissions, or \`aws iam list-role-policies --role-name ${p.role}\`, \`aws iam get-role-policy …\` and \`aws iam list-attached-role-policies --role-name ${p.role}\`; or paste them into the Role and policies panel.`,
  'need.role-policies.ask': (p: { role: string }) =>
    `To confirm, could you send us the permission policies attached to the IAM role ${p.role} (IAM console → Roles → ${p.role} → Permissions → each policy's JSON)?`,
  'need.sts-record.how':
    'Find the CloudTrail AssumeRoleWithWebIdentity record that issued the credentials (CloudTrail → Event history, event name AssumeRoleWithWebIdentity, around the run; in the identity pool’s region and us-east-1), with read-only credentials that allow cloudtrail:LookupEvents.',
  'need.sts-record.ask':
    'Could you send us the CloudTrail record of the AssumeRoleWithWebIdentity call made when the user signed in (CloudTrail console → Event history → filter by Event name AssumeRoleWithWebIdentity → the event at that time → JSON)?',
  'need.identity-pool-roles.how': (p: { identityPoolId: string }) =>
    `Read the identity pool’s roles and role mappings: Cognito console → Identity pools → ${p.identityPoolId} → User access, or \`aws cognito-identity get-identity-pool-roles --identity-pool-id ${p.identityPoolId}\`.`,
  'need.identity-pool-roles.ask': (p: { identityPoolId: string }) =>
    `Could you send us the output of \`aws cognito-identity get-identity-pool-roles --identity-pool-id ${p.identityPoolId}\` (or a screenshot of the identity pool's User access tab)?`,
  'need.identity-pool-config.how': (p: { identityPoolId: string }) =>
    `Check that ${p.identityPoolId} is the identity pool the app should use, and read its authentication providers: Cognito console → Identity pools (in the identity pool’s region) → the pool → User access, or \`aws cognito-identity describe-identity-pool --identity-pool-id ${p.identityPoolId}\`.`,
  'need.identity-pool-config.ask': (p: { identityPoolId: string }) =>
    `Could you check that ${p.identityPoolId} is the identity pool your app should use (Cognito console → Identity pools → Identity pool ID), and send us the output of \`aws cognito-identity describe-identity-pool --identity-pool-id ${p.identityPoolId}\`?`,
  'need.trust-policy.how': (p: { role: string }) =>
    `Read the trust policy of ${p.role}: IAM console → Roles → ${p.role} → Trust relationships, or \`aws iam get-role --role-name ${p.role}\`.`,
  'need.trust-policy.ask': (p: { role: string }) =>
    `Could you send us the trust relationship (trust policy JSON) of the IAM role ${p.role}?`,
  'need.api-id.how':
    'Add the AppSync API id (AppSync console → the API → Settings → API ID) to the connection, so the exact field ARN can be evaluated.',
  'need.api-id.ask': 'Could you send us the AppSync API ID (AppSync console → your API → Settings → API ID)?',
  'need.api-auth-modes.how': (p: { apiId: string }) =>
    `Read the API’s authorization modes: AppSync console → the API → Settings → Authorization modes, or \`aws appsync get-graphql-api --api-id ${p.apiId}\`.`,
  'need.api-auth-modes.ask':
    'Could you send us the authorization modes of the AppSync API (AppSync console → your API → Settings → Authorization modes)?',
  'need.appsync-schema.how': (p: { apiId: string; field: string }) =>
    `Read the schema with its directives and the resolver of ${p.field}: AppSync console → the API → Schema (and → Resolvers → ${p.field}), or \`aws appsync get-introspection-schema --api-id ${p.apiId} --format SDL --include-directives schema.graphql\` and \`aws appsync get-resolver --api-id ${p.apiId} --type-name ${p.field.split('.')[0] ?? '<Type>'} --field-name ${p.field.split('.')[1] ?? '<field>'}\` (then \`aws appsync get-function\` for each function of its pipeline).`,
  'need.appsync-schema.ask': (p: { field: string }) =>
    `Could you send us the GraphQL schema of the API with its directives (AppSync console → your API → Schema) and the resolver code of ${p.field} (→ Resolvers → ${p.field}, with the functions of its pipeline)? If the API was made with Amplify, the model's authorization rules (amplify/data/resource.ts, or schema.graphql and custom-roles.json in Gen 1) say the same.`,
  'need.appsync-logs.how': (p: { apiId: string }) =>
    `Turn on AppSync logging (field resolver log level ALL, AppSync console → the API → Settings → Logging) and read the request’s lines in the log group /aws/appsync/apis/${p.apiId}.`,
  'need.appsync-logs.ask':
    'Could you turn on AppSync logging (Settings → Logging, field resolver log level ALL), reproduce the error once, and send us the log lines of that request?',
  'need.request-signer.how':
    'Find who signed the request: the app with the identity pool’s credentials, or a Lambda function or a script with its own role. CloudTrail → Event history → event name AssumeRole around the request (a function’s or a script’s role session; the record’s responseElements.credentials.accessKeyId is the signing key), or the Credential= key id in the request’s Authorization header (a HAR file of the call shows it).',
  'need.request-signer.ask':
    'Could you tell us what makes the failing request: the app in the browser after sign-in, or a Lambda function or a script? If it is a function or a script, please send us the name of its IAM role (Lambda console → the function → Configuration → Permissions → Execution role).',
  'need.app-call-code.how':
    'Look at how the app builds the GraphQL call: the authMode it passes to `generateClient` / `client.graphql`, and whether it sends the ID token to the identity pool.',
  'need.app-call-code.ask':
    'Could you send us the part of the app code that calls the API (the `generateClient` / `client.graphql` call with its options) and the Amplify configuration it uses?',
  'need.device-clock.how':
    'Compare the device clock with AWS’s: the `Date` header of any AWS response against the device time when the request was signed.',
  'need.device-clock.ask':
    'Could you check that the date, time and time zone of the device are set automatically, and tell us the device time when the error happened?',
  'need.credentials-call.how':
    'Find out what the identity pool answered: run the chain, open a HAR of the failing attempt (GetId and GetCredentialsForIdentity to cognito-identity), or have the app log whether fetchAuthSession() returned credentials and the error it threw.',
  'need.credentials-call.ask':
    'Could you send us a HAR file of the failing attempt, or add this line just before the failing call and send us what it prints: `fetchAuthSession().then((s) => console.log("credentials:", Boolean(s.credentials)), (e) => console.log(String(e)))`? It prints no key or token.',
  'need.run-chain.how': 'Run the chain (or paste the evidence the customer sent) to collect evidence.',
  'need.run-chain.ask':
    'Could you send us the exact error the app shows, and the time it happened (a HAR file of the failing request helps most)?',

  // ── Links between lanes ────────────────────────────────────────────────────────────────────────────────────
  'link.token-audience': 'ID token aud = app client id',
  'link.token-audience.detail': (p: { aud: string; client: string }) => `aud ${p.aud}, app client ${p.client}`,
  'link.no-token': 'No ID token yet.',
  'link.no-credentials': 'The browser got no credentials.',
  'link.token-issuer': 'Token issuer is a provider of the identity pool',
  'link.token-issuer.detail': (p: { iss: string }) => `iss ${p.iss}`,
  'link.token-issuer.rejected': (p: { iss: string; message: string }) =>
    `The identity pool rejected tokens from ${p.iss}: ${p.message}`,
  'link.sts-key-match': 'CloudTrail issued this access key id',
  'link.sts-key-match.detail': (p: { eventId: string; accessKeyId: string }) =>
    `AssumeRoleWithWebIdentity ${p.eventId} issued ${p.accessKeyId}`,
  'link.sts-key-match.not-found': (p: { accessKeyId: string }) =>
    `No AssumeRoleWithWebIdentity record with ${p.accessKeyId} found (yet).`,
  'link.role-is-expected': "Role = the identity pool's authenticated role",
  'link.role-is-expected.detail': (p: { roleArn: string; expected?: string }) =>
    `Assumed ${p.roleArn}${p.expected ? `; expected ${p.expected}` : ''}`,
  'link.role-is-expected.unknown': 'Which role was assumed is not known yet.',
  'link.request-signed-with-key': 'Request signed with these credentials',
  'link.request-signed-with-key.detail': (p: { accessKeyId: string }) => `SigV4 credential ${p.accessKeyId}`,
  'link.request-signed-with-key.unsigned': 'The request was not signed (or not recorded).',
  'link.request-signed-with-key.other-role': (p: { accessKeyId: string; session: string }) =>
    `SigV4 credential ${p.accessKeyId}: not the identity pool’s key, but the role session ${p.session}`,
  'link.credentials-valid-at-request': 'Credentials valid when the request was signed',
  'link.credentials-valid-at-request.detail': (p: { expires: string; at: string }) =>
    `Expire ${when(p.expires)}, request ${when(p.at)}`,
  'link.credentials-valid-at-request.unknown': 'No credential expiry known.',
  'link.appsync-authorized': 'AppSync authorized the request',
  'link.appsync-authorized.detail': (p: { status: number | string; errorType?: string }) =>
    `HTTP ${p.status}${p.errorType ? ` ${p.errorType}` : ''}`,

  // ── Lookups: what was asked of AWS (the case keeps the id and the value it was about) ──────────────────────
  'lookup.sts-record-by-identity': 'STS event by identity id (Username)',
  'lookup.sts-record-by-event-name': 'STS event by event name',
  'lookup.identity-pool': 'Identity pool roles and providers',
  'lookup.role-policies': (p: { subject?: string }) => `Policies of role ${p.subject ?? '?'}`,
  'lookup.simulate-policy': (p: { subject?: string }) => `Simulate appsync:GraphQL for ${p.subject ?? '?'}`,
  'lookup.appsync-logs': (p: { subject?: string }) => `AppSync log lines of request ${p.subject ?? '?'}`,
  'lookup.appsync-api': 'AppSync API and its authorization modes',
  'lookup.appsync-schema': 'AppSync schema with its directives',
  'lookup.appsync-resolver': (p: { subject?: string }) => `Resolver code of ${p.subject ?? '?'}`,
  'lookup.other': 'Another lookup',

  // ── No failure mode fits ────────────────────────────────────────────────────────────────────────────────────
  'inconclusive.headline.stopped': (p: { stage: Stage; name: string }) =>
    `The chain stopped at ${STAGE[p.stage]}: ${p.name || 'error'}.`,
  'inconclusive.headline.no-evidence': 'Not enough evidence for a verdict yet.',
  'inconclusive.headline.unexplained': 'The evidence fits none of the failure modes Authtrace knows.',
  'inconclusive.explanation.error': (p: { name: string; message: string }) => `${p.name}: ${p.message}`,
  'inconclusive.explanation.no-error': (p: { stage: Stage }) => `${STAGE[p.stage]} failed without an error message.`,
  'inconclusive.explanation.no-run': 'Run the chain to collect evidence.',
  'inconclusive.explanation.unexplained':
    'Every failure mode was ruled out by the evidence (see “Ruled out”): the timeline shows what was collected.',
  'inconclusive.todo.network':
    'The AWS endpoint did not answer: check the endpoint URL and the network (for the sandbox: is `npm start` running?), then run again.',
  'inconclusive.todo.password': 'Check the test user’s username and password, then run again.',
  'inconclusive.todo.user-not-confirmed':
    'Confirm the test user in the user pool (or use a confirmed one), then run again.',
  'inconclusive.todo.user-action-required':
    'Use a test user without MFA or a pending password change, or finish that step in the app first.',
  'inconclusive.todo.flow-not-enabled':
    'The app client does not allow this sign-in flow: pick the other flow, or enable it on the app client.',
  'inconclusive.todo.resource-not-found':
    'An id in the config does not exist in this account and region: check the user pool, app client and identity pool ids.',
  'inconclusive.todo.unknown':
    'Look at the timeline for the step that failed and its AWS error; send the case to the Authtrace team if it is a failure mode we should know.',
  'inconclusive.todo.run': 'Run the chain, or paste the evidence the customer sent on the offline page.',

  // ── Hypotheses (each under its failure-mode id) ──────────────────────────────────────────────────────────────
  // section: provider-not-configured
  'provider-not-configured.confirmed': (p: { message: string }) =>
    `The identity pool refused the ID token: "${p.message}"`,
  'provider-not-configured.ruled-out.accepted':
    'The identity pool accepted the app client’s ID token and issued credentials.',
  'provider-not-configured.proof.answer': 'The identity pool answered',
  'provider-not-configured.proof.iss': 'ID token issuer',
  'provider-not-configured.proof.aud': 'ID token audience (app client)',
  'provider-not-configured.proof.providers': "The identity pool's Cognito providers",
  'provider-not-configured.headline': (p: { providerName: string; clientId: string }) =>
    `The identity pool does not accept this app client's tokens: ${p.providerName} / ${p.clientId} is not one of its providers.`,
  'provider-not-configured.explanation': (p: {
    message: string;
    providerName: string;
    clientId: string;
    pool: 'unknown' | 'other-client' | 'not-listed';
    listedClientId: string;
  }) =>
    `Sign-in worked, but the identity pool refused the ID token (NotAuthorizedException: ${p.message}), so no credentials were issued and AppSync was never called. ` +
    (p.pool === 'unknown'
      ? `Its Cognito providers must include ${p.providerName} with app client ${p.clientId}.`
      : p.pool === 'other-client'
        ? `The pool lists the user pool ${p.providerName} with app client ${p.listedClientId}, not the app's ${p.clientId}.`
        : `The pool does not list the user pool ${p.providerName} at all.`),
  'provider-not-configured.fix': (p: { providerName: string; clientId: string }) =>
    `Add the user pool ${p.providerName} with app client ${p.clientId} to the identity pool's authentication providers (Cognito user pool).`,
  'provider-not-configured.customer': (p: {
    identityPoolId: string;
    message: string;
    providerName: string;
    clientId: string;
  }) =>
    `After sign-in, the identity pool ${p.identityPoolId} refuses the ID token: "${p.message}" Please add user pool ${p.providerName} with app client ${p.clientId} to the identity pool's authentication providers.`,

  'provider-not-configured.consistent.which-pool': (p: { message: string }) =>
    `The identity pool answered "${p.message}": it does not list this user pool’s app client, which is also what another pool (a wrong identity pool id in the app) answers. The pool’s providers decide.`,
  'provider-not-configured.consistent.no-provider': (p: { message: string }) =>
    `GetId answered "${p.message}": the identity pool has no provider for this login; the pool may lack the user pool, or be another pool than the app’s.`,

  // section: identity-pool-not-found
  'identity-pool-not-found.confirmed': (p: { variant: 'not-found' | 'malformed' | 'no-provider' }): string =>
    p.variant === 'malformed'
      ? 'The identity pool id in the app’s config is not an identity pool id at all.'
      : 'No identity pool with the app’s id exists in this account and region.',
  'identity-pool-not-found.consistent':
    'GetId found the pool but no provider for this login: the app’s id may be another pool’s.',
  'identity-pool-not-found.ruled-out.serves-user-pool': (p: { identityPoolId: string }) =>
    `${p.identityPoolId} lists this user pool as an authentication provider: it is this user pool’s identity pool.`,
  'identity-pool-not-found.ruled-out.issued': 'The identity pool the app names issued credentials.',
  'identity-pool-not-found.proof.error': 'The identity pool call failed with',
  'identity-pool-not-found.proof.message': 'and said',
  'identity-pool-not-found.proof.config': 'Identity pool id in the app’s config',
  'identity-pool-not-found.headline': (p: {
    variant: 'not-found' | 'malformed' | 'no-provider';
    identityPoolId: string;
  }) =>
    p.variant === 'not-found'
      ? `The app’s identity pool ${p.identityPoolId} does not exist in this account and region.`
      : p.variant === 'malformed'
        ? `The app’s identity pool id “${p.identityPoolId}” is not an identity pool id.`
        : `The app’s identity pool ${p.identityPoolId} has no provider for this user pool: it may be another pool.`,
  'identity-pool-not-found.explanation': (p: {
    variant: 'not-found' | 'malformed' | 'no-provider';
    identityPoolId: string;
    name: string;
    message: string;
  }) =>
    `Sign-in worked, but the identity pool call failed (${p.name}: ${p.message}), so no credentials were issued and AppSync was never called. ` +
    (p.variant === 'not-found'
      ? 'Cognito knows no identity pool with this id in the region the id names: the pool was deleted or recreated, or the id belongs to another account or environment.'
      : p.variant === 'malformed'
        ? 'An identity pool id looks like <region>:<uuid>; a user pool id (<region>_<id>) in its place is the usual mix-up.'
        : 'Cognito answers this at GetId when the pool has no authentication provider for the login: the id may name another pool (a guest-only pool, another environment’s), or this pool lacks the user pool provider.'),
  'identity-pool-not-found.fix': (p: {
    variant: 'not-found' | 'malformed' | 'no-provider';
    identityPoolId: string;
    region: string;
  }) =>
    `Put the id of the identity pool that serves this user pool into the app’s config (amplify_outputs.json auth.identity_pool_id, or aws_cognito_identity_pool_id): Cognito console → Identity pools (${p.region}) → the pool → Identity pool ID.` +
    (p.variant === 'no-provider'
      ? ` If ${p.identityPoolId} is the right pool, add the user pool as its authentication provider instead.`
      : ''),
  'identity-pool-not-found.customer': (p: {
    variant: 'not-found' | 'malformed' | 'no-provider';
    identityPoolId: string;
    message: string;
  }) =>
    (p.variant === 'no-provider'
      ? `After sign-in, the identity pool ${p.identityPoolId} refuses the user's login ("${p.message}"): it has no authentication provider for the user pool, which happens when the app's config names another identity pool. `
      : `After sign-in, the app asks for credentials from identity pool ${p.identityPoolId}, which Cognito cannot find ("${p.message}"). `) +
    "Please check the identity pool id in the app's configuration (amplify_outputs.json auth.identity_pool_id) against the Identity pool ID shown in the Cognito console.",

  // section: wrong-logins-entry
  'wrong-logins-entry.confirmed': (p: { part: 'token' | 'key'; message: string }) =>
    `The identity pool refused the Logins entry: "${p.message}"`,
  'wrong-logins-entry.ruled-out.accepted': 'The identity pool accepted the app’s Logins and issued credentials.',
  'wrong-logins-entry.proof.answer': 'The identity pool answered',
  'wrong-logins-entry.proof.user-pool': 'The app’s user pool',
  'wrong-logins-entry.headline': (p: { part: 'token' | 'key' }): string =>
    p.part === 'token'
      ? 'The app sends the access token to the identity pool instead of the ID token.'
      : 'The app’s Logins key is not the user pool’s provider name.',
  'wrong-logins-entry.explanation': (p: { part: 'token' | 'key'; message: string; providerName: string }) =>
    `Sign-in worked, but the identity pool refused the login ("${p.message}"), so no credentials were issued and AppSync was never called. ` +
    (p.part === 'token'
      ? 'An access token has no aud claim; the identity pool takes only the ID token, whose aud is the app client.'
      : `The Logins key must be the ID token's issuer without https://, ${p.providerName}; the user pool id alone or another region's name does not match it.`),
  'wrong-logins-entry.fix': (p: { providerName: string }) =>
    `Build the Logins map as { "${p.providerName}": <the ID token> } (AWS SDK: fromCognitoIdentityPool({ logins })), or let Amplify's fetchAuthSession() build it.`,
  'wrong-logins-entry.customer': (p: { part: 'token' | 'key'; message: string; providerName: string }) =>
    `After sign-in, the identity pool refuses the app's login ("${p.message}"). ` +
    (p.part === 'token'
      ? `The app sends the access token; please send the ID token instead, under the key "${p.providerName}".`
      : `Please use "${p.providerName}" as the key of the Logins map, with the ID token as its value.`),

  // section: stale-identity-id
  'stale-identity-id.confirmed':
    'The identity pool refused the identity id although the call carried the signed-in user’s login.',
  'stale-identity-id.consistent':
    'The identity pool refused the identity id: another user’s or pool’s id fits, and so does a signed-in identity asked for without its login.',
  'stale-identity-id.ruled-out.issued': 'The identity pool issued credentials for the identity id the app presented.',
  'stale-identity-id.proof.answer': 'The identity pool answered',
  'stale-identity-id.proof.signed-in': 'Sign-in (the credentials call carried its ID token)',
  'stale-identity-id.headline': (p: { identityId: string }) =>
    `The app presented identity id ${p.identityId}, which is not this user’s.`,
  'stale-identity-id.explanation': (p: { identityId: string; message: string }) =>
    `Sign-in worked, but GetCredentialsForIdentity refused the identity id (${p.message}), so no credentials were issued and AppSync was never called. The app reused an identity id it had stored: one of another user, of another identity pool, or an identity since disabled; Cognito gives a user's login only that user's identity.`,
  'stale-identity-id.fix':
    'Clear the stored identity id and let the app ask GetId again: sign out (Amplify v6 clears it on signOut) or remove the identity id from the app’s storage; do not share an identity id between users or pools.',
  'stale-identity-id.customer': (p: { identityId: string; message: string }) =>
    `After sign-in, the identity pool refuses the identity id ${p.identityId} the app presents ("${p.message}"): the app reuses an identity id stored for another user or pool. Please sign out and in again (or clear the app's stored data), and make sure the app does not keep an identity id across users.`,

  // section: token-expired
  'token-expired.confirmed': 'The identity pool refused the ID token as expired.',
  'token-expired.ruled-out.accepted': 'The identity pool accepted the ID token and issued credentials.',
  'token-expired.proof.answer': 'The identity pool answered',
  'token-expired.proof.exp': 'ID token exp',
  'token-expired.proof.iat': 'ID token iat',
  'token-expired.proof.requested-at': 'Credentials requested at',
  'token-expired.headline': (p: { lateSeconds?: number }) =>
    `The ID token had already expired${p.lateSeconds !== undefined ? ` (${duration(p.lateSeconds, 'en')} earlier)` : ''} when the identity pool received it.`,
  'token-expired.explanation': (p: {
    message: string;
    requestedAt: string;
    deviceBehind: boolean;
    exp?: number;
    iat?: number;
    serverNow?: number;
  }) =>
    `The identity pool refused the login token ("${p.message}"), so no credentials were issued and AppSync was never called. ` +
    (p.exp !== undefined
      ? `The token expired at ${when(p.exp * 1000)}${p.iat !== undefined ? ` (issued ${when(p.iat * 1000)})` : ''}; credentials were requested at ${when(p.requestedAt)}${p.serverNow !== undefined ? `, ${when(p.serverNow * 1000)} by the identity pool's clock` : ''}. `
      : '') +
    'The app sent a stale token instead of refreshing the session first.' +
    (p.deviceBehind
      ? " By the device's clock the token was still valid, so Amplify did not refresh it: the device clock is behind AWS's."
      : ''),
  'token-expired.fix':
    'Refresh the session before asking for credentials: take the tokens from `fetchAuthSession()` (Amplify refreshes them with the refresh token) instead of a cached ID token, or call `fetchAuthSession({ forceRefresh: true })`.',
  'token-expired.customer': (p: { message: string; exp?: number }) =>
    `The identity pool refuses the ID token because it has expired${p.exp !== undefined ? ` (at ${when(p.exp * 1000)})` : ''} ("${p.message}"). Please make the app refresh the session (fetchAuthSession) before it requests credentials, instead of reusing a stored ID token.`,

  // section: no-authenticated-role
  'no-authenticated-role.confirmed.mapping': 'Cognito said its ambiguous role mapping rules denied this user.',
  'no-authenticated-role.confirmed.mapping-deny':
    'The pool’s role mapping gives this user no role and resolves ambiguous cases to Deny.',
  'no-authenticated-role.confirmed.no-role': 'The identity pool has no authenticated role.',
  'no-authenticated-role.consistent':
    'Cognito found no role it could use: a pool without an authenticated role fits (its roles were not read).',
  'no-authenticated-role.ruled-out.issued': 'The identity pool issued credentials, so it had a role for this user.',
  'no-authenticated-role.ruled-out.sts-tried': (p: { role: string }) =>
    `Cognito asked STS to assume ${p.role || 'a role'}, so the pool has a role for this user; STS refused it.`,
  'no-authenticated-role.ruled-out.has-role': (p: { role: string }) =>
    `The identity pool gives this user a role${p.role ? `: ${p.role}` : ''}.`,
  'no-authenticated-role.proof.sts-failed': 'STS AssumeRoleWithWebIdentity failed with',
  'no-authenticated-role.proof.roles': "The identity pool's roles",
  'no-authenticated-role.proof.error': 'GetCredentialsForIdentity failed with',
  'no-authenticated-role.proof.message': 'and said',
  'no-authenticated-role.proof.mapping': 'Its role mapping',
  'no-authenticated-role.headline.mapping':
    'The identity pool’s role mapping gives this user no role, and resolves ambiguous cases to Deny.',
  'no-authenticated-role.headline.no-role':
    'The identity pool has no authenticated role, so signed-in users get no credentials.',
  'no-authenticated-role.explanation.mapping': (p: { name: string; message: string; from: 'token' | 'rules' }) =>
    `Sign-in worked, but GetCredentialsForIdentity failed (${p.name}: ${p.message}). ` +
    (p.from === 'token'
      ? 'The role mapping takes the role from the token, which names no single role'
      : "No role mapping rule matched the user's token") +
    ', and AmbiguousRoleResolution is Deny.',
  'no-authenticated-role.explanation.no-role': (p: { name: string; message: string }) =>
    `Sign-in worked, but GetCredentialsForIdentity failed (${p.name}: ${p.message}). The pool names no authenticated role, so Cognito has no role to assume for a signed-in user (no STS call was made).`,
  'no-authenticated-role.fix.mapping':
    'Make the role mapping match this user (a rule on a claim the token carries), or set AmbiguousRoleResolution to AuthenticatedRole.',
  'no-authenticated-role.fix.no-role': (p: { identityPoolId: string }) =>
    `Set the identity pool's authenticated role (SetIdentityPoolRoles), to a role whose trust policy trusts ${p.identityPoolId}.`,
  'no-authenticated-role.customer.mapping': (p: { identityPoolId: string; message: string }) =>
    `After sign-in, the identity pool ${p.identityPoolId} gives this user no role: its role mapping does not match and resolves ambiguous cases to Deny ("${p.message}"). Please add a rule that matches the user, or set the ambiguous role resolution to "Use default authenticated role".`,
  'no-authenticated-role.customer.no-role': (p: { identityPoolId: string; message: string }) =>
    `After sign-in, the identity pool ${p.identityPoolId} cannot issue credentials because it has no authenticated role ("${p.message}"). Please set an authenticated role on the identity pool.`,

  // section: trust-policy-mismatch
  'trust-policy-mismatch.confirmed.sts': (p: { role: string }) =>
    `CloudTrail shows STS refused AssumeRoleWithWebIdentity${p.role ? ` for ${p.role}` : ''}.`,
  'trust-policy-mismatch.confirmed.message': (p: { message: string }) => `STS refused the role: "${p.message}"`,
  'trust-policy-mismatch.confirmed.policy': (p: { role: string }) =>
    `The trust policy of ${p.role} does not admit this identity pool's signed-in users.`,
  'trust-policy-mismatch.consistent.sts': (p: { role: string }) =>
    `STS refused AssumeRoleWithWebIdentity${p.role ? ` for ${p.role}` : ''}. It answers the same for a role that does not exist (deleted, or another account's ARN in the pool): the role's trust policy decides.`,
  'trust-policy-mismatch.consistent':
    'InvalidIdentityPoolConfigurationException fits a role whose trust policy does not admit this identity pool.',
  'trust-policy-mismatch.ruled-out.assumed': 'The identity pool issued credentials: STS assumed the role.',
  'trust-policy-mismatch.ruled-out.no-role':
    'The identity pool has no role for this user, so no trust policy was tried.',
  'trust-policy-mismatch.ruled-out.trusted': (p: { role: string }) =>
    `The trust policy of ${p.role} admits this identity pool's signed-in users.`,
  'trust-policy-mismatch.proof.assumed': 'STS assumed',
  'trust-policy-mismatch.proof.pool-roles': "The identity pool's roles",
  'trust-policy-mismatch.proof.error': 'Credentials call failed with',
  'trust-policy-mismatch.proof.sts': 'STS AssumeRoleWithWebIdentity',
  'trust-policy-mismatch.proof.trust-policy': 'The role’s trust policy',
  'trust-policy-mismatch.headline': (p: { role: string }) =>
    `Cognito could not assume ${p.role || "the identity pool's authenticated role"}: its trust policy does not trust this identity pool.`,
  'trust-policy-mismatch.explanation': (p: { identityPoolId: string }) =>
    'The sign-in worked, but GetCredentialsForIdentity failed: STS refused AssumeRoleWithWebIdentity, so no credentials were issued and AppSync was never reached. ' +
    `The role's trust policy must allow cognito-identity.amazonaws.com with aud = ${p.identityPoolId} and amr = authenticated.`,
  'trust-policy-mismatch.fix': (p: { role: string; identityPoolId: string }) =>
    `Set the trust policy of ${p.role || "the identity pool's authenticated role"} to trust identity pool ${p.identityPoolId}.`,
  'trust-policy-mismatch.customer': (p: { role: string; name: string; identityPoolId: string }) =>
    `After sign-in, the identity pool could not assume ${p.role || "the identity pool's authenticated role"} (${p.name || 'AccessDenied'}). Please update the role's trust policy so that "cognito-identity.amazonaws.com:aud" is ${p.identityPoolId} (statement attached).`,

  // section: guest-credentials-used
  'guest-credentials-used.confirmed.pool': (p: { message: string }) =>
    `The identity pool treated the call as a guest's and refused it: "${p.message}"`,
  'guest-credentials-used.confirmed.sts-role': (p: { role: string }) =>
    `STS assumed the pool's unauthenticated role, ${p.role}.`,
  'guest-credentials-used.confirmed.run': 'The credentials were issued without the ID token: guest credentials.',
  'guest-credentials-used.consistent.field':
    'Guest credentials signed the request: the field refusal fits them, and also a field without @aws_iam.',
  'guest-credentials-used.consistent.role-unknown': (p: { role: string }) =>
    `STS assumed ${p.role}; whether it is the pool's unauthenticated role is not known.`,
  'guest-credentials-used.consistent.no-record':
    'Which role signed the request is not known: guest credentials would be refused the same way.',
  'guest-credentials-used.consistent.forbidden':
    'A signed-in identity asked for without its login gets this answer too: whether the app attached the ID token is not in the case.',
  'guest-credentials-used.ruled-out.sts-role': (p: { role: string }) =>
    `STS assumed ${p.role}, not the pool's unauthenticated role.`,
  'guest-credentials-used.ruled-out.no-guests':
    'The identity pool does not allow guests, so it issues no guest credentials.',
  'guest-credentials-used.ruled-out.with-token': "The credentials were requested with the signed-in user's ID token.",
  'guest-credentials-used.proof.answer': 'The identity pool answered',
  'guest-credentials-used.proof.sts-role': 'STS assumed',
  'guest-credentials-used.proof.pool-role': "The identity pool's role",
  'guest-credentials-used.proof.guests': 'Guest access enabled',
  'guest-credentials-used.proof.session': 'Credentials of the signed-in session',
  'guest-credentials-used.proof.guest': 'Guest credentials (no Logins sent)',
  'guest-credentials-used.proof.signed-in': 'Sign-in (the credentials call carried its ID token)',
  'guest-credentials-used.proof.appsync': 'AppSync answered',
  'guest-credentials-used.headline.pool':
    'The app asked for credentials without its ID token, and the identity pool does not allow guests.',
  'guest-credentials-used.headline.signed': (p: { role?: string }) =>
    `The request was signed with guest credentials (${p.role ?? "the pool's unauthenticated role"}), not the signed-in user's.`,
  'guest-credentials-used.explanation.pool': (p: { message: string }) =>
    `The user signed in, but GetId / GetCredentialsForIdentity carried no Logins, so Cognito treated the call as a guest's and refused it (${p.message}).`,
  'guest-credentials-used.explanation.signed': (p: { role?: string; status?: number }) =>
    `The user signed in, but the credentials were fetched without the ID token in Logins, so the identity pool issued guest credentials for ${p.role ?? "the pool's unauthenticated role"}, which may not call this API. AppSync refused the request (HTTP ${p.status ?? '—'}).`,
  'guest-credentials-used.headline.forbidden': 'The app may ask for the user’s identity without its ID token.',
  'guest-credentials-used.explanation.forbidden': (p: { message: string }) =>
    `GetCredentialsForIdentity refused the identity (${p.message}). A signed-in user's identity asked for without its login is refused this way.`,
  'guest-credentials-used.customer.forbidden': (p: { message: string }) =>
    `The identity pool refuses the app's credentials request ("${p.message}"). Please make sure the app sends the signed-in user's ID token with it (fetchAuthSession after signIn).`,
  'guest-credentials-used.fix':
    'Fetch credentials after sign-in completes, with the ID token attached (Amplify v6: `fetchAuthSession()` once `signIn` has finished; custom code: `Logins: { "cognito-idp.<region>.amazonaws.com/<userPoolId>": idToken }`). Allow guest access only if guests are meant to call the API.',
  'guest-credentials-used.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: the request was signed, with the wrong (guest) identity.",
  'guest-credentials-used.customer.pool': (p: { message: string }) =>
    `The app requests identity pool credentials without the signed-in user's ID token, so the identity pool treats it as a guest ("${p.message}"). Please request credentials only after sign-in, with the ID token attached (fetchAuthSession after signIn).`,
  'guest-credentials-used.customer.signed': (p: { role?: string }) =>
    `The AppSync request was signed with guest credentials (${p.role ?? "the identity pool's unauthenticated role"}) although the user had signed in: the app requested credentials without the ID token. Please request credentials after sign-in, with the ID token attached (fetchAuthSession after signIn).`,

  // section: group-role-selected
  'group-role-selected.confirmed': (p: { role: string }) =>
    `STS assumed the group role ${p.role}, not the pool's default authenticated role.`,
  'group-role-selected.consistent.field': (p: { role: string }) =>
    `STS assumed the group role ${p.role}: the field refusal fits it, and also a field without @aws_iam.`,
  'group-role-selected.consistent.role-unknown': (p: { role: string }) =>
    `STS assumed ${p.role}; whether it is the pool's default authenticated role is not known.`,
  'group-role-selected.consistent.mapped': (p: { role: string }) =>
    `The user's group carries ${p.role}, which the identity pool may have chosen.`,
  'group-role-selected.consistent.no-evidence':
    'Which role signed the request is not known: a group’s role without the permission would be refused the same way.',
  'group-role-selected.ruled-out.guest': 'The credentials were a guest’s: no group role applies.',
  'group-role-selected.ruled-out.default-role': (p: { role: string }) =>
    `STS assumed the pool's default authenticated role, ${p.role}.`,
  'group-role-selected.ruled-out.unauth-role': (p: { role: string }) =>
    `STS assumed the pool's unauthenticated role, ${p.role}: guest credentials, not a group's.`,
  'group-role-selected.ruled-out.no-mapping':
    'The identity pool has no role mapping: it gives every signed-in user its authenticated role.',
  'group-role-selected.ruled-out.no-group-role':
    'The ID token carries no group role (no cognito:roles or cognito:preferred_role).',
  'group-role-selected.ruled-out.pool-default': (p: { role: string }) =>
    `The identity pool's role settings give this user its default authenticated role${p.role ? `, ${p.role}` : ''}.`,
  'group-role-selected.proof.guest': 'Guest credentials (no Logins sent)',
  'group-role-selected.proof.sts-role': 'STS assumed',
  'group-role-selected.proof.default-role': "The pool's default authenticated role",
  'group-role-selected.proof.unauth-role': "The pool's unauthenticated role",
  'group-role-selected.proof.pool-roles': "The identity pool's roles",
  'group-role-selected.proof.mapping': "The pool's role mapping",
  'group-role-selected.proof.claims': 'ID token claims',
  'group-role-selected.proof.preferred-role': "The token's preferred role",
  'group-role-selected.proof.groups': "The user's groups",
  'group-role-selected.proof.appsync': 'AppSync answered',
  'group-role-selected.proof.field': 'with',
  'group-role-selected.headline': (p: { role?: string; defaultRole?: string }) =>
    p.role
      ? `The identity pool chose the group role ${p.role}, not ${p.defaultRole ?? 'its default authenticated role'}, and that role may not make this call.`
      : 'The identity pool may have chosen a group’s role instead of its default authenticated role, and that role may not make this call.',
  'group-role-selected.explanation': (p: {
    role?: string;
    how: 'token' | 'rules';
    status?: number;
    fieldError?: string;
  }) =>
    `The identity pool resolves roles from the token (${p.how === 'rules' ? 'rules on claims' : 'cognito:preferred_role / cognito:roles'}), so the user's Cognito group decides the role. ` +
    `Credentials were issued for ${p.role ?? 'that role'}, and AppSync refused the request signed with them (HTTP ${p.status ?? '—'}${p.fieldError ? `: ${p.fieldError}` : ''}).`,
  'group-role-selected.fix': (p: { role?: string }) =>
    `Allow appsync:GraphQL on this API's fields in ${p.role ?? "the group's role"} (the group's role), or change the pool's role resolution so this user gets the default authenticated role.`,
  'group-role-selected.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: the request was signed with the group role's credentials.",
  'group-role-selected.customer': (p: { role?: string }) =>
    `The identity pool assumes the role of the user's group (${p.role ?? 'a group role'}) instead of the default authenticated role, and that role does not allow this AppSync call. Please allow appsync:GraphQL for this API in ${p.role ?? "the group's role"} (statement attached), or change the identity pool's role settings to use the default authenticated role.`,

  // section: wrong-signing-scope
  'wrong-signing-scope.confirmed': (p: { message: string }) => `AppSync refused the credential scope: "${p.message}"`,
  'wrong-signing-scope.ruled-out.scope-accepted': (p: { status?: number; errorType?: string }) =>
    `AppSync did not refuse the credential scope: it answered HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''}.`,
  'wrong-signing-scope.proof.answered': 'AppSync answered',
  'wrong-signing-scope.proof.answer': 'AppSync answered',
  'wrong-signing-scope.proof.scope': 'The request was signed for',
  'wrong-signing-scope.headline.service': (p: { service: string }) =>
    `The request was signed for the service ${p.service}, not appsync.`,
  'wrong-signing-scope.headline.region': (p: { signedRegion: string; region: string }) =>
    `The request was signed for ${p.signedRegion || 'another region'}, but the API is in ${p.region}.`,
  'wrong-signing-scope.explanation': (p: { signedFor: string; message: string; retries: number }) =>
    `AppSync checks the SigV4 credential scope before anything else and refused ${p.signedFor || 'another scope'} (403 InvalidSignatureException: ${p.message}).` +
    (p.retries > 0 ? ` Amplify retried ${p.retries} more time(s) and then surfaced a generic error.` : '') +
    ' Amplify signs AppSync requests for the region of the app config’s API section (amplify_outputs.json `data.aws_region`, aws-exports `aws_appsync_region`).',
  'wrong-signing-scope.fix': (p: { region: string }) =>
    `Sign for service "appsync" in ${p.region}: set the API's region in the app config to ${p.region}.`,
  'wrong-signing-scope.misleading':
    'Amplify reports this as "Unknown error" after retrying; the wire shows AppSync\'s InvalidSignatureException.',
  'wrong-signing-scope.customer': (p: { signedFor: string; region: string; message: string }) =>
    `AppSync refuses the request's signature: it was signed for ${p.signedFor || 'another scope'}, but the API is in ${p.region} ("${p.message}"). Please set the API region in the app's configuration (amplify_outputs.json data.aws_region) to ${p.region}.`,

  // section: clock-skew
  'clock-skew.confirmed.message': (p: { message: string }) => `AppSync refused the signature's time: "${p.message}"`,
  'clock-skew.confirmed.skew': (p: { skewSeconds: number }) =>
    `The browser's clock was ${duration(p.skewSeconds, 'en')} ${p.skewSeconds < 0 ? 'behind' : 'ahead of'} AppSync's Date header.`,
  'clock-skew.consistent': (p: { expiration?: string }) =>
    `AppSync says the credentials expired, though by the browser's clock they were valid${p.expiration ? ` until ${when(p.expiration)}` : ''}: a skewed device clock fits.`,
  'clock-skew.ruled-out.in-sync': (p: { skewSeconds: number }) =>
    `The browser's clock was within ${duration(p.skewSeconds, 'en')} of AppSync's Date header.`,
  'clock-skew.ruled-out.time-accepted': (p: { status?: number; errorType?: string }) =>
    `AppSync did not refuse the signature's time: it answered HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''}.`,
  'clock-skew.ruled-out.expired-by-browser':
    "By the browser's own clock the credentials had expired before the request: no skew is needed to explain AppSync's answer.",
  'clock-skew.proof.skew': 'Browser clock minus AppSync’s Date (s)',
  'clock-skew.proof.answered': 'AppSync answered',
  'clock-skew.proof.answer': 'AppSync answered',
  'clock-skew.proof.expiration': 'Credentials expire',
  'clock-skew.proof.signed-at': 'Request signed at',
  'clock-skew.proof.server-date': "AppSync's Date header",
  'clock-skew.proof.after-retry': 'After Amplify’s clock correction',
  'clock-skew.headline': (p: { skewSeconds?: number }) =>
    p.skewSeconds === undefined
      ? "The browser's clock is more than 5 min off: the request's signature time is outside AWS's 5-minute window."
      : `The browser's clock is ${duration(p.skewSeconds, 'en')} ${p.skewSeconds < 0 ? 'behind' : 'ahead of'} AppSync's: the request's signature time is outside AWS's 5-minute window.`,
  'clock-skew.explanation': (p: { message?: string; retried: boolean; expiration?: string }) =>
    `SigV4 signatures carry the signing time, and AWS refuses those more than 5 minutes from its own clock${p.message ? ` (${p.message})` : ''}.` +
    (p.retried
      ? ` Amplify then corrected its clock from AppSync's Date header and retried; by AppSync's clock the credentials${p.expiration ? `, which expire at ${when(p.expiration)} by the browser's,` : ''} had already expired, hence ExpiredTokenException: a symptom of the skew, not expired credentials.`
      : ''),
  'clock-skew.headline.expired-token': (p: { expiration?: string }) =>
    `AppSync says the credentials expired, but by the browser's clock they were valid${p.expiration ? ` until ${when(p.expiration)}` : ''}: the device clock may be behind AWS's.`,
  'clock-skew.explanation.expired-token': (p: { expiration?: string }) =>
    `AppSync answered ExpiredTokenException, although by the browser's clock the credentials were valid${p.expiration ? ` until ${when(p.expiration)}` : ''}. ` +
    "If the device's clock is behind AWS's, credentials that AWS holds expired still look valid to the app, which keeps signing with them.",
  'clock-skew.customer.expired-token':
    "AppSync says the app's credentials have expired although they should still be valid, which happens when the device's clock is behind AWS's. Please set the device's date and time automatically and try again.",
  'clock-skew.fix':
    "Set the device's clock automatically (network time). Amplify v6 corrects a skew only from a response's Date header it can read; credentials issued by the identity pool still expire by AWS's clock.",
  'clock-skew.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: the signature's time was refused, not the auth mode.",
  'clock-skew.customer': (p: { skewSeconds?: number; message?: string }) =>
    `AppSync refuses the request's signature because the device's clock is ${p.skewSeconds === undefined ? 'more than 5 min off' : `${duration(p.skewSeconds, 'en')} ${p.skewSeconds < 0 ? 'behind' : 'ahead of'}`} AWS's${p.message ? ` ("${p.message}")` : ''}. Please set the device's date and time automatically and try again.`,

  // section: share link
  'share.refused.too-large': (p: { megabytes: number; limitMegabytes: number }) =>
    `No link was made: even shortened, this case is ${p.megabytes} MB of evidence, and a share link carries at most ${p.limitMegabytes} MB. Send the JSON export instead: it opens in Authtrace (Open a saved case) and with \`npm run check -- --case\`.`,
  'share.refused.too-long': (p: { characters: number; limitCharacters: number }) =>
    `No link was made: even shortened, this case makes a link of ${p.characters.toLocaleString('en')} characters, and a share link opens at most ${p.limitCharacters.toLocaleString('en')}. Send the JSON export instead: it opens in Authtrace (Open a saved case) and with \`npm run check -- --case\`.`,
  'share.refused.unreadable': (p: { reason: string }) =>
    `No link was made: the link would not open (${p.reason}). Send the JSON export instead.`,

  // section: credentials-not-recognized
  'credentials-not-recognized.ruled-out.recognized': (p: { status?: number; errorType?: string }) =>
    `AppSync recognised the credentials that signed the request: it answered HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''}, not UnrecognizedClientException.`,
  'credentials-not-recognized.confirmed.token-missing':
    'The request was signed with temporary credentials and carried no x-amz-security-token header: without their session token AWS does not recognise such a key.',
  'credentials-not-recognized.confirmed.other-key': (p: { signed: string; issued: string }) =>
    `The request was signed with the access key ${p.signed}, not ${p.issued}, which the identity pool issued in this run.`,
  'credentials-not-recognized.consistent.token-sent': (p: { recorded: 'yes' | 'no' }) =>
    `The request carried the issued key and a session token${p.recorded === 'yes' ? ' (CloudTrail shows STS issued that key)' : ''}, yet AppSync did not recognise them: the token was changed on the way (a proxy, a header cut short), or the request went to an endpoint of another account or partition.`,
  'credentials-not-recognized.consistent.unseen':
    'AppSync did not recognise the credentials, and the evidence does not show which key signed the request or whether its session token was sent.',
  'credentials-not-recognized.proof.answered': 'AppSync answered',
  'credentials-not-recognized.proof.answer': 'AppSync answered',
  'credentials-not-recognized.proof.message': 'with',
  'credentials-not-recognized.proof.signed-with': 'Request signed with access key',
  'credentials-not-recognized.proof.issued': 'Identity pool issued access key',
  'credentials-not-recognized.proof.token-sent': 'x-amz-security-token sent',
  'credentials-not-recognized.proof.sts-record': 'STS issued that key (CloudTrail)',
  'credentials-not-recognized.headline.token-missing':
    'The request was signed without the credentials’ session token, so AppSync did not recognise them.',
  'credentials-not-recognized.headline.other-key':
    'The request was signed with another access key than the one the identity pool issued.',
  'credentials-not-recognized.headline.unknown': 'AppSync did not recognise the credentials that signed the request.',
  'credentials-not-recognized.explanation': (p: {
    cause: 'token-missing' | 'other-key' | 'unknown';
    host: string;
    region: string;
    message: string;
  }) =>
    `AppSync (${p.host || 'the GraphQL endpoint'}, signed for ${p.region}) answered UnrecognizedClientException${quoted(p.message)}: the key that signed the request is unknown where it was sent. The chain reached AppSync, which refused the key before any IAM policy was evaluated. ` +
    (p.cause === 'token-missing'
      ? 'Identity pool credentials are temporary: AWS accepts their key only with the session token in the x-amz-security-token header, and the app’s request left it out (a signer given the access key id and secret key alone).'
      : p.cause === 'other-key'
        ? 'The app signed with keys it kept from elsewhere (another environment, an earlier session, hard-coded keys) instead of the credentials it had just received.'
        : 'Usual causes: the session token left out or cut short, keys of another account or environment, or an endpoint in another partition (aws-cn, aws-us-gov) than the keys.'),
  'credentials-not-recognized.fix.token-missing':
    'Sign with all three values of the credentials — access key id, secret key and session token — (Amplify’s own client does this; a hand-built SigV4 signer needs `sessionToken`).',
  'credentials-not-recognized.fix.other-key':
    'Sign each request with the credentials `fetchAuthSession()` returns for the signed-in user, not keys kept from another environment or session.',
  'credentials-not-recognized.fix.unknown':
    'Sign with the credentials `fetchAuthSession()` returns, all three values, and send the request unchanged to the API’s own endpoint in the same account and partition.',
  'credentials-not-recognized.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: the signature's key was not recognised before any authorization mode or policy was looked at.",
  'credentials-not-recognized.customer': (p: { cause: 'token-missing' | 'other-key' | 'unknown'; host: string }) =>
    `AppSync does not recognise the credentials the app signs its request with ("The security token included in the request is invalid")${p.host ? ` at ${p.host}` : ''}. ` +
    (p.cause === 'token-missing'
      ? 'The request leaves out the session token of the temporary credentials. Please have the app sign with the access key id, the secret key and the session token together.'
      : p.cause === 'other-key'
        ? 'The app signs with other keys than the ones Cognito has just issued for the user. Please have it sign with the credentials fetchAuthSession returns.'
        : 'Please have the app sign with the credentials fetchAuthSession returns, session token included, and send the request to the API’s own endpoint.'),
  'credentials-not-recognized.need.how':
    'See the failing request as the app sent it (a HAR from the browser’s network panel, or the request’s headers): the access key in `Authorization: … Credential=`, whether `x-amz-security-token` is there and unchanged, and the host it went to.',
  'credentials-not-recognized.need.ask':
    'Could you reproduce the error once with the browser’s developer tools open and send us the failing GraphQL request as a HAR file (Network tab → Export HAR), or its request headers?',

  // section: credentials-expired
  'credentials-expired.confirmed.by-browser': (p: { lateSeconds: number }) =>
    `By the browser's own clock the credentials had expired ${duration(p.lateSeconds, 'en')} before the request, and AppSync said so.`,
  'credentials-expired.confirmed.clock-in-sync': (p: { skewSeconds: number }) =>
    `AppSync said the security token had expired, and the browser's clock was within ${duration(p.skewSeconds, 'en')} of AppSync's.`,
  'credentials-expired.consistent': (p: { expiration?: string }) =>
    `AppSync says the credentials expired${p.expiration ? `, though by the browser's clock they were valid until ${when(p.expiration)}` : ''}: expired credentials fit, and so does a skewed device clock.`,
  'credentials-expired.ruled-out.not-expired': (p: { status?: number; errorType?: string }) =>
    `AppSync did not say the security token had expired: it answered HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''}.`,
  'credentials-expired.ruled-out.clock-skew':
    "The device's clock is off (see the clock skew): that explains AppSync's expired-token answer.",
  'credentials-expired.proof.answered': 'AppSync answered',
  'credentials-expired.proof.answer': 'AppSync answered',
  'credentials-expired.proof.message': 'with',
  'credentials-expired.proof.expiration': 'Credentials expire',
  'credentials-expired.proof.signed-at': 'Request signed at',
  'credentials-expired.proof.skew': 'Browser clock minus AppSync’s Date (s)',
  'credentials-expired.headline.late': (p: { lateSeconds: number }) =>
    `The request was signed with credentials that had expired ${duration(p.lateSeconds, 'en')} earlier.`,
  'credentials-expired.headline.said': 'AppSync says the credentials that signed the request had expired.',
  'credentials-expired.explanation': (p: { signedAt: string; expiration?: string }) =>
    'AppSync refused the request with ExpiredTokenException (The security token included in the request is expired). ' +
    (p.expiration
      ? `The identity pool credentials expired at ${when(p.expiration)}; the request was signed at ${when(p.signedAt)}. `
      : '') +
    'Amplify keeps credentials for 50 minutes by its own clock without looking at their expiration; code that keeps them longer, or a shorter lifetime, signs with expired ones.',
  'credentials-expired.fix':
    'Get credentials right before signing: call `fetchAuthSession()` for each request (or `fetchAuthSession({ forceRefresh: true })` once their expiration has passed) instead of keeping them.',
  'credentials-expired.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: the credentials had expired.",
  'credentials-expired.customer': (p: { expiration?: string }) =>
    `AppSync refuses the request because it was signed with expired credentials ("The security token included in the request is expired"${p.expiration ? `; they expired at ${when(p.expiration)}` : ''}). Please have the app fetch fresh credentials (fetchAuthSession) before each request instead of reusing stored ones.`,

  // shared by the identity pool and signature sections above: where the chain stopped, what AppSync answered
  'chain.pool-not-asked': (p: { stop: 'sign-in' | 'none' }): string =>
    p.stop === 'none'
      ? 'No identity pool call is in the evidence.'
      : 'The chain stopped at sign-in, before the identity pool was asked.',
  'chain.request-not-sent': (p: { stop: Stage | 'none' }) =>
    p.stop === 'none'
      ? 'No AppSync request is in the evidence.'
      : p.stop === 'graphql'
        ? 'The AppSync request was never sent: the client stopped before it.'
        : `The chain stopped at ${STAGE[p.stop]}: no AppSync request was sent.`,
  'chain.not-iam': (p: { authMode: string }) =>
    `The request was not signed with identity pool credentials (authMode ${p.authMode}).`,
  'chain.other-pool-error': (p: { name: string }) =>
    `The identity pool refused with another error${p.name ? ` (${p.name})` : ''}.`,
  'chain.no-role-refusal': (p: { status?: number; errorType?: string }) =>
    `AppSync did not refuse the caller's role: it answered HTTP ${p.status ?? '—'}${p.errorType ? ` ${p.errorType}` : ''}.`,
  'chain.proof.auth-mode': 'The call used auth mode',
  'chain.proof.credentials-issued': 'The identity pool issued access key',
  'chain.proof.signed-request-answered': 'AppSync answered a request signed with identity pool credentials',
  'chain.proof.stopped-with': 'The chain stopped with',
  'chain.proof.message': 'saying',
  'chain.proof.outcome': 'Outcome of the step',
  'chain.proof.appsync-answered': 'AppSync answered',

  // section: api-lacks-iam-mode
  'api-lacks-iam-mode.confirmed': (p: { message: string }) =>
    `AppSync answered the IAM-signed request with "${p.message}": it read the SigV4 header as another mode’s, which it does only when AWS_IAM is not one of the API’s modes.`,
  'api-lacks-iam-mode.consistent.unsigned': (p: { message: string }) =>
    `AppSync answered "${p.message}", its answer when no mode of the API reads the request’s authorization; the case does not show that the request was IAM-signed.`,
  'api-lacks-iam-mode.consistent.no-header': (p: { message: string }) =>
    `AppSync answered "${p.message}" to an IAM-signed request: its answer when no mode reads the request’s authorization, and also when the header did not arrive (a proxy or custom domain that drops it, amplify-js #4373) on an API that has IAM. The API’s modes decide.`,
  'api-lacks-iam-mode.consistent.rewritten':
    'AppSync refused the IAM call with 401 UnauthorizedException and Amplify replaced its message with "Unauthorized": an API without AWS_IAM answers the same way.',
  'api-lacks-iam-mode.ruled-out.accepted':
    'AppSync accepted the IAM-signed request (HTTP 200): the API has an AWS_IAM mode.',
  'api-lacks-iam-mode.ruled-out.signature': (p: { errorType: string }) =>
    `AppSync checked the request’s SigV4 signature (${p.errorType}), which it does only for an AWS_IAM mode.`,
  'api-lacks-iam-mode.ruled-out.iam-refusal': (p: { message: string }) =>
    `AppSync answered with IAM’s refusal ("${p.message}"), not with a text about an unreadable header: it evaluated the request as IAM.`,
  'api-lacks-iam-mode.ruled-out.config':
    'Amplify hid AppSync’s message, but the app config names AWS_IAM as the API’s authorization mode.',
  'api-lacks-iam-mode.ruled-out.other-answer': (p: { status: string; errorType: string }) =>
    `AppSync answered ${p.status || 'without a status'}${p.errorType ? ` ${p.errorType}` : ''}, not a 401 about the request’s authorization.`,
  'api-lacks-iam-mode.headline': 'The API does not accept IAM-signed requests: it has no AWS_IAM authorization mode.',
  'api-lacks-iam-mode.explanation': (p: { message: string }) =>
    `The request was signed with the identity pool’s credentials, and AppSync answered 401 "${p.message}" without evaluating IAM: it read the Authorization header as a token, which is what it does when AWS_IAM is neither its default nor an additional mode.`,
  'api-lacks-iam-mode.explanation.unsigned': (p: { message: string }) =>
    `AppSync answered 401 "${p.message}": none of the API’s modes could read the request’s Authorization header. If the app signed the request with IAM (the mode the case names), the API has no AWS_IAM mode.`,
  'api-lacks-iam-mode.explanation.rewritten':
    'AppSync refused the IAM call with 401 UnauthorizedException, and Amplify replaced AppSync’s own message with "Unauthorized". An API without an AWS_IAM mode refuses IAM-signed requests this way (AppSync’s message would be "Unable to parse JWT token." or "Valid authorization header not provided.").',
  'api-lacks-iam-mode.fix':
    'Add AWS_IAM to the API as an additional authorization mode (or make it the default), and mark the types and fields the app reads with @aws_iam (Amplify Gen 2: allow.authenticated("identityPool")).',
  'api-lacks-iam-mode.misleading':
    'Amplify’s recovery suggestion (about authMode) points the right way only if the app is not meant to use IAM.',
  'api-lacks-iam-mode.customer': (p: { apiId: string; message: string }) =>
    `AppSync does not accept the app’s IAM-signed request ("${p.message}"), which happens when AWS_IAM is not one of the API’s authorization modes. Please add AWS_IAM to ${p.apiId ? `the API ${p.apiId}` : 'the API'} as an additional authorization mode.`,
  'api-lacks-iam-mode.customer.unproven': (p: { apiId: string }) =>
    `AppSync refuses the app’s IAM-signed request. If AWS_IAM is not one of the authorization modes of ${p.apiId ? `the API ${p.apiId}` : 'the API'}, please add it as an additional authorization mode.`,

  // section: bearer-prefix
  'bearer-prefix.confirmed': 'The request’s Authorization header began with “Bearer ”, which AppSync does not read.',
  'bearer-prefix.consistent': (p: { message: string }) =>
    `AppSync could not read the token ("${p.message}"): a Bearer prefix before it fits; so does a token for a mode the API lacks.`,
  'bearer-prefix.ruled-out.iam': 'The call was signed with SigV4: it sent no token.',
  'bearer-prefix.ruled-out.answer': 'AppSync did not answer that it could not read the token.',
  'bearer-prefix.ruled-out.scheme': (p: { scheme: string }) =>
    `The Authorization header carried ${p.scheme === 'bare' ? 'the bare token' : p.scheme}, without a Bearer prefix.`,
  'bearer-prefix.proof.scheme': 'Authorization header began with',
  'bearer-prefix.headline': 'The app sends its token to AppSync as “Bearer <token>”; AppSync takes the token alone.',
  'bearer-prefix.explanation': (p: { message: string }) =>
    `AppSync answered 401 UnauthorizedException ("${p.message}"): with Cognito user pool or OIDC authorization it reads the Authorization header as the JWT itself, so a "Bearer " prefix makes it unreadable (AWS Knowledge Center, AppSync unauthorized errors). Amplify sends the bare token; the prefix comes from the app's own header or an HTTP interceptor.`,
  'bearer-prefix.fix':
    'Send the JWT alone in the Authorization header (no "Bearer " prefix): remove the prefix from the custom header or interceptor, or let Amplify’s client.graphql({ authMode: "userPool" }) set the header.',
  'bearer-prefix.customer': (p: { message: string }) =>
    `AppSync refuses the app's requests with "${p.message}" because the Authorization header carries "Bearer <token>". AppSync expects the token alone: please remove the "Bearer " prefix where the app (or an HTTP interceptor) sets that header.`,

  // section: auth-mode-mismatch
  'auth-mode-mismatch.confirmed.no-credentials': (p: { message: string }) =>
    `Amplify threw "${p.message}" before sending anything: the IAM call had no identity pool credentials.`,
  'auth-mode-mismatch.consistent.no-credentials': (p: { message: string }) =>
    `Amplify threw "${p.message}" before sending anything, and the evidence holds no identity pool call: the client may not have asked the pool, or asked and lost its answer (Amplify v5 reports every credentials failure as "No credentials").`,
  'auth-mode-mismatch.confirmed.other-mode': (p: { used: string; expected: string; message: string }) =>
    `The call used authMode ${p.used} while the app config’s mode is ${p.expected}, and AppSync refused it${quoted(p.message)}.`,
  'auth-mode-mismatch.consistent.same-mode': (p: { mode: string; message: string }) =>
    `AppSync refused the call in the app config’s own mode, ${p.mode}${quoted(p.message)}: an API without that mode, or a rule that excludes it, answers so.`,
  'auth-mode-mismatch.consistent.unread': (p: { message: string }) =>
    `AppSync could not read the call’s authorization ("${p.message}"), and the case does not show which mode the call really used.`,
  'auth-mode-mismatch.ruled-out.iam-signed':
    'The call was IAM-signed: how AppSync treated IAM is the question of the IAM-specific failure modes.',
  'auth-mode-mismatch.ruled-out.accepted': (p: { mode: string }) => `AppSync accepted the ${p.mode} call.`,
  'auth-mode-mismatch.ruled-out.bearer':
    'AppSync could not read the token because of its Bearer prefix: the answer says nothing of the mode.',
  'auth-mode-mismatch.ruled-out.token-expired':
    'AppSync read the call’s token and refused it as expired: the mode itself was accepted.',
  'auth-mode-mismatch.ruled-out.credentials-failed':
    'The identity pool refused the credentials first: that, not the mode, left the IAM call without credentials.',
  'auth-mode-mismatch.headline.no-credentials':
    'The call asked for IAM, but the client had no identity pool credentials: nothing was sent.',
  'auth-mode-mismatch.headline.other-mode': (p: { used: string; want: string }) =>
    `The call used authMode ${p.used}, but the API's rule for it expects ${p.want}.`,
  'auth-mode-mismatch.headline.same-mode': (p: { mode: string }) =>
    `AppSync refused the ${p.mode} call: the API may not have this mode, or the field’s rule excludes it.`,
  'auth-mode-mismatch.headline.unread':
    'AppSync could not read the call’s authorization: the call may not use a mode the API has.',
  'auth-mode-mismatch.explanation.no-credentials': (p: { message: string }) =>
    `Amplify threw "${p.message}" before any request: authMode iam needs identity pool credentials (an identity pool in the config and a session).`,
  'auth-mode-mismatch.explanation.other-mode': (p: { expected: string; used: string; message: string }) =>
    `The app config's mode is ${p.expected}; this call overrode it with ${p.used}${p.message ? ` and AppSync answered "${p.message}"` : ''}. The mode a call uses must be one the API has and the field's directive allows.`,
  'auth-mode-mismatch.explanation.same-mode': (p: { mode: string; message: string }) =>
    `The call used the app config’s mode, ${p.mode}, and AppSync refused it${quoted(p.message)}. Either the API does not have this mode (its modes are set on the API, not in the app), or the field’s directive does not allow it.`,
  'auth-mode-mismatch.explanation.unread': (p: { message: string }) =>
    `AppSync answered "${p.message}": none of the API’s modes could read the call’s Authorization header. That happens when the call uses a mode the API does not have, or builds its header in a way AppSync does not read (e.g. a user pool token with a "Bearer " prefix).`,
  'auth-mode-mismatch.fix.no-credentials':
    'Configure the identity pool (Auth.Cognito.identityPoolId) and sign in before calling with authMode iam, or call with the mode the rule allows.',
  'auth-mode-mismatch.fix.other-mode': (p: { want: string; used: string }) =>
    `Call with authMode '${p.want}' (Amplify: client.graphql({ ..., authMode: '${p.want}' }) or the client's default), or add ${p.used} to the API and the field's auth rule if that is intended.`,
  'auth-mode-mismatch.fix.same-mode': (p: { mode: string }) =>
    `Add ${p.mode} to the API’s authorization modes and to the field’s rule, or call with a mode the API has.`,
  'auth-mode-mismatch.fix.unread':
    'Call with a mode the API has, with the header AppSync expects: authMode iam (Amplify signs the request), or the bare user pool JWT in Authorization (no "Bearer " prefix) for authMode userPool.',
  'auth-mode-mismatch.customer.no-credentials':
    'The app calls AppSync with IAM authorization but has no identity pool credentials, so no request is sent. Please configure the identity pool and sign in before the call, or use the authorization mode the API expects.',
  'auth-mode-mismatch.customer.other-mode': (p: { used: string; want: string }) =>
    `The app's GraphQL call uses the ${p.used} authorization mode, but the API expects ${p.want} for it, so AppSync refuses the call. Please call with authMode '${p.want}'.`,
  'auth-mode-mismatch.customer.same-mode': (p: { mode: string }) =>
    `AppSync refuses the app’s GraphQL call in the ${p.mode} authorization mode. Please check that the API has this mode and that the field’s rule allows it.`,
  'auth-mode-mismatch.customer.unread': (p: { message: string }) =>
    `AppSync cannot read the authorization of the app’s GraphQL call ("${p.message}"). Please check that the call uses one of the API’s authorization modes and sends the header that mode expects.`,

  // section: explicit-deny
  'explicit-deny.confirmed': (p: { policy: string; sid: string; arn: string }) =>
    `A Deny in ${p.policy}${sidOf(p.sid)} matches ${p.arn}, and an explicit Deny overrides every Allow.`,
  'explicit-deny.consistent': (p: { role: string }) =>
    `IAM refused the request signed with the credentials of ${roleOr(p.role)} (401 UnauthorizedException); a Deny that matches the field would do that.`,
  'explicit-deny.ruled-out.no-deny': (p: { arn: string }) =>
    `No Deny matches ${p.arn}: IAM refused it for lack of an Allow.`,
  'explicit-deny.ruled-out.no-deny-statement': (p: { role: string }) =>
    `No Deny statement in the policies of ${roleOr(p.role)} names appsync:GraphQL.`,
  'explicit-deny.headline': (p: { policy: string; sid: string; field: string }) =>
    `A Deny in ${p.policy}${sidOf(p.sid)} refuses appsync:GraphQL on ${p.field}.`,
  'explicit-deny.headline.unproven': (p: { role: string }) =>
    `A Deny in the policies of ${roleOr(p.role)} may refuse appsync:GraphQL on this API.`,
  'explicit-deny.explanation': (p: { role: string; recorded: string; arn: string }) =>
    `${signedBy(p.role, p.recorded)} An explicit Deny matches ${p.arn}; it overrides every Allow (IAM policy evaluation logic), so AppSync answered 401 UnauthorizedException.`,
  'explicit-deny.explanation.unproven': (p: { role: string; recorded: string }) =>
    `${signedBy(p.role, p.recorded)} AppSync’s IAM check refused the call (401 UnauthorizedException). A Deny (inline, managed or in the permissions boundary) that matches the field ARN does that, whatever the Allows say.`,
  'explicit-deny.fix': (p: { policy: string; sid: string; arn: string }) =>
    `Remove the Deny in ${p.policy}${sidOf(p.sid)}, or narrow it so it no longer matches ${p.arn}.`,
  'explicit-deny.fix.unproven':
    'Find the Deny that matches this API’s field ARNs (inline, managed or permissions boundary) and remove or narrow it.',
  'explicit-deny.customer': (p: { role: string; policy: string; sid: string; arn: string }) =>
    `Sign-in and the identity pool credentials work, but a Deny statement in ${p.policy}${sidOf(p.sid)}, a policy of ${roleOr(p.role)}, matches ${p.arn}, so AppSync refuses the call. Please remove that Deny, or narrow it so it no longer matches this API.`,
  'explicit-deny.customer.unproven': (p: { role: string }) =>
    `Sign-in and the identity pool credentials work, but AppSync’s IAM check refuses the call signed with them; a Deny in the policies of ${roleOr(p.role)} that matches this API would do that.`,

  // section: role-policy-missing-action
  'role-policy-missing-action.confirmed': (p: { role: string; count: number; names: string }) =>
    `None of the ${p.count} permission ${p.count === 1 ? 'policy' : 'policies'} of ${roleOr(p.role)}${p.names ? ` (${p.names})` : ''} has a statement that allows appsync:GraphQL.`,
  'role-policy-missing-action.consistent': (p: { role: string }) =>
    `IAM refused the request signed with the credentials of ${roleOr(p.role)} (401 UnauthorizedException); a role with no statement for appsync:GraphQL would do that.`,
  'role-policy-missing-action.ruled-out.has-allow': (p: { policy: string }) =>
    `${p.policy} allows appsync:GraphQL (on some resource): the role has the action.`,
  'role-policy-missing-action.headline': (p: { role: string }) =>
    `${roleOr(p.role)} has no statement that allows appsync:GraphQL at all.`,
  'role-policy-missing-action.headline.unproven': (p: { role: string }) =>
    `${roleOr(p.role)} may have no statement that allows appsync:GraphQL.`,
  'role-policy-missing-action.explanation': (p: { role: string; recorded: string; count: number; names: string }) =>
    `${signedBy(p.role, p.recorded)} None of its ${p.count} permission ${p.count === 1 ? 'policy' : 'policies'} (${p.names || 'none'}) allows the action appsync:GraphQL, so IAM refuses every AppSync call (401 UnauthorizedException).`,
  'role-policy-missing-action.explanation.unproven': (p: { role: string; recorded: string }) =>
    `${signedBy(p.role, p.recorded)} AppSync’s IAM check refused the call (401 UnauthorizedException), as it refuses every AppSync call from a role whose policies do not allow appsync:GraphQL at all.`,
  'role-policy-missing-action.fix': (p: { role: string }) =>
    `Add a statement allowing appsync:GraphQL on this API's fields to ${roleOr(p.role)}.`,
  'role-policy-missing-action.customer': (p: { role: string }) =>
    `Sign-in and the identity pool credentials work, but none of the policies of ${roleOr(p.role)} allows appsync:GraphQL, so AppSync refuses the call. Please add the attached statement to the role.`,
  'role-policy-missing-action.customer.unproven': (p: { role: string }) =>
    `Sign-in and the identity pool credentials work, but AppSync’s IAM check refuses the call signed with them; a role without any appsync:GraphQL permission would do that. The attached statement grants it on this API for ${roleOr(p.role)}.`,
  'role-policy-missing-action.proof.policy': 'Permission policy of the role',

  // section: role-policy-resource-mismatch
  'role-policy-resource-mismatch.confirmed': (p: { pattern: string; arn: string }) =>
    `The role’s Allow for appsync:GraphQL names ${p.pattern}, which does not cover ${p.arn}.`,
  'role-policy-resource-mismatch.confirmed.not-applied': (p: { policy: string; arn: string; layer: string }) =>
    p.layer === 'boundary'
      ? `The Allow in ${p.policy} covers ${p.arn}, but the permissions boundary does not allow it.`
      : `The Allow in ${p.policy} covers ${p.arn}, but its Condition does not hold for this request.`,
  'role-policy-resource-mismatch.consistent': (p: { role: string }) =>
    `IAM refused the request signed with the credentials of ${roleOr(p.role)} (401 UnauthorizedException); an Allow that names other ARNs would do that.`,
  'role-policy-resource-mismatch.ruled-out.no-allow': (p: { role: string }) =>
    `No statement of ${roleOr(p.role)} allows appsync:GraphQL on any resource, so none names another ARN.`,
  'role-policy-resource-mismatch.ruled-out.covered': (p: { policy: string; arn: string }) =>
    `The Allow in ${p.policy} covers ${p.arn}.`,
  'role-policy-resource-mismatch.headline': (p: { role: string }) =>
    `${roleOr(p.role)} allows appsync:GraphQL, but only on other ARNs than this API's.`,
  'role-policy-resource-mismatch.headline.not-applied': (p: { role: string; layer: string }) =>
    p.layer === 'boundary'
      ? `${roleOr(p.role)} allows appsync:GraphQL on this API, but its permissions boundary does not.`
      : `${roleOr(p.role)} allows appsync:GraphQL on this API only under a Condition this request does not meet.`,
  'role-policy-resource-mismatch.headline.unproven': (p: { role: string; recorded: string }) =>
    p.recorded !== 'no'
      ? `${p.role} was assumed, but its policy does not allow appsync:GraphQL on this API.`
      : `AppSync’s IAM check refused the request: the policy of ${roleOr(p.role)} does not allow appsync:GraphQL on this API.`,
  'role-policy-resource-mismatch.explanation': (p: {
    role: string;
    recorded: string;
    pattern: string;
    arn: string;
    part: string;
    policyPart: string;
    requestPart: string;
  }) =>
    `${signedBy(p.role, p.recorded)} Its policy allows appsync:GraphQL on ${p.pattern}, which does not cover ${p.arn}${p.part ? `: the ${PART[p.part] ?? p.part} differs (the policy names ${p.policyPart}, the API needs ${p.requestPart})` : ''}.`,
  'role-policy-resource-mismatch.explanation.not-applied': (p: {
    role: string;
    recorded: string;
    policy: string;
    arn: string;
    layer: string;
  }) =>
    `${signedBy(p.role, p.recorded)} The Allow in ${p.policy} names ${p.arn}, but ${p.layer === 'boundary' ? 'the role’s permissions boundary allows nothing that covers it, and a request needs an Allow in both' : 'its Condition does not hold for this request'}, so IAM refused the call (401 UnauthorizedException).`,
  'role-policy-resource-mismatch.explanation.unproven': (p: { role: string; recorded: string; arns: string }) =>
    `${signedBy(p.role, p.recorded)} AppSync's IAM check then refused the call (401 UnauthorizedException), which happens when no statement of the role allows appsync:GraphQL on ${p.arns || 'the field ARN'}. After an app moves to another account the usual cause is a Resource that still names the old account or API id.`,
  'role-policy-resource-mismatch.fix': (p: { role: string }) =>
    `Allow appsync:GraphQL on this API's field ARNs in a policy of ${roleOr(p.role)}.`,
  'role-policy-resource-mismatch.fix.not-applied': (p: { policy: string; layer: string }) =>
    p.layer === 'boundary'
      ? 'Allow appsync:GraphQL on this API’s field ARNs in the role’s permissions boundary too.'
      : `Change the Condition of the Allow in ${p.policy} so it holds for the app’s requests, or allow this API’s field ARNs without it.`,
  'role-policy-resource-mismatch.customer': (p: { role: string; pattern: string; arn: string }) =>
    `Sign-in and the identity pool credentials work, but the policy of ${roleOr(p.role)} allows appsync:GraphQL only on ${p.pattern}, not on ${p.arn}. Please change its Resource to ${p.arn} (or this API's /*), as in the attached statement.`,
  'role-policy-resource-mismatch.customer.not-applied': (p: { role: string; policy: string; layer: string }) =>
    p.layer === 'boundary'
      ? `Sign-in and the identity pool credentials work, and ${roleOr(p.role)} allows this AppSync call, but its permissions boundary does not, so AppSync refuses it. Please allow appsync:GraphQL on this API in the boundary as well.`
      : `Sign-in and the identity pool credentials work, but the Allow for this API in ${p.policy} has a Condition the app’s request does not meet, so AppSync refuses the call. Please adjust that Condition.`,
  'role-policy-resource-mismatch.customer.unproven': (p: { role: string; recorded: string; arn: string }) =>
    `Sign-in and the identity pool credentials work${p.recorded === 'yes' ? `: the identity pool assumed ${p.role}` : ''}. AppSync then rejected the call with 401 UnauthorizedException, which means the policy of ${roleOr(p.role)} does not allow appsync:GraphQL on ${p.arn}. The attached statement allows it.`,
  'role-policy-resource-mismatch.proof.part': (p: { part: string; policy: string; request: string }) =>
    `${PART[p.part] ?? p.part}: the policy names ${p.policy}, the API needs ${p.request}`,

  // section: iam-denial
  'iam-denial.ruled-out.guest':
    'The request was signed with guest credentials: the signed-in user’s role was not used.',
  'iam-denial.ruled-out.no-credentials': 'The identity pool issued no credentials to sign the request with.',
  'iam-denial.ruled-out.accepted': 'AppSync ran the request (HTTP 200): IAM allowed appsync:GraphQL.',
  'iam-denial.ruled-out.no-mode': (p: { message: string }) =>
    `AppSync could not read the request’s authorization ("${p.message}"): it never evaluated IAM.`,
  'iam-denial.ruled-out.other-answer': (p: { status: string; errorType: string }) =>
    `AppSync answered ${p.status || 'without a status'}${p.errorType ? ` ${p.errorType}` : ''}, not IAM’s 401 UnauthorizedException.`,
  'iam-denial.ruled-out.other-role': (p: { role: string; expected: string }) =>
    `STS assumed ${p.role}, not the expected ${p.expected}: which role was chosen comes before its policy.`,
  'iam-denial.ruled-out.allowed': (p: { arn: string }) =>
    `The role’s policies allow appsync:GraphQL on ${p.arn}: IAM did not refuse it.`,
  'iam-denial.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: the request was signed with IAM as the API expects, and IAM refused it.",
  'iam-denial.need.simulation.how': (p: { role: string; arn: string }) =>
    `A statement of ${p.role} cannot be decided from the documents alone (a condition key or policy variable): ask AWS to evaluate it, \`aws iam simulate-principal-policy --policy-source-arn ${p.role} --action-names appsync:GraphQL --resource-arns ${p.arn}\`.`,
  'iam-denial.need.simulation.ask': (p: { role: string; arn: string }) =>
    `Could you run \`aws iam simulate-principal-policy --policy-source-arn ${p.role} --action-names appsync:GraphQL --resource-arns ${p.arn}\` and send us its output?`,
  'iam-denial.proof.sts-role': 'STS assumed the role',
  'iam-denial.proof.issued-key': 'and issued access key',
  'iam-denial.proof.request-id': 'AppSync request id',
  'iam-denial.proof.log': 'AppSync log',
  'iam-denial.proof.guest': 'Guest credentials (no Logins sent)',
  'iam-denial.proof.expected-role': 'The role signed-in users are meant to get',
  'iam-denial.proof.allow': (p: { policy: string }) => `The role's Allow in ${p.policy}`,
  'iam-denial.proof.deny': (p: { policy: string }) => `Deny statement in ${p.policy}`,
  'iam-denial.proof.simulation': 'AWS’s policy simulation decided',
  'iam-denial.proof.role-policies': 'The role’s policies, evaluated',

  // section: appsync-stage
  'appsync-stage.ruled-out.stopped': (p: { stage: Stage }) =>
    `The chain stopped at ${STAGE[p.stage]}: the AppSync request was never sent.`,
  'appsync-stage.ruled-out.no-request': 'The case holds no AppSync request.',
  'appsync-stage.ruled-out.not-sent': (p: { name: string }) =>
    `The app threw ${p.name || 'an error'} before sending the request to AppSync.`,
  'appsync-stage.ruled-out.not-iam': (p: { mode: string }) => `The call used authMode ${p.mode}, not IAM.`,
  'appsync-stage.proof.error': 'The app threw',
  'appsync-stage.proof.message': 'AppSync’s message',
  'appsync-stage.proof.error-type': 'with error type',
  'appsync-stage.proof.signed-with': 'The request was signed with',
  'appsync-stage.proof.scope': 'The request was SigV4-signed for',
  'appsync-stage.proof.credentials': 'with identity pool credentials',
  'appsync-stage.proof.config-mode': 'The app config’s auth mode',
  'appsync-stage.proof.call-mode': 'The call used',

  // section: field-lacks-iam-directive
  'field-lacks-iam-directive.consistent': (p: { field: string; message: string }) =>
    `AppSync ran the IAM-signed request and refused ${p.field} ("${p.message}"): a field without @aws_iam does that, and so does an Amplify-generated resolver whose IAM allow-list does not name the role.`,
  'field-lacks-iam-directive.ruled-out.refused-whole': (p: { status: number }) =>
    `AppSync refused the whole request (HTTP ${p.status}); a field’s directive answers inside a 200.`,
  'field-lacks-iam-directive.ruled-out.no-field-error': 'AppSync answered without a field authorization error.',
  'field-lacks-iam-directive.headline': (p: { field: string }) =>
    `${p.field} does not allow the AWS_IAM mode: it lacks @aws_iam.`,
  'field-lacks-iam-directive.explanation': (p: { field: string; message: string }) =>
    `The request was IAM-signed and AppSync accepted it (HTTP 200), so the role's policy allowed appsync:GraphQL. AppSync's per-field rules then refused ${p.field} ("${p.message}"): when IAM is an additional mode, a field or type with directives for other modes only (or none, when IAM is not the default) is closed to IAM callers.`,
  'field-lacks-iam-directive.fix': (p: { field: string; name: string }) =>
    `Add @aws_iam to ${p.field} (and to the types it returns), e.g. \`${p.name}: … @aws_iam @aws_cognito_user_pools\`; Amplify Gen 2: add allow.authenticated('identityPool') to the model's authorization; Gen 1: @auth(rules: [{ allow: private, provider: iam }]).`,
  'field-lacks-iam-directive.misleading':
    "Amplify's recovery suggestion (about authMode) does not apply: IAM authorized the request; the schema's directive refuses the field.",
  'field-lacks-iam-directive.customer': (p: { field: string; message: string }) =>
    `AppSync accepts the app's IAM-signed request but refuses the field ${p.field} ("${p.message}"), because the field has no @aws_iam directive. Please add @aws_iam to ${p.field} (and the types it returns) in the schema.`,
  'field-lacks-iam-directive.confirmed': (p: { field: string; directives: string }) =>
    `The schema closes ${p.field} to IAM callers: its auth directives are ${p.directives}, without @aws_iam.`,
  'field-lacks-iam-directive.ruled-out.has-iam': (p: { field: string }) =>
    `The schema lets IAM callers reach ${p.field} (@aws_iam): AppSync’s directive check passed, the resolver refused.`,
  'field-lacks-iam-directive.proof.ran': 'AppSync ran the request',

  // section: after IAM (Amplify-generated resolvers)
  'after-iam.consistent': (p: { field: string; message: string }) =>
    `AppSync ran the IAM-signed request and refused ${p.field} ("${p.message}"); an Amplify-generated resolver’s allow-list answers so: its code decides which rule refused.`,
  'after-iam.consistent.signer-unknown': (p: { field: string }) =>
    `The resolver’s check of ${p.field} refuses the identity pool’s callers by this rule, but the evidence does not show that the identity pool’s credentials signed the request: a Lambda function or a script signing with its own role is refused too. Who signed the request decides.`,
  'after-iam.ruled-out.directive-first': (p: { field: string }) =>
    `The schema closes ${p.field} to IAM: AppSync refused before any resolver ran.`,
  'after-iam.ruled-out.no-check': (p: { field: string }) =>
    `The resolver of ${p.field} holds no authorization check Amplify generates.`,
  'after-iam.ruled-out.admits': (p: { field: string; caller: string }) =>
    `The resolver’s check of ${p.field} admits the caller ${p.caller}.`,
  'after-iam.ruled-out.other-rule': (p: { field: string }) =>
    `The resolver of ${p.field} refuses the caller by another rule.`,
  'after-iam.proof.schema': (p: { field: string }) => `The schema with directives (${p.field})`,
  'after-iam.proof.no-resolver': 'The field has no resolver',
  'after-iam.proof.check': 'The resolver’s authorization check',
  'after-iam.proof.caller-role': 'The caller’s role (identity pool, authenticated)',
  'after-iam.ruled-out.other-signer': (p: { field: string; caller: string }) =>
    `The request for ${p.field} was signed as ${p.caller}, not with the identity pool’s credentials: this rule judges the pool’s callers.`,
  'after-iam.proof.pool-key': 'The key the identity pool issued',
  'after-iam.proof.signer-record': 'The role session STS issued the signing key to (CloudTrail AssumeRole)',
  'after-iam.proof.signed-as': 'The role session the run signed as (STS AssumeRole answer)',

  // section: caller-role-not-admin
  'caller-role-not-admin.confirmed': (p: { field: string; caller: string; adminRoles: string; authRole: string }) =>
    `The request was signed as ${p.caller}, which is neither the identity pool’s role (${p.authRole}) nor a role whose name contains an admin role of the resolver of ${p.field} (admin roles: ${p.adminRoles}); IAM allowed it (HTTP 200) and the resolver refused it.`,
  'caller-role-not-admin.consistent': (p: { field: string; message: string }) =>
    `AppSync ran the IAM-signed request and refused ${p.field} ("${p.message}"); a function or a script signing with a role missing from the resolver’s admin roles is answered so: who signed the request and the resolver’s code decide.`,
  'caller-role-not-admin.ruled-out.pool-signed': (p: { field: string }) =>
    `The request for ${p.field} was signed with the identity pool’s credentials, not with a function’s or a script’s own role.`,
  'caller-role-not-admin.headline': (p: { field: string; role: string }) =>
    `The role ${p.role} may call ${p.field} in IAM, but the generated resolver does not list it as an admin role.`,
  'caller-role-not-admin.explanation': (p: { field: string; message: string; role: string }) =>
    `The request was signed with the role ${p.role} (a Lambda function’s or a script’s), not with identity pool credentials. IAM allowed it (HTTP 200); then the resolver Amplify generated for ${p.field} refused it ("${p.message}"): it admits IAM callers only as the identity pool’s auth/unauth role or as a role whose name contains one of its adminRoles, and ${p.role} is not one.`,
  'caller-role-not-admin.fix': (p: { field: string; role: string }) =>
    `Name the role in the API’s admin roles and deploy: Gen 2 — give the function access in the schema’s \`authorization\` (amplify/data/resource.ts: \`.authorization((allow) => [allow.resource(myFunction)])\`), then redeploy; Gen 1 — add "${p.role}" to \`adminRoleNames\` in amplify/backend/api/<api>/custom-roles.json, then \`amplify push\`. IAM allowing appsync:GraphQL on ${p.field} alone is not enough.`,
  'caller-role-not-admin.customer': (p: { field: string; message: string; role: string }) =>
    `The request for ${p.field} is made with the IAM role ${p.role} (a function or a script), which IAM allows, but the resolver Amplify generated refuses it ("${p.message}") because the role is not among the API’s admin roles. Please grant the function access in amplify/data/resource.ts with allow.resource(<function>) in the schema’s authorization and redeploy (Gen 2), or add "${p.role}" to adminRoleNames in amplify/backend/api/<api>/custom-roles.json and run amplify push (Gen 1).`,

  // section: resolver-allow-list-stale
  'resolver-allow-list-stale.confirmed': (p: {
    field: string;
    caller: string;
    authRole: string;
    identityPoolId: string;
    adminRoles: string;
  }) =>
    `The resolver of ${p.field} admits IAM callers only as ${p.authRole} or from identity pool ${p.identityPoolId} (admin roles: ${p.adminRoles}); the caller is ${p.caller}, from another pool.`,
  'resolver-allow-list-stale.headline': (p: { field: string }) =>
    `The resolver of ${p.field} still admits the roles and identity pool it was deployed with.`,
  'resolver-allow-list-stale.explanation': (p: { field: string; message: string }) =>
    `IAM allowed the request (HTTP 200), then the resolver Amplify generated for ${p.field} refused it ("${p.message}"): it admits IAM callers only if their role session is the auth role baked in at deploy time ($ctx.stash.authRole) or their identity pool is the one baked in. After a move to another account or identity pool, or a renamed role, it names the old ones.`,
  'resolver-allow-list-stale.fix': (p: { field: string }) =>
    `Redeploy the API against the identity pool it now uses, so the resolver of ${p.field} bakes in the current auth role and pool: Gen 1 — \`amplify update auth\` / \`amplify import auth\` for the new pool, then \`amplify push\` (other roles go in amplify/backend/api/<api>/custom-roles.json \`adminRoleNames\`); Gen 2 — redeploy the backend whose defineAuth owns the pool (its resource \`authorization\` rules stay as they are).`,
  'resolver-allow-list-stale.customer': (p: { field: string; message: string }) =>
    `IAM allows the app’s request, but the resolver Amplify generated for ${p.field} refuses it ("${p.message}"): it still admits the role and identity pool it was deployed with, not the ones the app uses now. Please redeploy the API from the project that owns the current identity pool (Gen 1: amplify push after updating auth; Gen 2: redeploy the backend); roles outside the pool go in custom-roles.json adminRoleNames (Gen 1).`,

  // section: authenticated-rule-user-pool-only
  'authenticated-rule-user-pool-only.confirmed': (p: {
    field: string;
    caller: string;
    authRole: string;
    identityPoolId: string;
    adminRoles: string;
  }) =>
    `The resolver of ${p.field} admits signed-in users by user pool token only; its IAM branch admits admin roles (${p.adminRoles}) and nothing else, and the caller ${p.caller} is not one.`,
  'authenticated-rule-user-pool-only.headline': (p: { field: string }) =>
    `${p.field} allows authenticated users through the user pool, not identity pool credentials.`,
  'authenticated-rule-user-pool-only.explanation': (p: { field: string; message: string }) =>
    `Amplify Gen 2’s allow.authenticated() (Gen 1 { allow: private }) means a user pool token. The app called with identity pool credentials (IAM): AppSync ran the resolver of ${p.field}, whose IAM branch admits only admin roles, and it refused ("${p.message}").`,
  'authenticated-rule-user-pool-only.fix': (p: { field: string }) =>
    `Either call ${p.field} with authMode 'userPool', or allow identity pool users: Gen 2 — allow.authenticated('identityPool') in the model’s authorization (amplify/data/resource.ts); Gen 1 — @auth(rules: [{ allow: private, provider: iam }]) in schema.graphql, then deploy.`,
  'authenticated-rule-user-pool-only.customer': (p: { field: string; message: string }) =>
    `The model behind ${p.field} allows signed-in users through user pool tokens only (allow.authenticated()), but the app calls it with identity pool credentials, so AppSync refuses ("${p.message}"). Please either call it with authMode 'userPool', or add allow.authenticated('identityPool') to the model’s authorization in amplify/data/resource.ts (Gen 1: { allow: private, provider: iam } in schema.graphql) and deploy.`,

  // section: guest-rule-signed-in-user
  'guest-rule-signed-in-user.confirmed': (p: {
    field: string;
    caller: string;
    authRole: string;
    identityPoolId: string;
    adminRoles: string;
  }) =>
    `The resolver of ${p.field} admits IAM callers only as the unauthenticated role ($ctx.stash.unauthRole); the caller ${p.caller} is a signed-in user’s authenticated role.`,
  'guest-rule-signed-in-user.headline': (p: { field: string }) =>
    `${p.field} allows guests only: signed-in users are refused.`,
  'guest-rule-signed-in-user.explanation': (p: { field: string; message: string }) =>
    `allow.guest() (Gen 1 { allow: public, provider: iam }) admits the identity pool’s unauthenticated role. Once the user signs in, Amplify signs with the authenticated role, and the resolver of ${p.field} refuses it ("${p.message}").`,
  'guest-rule-signed-in-user.fix': (p: { field: string }) =>
    `Allow signed-in users as well: Gen 2 — add allow.authenticated('identityPool') next to allow.guest() in the model’s authorization (amplify/data/resource.ts); Gen 1 — add { allow: private, provider: iam } next to { allow: public, provider: iam } on the model of ${p.field}, then deploy.`,
  'guest-rule-signed-in-user.customer': (p: { field: string; message: string }) =>
    `The model behind ${p.field} allows guests only (allow.guest()), so once a user is signed in AppSync refuses the request ("${p.message}"). Please add allow.authenticated('identityPool') next to allow.guest() in amplify/data/resource.ts (Gen 1: { allow: private, provider: iam } in schema.graphql) and deploy.`,

  // section: owner-rule-over-iam
  'owner-rule-over-iam.confirmed': (p: {
    field: string;
    caller: string;
    authRole: string;
    identityPoolId: string;
    adminRoles: string;
  }) =>
    `The resolver of ${p.field} checks an owner claim of a user pool token; its IAM branch admits admin roles (${p.adminRoles}) only, and the caller ${p.caller} is not one.`,
  'owner-rule-over-iam.headline': (p: { field: string }) =>
    `${p.field} allows owners only, and an IAM caller cannot be an owner.`,
  'owner-rule-over-iam.explanation': (p: { field: string; message: string }) =>
    `An owner rule compares a claim of the user pool token (sub, username) with the record’s owner field. Identity pool credentials carry no such claim: the resolver of ${p.field} refused the IAM caller ("${p.message}").`,
  'owner-rule-over-iam.fix': (p: { field: string }) =>
    `Call ${p.field} with authMode 'userPool' (owner rules need the user pool token), or add an IAM rule: Gen 2 — allow.authenticated('identityPool') in the model’s authorization; Gen 1 — { allow: private, provider: iam } in @auth (IAM callers then see every record).`,
  'owner-rule-over-iam.customer': (p: { field: string; message: string }) =>
    `The model behind ${p.field} allows owners only, and the app calls it with identity pool (IAM) credentials, which carry no owner; AppSync refuses ("${p.message}"). Please call it with authMode 'userPool', or add an IAM rule to the model’s authorization in amplify/data/resource.ts (Gen 1: @auth in schema.graphql) and deploy.`,
  'field-lacks-iam-directive.proof.refused': 'and refused the field',

  // section: healthy
  'healthy.confirmed': 'AppSync answered the test request with data and no errors.',
  'healthy.ruled-out': 'The request did not succeed with data and no errors.',
  'healthy.headline': 'The chain is healthy: AppSync answered the test request with data.',
  'healthy.explanation': 'Sign-in, identity pool credentials and the signed GraphQL request all succeeded.',
  'healthy.fix': 'Nothing to fix.',
  'healthy.customer':
    'We ran the full sign-in → credentials → AppSync chain with your configuration and it succeeded; no change is needed.',

  // ── Proof labels shared by several hypotheses ───────────────────────────────────────────────────────────────
  'proof.appsync-status': 'AppSync status',
  // section: proofs

  // end of hypotheses
  // The timeline, the trace and the pieces both pages share (./chain-words-en.ts).
  ...chainWordsEn,
} satisfies Record<string, string | ((params: never) => string)>;
