import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { buildTimeline } from '../timeline';
import record from '../fixtures/aws/assume-role-with-web-identity.cognito.json';
import { buildOfflineCase } from './build-case';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';

// The seed app's public config (amplify_outputs.json), shared with the other offline tests.
const appConfig = JSON.stringify(seedOutputs);
// What Amplify v6 throws on the seed case: errors rewritten to "Unauthorized", AppSync's name in originalError.
const AMPLIFY_ERROR = JSON.stringify({
  data: {},
  errors: [
    {
      message: 'Unauthorized',
      recoverySuggestion:
        "If you're calling an Amplify-generated API, make sure to set the \"authMode\" in generateClient({ authMode: '...' })",
      originalError: {
        name: 'UnauthorizedException',
        message: 'Unknown error',
        $metadata: { httpStatusCode: 401, requestId: '3f1c1e0e-1111-4222-8333-944455556666' },
      },
    },
  ],
});
const logs = `3f1c1e0e-1111-4222-8333-944455556666 GraphQL Query: query ListNotes { listNotes { id } }, Operation: null, Variables: {}
3f1c1e0e-1111-4222-8333-944455556666 Response Headers: {x-amzn-ErrorType=UnauthorizedException}
{"logType":"RequestSummary","requestId":"3f1c1e0e-1111-4222-8333-944455556666","graphQLAPIId":"x7k2mq4n5p6r7s8t9u0v1w2y3z","statusCode":401,"latency":1000}`;
const oldPolicy = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Action: 'appsync:GraphQL', Resource: 'arn:aws:appsync:us-east-1:444455556666:apis/b3c4/*' },
  ],
});
const { _source: _, ...documented } = record;

describe('buildOfflineCase', () => {
  it('rebuilds the seed case from what a restricted customer can send, with the same verdict', () => {
    const built = buildOfflineCase({
      appConfig,
      cloudTrail: JSON.stringify(documented),
      appError: AMPLIFY_ERROR,
      logLines: logs,
      policy: oldPolicy,
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.case.steps.map((s) => s.kind)).toEqual(['credentials', 'graphql']);
    expect(built.case.steps[1]).toMatchObject({
      status: 401,
      errorType: 'UnauthorizedException',
      fields: [{ typeName: 'Query', fieldName: 'listNotes' }],
    });
    expect(JSON.stringify(built.case)).not.toContain('IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN');
    expect(built.case.target.apiId).toBe('x7k2mq4n5p6r7s8t9u0v1w2y3z'); // from the RequestSummary log line
    // The policy decides the flaw, but without the pool's roles the assumed role could still be the guest or a
    // group role: likely, asking for exactly that. With the roles, nothing else fits: proven.
    const verdict = explain(built.case);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates[0]).toMatchObject({ id: 'role-policy-resource-mismatch', status: 'confirmed' });
    expect(verdict.next?.kind).toBe('identity-pool-roles');
    const role = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
    const withRoles = { ...built.case, identityPool: { roles: { authenticated: role } } };
    expect(explain(withRoles)).toMatchObject({ cause: 'role-policy-resource-mismatch', confidence: 'proven' });
  });

  it('reads `aws cloudtrail lookup-events` output too', () => {
    const built = buildOfflineCase({
      appConfig,
      cloudTrail: JSON.stringify({ Events: [{ CloudTrailEvent: JSON.stringify(documented) }] }),
    });
    expect(built.ok && built.case.records).toHaveLength(1);
  });

  it('gives each bad piece its own message', () => {
    const built = buildOfflineCase({
      appConfig: '{',
      cloudTrail: '{"eventName": "x"}',
      appError: '{"errors": [',
      policy: '{"Version": "2012-10-17"}',
      query: 'query {',
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.errors).sort()).toEqual(['appConfig', 'appError', 'cloudTrail', 'policy', 'query']);
    expect(built.errors.cloudTrail).toContain('not a CloudTrail record');
    expect(built.errors.appError).toContain('Not valid JSON');
    expect(built.errors.policy).toContain('Statement');
  });
});

