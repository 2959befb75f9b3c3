import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import record from '../fixtures/aws/assume-role-with-web-identity.cognito.json';
import { buildOfflineCase } from './build-case';

const appConfig = JSON.stringify({
  version: '1.4',
  auth: {
    aws_region: 'us-east-1',
    user_pool_id: 'us-east-1_aT7rAcE01',
    user_pool_client_id: '4fq3hj2mskv9c1b8l0u7d6e5ta',
    identity_pool_id: 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b',
  },
  data: {
    url: 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',
    aws_region: 'us-east-1',
    default_authorization_type: 'AWS_IAM',
    authorization_types: [],
  },
});
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
    const verdict = diagnose(built.case);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('proven');
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
      appError: 'oops',
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
