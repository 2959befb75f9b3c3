/**
 * Property test: our evaluator against `@cloud-copilot/iam-simulate` (AGPL, a dev dependency used only here as an
 * oracle, never bundled). On thousands of generated identity policies, permissions boundaries and requests, every
 * decision we make (anything but `not-evaluated`) must be the simulator's.
 *
 * Cases the simulator refuses in Strict mode are skipped with `fc.pre`: in practice an action outside IAM grammar
 * (`app*:GraphQL`, `appsync*`), which makes it reject the whole case (a context key it would filter out, or a
 * resource type the action does not take, would too; the generators avoid both). Requests are same-account: the resource
 * ARN's account may differ, but the simulator is told the resource lives in the principal's account, since we
 * evaluate identity policies only (cross-account access also needs a resource policy).
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from './conditions';
import { evaluatePolicies, type Decision, type PolicySource } from './evaluate';

const ACCOUNT = '111122223333';
const OTHER_ACCOUNT = '444455556666';
const PRINCIPAL = `arn:aws:iam::${ACCOUNT}:role/app-role`;

interface Target {
  action: string;
  resource: string;
}

const region = fc.constantFrom('us-east-1', 'eu-west-1');
const account = fc.constantFrom(ACCOUNT, ACCOUNT, OTHER_ACCOUNT);
const apiId = fc.constantFrom('x7k2mq4n5p6r7s8t9u0v1w2y3z', 'b3c4d5e6f7');

const fieldTarget: fc.Arbitrary<Target> = fc
  .tuple(region, account, apiId, fc.constantFrom('Query', 'Mutation'), fc.constantFrom('listNotes', 'getNote'))
  .map(([r, a, id, type, field]) => ({
    action: 'appsync:GraphQL',
    resource: `arn:aws:appsync:${r}:${a}:apis/${id}/types/${type}/fields/${field}`,
  }));

const otherTarget: fc.Arbitrary<Target> = fc.oneof(
  fc.tuple(region, account, apiId).map(([r, a, id]) => ({
    action: 'appsync:GetGraphqlApi',
    resource: `arn:aws:appsync:${r}:${a}:apis/${id}`,
  })),
  fc.tuple(fc.constantFrom('notes-data', 'notes-data-logs'), fc.constantFrom('a/b.txt', 'x:y/z')).map(([b, k]) => ({
    action: 's3:GetObject',
    resource: `arn:aws:s3:::${b}/${k}`,
  })),
  fc.tuple(account, fc.constantFrom('', 'ops/'), fc.constantFrom('app-role', 'Admin')).map(([a, path, name]) => ({
    action: 'iam:GetRole',
    resource: `arn:aws:iam::${a}:role/${path}${name}`,
  })),
  fc.tuple(region, account, fc.constantFrom('notes', 'Notes')).map(([r, a, t]) => ({
    action: 'dynamodb:GetItem',
    resource: `arn:aws:dynamodb:${r}:${a}:table/${t}`,
  })),
  fc.tuple(region, account, fc.constantFrom('', ':live', ':1')).map(([r, a, qualifier]) => ({
    action: 'lambda:InvokeFunction',
    resource: `arn:aws:lambda:${r}:${a}:function:resolver${qualifier}`,
  })),
);

const KNOWN_ACTIONS = ['appsync:GraphQL', 'appsync:GetGraphqlApi', 's3:GetObject', 'iam:GetRole', 'dynamodb:GetItem'];

const recase = (s: string, how: number) =>
  [s, s.toLowerCase(), s.toUpperCase(), s.charAt(0).toUpperCase() + s.slice(1).toLowerCase()][how % 4] ?? s;

/** Action patterns around the request's action: exact with case changes, wildcards in the name, others, invalid. */
function actionPattern(action: string): fc.Arbitrary<string> {
  const [service = '', name = ''] = action.split(':');
  const cut = (n: number) => n % (name.length + 1);
  return fc.oneof(
    { weight: 32, arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${recase(service, a)}:${recase(name, b)}`) },
    { weight: 16, arbitrary: fc.constantFrom('*', `${service}:*`, `${service.toUpperCase()}:*`) },
    {
      weight: 24,
      arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.nat(3)).map(([i, j, kind]) => {
        const [a, b] = [cut(i), cut(j)].sort((x, y) => x - y) as [number, number];
        const shapes = [
          `${name.slice(0, a)}*`,
          `*${name.slice(a)}`,
          `${name.slice(0, a)}*${name.slice(b)}`,
          `${name.slice(0, a)}?${name.slice(a + 1)}`,
        ];
        return `${service}:${recase(shapes[kind] ?? name, j)}`;
      }),
    },
    { weight: 16, arbitrary: fc.constantFrom(...KNOWN_ACTIONS, 'appsync:Graph*', 's3:Get*', 'iam:*Role*') },
    // Not IAM grammar: iam-simulate refuses the whole case, so keep them rare.
    { weight: 1, arbitrary: fc.constantFrom(`${service.slice(0, 3)}*:${name}`, `${service}*`, '*:*') },
  );
}

type Edit = (segments: string[], x: number, y: number) => string[];

/** A segment other than `arn`, picked by `x`. */
const segmentAt = (s: string[], x: number) => 1 + (x % Math.max(s.length - 1, 1));
const replaceAt = (s: string[], k: number, value: string) => s.map((segment, n) => (n === k ? value : segment));
const edit =
  (change: (segment: string, y: number) => string): Edit =>
  (s, x, y) =>
    replaceAt(s, segmentAt(s, x), change(s[segmentAt(s, x)] ?? '', y));
const withResource = (s: string[], resource: (pieces: string[]) => string) => [
  ...s.slice(0, 5),
  resource(s.slice(5).join(':').split('/')),
];

/** Edits of an ARN split on `:`, from the shapes IAM documents to those it does not; x and y pick where. */
const EDITS: Edit[] = [
  edit(() => '*'), // a whole segment
  edit((seg, y) => `${seg.slice(0, y % (seg.length + 1))}*`), // a segment's tail
  edit((seg, y) => `${seg.slice(0, y % (seg.length + 1))}?${seg.slice((y % (seg.length + 1)) + 1)}`), // one character
  edit((seg) => seg.toUpperCase()), // the case of a segment
  edit((_, y) => [ACCOUNT, OTHER_ACCOUNT, 'us-east-1', 'eu-west-1', 'aws', 'aws-cn'][y % 6] ?? ''), // another value
  edit((seg) => seg.replace('x7k2mq4n5p6r7s8t9u0v1w2y3z', 'b3c4d5e6f7')), // another API id
  (s, x) => [...s.slice(0, 2 + (x % 4)), '*'], // a short ARN: `arn:aws:appsync:*`
  (s, x) => [...s.slice(0, 1 + (x % 4)), `${s[1 + (x % 4)] ?? ''}*`], // a short ARN: `arn:aws:appsync:us-east-1*`
  (s, x) => withResource(s, (p) => `${p.slice(0, 1 + (x % p.length)).join('/')}/*`), // `apis/ID/*`
  // one piece of the resource path: `apis/*/types/Query/fields/listNotes`
  (s, x) => withResource(s, (p) => p.map((piece, n) => (n > 0 && n === x % p.length ? '*' : piece)).join('/')),
  (s) => withResource(s, (p) => `${p[0]?.charAt(0) ?? ''}*/${p.slice(1).join('/')}`), // a wildcard resource type
  (s) => withResource(s, (p) => `${p[0] ?? ''}/\${aws:username}/*`), // a policy variable
  (s, x, y) => {
    // one `*` standing for several segments: `arn:aws:*/fields/listNotes`
    const i = segmentAt(s, x);
    const rest = s.slice(i + 1 + (y % Math.max(s.length - i, 1))).join(':');
    return [...s.slice(0, i), `*${rest.slice(y % 3)}`];
  },
  (_, x) => [['foo'], ['arn', 'aws', 'appsync'], ['arn', '*'], ['arn', 'aws', 'app*', '*', '*', '*']][x % 4] ?? [],
];

/** Resource patterns around an ARN: `*`, the ARN itself, or the ARN with one or two edits. */
function resourcePattern(arn: string): fc.Arbitrary<string> {
  const mutation = fc.tuple(fc.constantFrom(...EDITS), fc.nat(), fc.nat()).map(
    ([change, x, y]) =>
      (s: string[]) =>
        change(s, x, y),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('*') },
    { weight: 2, arbitrary: fc.constant(arn) },
    {
      weight: 8,
      arbitrary: fc
        .array(mutation, { minLength: 1, maxLength: 2 })
        .map((ms) => ms.reduce((segments, m) => m(segments), arn.split(':')).join(':')),
    },
  );
}

type ContextValueArb = fc.Arbitrary<string | string[]>;
type Kind = 'string' | 'bool' | 'number' | 'iso-date' | 'epoch-date' | 'arn' | 'multi' | 'ip';

const KEYS: Record<string, { kind: Kind; policy: unknown[]; request: ContextValueArb }> = {
  'aws:RequestedRegion': {
    kind: 'string',
    policy: ['us-east-1', 'eu-west-1', 'us-*', '*-1', 'US-EAST-1'],
    request: fc.constantFrom('us-east-1', 'eu-west-1'),
  },
  'aws:PrincipalTag/team': {
    kind: 'string',
    policy: ['blue', 'Blue', 'red', 'b*', '?lue'],
    request: fc.constantFrom('blue', 'Blue', 'red'),
  },
  'aws:MultiFactorAuthPresent': {
    kind: 'bool',
    policy: ['true', 'false', 'TRUE', true, false],
    request: fc.constantFrom('true', 'false'),
  },
  'aws:MultiFactorAuthAge': {
    kind: 'number',
    policy: ['0', '30', '3600', '86400', '30.5'],
    request: fc.constantFrom('30', '3600', '86400'),
  },
  // The simulator reads an all-digit date as epoch seconds but an ISO date as milliseconds, so a key keeps one form.
  'aws:CurrentTime': {
    kind: 'iso-date',
    policy: ['2024-01-01T00:00:00Z', '2025-06-01T12:00:00Z', '2026-01-01'],
    request: fc.constantFrom('2024-01-01T00:00:00Z', '2025-06-01T12:00:00Z', '2025-12-31T23:59:59Z'),
  },
  'aws:EpochTime': {
    kind: 'epoch-date',
    policy: ['1704067200', '1748779200', '1767225600'],
    request: fc.constantFrom('1704067200', '1748779200', '1767225599'),
  },
  'aws:PrincipalArn': {
    kind: 'arn',
    policy: [
      PRINCIPAL,
      `arn:aws:iam::*:role/app-*`,
      `arn:aws:iam::${OTHER_ACCOUNT}:role/*`,
      `arn:aws:iam::*:role/?pp-role`,
    ],
    request: fc.constantFrom(PRINCIPAL, `arn:aws:iam::${OTHER_ACCOUNT}:role/Admin`),
  },
  'aws:TagKeys': {
    kind: 'multi',
    policy: ['env', 'team', 'Env', 't*'],
    request: fc.subarray(['env', 'team', 'Env'], { minLength: 1 }),
  },
  'aws:SourceIp': { kind: 'ip', policy: ['10.0.0.0/8', '192.0.2.0/24'], request: fc.constant('10.1.2.3') },
  // Never in the request and never declared absent: a key whose presence we cannot know.
  'aws:PrincipalTag/costcenter': { kind: 'string', policy: ['42'], request: fc.constant('42') },
};
const UNKNOWABLE = 'aws:PrincipalTag/costcenter';

const OPERATORS_BY_KIND: Record<Kind, string[]> = {
  string: [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
  ],
  multi: ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIgnoreCase'],
  bool: ['Bool'],
  number: [
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
  ],
  'iso-date': ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateGreaterThan', 'DateGreaterThanEquals'],
  'epoch-date': ['DateEquals', 'DateNotEquals', 'DateLessThanEquals', 'DateGreaterThan'],
  arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'StringLike'],
  ip: ['IpAddress', 'NotIpAddress'],
};

const keyNames = Object.keys(KEYS);

/** Multivalued keys mostly get a set operator; single-valued ones seldom (AWS advises against it, but it parses). */
function setPrefix(kind: Kind, n: number): string {
  if (kind === 'multi') return n < 5 ? 'ForAnyValue:' : n < 9 ? 'ForAllValues:' : '';
  return n === 0 ? 'ForAllValues:' : n === 1 ? 'ForAnyValue:' : '';
}

/** One `operator: { key: values }` entry, with IfExists, set operators and Null mixed in. */
const conditionEntry = fc
  .tuple(fc.constantFrom(...keyNames), fc.nat(), fc.nat(9), fc.nat(9), fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }))
  .map(([key, op, modifier, set, picks]): [string, string, unknown] => {
    const spec = KEYS[key];
    if (!spec) throw new Error(key);
    const values = picks.map((n) => spec.policy[n % spec.policy.length]);
    const value = values.length === 1 ? values[0] : values;
    if (modifier === 0) return ['Null', key, [true, 'true', 'false', false][op % 4]];
    const operators = OPERATORS_BY_KIND[spec.kind];
    const base = operators[op % operators.length] ?? 'StringEquals';
    const ifExists = modifier <= 2 ? 'IfExists' : '';
    const prefix = setPrefix(spec.kind, set);
    return [`${prefix}${base}${ifExists}`, key, value];
  });

const conditionBlock = fc.array(conditionEntry, { minLength: 1, maxLength: 3 }).map((entries) => {
  const block: Record<string, Record<string, unknown>> = {};
  for (const [operator, key, value] of entries) block[operator] = { ...block[operator], [key]: value };
  return block;
});

const oneOrMany = <T>(arb: fc.Arbitrary<T>) =>
  fc
    .array(arb, { minLength: 1, maxLength: 3 })
    .chain((list) => (list.length === 1 ? fc.constantFrom<T | T[]>(list[0] as T, list) : fc.constant(list)));

function statement(target: Target, arns: string[]) {
  return fc
    .record({
      Effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
      notAction: fc.nat(5),
      actions: oneOrMany(actionPattern(target.action)),
      notResource: fc.nat(5),
      resources: oneOrMany(fc.constantFrom(...arns).chain(resourcePattern)),
      condition: fc.option(conditionBlock, { freq: 3 }),
    })
    .map(({ Effect, notAction, actions, notResource, resources, condition }) => ({
      Effect,
      [notAction === 0 ? 'NotAction' : 'Action']: actions,
      [notResource === 0 ? 'NotResource' : 'Resource']: resources,
      ...(condition ? { Condition: condition } : {}),
    }));
}

const document = (target: Target, arns: string[]) =>
  fc.array(statement(target, arns), { minLength: 1, maxLength: 3 }).map((Statement) => ({
    Version: '2012-10-17',
    Statement,
  }));

const context: fc.Arbitrary<RequestContext> = fc
  .record(
    Object.fromEntries(
      keyNames.filter((k) => k !== UNKNOWABLE).map((k) => [k, fc.option(KEYS[k]?.request ?? fc.constant(''))]),
    ),
  )
  .map((entries) => {
    const result: RequestContext = {};
    for (const [key, value] of Object.entries(entries)) if (value !== null) result[key] = value;
    return result;
  });

interface Case {
  target: Target;
  identity: PolicySource[];
  boundary?: PolicySource[];
  context: RequestContext;
}

const caseFor = (targets: fc.Arbitrary<Target>): fc.Arbitrary<Case> =>
  fc.tuple(targets, fieldTarget, otherTarget).chain(([target, ...others]) => {
    const arns = [target.resource, target.resource, ...others.map((o) => o.resource)];
    return fc.record({
      target: fc.constant(target),
      identity: fc.array(document(target, arns), { minLength: 1, maxLength: 3 }).map((docs) =>
        docs.map((d, n) => ({
          name: n === 0 ? 'inline:app' : `arn:aws:iam::${ACCOUNT}:policy/managed-${n}`,
          document: d,
        })),
      ),
      boundary: fc
        .option(document(target, arns), { freq: 2, nil: undefined })
        .map((d) => (d ? [{ name: `arn:aws:iam::${ACCOUNT}:policy/boundary`, document: d }] : undefined)),
      context,
    });
  });

const FROM_SIMULATOR: Record<string, Decision> = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicit-deny',
  ImplicitlyDenied: 'implicit-deny',
};

