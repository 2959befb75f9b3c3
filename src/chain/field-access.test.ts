import { describe, expect, it } from 'vitest';
import { fieldArn } from './arn';
import type { Case } from './case';
import { chainSteps } from './evidence';
import { fieldAccess } from './field-access';
import { ROLE_ARN } from './fixtures/cases';
import { largeStatement, makeLargeCase } from './fixtures/large-case';
import { evaluatePolicies } from './policy/evaluate';

const ACCOUNT = '111122223333';

/** What `fieldAccess` must answer: each field ARN evaluated on its own, and the first simulation for it. */
function oneByOne(c: Case) {
  const evidence = c.policies.find((p) => p.roleArn === ROLE_ARN);
  const of = (kinds: string[]) =>
    (evidence?.documents ?? []).filter((d) => kinds.includes(d.kind)).map(({ name, document }) => ({ name, document }));
  const boundary = evidence?.documents.some((d) => d.kind === 'boundary') ? of(['boundary']) : undefined;
  return (chainSteps(c).graphql?.fields ?? []).map((field) => {
    const arn = fieldArn(c.target.region, ACCOUNT, c.target.apiId ?? '', field);
    const request = { action: 'appsync:GraphQL', resource: arn, context: { 'aws:RequestedRegion': c.target.region } };
    const simulation = c.simulations.find(
      (s) => s.roleArn === ROLE_ARN && s.resource === arn && s.action.toLowerCase() === 'appsync:graphql',
    );
    return {
      field,
      arn,
      ...(evidence ? { evaluation: evaluatePolicies(of(['inline', 'managed']), request, boundary) } : {}),
      ...(simulation ? { simulation } : {}),
    };
  });
}

describe('fieldAccess', () => {
  const large = makeLargeCase(80, 160);
  const [policies] = large.policies;
  const arn = (i: number) =>
    fieldArn('us-east-1', ACCOUNT, large.target.apiId ?? '', { typeName: 'Query', fieldName: `field${i}` });
  const simulation = (i: number, decision: 'allowed' | 'explicitDeny') => ({
    roleArn: ROLE_ARN,
    action: i % 2 ? 'AppSync:GraphQL' : 'appsync:GraphQL',
    resource: arn(i),
    decision,
    matchedStatements: [],
  });
  const c: Case = {
    ...large,
    policies: policies
      ? [
          {
            ...policies,
            documents: [
              ...policies.documents,
              {
                name: 'boundary',
                kind: 'boundary',
                document: {
                  Statement: [
                    { Effect: 'Allow', Action: 'appsync:*', Resource: arn(-1).replace(/field-1$/, '*') },
                    {
                      Effect: 'Deny',
                      Action: 'appsync:GraphQL',
                      Resource: [arn(5), arn(6).replace('appsync', 'AppSync')],
                    },
                    largeStatement(8),
                  ],
                },
              },
            ],
          },
        ]
      : [],
    simulations: [simulation(1, 'allowed'), simulation(2, 'explicitDeny'), simulation(2, 'allowed')],
  };

  it('answers as evaluating each field on its own, with and without a boundary', () => {
    const access = fieldAccess(c, ROLE_ARN, ACCOUNT);
    expect(access).toEqual(oneByOne(c));
    expect(new Set(access.map((a) => a.evaluation?.decision))).toEqual(
      new Set(['allowed', 'explicit-deny', 'implicit-deny', 'not-evaluated']),
    );
    expect(fieldAccess(large, ROLE_ARN, ACCOUNT)).toEqual(oneByOne(large));
    // ~1 s on a quiet machine; over 5 s at load 18 on 2 cores.
  }, 60_000);

  it('answers the same when asked again (the policies are read once)', () => {
    const first = fieldAccess(c, ROLE_ARN, ACCOUNT);
    expect(fieldAccess(c, ROLE_ARN, ACCOUNT)).toEqual(first);
    expect(fieldAccess(structuredClone(c), ROLE_ARN, ACCOUNT)).toEqual(first);
  });
});
