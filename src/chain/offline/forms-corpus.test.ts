import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';
import { readLogRows, readLogStatement } from '../forms/log-piece';
import { buildOfflineCase, type OfflinePieces } from './build-case';

/**
 * The corpus of forms (src/chain/fixtures/forms): each fixture names its public source in its header, holds one piece
 * as people paste it (AWS's and Amplify's texts verbatim, ids replaced), and is asserted here for what is read and
 * the verdict that follows. A piece is judged alone and in place of its kind among the seed case's other pieces.
 */
const DIR = join(import.meta.dirname, '../fixtures/forms');
const REQUEST = '3f1c1e0e-1111-4222-8333-944455556666';
const ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const NOW = new Date('2026-11-24T09:00:00Z');

interface Fixture {
  source: string;
  piece: keyof OfflinePieces;
  body: string;
}

function load(name: string): Fixture {
  const text = readFileSync(join(DIR, name), 'utf8');
  const [head = '', body = ''] = text.split(/\n---\n/, 2);
  const source = /^source: (.+)$/m.exec(head)?.[1] ?? '';
  const piece = /^piece: (\w+)$/m.exec(head)?.[1] as keyof OfflinePieces;
  return { source, piece, body };
}

const body = (name: string) => load(name).body;
// The seed case's pieces, each in its plainest form; a fixture replaces the piece of its kind.
const SEED: OfflinePieces = {
  appConfig: JSON.stringify(seedOutputs),
  appError: body('amplify-v6-unauthorized.stringify.json.txt'),
  logLines: body('logs.appsync-lines.txt'),
  cloudTrail: body('cloudtrail.console-record.json.txt'),
  policy: body('policy.document.json.txt'),
  role: ROLE,
};

function build(pieces: OfflinePieces): Case {
  const built = buildOfflineCase(pieces, NOW);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.case;
}
const graphqlOf = (c: Case) => c.steps.find((s) => s.kind === 'graphql');
const PROVEN = { cause: 'role-policy-resource-mismatch', confidence: 'proven' };

type Row = {
  /** What the piece alone (with the app config) reads into the case. */
  alone?: (c: Case) => void;
  /** The verdict of the piece alone. */
  aloneVerdict?: { cause: string; confidence?: string };
  /** The piece refused alone, with this message. */
  refused?: RegExp;
  /** The verdict with the seed case's other pieces (`omit`: pieces left out, e.g. the app's error for log forms). */
  withSeed?: { cause: string; confidence: string };
  omit?: (keyof OfflinePieces)[];
  extra?: Partial<OfflinePieces>;
};

const appsync401 =
  (extra: Record<string, unknown> = {}) =>
  (c: Case) =>
    expect(graphqlOf(c)).toMatchObject({ status: 401, errorType: 'UnauthorizedException', ...extra });
const credentialsRefused = (name: string) => (c: Case) =>
  expect(c.steps).toMatchObject([{ kind: 'credentials', outcome: 'error', error: { name } }]);
const seedLogs = (c: Case) =>
  expect(graphqlOf(c)).toMatchObject({
    status: 401,
    errorType: 'UnauthorizedException',
    requestId: REQUEST,
    fields: [{ typeName: 'Query', fieldName: 'listNotes' }],
  });
const seedRecord = (c: Case) =>
  expect(c.steps[0]).toMatchObject({
    kind: 'credentials',
    outcome: 'ok',
    accessKeyId: 'ASIAEXAMPLEKEY000001',
    identityId: 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666',
    expiration: '2026-11-24T09:30:01.000Z', // "Nov 24, 2026, 9:30:01 AM"
  });
const seedPolicy = (c: Case) => expect(c.policies).toEqual([]); // alone, without a record or a role, the policy is tied to no role
const seedRole = (c: Case) => expect(c.expectedRoleArn).toBe(ROLE);

