import type { Case, CloudTrailRecord, CredentialsStep, GraphqlStep, SignInStep } from './case';

/** Small factories for unit tests: a case of the sandbox's base account, adjusted per test. */
export const T0 = Date.parse('2026-11-24T08:30:00Z');
export const iso = (offsetSeconds: number) => new Date(T0 + offsetSeconds * 1000).toISOString();

export const TARGET = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_aT7rAcE01',
  userPoolClientId: '4fq3hj2mskv9c1b8l0u7d6e5ta',
  identityPoolId: 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b',
  graphqlEndpoint: 'https://example.appsync-api.us-east-1.amazonaws.com/graphql',
  apiId: 'x7k2mq4n5p6r7s8t9u0v1w2y3z',
  authMode: 'iam',
} satisfies Case['target'];

export const ROLE_ARN = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
export const IDENTITY_ID = 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666';
export const ACCESS_KEY_ID = 'ASIAEXAMPLEKEY000001';

export function makeSignIn(overrides: Partial<SignInStep> = {}): SignInStep {
  return {
    kind: 'sign-in',
    at: iso(0),
    durationMs: 300,
    outcome: 'ok',
    calls: [],
    flow: 'USER_SRP_AUTH',
    idToken: {
      header: { alg: 'RS256', kid: 'k1' },
      claims: {
        aud: TARGET.userPoolClientId,
        iss: `https://cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`,
        token_use: 'id',
        iat: T0 / 1000,
        exp: T0 / 1000 + 3600,
      },
    },
    ...overrides,
  };
}

export function makeCredentials(overrides: Partial<CredentialsStep> = {}): CredentialsStep {
  return {
    kind: 'credentials',
    at: iso(1),
    durationMs: 120,
    outcome: 'ok',
    calls: [],
    identityId: IDENTITY_ID,
    accessKeyId: ACCESS_KEY_ID,
    expiration: iso(3601),
    ...overrides,
  };
}

export function makeGraphql(overrides: Partial<GraphqlStep> = {}): GraphqlStep {
  return {
    kind: 'graphql',
    at: iso(2),
    durationMs: 80,
    outcome: 'ok',
    calls: [],
    query: 'query ListNotes { listNotes { id } }',
    operationName: 'ListNotes',
    fields: [{ typeName: 'Query', fieldName: 'listNotes' }],
    authMode: 'iam',
    status: 200,
    requestId: 'req-1',
    errors: [],
    signedWithAccessKeyId: ACCESS_KEY_ID,
    ...overrides,
  };
}

export function makeUnauthorized(overrides: Partial<GraphqlStep> = {}): GraphqlStep {
  return makeGraphql({
    outcome: 'error',
    status: 401,
    errorType: 'UnauthorizedException',
    errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }],
    error: { name: 'UnauthorizedException', message: 'Unauthorized', recoverySuggestion: 'If you are using authMode…' },
    ...overrides,
  });
}

export function makeStsRecord(overrides: Partial<CloudTrailRecord> & { accessKeyId?: string } = {}): CloudTrailRecord {
  const { accessKeyId = ACCESS_KEY_ID, ...rest } = overrides;
  return {
    eventVersion: '1.08',
    eventTime: iso(1).replace(/\.\d+Z$/, 'Z'),
    eventSource: 'sts.amazonaws.com',
    eventName: 'AssumeRoleWithWebIdentity',
    awsRegion: 'us-east-1',
    eventID: 'e0c1d2e3-0000-4000-8000-000000000001',
    recipientAccountId: '111122223333',
    userIdentity: { type: 'WebIdentityUser', userName: IDENTITY_ID, identityProvider: 'cognito-identity.amazonaws.com' },
    requestParameters: { roleArn: ROLE_ARN, roleSessionName: 'CognitoIdentityCredentials' },
    responseElements: {
      credentials: { accessKeyId, expiration: 'Nov 24, 2026, 9:30:01 AM' },
      subjectFromWebIdentityToken: IDENTITY_ID,
      assumedRoleUser: { arn: 'arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials' },
    },
    ...rest,
  };
}

export function makeCase(overrides: Partial<Case> = {}): Case {
  return {
    version: 1,
    createdAt: iso(0),
    target: TARGET,
    steps: [makeSignIn(), makeCredentials(), makeGraphql()],
    records: [makeStsRecord()],
    logs: [],
    policies: [],
    lookups: [],
    expectedRoleArn: ROLE_ARN,
    ...overrides,
  };
}
