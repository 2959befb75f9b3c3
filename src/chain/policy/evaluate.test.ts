import { describe, expect, it } from 'vitest';
import { evaluatePolicies, type PolicySource } from './evaluate';

const FIELD = 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/types/Query/fields/listNotes';
const doc = (...Statement: object[]): PolicySource => ({
  name: 'inline:test',
  document: { Version: '2012-10-17', Statement },
});
const evaluate = (sources: PolicySource[], context = {}) =>
  evaluatePolicies(sources, { action: 'appsync:GraphQL', resource: FIELD, context });

describe('evaluatePolicies', () => {
  it('allows with a matching Allow and quotes it', () => {
    const result = evaluate([
      doc({
        Sid: 'A',
        Effect: 'Allow',
        Action: 'appsync:GraphQL',
        Resource: 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/*',
      }),
    ]);
    expect(result.decision).toBe('allowed');
    expect(result.decisive.map((s) => s.sid)).toEqual(['A']);
  });

  it('implicitly denies when the Resource names another account (the seed case)', () => {
    expect(
      evaluate([
        doc({
          Effect: 'Allow',
          Action: 'appsync:GraphQL',
          Resource: 'arn:aws:appsync:us-east-1:444455556666:apis/b3c4/*',
        }),
      ]).decision,
    ).toBe('implicit-deny');
  });

  it('lets an explicit Deny win over any Allow', () => {
    const result = evaluate([
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
      { name: 'managed', document: { Statement: { Sid: 'D', Effect: 'Deny', Action: 'appsync:*', Resource: '*' } } },
    ]);
    expect(result.decision).toBe('explicit-deny');
    expect(result.decisive[0]).toMatchObject({ policy: 'managed', sid: 'D' });
  });

  it('matches actions case-insensitively with wildcards, resources case-sensitively', () => {
    expect(evaluate([doc({ Effect: 'Allow', Action: 'AppSync:Graph?L', Resource: '*' })]).decision).toBe('allowed');
    expect(
      evaluate([doc({ Effect: 'Allow', Action: 'appsync:GraphQL', Resource: FIELD.toUpperCase() })]).decision,
    ).toBe('implicit-deny');
  });

  it('handles NotAction and NotResource', () => {
    expect(evaluate([doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })]).decision).toBe('allowed');
    expect(evaluate([doc({ Effect: 'Allow', NotAction: 'appsync:*', Resource: '*' })]).decision).toBe('implicit-deny');
    expect(
      evaluate([
        doc({ Effect: 'Deny', Action: '*', NotResource: 'arn:aws:appsync:*:*:apis/*' }),
        doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
      ]).decision,
    ).toBe('allowed');
  });

  it('evaluates conditions against the context, and is honest about what it cannot decide', () => {
    const withCondition = doc({
      Effect: 'Allow',
      Action: 'appsync:GraphQL',
      Resource: '*',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
    });
    expect(evaluate([withCondition], { 'aws:requestedregion': 'us-east-1' }).decision).toBe('allowed');
    expect(evaluate([withCondition], { 'aws:RequestedRegion': 'eu-west-1' }).decision).toBe('implicit-deny');
    expect(evaluate([withCondition]).decision).toBe('not-evaluated');
    expect(
      evaluate([
        doc({ Effect: 'Allow', Action: 'appsync:GraphQL', Resource: 'arn:aws:appsync:*:*:apis/${aws:username}/*' }),
      ]).decision,
    ).toBe('not-evaluated');
  });

  it('reports malformed documents instead of guessing', () => {
    const result = evaluatePolicies([{ name: 'pasted', document: '{"Statement": [' }], {
      action: 'appsync:GraphQL',
      resource: FIELD,
    });
    expect(result.decision).toBe('not-evaluated');
    expect(result.notEvaluated[0]?.reason).toContain('not valid JSON');
  });
});