const TABLE: Record<string, Row> = {
  // The app's error: AppSync's 401 in every form.
  'amplify-v6-unauthorized.stringify.json.txt': { alone: appsync401(), withSeed: PROVEN },
  'amplify-v6-unauthorized.pretty.json.txt': { alone: appsync401(), withSeed: PROVEN },
  'amplify-v6-unauthorized.node-inspect.txt': { alone: appsync401(), withSeed: PROVEN },
  'amplify-v6-unauthorized.enriched.json.txt': { alone: appsync401({ requestId: REQUEST }), withSeed: PROVEN },
  'amplify-v6-unauthorized.depth-cut.txt': { refused: /cut the error off/ },
  'amplify-v6-unauthorized.chrome-collapsed.txt': { refused: /cut the error off/ },
  // Amplify v6's AuthError through JSON.stringify keeps only its name: placed when the name tells the stage, else
  // refused with how to log the message.
  'amplify-v6-credentials-refused.stringify.json.txt': {
    alone: credentialsRefused('InvalidIdentityPoolConfigurationException'),
    aloneVerdict: { cause: 'no-authenticated-role', confidence: 'likely' },
  },
  'amplify-v6-not-authorized.stringify.json.txt': { refused: /no message: JSON\.stringify\(error\) drops/ },
  'appsync-401.body.json.txt': { alone: appsync401({ errors: [{ message: 'Permission denied' }] }), withSeed: PROVEN },
  'appsync-401.curl-i.txt': { alone: appsync401({ requestId: REQUEST }), withSeed: PROVEN },
  'appsync-401.curl-v.txt': { alone: appsync401({ requestId: REQUEST }), withSeed: PROVEN },
  // Only the status is known from these; AppSync's log line names the error type.
  'amplify-v5-axios-401.json.txt': {
    alone: (c) => expect(graphqlOf(c)).toMatchObject({ status: 401 }),
    withSeed: PROVEN,
  },
  'appsync-sdk-apollo-401.txt': { alone: (c) => expect(graphqlOf(c)).toMatchObject({ status: 401 }), withSeed: PROVEN },
  'bare-string-unauthorized.txt': {
    alone: (c) => expect(graphqlOf(c)).toMatchObject({ errors: [{ message: 'Unauthorized' }] }),
    withSeed: PROVEN,
  },
  'error-line-unauthorized.txt': {
    alone: (c) => expect(graphqlOf(c)).toMatchObject({ errors: [{ message: 'Unauthorized' }] }),
    withSeed: PROVEN,
  },
  'field-refused.v5.json.txt': {
    alone: (c) =>
      expect(graphqlOf(c)).toMatchObject({
        errorType: 'Unauthorized',
        errors: [{ message: 'Not Authorized to access listNotes on type Query' }],
      }),
  },
  // The app's error: the identity pool and the user pool.
  'identity-provider.line.txt': {
    alone: credentialsRefused('NotAuthorizedException'),
    aloneVerdict: { cause: 'provider-not-configured' },
  },
  'identity-provider.json11-dump.txt': {
    alone: credentialsRefused('NotAuthorizedException'),
    aloneVerdict: { cause: 'provider-not-configured' },
  },
  'identity-provider.sdk-v2-inspect.txt': {
    alone: credentialsRefused('NotAuthorizedException'),
    aloneVerdict: { cause: 'provider-not-configured' },
  },
  'identity-provider.sdk-v3-inspect.txt': {
    alone: credentialsRefused('NotAuthorizedException'),
    aloneVerdict: { cause: 'provider-not-configured' },
  },
  'identity-provider.sdk-v3-json.json.txt': {
    alone: credentialsRefused('NotAuthorizedException'),
    aloneVerdict: { cause: 'provider-not-configured' },
  },
  'identity-trust.line.txt': {
    // The message alone fits a trust policy that does not match and a pool without a role: likely, not proven.
    alone: credentialsRefused('InvalidIdentityPoolConfigurationException'),
    aloneVerdict: { cause: 'no-authenticated-role', confidence: 'likely' },
  },
  'identity-token-expired.line.txt': {
    alone: credentialsRefused('NotAuthorizedException'),
    aloneVerdict: { cause: 'token-expired' },
  },
  'sign-in-wrong-password.line.txt': {
    alone: (c) => expect(c.steps).toMatchObject([{ kind: 'sign-in', outcome: 'error' }]),
    aloneVerdict: { cause: 'inconclusive' },
  },
  'network.type-error.txt': {
    alone: (c) => expect(graphqlOf(c)).toMatchObject({ error: { name: 'TypeError', message: 'Failed to fetch' } }),
    aloneVerdict: { cause: 'inconclusive' },
  },
  // AppSync's log lines: alone they stand for the app's error.
  'logs.appsync-lines.txt': { alone: seedLogs, withSeed: PROVEN, omit: ['appError'] },
  'logs.cloudwatch-console.txt': { alone: seedLogs, withSeed: PROVEN, omit: ['appError'] },
  'logs.filter-log-events.json.txt': { alone: seedLogs, withSeed: PROVEN, omit: ['appError'] },
  'logs.get-log-events.json.txt': { alone: seedLogs, withSeed: PROVEN, omit: ['appError'] },
  'logs.insights.csv.txt': { alone: seedLogs, withSeed: PROVEN, omit: ['appError'] },
  'logs.insights.json.txt': { alone: seedLogs, withSeed: PROVEN, omit: ['appError'] },
  // A Markdown table holds no line breaks: the query comes as its own piece.
  'logs.insights.md.txt': {
    alone: (c) => expect(graphqlOf(c)).toMatchObject({ status: 401, errorType: 'UnauthorizedException' }),
    withSeed: PROVEN,
    omit: ['appError'],
    extra: { query: 'query ListNotes { listNotes { id } }' },
  },
  // The seed customer's single line: the status and the API id; the error type and query come from elsewhere.
  'logs.summary-only.txt': {
    alone: (c) => {
      expect(graphqlOf(c)).toMatchObject({ status: 401, requestId: REQUEST });
      expect(c.target.apiId).toBe('x7k2mq4n5p6r7s8t9u0v1w2y3z');
    },
    withSeed: PROVEN,
    extra: { query: 'query ListNotes { listNotes { id } }' },
  },
  'logs.field-level-all.txt': {
    alone: (c) => expect(c.steps.filter((s) => s.kind === 'graphql')).toEqual([]), // a 200: nothing refused
  },
  // CloudTrail records.
  'cloudtrail.console-record.json.txt': { alone: seedRecord, withSeed: PROVEN },
  'cloudtrail.lookup-events.json.txt': { alone: seedRecord, withSeed: PROVEN },
  'cloudtrail.trail-file.json.txt': { alone: seedRecord, withSeed: PROVEN },
  'cloudtrail.athena.csv.txt': { alone: seedRecord, withSeed: PROVEN },
  'cloudtrail.athena-get-query-results.json.txt': { alone: seedRecord, withSeed: PROVEN },
  'cloudtrail.node-inspect.txt': { alone: seedRecord, withSeed: PROVEN },
  // The role's policy.
  'policy.document.json.txt': { alone: seedPolicy, withSeed: PROVEN },
  'policy.get-role-policy.json.txt': { alone: seedPolicy, withSeed: PROVEN },
  'policy.get-policy-version.json.txt': { alone: seedPolicy, withSeed: PROVEN },
  'policy.url-encoded.json.txt': { alone: seedPolicy, withSeed: PROVEN },
  'policy.js-literal.txt': { alone: seedPolicy, withSeed: PROVEN },
  // The role named.
  'role.arn.txt': { alone: seedRole, withSeed: PROVEN },
  'role.get-identity-pool-roles.json.txt': {
    alone: (c) => {
      seedRole(c);
      expect(c.identityPool?.roles.unauthenticated).toBe(
        'arn:aws:iam::111122223333:role/authtrace-demo-unauthenticated',
      );
    },
    withSeed: PROVEN,
  },
  'role.get-role.json.txt': { alone: seedRole, withSeed: PROVEN },
};

