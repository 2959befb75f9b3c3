type Stage = 'sign-in' | 'credentials' | 'graphql';
const STAGE: Record<Stage, string> = {
  'sign-in': 'sign-in',
  credentials: 'the identity pool credentials call',
  graphql: 'the AppSync request',
};

/**
 * English: the catalog that defines every message id and its parameters. Sections follow the failure modes; each
 * hypothesis keeps its ids under its own prefix (`<failure-mode id>.…`).
 */
export const en = {
  // ── Failure modes: a human title each (candidates, customer page) ──────────────────────────────────────────
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
  'mode.credentials-expired': 'The credentials had expired when the request was signed',
  'mode.clock-skew': 'The device clock is off',
  'mode.wrong-signing-scope': 'The request was signed for the wrong region or service',
  'mode.api-lacks-iam-mode': 'The API does not accept IAM authorization',
  'mode.field-lacks-iam-directive': 'The field does not allow IAM callers',
  'mode.auth-mode-mismatch': 'The app calls with another auth mode than the API expects',

  // ── Verdict frame ───────────────────────────────────────────────────────────────────────────────────────────
  'verdict.proven': 'proven by the evidence',
  'verdict.likely': 'likely — not proven yet',
  'verdict.candidates': 'Candidates',
  'verdict.ruled-out': 'Ruled out',
  'verdict.next': 'The one piece of evidence that decides',

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
    `Read the schema with its directives for ${p.field}: AppSync console → the API → Schema, or \`aws appsync get-introspection-schema --api-id ${p.apiId} --format SDL schema.graphql\`; and the field’s resolver (\`aws appsync list-resolvers --api-id ${p.apiId} --type-name <Type>\`).`,
  'need.appsync-schema.ask': (p: { field: string }) =>
    `Could you send us the GraphQL schema of the API (AppSync console → your API → Schema), in particular the directives on ${p.field} and its type, and whether its resolver was generated by Amplify?`,
  'need.appsync-logs.how': (p: { apiId: string }) =>
    `Turn on AppSync logging (field resolver log level ALL, AppSync console → the API → Settings → Logging) and read the request’s lines in the log group /aws/appsync/apis/${p.apiId}.`,
  'need.appsync-logs.ask':
    'Could you turn on AppSync logging (Settings → Logging, field resolver log level ALL), reproduce the error once, and send us the log lines of that request?',
  'need.app-call-code.how':
    'Look at how the app builds the GraphQL call: the authMode it passes to `generateClient` / `client.graphql`, and whether it sends the ID token to the identity pool.',
  'need.app-call-code.ask':
    'Could you send us the part of the app code that calls the API (the `generateClient` / `client.graphql` call with its options) and the Amplify configuration it uses?',
  'need.device-clock.how':
    'Compare the device clock with AWS’s: the `Date` header of any AWS response against the device time when the request was signed.',
  'need.device-clock.ask':
    'Could you check that the date, time and time zone of the device are set automatically, and tell us the device time when the error happened?',
  'need.run-chain.how': 'Run the chain (or paste the evidence the customer sent) to collect evidence.',
  'need.run-chain.ask':
    'Could you send us the exact error the app shows, and the time it happened (a HAR file of the failing request helps most)?',

  // ── Lookups: what was asked of AWS (the case keeps the id and the value it was about) ──────────────────────
  'lookup.sts-record-by-identity': 'STS event by identity id (Username)',
  'lookup.sts-record-by-event-name': 'STS event by event name',
  'lookup.identity-pool': 'Identity pool roles and providers',
  'lookup.role-policies': (p: { subject?: string }) => `Policies of role ${p.subject ?? '?'}`,
  'lookup.simulate-policy': (p: { subject?: string }) => `Simulate appsync:GraphQL for ${p.subject ?? '?'}`,
  'lookup.appsync-logs': (p: { subject?: string }) => `AppSync log lines of request ${p.subject ?? '?'}`,
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

  // section: token-expired

  // section: no-authenticated-role

  // section: trust-policy-mismatch

  // section: guest-credentials-used

  // section: group-role-selected

  // section: wrong-signing-scope

  // section: clock-skew

  // section: credentials-expired

  // section: api-lacks-iam-mode

  // section: auth-mode-mismatch

  // section: explicit-deny

  // section: role-policy-missing-action

  // section: role-policy-resource-mismatch

  // section: field-lacks-iam-directive

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

  // TRANSITION ONLY (hypotheses/legacy.ts): prose of a rule not yet rewritten.
  'legacy.text': (p: { text: string }) => p.text,
  'legacy.customer': (p: { en: string; ja: string }) => p.en,
} satisfies Record<string, string | ((params: never) => string)>;