/** The simulator's decision, or `undefined` when it refuses the case in Strict mode. */
async function simulate({ target, identity, boundary, context }: Case): Promise<Decision | undefined> {
  const response = await runSimulation(
    {
      request: {
        principal: PRINCIPAL,
        action: target.action,
        resource: { resource: target.resource, accountId: ACCOUNT },
        contextVariables: context,
      },
      identityPolicies: identity.map((p) => ({ name: p.name, policy: p.document })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      ...(boundary ? { permissionBoundaryPolicies: boundary.map((p) => ({ name: p.name, policy: p.document })) } : {}),
    },
    { simulationMode: 'Strict' },
  );
  if (response.resultType === 'error') return undefined;
  const ignored =
    response.resultType === 'single'
      ? response.result.ignoredContextKeys
      : response.results.flatMap((r) => r.ignoredContextKeys ?? []);
  return ignored && ignored.length > 0 ? undefined : FROM_SIMULATOR[response.overallResult];
}

/**
 * iam-simulate never inverts a mismatch of a short ARN (`arn:aws:appsync:*`) under NotResource ("conservative
 * behavior", its resourceMismatchReasons). AWS documents that a final `*` expands across the remaining segments, so
 * an S3 object is outside `arn:aws:appsync:*` and such a NotResource statement applies: we follow AWS, and leave
 * these cases out of the comparison.
 */
const hasShortNotResource = ({ identity, boundary = [] }: Case) =>
  [...identity, ...boundary].some(({ document }) =>
    (document as { Statement: Record<string, unknown>[] }).Statement.some((s) =>
      [s.NotResource ?? []].flat().some((r) => typeof r === 'string' && r !== '*' && r.split(':').length < 6),
    ),
  );

const ours = ({ target, identity, boundary, context }: Case) =>
  evaluatePolicies(
    identity,
    {
      ...target,
      context,
      absentKeys: keyNames.filter((k) => k !== UNKNOWABLE && !(k in context)),
    },
    boundary,
  ).decision;

type Tally = Partial<Record<Decision | 'refused by the simulator' | 'short NotResource', number>>;

/** Runs the comparison and counts outcomes, so a run that decides nothing cannot pass unnoticed. */
async function compareWithOracle(cases: fc.Arbitrary<Case>, numRuns: number, seed: number): Promise<Tally> {
  const tally: Tally = {};
  const count = (key: keyof Tally) => (tally[key] = (tally[key] ?? 0) + 1);
  await fc.assert(
    fc.asyncProperty(cases, async (c) => {
      if (hasShortNotResource(c)) count('short NotResource');
      fc.pre(!hasShortNotResource(c));
      const theirs = await simulate(c);
      if (theirs === undefined) count('refused by the simulator');
      fc.pre(theirs !== undefined);
      const mine = ours(c);
      count(mine);
      if (mine !== 'not-evaluated') expect(mine).toBe(theirs);
    }),
    { seed, numRuns, maxSkipsPerRun: 1000 },
  );
  return tally;
}

const decidedEnough = (tally: Tally, atLeast: number) =>
  expect(tally).toMatchObject({
    allowed: expect.toSatisfy((n: number) => n >= atLeast),
    'explicit-deny': expect.toSatisfy((n: number) => n >= atLeast),
    'implicit-deny': expect.toSatisfy((n: number) => n >= atLeast),
  });

describe('evaluatePolicies against iam-simulate (oracle)', () => {
  // ~17 s on a busy 2-core machine.
  it('agrees on AppSync field requests', { timeout: 120_000 }, async () => {
    decidedEnough(await compareWithOracle(caseFor(fieldTarget), 3000, 20240521), 300);
  });

  it('agrees on other services', { timeout: 60_000 }, async () => {
    decidedEnough(await compareWithOracle(caseFor(otherTarget), 1200, 31337), 100);
  });
});