describe('the corpus of forms', () => {
  const names = readdirSync(DIR).filter((name) => name.endsWith('.txt'));

  it('has at least 40 fixtures, each naming its source and asserted below', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(TABLE).sort()).toEqual([...names].sort());
    for (const name of names) expect(load(name).source.length, name).toBeGreaterThan(20);
  });

  for (const [name, row] of Object.entries(TABLE)) {
    it(name, () => {
      const { piece, body } = load(name);
      const alone = buildOfflineCase({ appConfig: SEED.appConfig, [piece]: body }, NOW);
      if (row.refused) {
        expect(alone).toMatchObject({ ok: false, errors: { [piece]: expect.stringMatching(row.refused) } });
        return;
      }
      if (!alone.ok) throw new Error(JSON.stringify(alone.errors));
      row.alone?.(alone.case);
      if (row.aloneVerdict) expect(diagnose(alone.case)).toMatchObject(row.aloneVerdict);
      if (row.withSeed) {
        const pieces: OfflinePieces = { ...SEED, ...row.extra, [piece]: body };
        for (const omitted of row.omit ?? []) if (omitted !== 'appConfig') delete pieces[omitted];
        expect(diagnose(build(pieces))).toMatchObject(row.withSeed);
      }
      // No secret of any form reaches the case (curl -v carries the signature and the session token).
      const text = JSON.stringify(alone.case);
      expect(text).not.toContain('IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN');
      expect(text).not.toContain('Signature=0123456789abcdef');
    });
  }

  it('without the query, the fix names the API rather than "Resource": []', () => {
    const verdict = diagnose(build({ ...SEED, logLines: body('logs.summary-only.txt') }));
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.fix?.policy).toMatchObject({
      Statement: [{ Resource: ['arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/*'] }],
    });
  });

  it('reads the top-level fields of field-level (ALL) lines, not the nested ones', () => {
    const statement = readLogStatement(readLogRows(body('logs.field-level-all.txt')));
    expect(statement).toMatchObject({ status: 200, fields: [{ typeName: 'Query', fieldName: 'listNotes' }] });
  });
});

