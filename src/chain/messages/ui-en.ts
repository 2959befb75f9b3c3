import { clock, millis, offset, when } from './format';

type Confidence = 'proven' | 'likely';

const AWAITED: Record<string, string> = {
  'run-chain': 'the run',
  'sts-record': 'the CloudTrail record of the STS call',
  'identity-pool': 'the identity pool’s roles',
  'role-policies': 'the role’s policies',
  'simulate-policy': 'AWS’s policy simulation',
  'appsync-logs': 'the AppSync log lines',
  'appsync-auth': 'the API’s schema and resolvers',
};
// The Connect form's fields (connection-draft.ts `DraftField`), named where a message speaks of one.
const FIELD: Record<string, string> = {
  region: 'Region',
  userPoolId: 'User pool id',
  userPoolClientId: 'App client id',
  identityPoolId: 'Identity pool id',
  graphqlEndpoint: 'GraphQL endpoint',
  authMode: 'Auth mode',
  apiId: 'API id',
  accountId: 'Account id',
};
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * English words of the timeline, the trace and the engineer's page (merged into `en`). The domain returns the
 * `timeline.*`, `trace.*` and `fact.*` ids; the dashboard's own chrome uses `ui.*`. Texts keep the words the e2e
 * tests and the README quote.
 */
export const uiEn = {
  // ── Timeline lanes and items (src/chain/timeline.ts) ─────────────────────────────────────────────────────
  'timeline.lane.token': 'User pool token',
  'timeline.lane.credentials': 'Identity pool credentials',
  'timeline.lane.sts': 'STS event (CloudTrail)',
  'timeline.lane.appsync': 'AppSync request',
  'timeline.signed-in': (p: { flow: string }) => `Signed in (${p.flow})`,
  'timeline.sign-in-failed': (p: { error: string }) => `Sign-in failed: ${p.error || 'error'}`,
  'timeline.id-token-valid': 'ID token valid',
  'timeline.credentials-issued': 'Credentials issued',
  'timeline.credentials-failed': (p: { error: string }) => `Credentials failed: ${p.error || 'error'}`,
  'timeline.credentials-valid': 'Credentials valid',
  'timeline.record': (p: { event: string }) => p.event,
  'timeline.record-failed': (p: { event: string; error: string }) => `${p.event} failed: ${p.error}`,
  'timeline.record-matched': (p: { event: string }) => `${p.event} (issued these credentials)`,
  'timeline.graphql': (p: { status: string; errorType: string }) =>
    `GraphQL ${p.status}${p.errorType ? ` ${p.errorType}` : ''}`,
  'timeline.after-iam': 'Authorization after IAM',
  'timeline.logs': (p: { count: number }) => `AppSync log (${plural(p.count, 'line')})`,

  // ── Facts beside an item ──────────────────────────────────────────────────────────────────────────────
  'fact.username': 'username',
  'fact.error': 'error',
  'fact.claim': (p: { claim: string }) => p.claim,
  'fact.identity-id': 'identity id',
  'fact.access-key-id': 'access key id',
  'fact.expiration': 'expiration',
  'fact.event-id': 'event id',
  'fact.role': 'role',
  'fact.principal': 'principal',
  'fact.request-id': 'request id',
  'fact.auth-mode': 'auth mode',
  'fact.fields': 'fields',
  'fact.signed-with': 'signed with',
  'fact.message': 'message',
  'fact.line': (p: { n: number }) => `line ${p.n}`,
  'fact.iam-decision': 'IAM decision',
  'fact.iam-allowed': 'allowed (AppSync ran the request: 200)',
  'fact.directives': (p: { field: string }) => `${p.field} directives`,
  'fact.directives.none': '(none: the default mode only)',
  'fact.resolver-check': (p: { field: string }) => `${p.field} resolver check`,
  'fact.resolver-check.none': 'no Amplify authorization check',
  'fact.resolver-rules': (p: {
    iamPrivate: boolean;
    iamPublic: boolean;
    userPoolPrivate: boolean;
    userPoolOwner: boolean;
    userPoolGroups: boolean;
  }) =>
    [
      p.iamPrivate ? 'IAM: auth role or pool' : '',
      p.iamPublic ? 'IAM: unauth role' : '',
      !p.iamPrivate && !p.iamPublic ? 'IAM: admin roles only' : '',
      p.userPoolPrivate ? 'user pool: signed-in' : '',
      p.userPoolOwner ? 'user pool: owner' : '',
      p.userPoolGroups ? 'user pool: groups' : '',
    ]
      .filter(Boolean)
      .join('; '),
  'fact.stash': (p: { key: string }) => `stash ${p.key}`,
  'fact.identity-pool-in-check': 'identity pool in check',
  'fact.admin-roles': 'admin roles',
  'fact.none': '(none)',

  // ── Trace (src/chain/trace.ts) ────────────────────────────────────────────────────────────────────────
  'trace.operation': (p: { operation: string }) => p.operation,
  'trace.call': (p: { status: string; errorType: string; ms: number }) =>
    [p.status, p.errorType, millis(p.ms, 'en')].filter(Boolean).join(' · '),
  'trace.step.sign-in': 'Sign-in',
  'trace.step.credentials': 'Credentials',
  'trace.step.graphql': 'GraphQL request',
  'trace.step.ok': 'ok',
  'trace.step.failed': 'failed',
  'trace.id-token': 'ID token',
  'trace.credentials': 'Credentials',
  'trace.valid-until': (p: { until: number; reference?: number }) =>
    `valid until ${clock(p.until, 'en')}${p.reference !== undefined ? `, ${offset((p.until - p.reference) / 1000, 'en', 'minutes')}` : ''}`,
  'trace.record': (p: { errorCode: string; role: string }) => [p.errorCode, p.role].filter(Boolean).join(' · '),
  'trace.connector.issued': (p: { accessKeyId: string }) => `STS issued ${p.accessKeyId}`,
  'trace.connector.signed': (p: { accessKeyId: string }) => `signed with ${p.accessKeyId}`,

  // ── The engineer's page: header ─────────────────────────────────────────────────────────────────────
  'ui.app.tagline': 'Why does AppSync answer Unauthorized after Cognito sign-in?',
  'ui.nav.live': 'Live run',
  'ui.nav.offline': 'Offline evidence',
  'ui.language': 'Language',
  'ui.theme.light': '☀ Light',
  'ui.theme.dark': '☾ Dark',
  'ui.theme.to-light': 'Switch to light mode',
  'ui.theme.to-dark': 'Switch to dark mode',

  // ── Shared pieces ───────────────────────────────────────────────────────────────────────────────────
  'ui.copy': 'copy',
  'ui.copied': 'copied',
  'ui.copy.name': (p: { what: string }) => `Copy ${p.what}`,
  'ui.quoted': 'Quoted from the evidence',
  'ui.raw-json': 'Raw JSON',
  'ui.json-of': (p: { what: string }) => `${p.what} raw JSON`,
  'ui.error.cannot-show': (p: { what: string }) => `${p.what} cannot be shown`,
  'ui.error.detail': (p: { problem: string }) =>
    `The evidence was read, but this part could not be displayed (${p.problem}).`,
  'ui.what.cli-command': 'AWS CLI command',
  'ui.what.cli-command-n': (p: { n: number }) => `AWS CLI command ${p.n}`,
  'ui.what.request-id': (p: { call: string }) => `request id of ${p.call}`,
  'ui.what.customer-message': 'customer message',
  'ui.what.share-link': 'share link',
  'ui.what.letter': 'message to send',
  'ui.what.fixed-link': 'confirmed fixed link',

  // ── Step 1: connect ─────────────────────────────────────────────────────────────────────────────────
  'ui.connect.title': '1 · Connect',
  'ui.connect.config': 'App config (amplify_outputs.json, amplifyconfiguration.json or aws-exports.js)',
  'ui.connect.config.placeholder': 'Paste or drop the file here',
  'ui.connect.read': 'Read config',
  'ui.connect.use': 'Use this connection',
  'ui.connect.config-error': 'The config could not be read',
  'ui.connect.nothing-changed': 'Nothing you typed was changed.',
  'ui.connect.custom-endpoints': (p: { endpoint: string }) => `Custom endpoints: ${p.endpoint}`,
  'ui.connect.placeholder.client': '26 letters and digits',
  'ui.connect.placeholder.optional': 'optional',
  'ui.connect.placeholder.account': 'optional, 12 digits',
  'ui.connect.hint.api': 'AppSync console → API → Settings. Needed for exact field ARNs and logs.',
  'ui.connect.hint.account': 'Found from CloudTrail when left empty.',
  'ui.connect.mode.iam': 'AWS_IAM (identity pool credentials)',
  'ui.field.region': FIELD.region ?? '',
  'ui.field.userPoolId': FIELD.userPoolId ?? '',
  'ui.field.userPoolClientId': FIELD.userPoolClientId ?? '',
  'ui.field.identityPoolId': FIELD.identityPoolId ?? '',
  'ui.field.graphqlEndpoint': FIELD.graphqlEndpoint ?? '',
  'ui.field.authMode': FIELD.authMode ?? '',
  'ui.field.apiId': FIELD.apiId ?? '',
  'ui.field.accountId': FIELD.accountId ?? '',
  'ui.field.required': (p: { field: string }) => `${FIELD[p.field] ?? p.field} is required.`,
  'ui.field.invalid.region': 'Region must be an AWS region such as us-east-1.',
  'ui.field.invalid.userPoolId': 'User pool id must look like us-east-1_AbCdEf123.',
  'ui.field.invalid.userPoolClientId': 'App client id must be the app client id (letters and digits).',
  'ui.field.invalid.identityPoolId': 'Identity pool id must look like us-east-1:1234abcd-….',
  'ui.field.invalid.graphqlEndpoint': 'GraphQL endpoint must be the GraphQL endpoint URL.',
  'ui.field.invalid.accountId': 'Account id must be a 12-digit account id.',
  'ui.field.invalid.other': (p: { field: string }) => `${FIELD[p.field] ?? p.field} is not valid.`,
  'ui.summary.label': 'Connection',
  'ui.summary.change': 'Change',
  'ui.summary.change.name': 'Change the connection',
  'ui.summary.user-pool': 'User pool',
  'ui.summary.user-pool.value': (p: { pool: string; client: string }) => `${p.pool} · client ${p.client}`,
  'ui.summary.identity-pool': 'Identity pool',
  'ui.summary.api': 'API',
  'ui.summary.api.value': (p: { api: string; account: string }) =>
    `${p.api}${p.account ? ` · account ${p.account}` : ''}`,
  'ui.summary.auth': 'Auth',
  'ui.summary.auth.value': (p: { mode: string; also: string }) =>
    `${p.mode} (default)${p.also ? `; also ${p.also}` : ''}`,
  'ui.mode.iam': 'AWS_IAM',
  'ui.mode.userPool': 'Cognito user pools',
  'ui.mode.apiKey': 'API key',
  'ui.mode.oidc': 'OpenID Connect',
  'ui.mode.lambda': 'Lambda',
  'ui.sandbox.looking': (p: { url: string }) => `Looking for the local sandbox at ${p.url}…`,
  'ui.sandbox.none': (p: { url: string }) => `No local sandbox at ${p.url}: fill in a real app's config below.`,
  'ui.sandbox.scenario': 'Sandbox scenario',
  'ui.sandbox.use': 'Use sandbox account',
  'ui.sandbox.switching': 'Switching…',
  'ui.endpoints.label': 'Endpoints that are not AWS',
  'ui.endpoints.heading': 'This config sends data to hosts that are not AWS',
  'ui.endpoints.refused': (p: { reason: string }) => `refused. ${p.reason}`,
  'ui.endpoints.would-receive': (p: { what: string }) => `would receive ${p.what}.`,
  'ui.endpoints.nothing': 'nothing of the run',
  'ui.endpoints.trust': 'I trust these hosts with what is listed above for this run.',
  'ui.sent.password': 'the test user’s password',
  'ui.sent.user-tokens': 'the test user’s Cognito tokens',
  'ui.sent.identity-credentials': 'requests signed with the user’s identity pool credentials',
  'ui.sent.read-only-credentials': 'your read-only credentials',
  'ui.list.join': ', ',

  // ── Step 2: run ─────────────────────────────────────────────────────────────────────────────────────
  'ui.run.title': '2 · Run',
  'ui.run.user': 'Test user',
  'ui.run.password': 'Password',
  'ui.run.password.hint': 'Used for this run only; kept in memory.',
  'ui.run.flow': 'Sign-in flow',
  'ui.run.flow.srp': 'USER_SRP_AUTH (Amplify default)',
  'ui.run.query': 'Test query',
  'ui.run.credentials': 'Read-only credentials (for CloudTrail)',
  'ui.run.credentials.placeholder':
    'aws configure export-credentials --format env\n(or AWS_ACCESS_KEY_ID=… / AWS_SECRET_ACCESS_KEY=… lines)',
  'ui.run.credentials.hint': 'Kept in memory only. Optional: without them the STS lane stays empty.',
  'ui.run.as-scenario': "Run as the scenario's app does:",
  'ui.run.standard': 'Standard run',
  'ui.run.variant.guest': 'guest credentials',
  'ui.run.variant.auth-mode': (p: { mode: string }) => `authMode ${p.mode}`,
  'ui.run.variant.region': (p: { region: string }) => `API region ${p.region}`,
  'ui.run.variant.delay': (p: { ms: number }) => `waits ${millis(p.ms, 'en')} before the request`,
  'ui.run.before': 'Before running',
  'ui.run.button': 'Run the chain',
  'ui.run.running': 'Running the chain…',
  'ui.run.could-not-start': 'The run could not start',
  'ui.run.label': (p: { n: number }) => `Run ${p.n}`,
  'ui.problem.connect': (p: { count: number }) => `Connect: ${plural(p.count, 'field')} to fix.`,
  'ui.problem.user': 'Enter the test user.',
  'ui.problem.password': 'Enter the test user’s password.',
  'ui.problem.credentials': (p: { problem: string }) => `Read-only credentials: ${p.problem}`,
  'ui.problem.confirm-hosts': 'Confirm the hosts that are not AWS (above Run).',
  'ui.problem.query': (p: { problem: string }) => p.problem,

  // ── Step 3: runs, compare, open a case ──────────────────────────────────────────────────────────────
  'ui.runs.title': '3 · Runs and compare',
  'ui.runs.label': 'Runs',
  'ui.runs.running': 'running…',
  'ui.runs.provisional': ' · provisional',
  'ui.gist': (p: { title: string; confidence: Confidence }) => `${p.title} (${p.confidence})`,
  'ui.gist.inconclusive': 'inconclusive',
  'ui.compare.button': 'Compare with previous',
  'ui.compare.verdict': 'Verdict:',
  'ui.compare.changed': (p: { before: string; previous: string; after: string }) =>
    `${p.before} in ${p.previous} → ${p.after} now`,
  'ui.compare.unchanged': (p: { after: string }) => `unchanged: ${p.after}`,
  'ui.compare.links': 'Links that changed',
  'ui.compare.link': (p: { link: string; before: string; after: string }) => `${p.link}: ${p.before} → ${p.after}`,
  'ui.compare.not-checked': 'not checked',
  'ui.compare.no-change': 'No link changed.',
  'ui.fixed.title': 'Confirmed fixed',
  'ui.fixed.text':
    'The re-run after the fix is healthy. A link shows it to the customer (personal data masked, as in any share link).',
  'ui.fixed.link': 'Confirmed fixed link',
  'ui.fixed.make': 'Make the “confirmed fixed” link',
  'ui.open.label': 'Open a saved case (JSON)',
  'ui.open.not-json': (p: { file: string }) =>
    `${p.file} is not JSON: open a case saved from Authtrace (the JSON export). Nothing was changed.`,
  'ui.open.invalid': (p: { file: string; problem: string }) =>
    `${p.file} cannot be opened: ${p.problem}. Nothing was changed.`,

  // ── The verdict ─────────────────────────────────────────────────────────────────────────────────────
  'ui.verdict.title': 'Verdict',
  'ui.verdict.running': 'Running the chain…',
  'ui.verdict.empty': 'Connect to the app, then run the chain: the broken link, its proof and the fix appear here.',
  'ui.verdict.cause-id': 'Failure mode id (FAILURE-MODES.md)',
  'ui.verdict.proven': 'proven by the evidence',
  'ui.verdict.likely': 'likely: not proven yet',
  'ui.verdict.broken-link': (p: { link: string }) => `Broken link: ${p.link}`,
  'ui.verdict.proof': 'Proof',
  'ui.verdict.not-the-cause': 'Not the cause:',
  'ui.verdict.fix': 'Fix',
  'ui.verdict.policy-to-apply': 'Policy to apply',
  'ui.verdict.next': 'The one piece of evidence that decides:',
  'ui.verdict.customer-message': 'Message for the customer',
  'ui.verdict.message-language': 'Message language',
  'ui.announce.verdict': (p: { title: string; confidence: Confidence; changed: boolean; provisional: boolean }) =>
    `${p.changed ? 'The verdict changed. ' : ''}Verdict: ${p.title}, ${p.confidence}${p.provisional ? ', provisional while evidence arrives' : ''}.`,
  'ui.announce.running': 'Running the chain.',
  'ui.rerun-hint':
    'What you typed is kept: check the evidence, then run again (or export the case for the Authtrace team).',
  'ui.part.verdict': 'The verdict',
  'ui.part.timeline': 'The timeline',
  'ui.part.policies': 'The role and its policies',
  'ui.part.lookups': 'The lookups',
  'ui.part.share': 'The share panel',
  'ui.part.result': 'The result',
  'ui.candidates.heading': (p: { count: number }) => `Candidates (${p.count})`,
  'ui.candidates.label': 'Candidates',
  'ui.candidate.confirmed': 'confirmed',
  'ui.candidate.consistent': 'fits the evidence',
  'ui.ruled-out.heading': (p: { count: number }) => `Ruled out by the evidence (${p.count})`,
  'ui.ruled-out.label': 'Ruled out',
  'ui.changes.label': 'Verdict changes',
  'ui.changes.item': (p: { at: number; from: string; to: string }) =>
    `Changed at ${when(p.at, 'en')}: was ${p.from}, now ${p.to}.`,
  'ui.provisional.label': 'Provisional verdict:',
  'ui.provisional.text': (p: { phase: 'asking' | 'waiting'; what: string[]; nextLookIn?: number }) => {
    const what = p.what.map((kind) => AWAITED[kind] ?? kind).join(', ');
    return `${p.phase === 'waiting' ? `waiting for ${what}` : `reading ${what}`}${p.nextLookIn !== undefined ? ` (next look in ${p.nextLookIn} s)` : ''}. It may change when that evidence arrives.`;
  },
  'ui.look-now': 'Look now',
  'ui.stop': 'Stop',

  // ── Timeline and trace views ────────────────────────────────────────────────────────────────────────
  'ui.timeline.title': 'Timeline',
  'ui.timeline.utc': 'UTC',
  'ui.timeline.local': 'Local',
  'ui.timeline.show-local': 'Show times in local time',
  'ui.timeline.show-utc': 'Show times in UTC',
  'ui.timeline.no-evidence': 'No evidence',
  'ui.timeline.selected': 'Selected evidence',
  'ui.links.label': 'Links between lanes',
  'ui.link.holds': 'holds',
  'ui.link.broken': 'broken',
  'ui.link.unproven': 'unproven',
  'ui.trace.title': 'Trace',
  'ui.trace.zoom': 'Zoom',
  'ui.trace.run': 'The run',
  'ui.trace.validity': 'Validity',
  'ui.trace.skew': (p: { seconds: number }) =>
    `Device times shifted by ${offset(p.seconds, 'en')} to AWS’s clock (measured skew).`,
  'ui.trace.no-skew': 'Device and AWS clocks agree (skew 0 s or not measured).',
  'ui.trace.legend': 'CloudTrail times are whole seconds (bracketed); dashed: time not measured.',
  'ui.trace.calls': 'Recorded calls',
  'ui.trace.connectors': 'Connectors',
  'ui.trace.connector': (p: { from: string; to: string; label: string; status: string }) =>
    `${p.from} → ${p.to}: ${p.label} (${p.status})`,
  'ui.lookups.title': 'Lookups',
  'ui.lookup.calls': (p: { count: number }) => plural(p.count, 'call'),
  'ui.sts.no-identity': 'No identity and no credentials were issued, so there is no record to match.',
  'ui.sts.no-credentials': 'Paste read-only credentials to look the record up in CloudTrail.',
  'ui.sts.searching': (p: { pages?: number; events?: number }) =>
    `Searching CloudTrail… ${p.pages !== undefined ? `page ${p.pages}, ${p.events ?? 0} events read` : ''}`,
  'ui.sts.not-delivered': (p: { seconds: number }) =>
    `Not delivered yet (CloudTrail takes ~5 min). Next look in ${p.seconds} s.`,
  'ui.sts.error': (p: { problem: string }) => p.problem,

  // ── Role and policies ───────────────────────────────────────────────────────────────────────────────
  'ui.policy.title': 'Role and policies',
  'ui.policy.should-choose': 'Pool should choose',
  'ui.policy.assumed': 'CloudTrail shows assumed',
  'ui.policy.not-known': 'not known yet',
  'ui.policy.caption': 'Decision on each field ARN',
  'ui.policy.col.arn': 'Field ARN',
  'ui.policy.col.ours': 'Our evaluation',
  'ui.policy.col.statement': 'Deciding statement',
  'ui.policy.col.simulation': 'AWS simulation',
  'ui.decision.allowed': 'allowed',
  'ui.decision.explicit-deny': 'denied by a Deny',
  'ui.decision.implicit-deny': 'not allowed by any statement',
  'ui.decision.not-evaluated': 'not evaluated (uses features this evaluator does not decide)',
  'ui.policy.none-matches': 'none matches',
  'ui.policy.first-rows': (p: { shown: number; total: number }) => `The first ${p.shown} of ${p.total} field ARNs.`,
  'ui.policy.show-all': (p: { total: number }) => `Show all ${p.total}`,
  'ui.policy.reading': 'Reading IAM and logs…',
  'ui.policy.not-readable': (p: { what: string }) => `Not readable with these credentials: ${p.what}.`,
  'ui.policy.iam-from-browser':
    'IAM cannot be read from a browser: it answers no CORS. Open Authtrace from `npm run serve` (or `npm start`), whose relay reads it; or read the policies from a terminal (the AWS CLI commands of the lookup, or `npm run check -- --config amplify_outputs.json --username <test user> --readonly-credentials creds.json`) and paste the role’s policy.',
  'ui.policy.trust': 'Trust policy',
  'ui.policy.source': (p: { name: string; source: 'iam' | 'pasted' }) =>
    `${p.name} (${p.source === 'iam' ? 'from IAM' : 'pasted'})`,
  'ui.policy.paste.label': "Paste the role's permission policy (e.g. sent by the customer)",
  'ui.policy.paste.hint': 'Evaluated here, in this browser, for the exact field ARNs.',
  'ui.policy.paste.button': 'Evaluate pasted policy',
  'ui.policy.paste.no-statement':
    'This JSON has no "Statement": paste a whole policy document ({"Version": …, "Statement": [...]}).',
  'ui.policy.paste.not-json': (p: { problem: string }) => `This is not valid JSON (${p.problem}). Nothing was changed.`,

  // ── Share ───────────────────────────────────────────────────────────────────────────────────────────
  'ui.share.title': 'Share with the customer',
  'ui.share.mask': 'Mask in the link and exports:',
  'ui.share.mask.email': 'email',
  'ui.share.mask.username': 'username',
  'ui.share.mask.sub': 'user sub',
  'ui.share.mask.identityId': 'identity id',
  'ui.share.mask.accountId': 'account id',
  'ui.share.masks-change': (p: { seen: string; verdict: string }) =>
    `With these masks the evidence reads as ${p.seen}, not ${p.verdict}: unmask the ids the diagnosis compares before sharing.`,
  'ui.share.customer-reads': 'The customer reads:',
  'ui.share.customer-language': "The customer's language",
  'ui.share.compressing': 'Compressing…',
  'ui.share.length-label': 'Link length',
  'ui.share.length': (p: { length: number; target: number; dropped: string }) =>
    `${p.length} characters${p.length > p.target ? ` (over ${p.target}: some chat tools cut long links)` : ''}${p.dropped ? `; left out to stay short: ${p.dropped}` : ''}. No keys, tokens or passwords are ever in it.`,
  'ui.share.dropped.records': 'raw CloudTrail fields',
  'ui.share.dropped.calls': 'call lists and CLI commands',
  'ui.share.dropped.claims': 'extra token claims',
  'ui.share.link': 'Share link',
  'ui.share.download-md': 'Download Markdown',
  'ui.share.download-json': 'Download JSON',
  'ui.share.open': 'Open as the customer sees it',
  'ui.share.preview': 'Preview: exactly what the link contains',
  'ui.share.contents': 'Share link contents',
  'ui.share.letter': 'Message to send with the link',
  'ui.share.courtesy': 'Opening and closing lines',

  // ── Offline evidence ────────────────────────────────────────────────────────────────────────────────
  'ui.offline.title': 'Offline evidence',
  'ui.offline.intro': 'For customers who cannot give read access: paste what they send. Nothing leaves this browser.',
  'ui.offline.appConfig': "The app's config (required)",
  'ui.offline.appConfig.hint': 'amplify_outputs.json, amplifyconfiguration.json or aws-exports.js: no secrets in it.',
  'ui.offline.cloudTrail': 'CloudTrail record',
  'ui.offline.cloudTrail.hint':
    'From the CloudTrail console (Event history → the AssumeRoleWithWebIdentity event → Event record), `aws cloudtrail lookup-events` output, a trail log file, or Athena results.',
  'ui.offline.appError': "The app's error",
  'ui.offline.appError.hint':
    'As the app printed it: JSON.stringify or console.log output (Amplify’s {"errors": [...]}, an AWS SDK error), a line “NotAuthorizedException: …”, a bare message, or the raw HTTP response.',
  'ui.offline.logLines': 'AppSync log lines',
  'ui.offline.logLines.hint':
    'From CloudWatch Logs, /aws/appsync/apis/<apiId>: copied from the console, `aws logs filter-log-events` JSON, or a Logs Insights export.',
  'ui.offline.policy': "The role's permission policy",
  'ui.offline.policy.hint':
    'The policy JSON of the identity pool’s authenticated role, or `aws iam get-role-policy` / `get-policy-version` output.',
  'ui.offline.role': "The identity pool's authenticated role (optional)",
  'ui.offline.role.hint':
    'Its ARN (arn:aws:iam::123456789012:role/name), or `aws cognito-identity get-identity-pool-roles` output. Without the CloudTrail record, the policy is evaluated for this role: likely, not proven.',
  'ui.offline.query': 'The failing query (optional)',
  'ui.offline.query.hint': 'Found in the log lines when logging is on.',
  'ui.offline.build': 'Build the timeline',
  'ui.offline.notes': 'Notes on the evidence',
  'ui.offline.unreadable': 'The evidence could not be read',
  'ui.offline.unreadable.hint':
    'What you pasted is kept: check the pieces (is one nested or sized unlike AWS evidence?).',
  'ui.offline.result.hint': 'What you pasted is kept: check the pieces, then build again.',
  'ui.offline.some-unreadable': 'Some pieces could not be read: see the messages beside them.',
  'ui.offline.empty': 'Paste the evidence, then build the timeline.',
  'ui.har.label': 'HAR file (optional)',
  'ui.har.drop': 'Drop or paste a HAR file',
  'ui.har.too-big': (p: { file: string; mb: number; max: number }) =>
    `${p.file} is ${p.mb} MB; Authtrace reads HAR files up to ${p.max} MB. Record again with only the failing steps.`,
  'ui.har.unreadable': (p: { file: string }) => `${p.file} could not be read: choose it again.`,
  'ui.har.paste-too-big': (p: { max: number }) => `The pasted text is over ${p.max} MB.`,
  'ui.har.pasted': 'pasted HAR',
  'ui.har.loaded': (p: { file: string; mb: string }) =>
    `${p.file} (${p.mb} MB) is loaded: its Cognito and AppSync calls make the timeline.`,
  'ui.har.hint':
    'Drop the HAR the customer exported from the Network panel here, or focus here and paste it. Secrets in it (keys, session tokens, token signatures, refresh tokens, cookies) are dropped while it is read.',
  'ui.har.remove': 'Remove the HAR',
} satisfies Record<string, string | ((params: never) => string)>;
