import { clock, millis, offset } from './format';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * English words the domain returns beside the verdict's (merged into `en`, so the CLI, exports and both pages have
 * them): the timeline's lanes, items and facts (`timeline.*`, `fact.*`), the trace's rows (`trace.*`), and the few
 * words of the pieces both pages share (copy buttons, quotations, error boundaries).
 */
export const chainWordsEn = {
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

  'ui.copy': 'copy',
  'ui.copied': 'copied',
  'ui.copy.name': (p: { what: string }) => `Copy ${p.what}`,
  'ui.quoted': 'Quoted from the evidence',
  'ui.error.cannot-show': (p: { what: string }) => `${p.what} cannot be shown`,
  'ui.error.detail': (p: { problem: string }) =>
    `The evidence was read, but this part could not be displayed (${p.problem}).`,
} satisfies Record<string, string | ((params: never) => string)>;
