import type { Case, CloudTrailRecord } from '../case';

const RECORD_PATHS = [
  ['eventVersion'],
  ['eventTime'],
  ['eventSource'],
  ['eventName'],
  ['awsRegion'],
  ['eventID'],
  ['errorCode'],
  ['errorMessage'],
  ['recipientAccountId'],
  ['userIdentity', 'type'],
  ['userIdentity', 'userName'],
  ['requestParameters', 'roleArn'],
  ['responseElements', 'credentials', 'accessKeyId'],
  ['responseElements', 'credentials', 'expiration'],
  ['responseElements', 'subjectFromWebIdentityToken'],
  ['responseElements', 'assumedRoleUser', 'arn'],
];

const CLAIMS = [
  'aud',
  'client_id',
  'iss',
  'sub',
  'exp',
  'iat',
  'auth_time',
  'token_use',
  'email',
  'cognito:username',
  'username',
  'cognito:groups',
  'cognito:roles',
  'cognito:preferred_role',
];

function pick(source: unknown, path: string[], target: Record<string, unknown>): void {
  let from: unknown = source;
  for (const key of path) from = from && typeof from === 'object' ? (from as Record<string, unknown>)[key] : undefined;
  if (from === undefined) return;
  let to = target;
  for (const key of path.slice(0, -1)) to = (to[key] ??= {}) as Record<string, unknown>;
  to[path[path.length - 1] ?? ''] = from;
}

/** A record reduced to the fields the timeline, the links and the proofs read. */
export function slimRecord(record: CloudTrailRecord): CloudTrailRecord {
  const out: Record<string, unknown> = {};
  for (const path of RECORD_PATHS) pick(record, path, out);
  return out as CloudTrailRecord;
}

export type SlimLevel = 'records' | 'calls' | 'claims';

/** Drops detail in order of least value to the customer: raw record fields, then call lists, then extra claims. */
export function slimCase(c: Case, level: SlimLevel): Case {
  const records = c.records.map(slimRecord);
  if (level === 'records') return { ...c, records };
  const steps = c.steps.map((step) => ({ ...step, calls: [] }));
  // A lookup keeps what was asked and what came of it; long AWS messages and CLI lines go.
  const lookups = c.lookups.map(({ error, ...lookup }) => ({
    ...lookup,
    query: {},
    cli: '',
    ...(error ? { error: { name: error.name, message: '' } } : {}),
  }));
  // AppSync's RequestSummary line is the one a proof quotes; header lines are detail.
  const logs = c.logs.filter((line) => line.message.includes('"RequestSummary"')).slice(0, 3);
  if (level === 'calls') return { ...c, records, steps, lookups, logs };
  const keepClaims = (token: { header: Record<string, unknown>; claims: Record<string, unknown> } | undefined) =>
    token && {
      header: { alg: token.header.alg },
      claims: Object.fromEntries(Object.entries(token.claims).filter(([key]) => CLAIMS.includes(key))),
    };
  return {
    ...c,
    records,
    // What the customer needs to see of the lookups: which questions AWS refused to answer.
    lookups: lookups.filter((lookup) => lookup.outcome === 'denied'),
    logs,
    steps: steps.map((step) =>
      step.kind === 'sign-in' ? { ...step, idToken: keepClaims(step.idToken), accessToken: undefined } : step,
    ),
  };
}