describe('the same evidence in different forms', () => {
  // What a verdict says, and the chain's steps without their times (a log line's own time places the request).
  const gist = (c: Case) => {
    const verdict = diagnose(c);
    return {
      steps: c.steps.map(({ at: _at, ...step }) => step),
      target: c.target,
      verdict: { cause: verdict.cause, confidence: verdict.confidence, fix: verdict.fix?.policy },
    };
  };
  const groups: Record<string, string[]> = {
    error: [
      'amplify-v6-unauthorized.stringify.json.txt',
      'amplify-v6-unauthorized.pretty.json.txt',
      'amplify-v6-unauthorized.node-inspect.txt',
    ],
    logs: [
      'logs.appsync-lines.txt',
      'logs.cloudwatch-console.txt',
      'logs.filter-log-events.json.txt',
      'logs.get-log-events.json.txt',
      'logs.insights.csv.txt',
      'logs.insights.json.txt',
    ],
    cloudTrail: [
      'cloudtrail.console-record.json.txt',
      'cloudtrail.lookup-events.json.txt',
      'cloudtrail.trail-file.json.txt',
      'cloudtrail.athena.csv.txt',
      'cloudtrail.athena-get-query-results.json.txt',
      'cloudtrail.node-inspect.txt',
    ],
    policy: [
      'policy.document.json.txt',
      'policy.get-role-policy.json.txt',
      'policy.get-policy-version.json.txt',
      'policy.url-encoded.json.txt',
      'policy.js-literal.txt',
    ],
    role: ['role.arn.txt', 'role.get-role.json.txt'],
  };
  for (const [group, files] of Object.entries(groups))
    it(`gives the same case and verdict: ${group}`, () => {
      const gists = files.map((name) => {
        const { piece, body: text } = load(name);
        return gist(build({ ...SEED, [piece]: text }));
      });
      for (const other of gists.slice(1)) expect(other).toEqual(gists[0]);
      expect(gists[0]?.verdict).toMatchObject(PROVEN);
    });
});
