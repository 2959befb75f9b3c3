import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies, type PolicySource } from './evaluate';

const FIELD = 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/types/Query/fields/listNotes';
const doc = (...Statement: object[]): PolicySource => ({
  name: 'inline:test',
  document: { Version: '2012-10-17', Statement },
});
const evaluate = (sources: PolicySource[], context = {}) =>
  evaluatePolicies(sources, { action: 'appsync:GraphQL', resource: FIELD, context });
/** The decision for one Allow statement on `appsync:GraphQL` (any resource unless given), with a context. */
const allowIf = (statement: object, context: Record<string, string | string[]> = {}, absentKeys: string[] = []) =>
  evaluatePolicies([doc({ Effect: 'Allow', Action: 'appsync:GraphQL', Resource: '*', ...statement })], {
    action: 'appsync:GraphQL',
    resource: FIELD,
    context,
    absentKeys,
  }).decision;

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
      evaluate([doc({ Effect: 'Allow', Action: 'appsync:GraphQL', Resource: FIELD.replace('listNotes', 'LISTNOTES') })])
        .decision,
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

// Each case below is one the oracle (evaluate.oracle.test.ts, iam-simulate) caught, or a neighbour of it; the comment
// names the AWS documentation that settles it.
describe('evaluatePolicies: resource wildcards (IAM JSON policy elements: Resource)', () => {
  it('lets a final * expand across the remaining segments', () => {
    expect(allowIf({ Resource: 'arn:aws:appsync:*' })).toBe('allowed');
    expect(allowIf({ Resource: 'arn:aws:appsync:us-east-1:111122223333:apis/*' })).toBe('allowed');
    expect(allowIf({ Resource: 'arn:aws:appsync:eu-west-1:*' })).toBe('implicit-deny');
  });

  it('does not decide when only a wildcard spanning segments would match (it matched before)', () => {
    expect(allowIf({ Resource: 'arn:aws:appsync:*:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/*' })).toBe('not-evaluated');
    expect(
      allowIf({ Resource: 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z?types/*' }),
    ).toBe('allowed'); // `?` inside the resource segment, no colon crossed
  });

  it('does not decide on a wildcard in the service segment or the resource type', () => {
    expect(allowIf({ Resource: 'arn:aws:app*:us-east-1:111122223333:apis/*' })).toBe('not-evaluated');
    expect(allowIf({ Resource: 'arn:aws:appsync:us-east-1:111122223333:a*/x7k2mq4n5p6r7s8t9u0v1w2y3z/*' })).toBe(
      'not-evaluated',
    );
    const s3 = evaluatePolicies(
      [doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::notes-*/*' })],
      {
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::notes-data/a.txt',
      },
    );
    expect(s3.decision).toBe('allowed'); // a bucket name is not a resource type
  });

  it('does not decide when the match depends on the case of partition, service, region or account', () => {
    expect(allowIf({ Resource: FIELD.replace('appsync', 'AppSync') })).toBe('not-evaluated');
    expect(allowIf({ Resource: FIELD.replace('us-east-1', 'US-EAST-1') })).toBe('not-evaluated');
    expect(allowIf({ Resource: FIELD.replace('appsync', 'AppSync').replace('us-east-1', 'eu-west-1') })).toBe(
      'implicit-deny',
    );
  });

  it('does not decide on what is not an ARN pattern', () => {
    expect(allowIf({ Resource: 'foo' })).toBe('not-evaluated');
    expect(allowIf({ Resource: 'arn:aws:appsync:us-east-1' })).toBe('not-evaluated');
  });

  it('applies a NotResource statement to what lies outside a short ARN (AWS expands the final *)', () => {
    expect(evaluate([doc({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:*' })]).decision).toBe('allowed');
    expect(
      evaluate([
        doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
        doc({ Effect: 'Deny', Action: '*', NotResource: 'arn:aws:iam::*' }),
      ]).decision,
    ).toBe('explicit-deny');
  });
});

describe('evaluatePolicies: actions (IAM JSON policy elements: Action)', () => {
  it('does not decide on a wildcard in the service prefix', () => {
    expect(allowIf({ Action: 'app*:GraphQL' })).toBe('not-evaluated');
    expect(allowIf({ Action: 'appsync*' })).toBe('not-evaluated');
    expect(allowIf({ Action: 'appsyncx:GraphQL' })).toBe('implicit-deny');
  });
});

describe('evaluatePolicies: conditions (condition operators; single- vs multivalued context keys)', () => {
  it('does not decide a single-valued operator on a multivalued key, which needs ForAnyValue/ForAllValues', () => {
    const tags = { 'aws:TagKeys': ['env', 'team'] };
    expect(allowIf({ Condition: { StringEquals: { 'aws:TagKeys': 'env' } } }, tags)).toBe('not-evaluated');
    expect(allowIf({ Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'env' } } }, tags)).toBe('allowed');
    expect(allowIf({ Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': 'env' } } }, tags)).toBe(
      'implicit-deny',
    );
  });

  it('treats a missing key per operator: negated and IfExists pass, ForAllValues passes, ForAnyValue fails', () => {
    const absent = ['aws:PrincipalTag/team'];
    const on = (operator: string) =>
      allowIf({ Condition: { [operator]: { 'aws:PrincipalTag/team': 'blue' } } }, {}, absent);
    expect(on('StringEquals')).toBe('implicit-deny');
    expect(on('StringNotEquals')).toBe('allowed');
    expect(on('StringEqualsIfExists')).toBe('allowed');
    expect(on('ForAllValues:StringEquals')).toBe('allowed');
    expect(on('ForAnyValue:StringNotEquals')).toBe('implicit-deny');
    expect(on('ForAnyValue:StringEqualsIfExists')).toBe('not-evaluated'); // IfExists vs ForAnyValue: undocumented
    expect(allowIf({ Condition: { Null: { 'aws:PrincipalTag/team': 'true' } } }, {}, absent)).toBe('allowed');
    expect(allowIf({ Condition: { NullIfExists: { 'aws:PrincipalTag/team': 'true' } } }, {}, absent)).toBe(
      'not-evaluated',
    );
  });

  it('does not compare a policy variable in a condition value as literal text', () => {
    const condition = { StringEquals: { 'aws:PrincipalTag/team': '${aws:username}' } };
    expect(allowIf({ Condition: condition }, { 'aws:PrincipalTag/team': 'bob', 'aws:username': 'bob' })).toBe(
      'not-evaluated',
    );
  });

  it('does not decide on values that are not numbers, dates, booleans or ARNs (NotEquals used to pass them)', () => {
    expect(
      allowIf(
        { Condition: { NumericNotEquals: { 'aws:MultiFactorAuthAge': 'soon' } } },
        { 'aws:MultiFactorAuthAge': '30' },
      ),
    ).toBe('not-evaluated');
    expect(
      allowIf({ Condition: { DateNotEquals: { 'aws:CurrentTime': 'today' } } }, { 'aws:CurrentTime': '1700000000' }),
    ).toBe('not-evaluated');
    expect(
      allowIf(
        { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'yes' } } },
        { 'aws:MultiFactorAuthPresent': 'true' },
      ),
    ).toBe('not-evaluated');
    expect(
      allowIf(
        { Condition: { ArnNotLike: { 'aws:PrincipalArn': 'role/*' } } },
        { 'aws:PrincipalArn': 'arn:aws:iam::1:role/a' },
      ),
    ).toBe('not-evaluated');
  });

  it('reads epoch seconds and ISO 8601 dates on one time line', () => {
    const after2024 = { Condition: { DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' } } };
    expect(allowIf(after2024, { 'aws:CurrentTime': '1735689600' })).toBe('allowed'); // 2025-01-01
  });

  it('only knows operators by their documented spelling', () => {
    const context = { 'aws:RequestedRegion': 'us-east-1' };
    expect(allowIf({ Condition: { stringequals: { 'aws:RequestedRegion': 'us-east-1' } } }, context)).toBe(
      'not-evaluated',
    );
    expect(
      allowIf({ Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }, { 'aws:SourceIp': '10.1.2.3' }),
    ).toBe('not-evaluated');
  });
});

describe('evaluatePolicies: permissions boundary (policy evaluation logic)', () => {
  const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
  const withBoundary = (identity: PolicySource[], boundary: PolicySource[], absentKeys: string[] = []) =>
    evaluatePolicies(identity, { action: 'appsync:GraphQL', resource: FIELD, absentKeys }, boundary);

  it('allows only what both the identity policies and the boundary allow', () => {
    expect(withBoundary([allowAll], [doc({ Effect: 'Allow', Action: 'appsync:*', Resource: '*' })]).decision).toBe(
      'allowed',
    );
    const limited = withBoundary([allowAll], [doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })]);
    expect(limited).toMatchObject({ decision: 'implicit-deny', lacksAllow: ['boundary'] });
    expect(withBoundary([allowAll], []).decision).toBe('implicit-deny');
  });

  it('denies on a Deny in the boundary, even when the identity policies do not allow', () => {
    const denied = withBoundary([], [doc({ Sid: 'B', Effect: 'Deny', Action: '*', Resource: '*' })]);
    expect(denied.decision).toBe('explicit-deny');
    expect(denied.decisive[0]).toMatchObject({ sid: 'B', boundary: true });
  });

  it('does not call it an implicit deny while an undecidable boundary Deny could make it explicit', () => {
    const maybeDeny = doc({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
    });
    expect(withBoundary([], [maybeDeny]).decision).toBe('not-evaluated');
    expect(withBoundary([], [maybeDeny], ['aws:PrincipalTag/team']).decision).toBe('implicit-deny');
  });
});

describe('evaluatePolicies on garbage', () => {
  it('never throws, whatever the documents hold', { timeout: 20_000 }, () => {
    const junk = fc.anything({ maxDepth: 3, withBoxedValues: true, withNullPrototype: true });
    const text = fc.oneof(fc.string(), fc.constantFrom('*', 'appsync:*', 'arn:aws:appsync:*', '${aws:username}'));
    const statement = fc.record(
      {
        Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), junk),
        Action: fc.oneof(text, fc.array(text), junk),
        NotAction: fc.oneof(text, junk),
        Resource: fc.oneof(text, fc.array(text), junk),
        NotResource: fc.oneof(text, junk),
        Condition: fc.oneof(
          fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.oneof(text, fc.array(text), junk))),
          junk,
        ),
      },
      { requiredKeys: [] },
    );
    const document = fc.oneof(
      junk,
      fc.json(),
      fc.record({ Statement: fc.oneof(statement, fc.array(statement), junk) }),
    );
    const sources = fc.array(fc.record({ name: fc.string(), document }), { maxLength: 3 });
    fc.assert(
      fc.property(
        sources,
        fc.option(sources, { nil: undefined }),
        fc.record({
          action: text,
          resource: text,
          context: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()))),
          absentKeys: fc.array(fc.string()),
        }),
        (identity, boundary, request) => {
          const { decision } = evaluatePolicies(identity, request, boundary);
          expect(['allowed', 'explicit-deny', 'implicit-deny', 'not-evaluated']).toContain(decision);
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });
});
