import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Case, GraphqlStep } from './case';
import { ROLE_ARN, allowOn, iso, makeDeniedCase, makeSignIn, makeStsRecord } from './fixtures/cases';
import { LIMITS, type LimitId } from './limits';
import { restoreCase } from './restore';
import { decodeShareLink } from './share/share-decode';

const seed = makeDeniedCase([{ name: 'inline', kind: 'inline', document: allowOn('arn:aws:appsync:*:1:apis/x/*') }]);
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const withGraphql = (change: Partial<GraphqlStep>): Case => ({
  ...seed,
  steps: seed.steps.map((step) => (step.kind === 'graphql' ? { ...step, ...change } : step)),
});
const withStatements = (statements: object[]): Case => ({
  ...seed,
  policies: [
    {
      roleArn: ROLE_ARN,
      source: 'iam',
      documents: [{ name: 'inline', kind: 'inline', document: { Statement: statements } }],
    },
  ],
});
const statement = (Resource: string | string[]) => ({ Effect: 'Allow', Action: 'appsync:GraphQL', Resource });
const field = (i: number) => `arn:aws:appsync:us-east-1:111122223333:apis/x/types/Query/fields/f${i}`;
/** The part of a field ARN around the field name, for a name that makes the ARN `n` characters long. */
const arnAround = `arn:aws:appsync:us-east-1:111122223333:apis/${seed.target.apiId}/types/Query/fields/`.length;

const valuesIn = (json: unknown): number =>
  1 + (json && typeof json === 'object' ? Object.values(json).reduce((sum: number, v) => sum + valuesIn(v), 0) : 0);

/** A valid case holding `n` of what each limit counts. */
const holding: Record<LimitId, (n: number) => unknown> = {
  steps: (n) => ({ ...seed, steps: many(n, () => makeSignIn()) }),
  calls: (n) =>
    withGraphql({ calls: many(n, () => ({ service: 'appsync', operation: 'GraphQL', at: iso(2), durationMs: 1 })) }),
  fields: (n) => withGraphql({ fields: many(n, (i) => ({ typeName: 'Query', fieldName: `f${i}` })) }),
  errors: (n) => withGraphql({ errors: many(n, () => ({ message: 'Unauthorized' })) }),
  records: (n) => ({ ...seed, records: many(n, (i) => makeStsRecord({ eventID: `e-${i}` })) }),
  logs: (n) => ({ ...seed, logs: many(n, (i) => ({ timestamp: Date.parse(iso(3)), message: `line ${i}` })) }),
  simulations: (n) => ({
    ...seed,
    simulations: many(n, (i) => ({
      roleArn: ROLE_ARN,
      action: 'appsync:GraphQL',
      resource: field(i),
      decision: 'implicitDeny',
    })),
  }),
  lookups: (n) => ({
    ...seed,
    lookups: many(n, () => ({
      source: 'iam',
      ask: 'role-policies',
      query: {},
      calls: 1,
      outcome: 'found',
      cli: '',
      at: iso(4),
    })),
  }),
  documents: (n) => ({
    ...seed,
    policies: [
      {
        roleArn: ROLE_ARN,
        source: 'iam',
        documents: many(n, (i) => ({ name: `p${i}`, kind: 'managed', document: allowOn(field(i)) })),
      },
    ],
  }),
  statements: (n) => withStatements(many(n, (i) => statement(field(i)))),
  resources: (n) =>
    withStatements(many(Math.ceil(n / 4), (i) => statement(many(4, (j) => field(4 * i + j)).slice(0, n - 4 * i)))),
  wildcards: (n) => withStatements([statement(many(n, (i) => `${field(i)}*`))]),
  values: (n) => {
    const base = { ...seed, records: [makeStsRecord({ requestParameters: { many: [] } })] };
    return { ...base, records: [makeStsRecord({ requestParameters: { many: many(n - valuesIn(base), () => 0) } })] };
  },
  fieldArn: (n) => withGraphql({ fields: [{ typeName: 'Query', fieldName: 'f'.repeat(n - arnAround) }] }),
};

describe('the limits on what a case holds', () => {
  it.each(Object.keys(LIMITS) as LimitId[])('accept %s up to the limit, and refuse one more, saying so', (id) => {
    const { max, what, real } = LIMITS[id];
    expect(restoreCase(holding[id](max))).toMatchObject({ ok: true });
    const refused = restoreCase(holding[id](max + 1));
    expect(refused).toEqual({
      ok: false,
      tooLarge: true,
      error: `it has ${(max + 1).toLocaleString('en-US')} ${what}; ${real}`,
    });
  });

  it('refuses nesting deeper than any AWS evidence, as a link does', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = { deep };
    expect(restoreCase({ ...seed, records: [makeStsRecord({ requestParameters: { deep } })] })).toEqual({
      ok: false,
      tooLarge: true,
      error: 'it is nested deeper than any AWS evidence (over 64 levels)',
    });
  });

  it('refuses a link or a case file over a limit with the same words', () => {
    const json = JSON.stringify(holding.statements(LIMITS.statements.max + 1));
    expect(decodeShareLink(`1.${Buffer.from(deflateSync(strToU8(json))).toString('base64url')}`)).toEqual({
      ok: false,
      error:
        "The link's evidence has 2,001 policy statements; real roles have at most a few hundred: it was not made by Authtrace. Ask for the link again.",
    });
  });
});