describe('buildOfflineCase, with evidence in the shapes customers send it', () => {
  const refusal = 'Token is not from a supported provider of this identity pool.';

  it('places an identity pool refusal at the credentials, from a console line or an AWS error body', () => {
    for (const appError of [
      `NotAuthorizedException: ${refusal}`,
      JSON.stringify({ __type: 'NotAuthorizedException', message: refusal }),
      JSON.stringify({ name: 'NotAuthorizedException', message: refusal, $metadata: { httpStatusCode: 400 } }),
    ]) {
      const built = buildOfflineCase({ appConfig, appError });
      if (!built.ok) throw new Error(JSON.stringify(built.errors));
      expect(built.case.steps).toMatchObject([{ kind: 'credentials', outcome: 'error' }]);
      expect(explain(built.case).cause).toBe('provider-not-configured');
    }
    const signIn = buildOfflineCase({ appConfig, appError: 'NotAuthorizedException: Incorrect username or password.' });
    expect(signIn.ok && signIn.case.steps.map((s) => `${s.kind}:${s.outcome}`)).toEqual(['sign-in:error']);
  });

  it('places a console line by its message when only a wrapper names it', () => {
    const built = buildOfflineCase({ appConfig, appError: 'AuthError: Incorrect username or password.' });
    expect(built.ok && built.case.steps.map((s) => `${s.kind}:${s.outcome}`)).toEqual(['sign-in:error']);
  });

  it('scrubs every pasted piece: error, record, log lines, policy and query', () => {
    // aws-amplify/amplify-js#2035: AppSync echoes the user pool JWT sent where SigV4 was expected.
    const jwt = `eyJraWQiOiJFWEFNUExFa2lkIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJhYmMifQ.${'RkFLRXNpZw'.repeat(4)}`;
    const token = `IQoJb3JpZ2luX2VjEXAMPLE${'FAKEtokenBODY0123'.repeat(8)}`;
    const built = buildOfflineCase({
      appConfig,
      appError: JSON.stringify({
        errors: [
          {
            errorType: 'IncompleteSignatureException',
            message: `Authorization header requires 'Signature' parameter. Authorization=${jwt}`,
            recoverySuggestion: `x-amz-security-token:${token}`,
          },
        ],
      }),
      cloudTrail: JSON.stringify({ ...documented, errorMessage: `token ${jwt}` }),
      logLines: `${logs}\n3f1c1e0e-1111-4222-8333-944455556666 Request Headers: {x-amz-security-token=[${token}], host=[example]}`,
      policy: JSON.stringify({
        Statement: [
          { Sid: 'x', Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:x': jwt } } },
        ],
      }),
      query: `mutation { signIn(password: "hunter2hunter2", token: "${jwt}") { id } }`,
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const text = JSON.stringify(built.case);
    for (const secret of [jwt.split('.')[2] ?? jwt, token, 'hunter2hunter2']) expect(text).not.toContain(secret);
    expect(built.case.steps.at(-1)).toMatchObject({ errorType: 'IncompleteSignatureException' });
    expect(built.case.logs.at(-1)?.message).toContain('x-amz-security-token=[secret removed], host=[example]');
    const bad = buildOfflineCase({ appConfig, appError: `{"message": "${jwt}` });
    expect(JSON.stringify(bad)).not.toContain(jwt.split('.')[2]);
  });

  it('reads a trail log file, and a policy as the IAM CLI prints it', () => {
    const trail = buildOfflineCase({ appConfig, cloudTrail: JSON.stringify({ Records: [documented] }) });
    expect(trail.ok && trail.case.records).toHaveLength(1);
    const document = JSON.parse(oldPolicy) as unknown;
    for (const policy of [
      { RoleName: 'r', PolicyName: 'p', PolicyDocument: encodeURIComponent(oldPolicy) },
      { PolicyVersion: { Document: document, VersionId: 'v1' } },
    ]) {
      const built = buildOfflineCase({
        appConfig,
        cloudTrail: JSON.stringify(documented),
        policy: JSON.stringify(policy),
      });
      expect(built.ok && built.case.policies[0]?.documents[0]?.document).toEqual(document);
    }
  });

  it('refuses a record whose time the timeline could not draw, instead of failing to render', () => {
    const built = buildOfflineCase({
      appConfig,
      cloudTrail: JSON.stringify({ ...documented, eventTime: '24/11/2026 08:30:01' }),
      appError: AMPLIFY_ERROR,
    });
    expect(built).toMatchObject({ ok: false, errors: { cloudTrail: expect.stringContaining('eventTime') } });
  });

  it('never throws on whatever is pasted, and what it accepts renders', { timeout: 60_000 }, () => {
    // Mostly good pieces, so that one odd piece at a time reaches the builder's later stages.
    const good = (value: string) =>
      fc.oneof(
        { arbitrary: fc.constant(value), weight: 3 },
        fc.string({ maxLength: 60 }),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      );
    const record = fc.oneof(
      good(JSON.stringify(documented)),
      fc
        .tuple(fc.constantFrom(...Object.keys(documented)), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string()))
        .map(([key, value]) => JSON.stringify({ ...documented, [key]: value })),
    );
    fc.assert(
      fc.property(
        fc.record({
          cloudTrail: record,
          appError: good(AMPLIFY_ERROR),
          logLines: good(logs),
          policy: good(oldPolicy),
          query: good('query { listNotes { id } }'),
        }),
        (pieces) => {
          const built = buildOfflineCase({ appConfig, ...pieces }, new Date('2026-11-24T09:00:00Z'));
          if (!built.ok) return;
          const verdict = explain(built.case);
          for (const lane of buildTimeline(built.case, verdict.links).lanes)
            for (const item of lane.items) new Date(item.start).toISOString();
        },
      ),
      { numRuns: 2_000, seed: 11 },
    );
  });
});
