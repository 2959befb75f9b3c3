import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, CloudTrailRecord, GraphqlStep } from './case';
import { diagnose } from './diagnose';
import { deriveFacts } from './facts';
import { HYPOTHESES } from './failure-modes';
import {
  ACCESS_KEY_ID,
  FIELD_ARN,
  ROLE_ARN,
  allowOn,
  makeCase,
  makeCredentials,
  makeGraphql,
  makeSignIn,
  makeStsRecord,
} from './fixtures/cases';
import { resolvePointer } from './proof';

// The pieces real runs and real customers produce (texts from FAILURE-MODES.md and its sources), combined freely.
const credentialErrors = [
  { name: 'NotAuthorizedException', message: 'Invalid login token. Token expired: 1764000000 >= 1763996400' },
  { name: 'NotAuthorizedException', message: 'Token is not from a supported provider of this identity pool.' },
  {
    name: 'InvalidIdentityPoolConfigurationException',
    message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
  },
  { name: 'NotAuthorizedException', message: 'Unauthenticated access is not supported for this identity pool.' },
  // The identity pool's answers to the app's own mistakes (FAILURE-MODES.md identity-pool-not-found,
  // wrong-logins-entry, stale-identity-id and their sources).
  {
    name: 'ResourceNotFoundException',
    message: "IdentityPool 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-000000000000' not found.",
  },
  {
    name: 'ValidationException',
    message:
      "1 validation error detected: Value 'us-east-1:x_y' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
  },
  {
    name: 'NotAuthorizedException',
    message: "Logins don't match. Please include at least one valid login for this identity or identity pool.",
  },
  { name: 'NotAuthorizedException', message: 'Invalid login token. Missing a required claim: aud' },
  { name: 'NotAuthorizedException', message: "Invalid login token. Issuer doesn't match providerName" },
  {
    name: 'NotAuthorizedException',
    message: "Access to Identity 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666' is forbidden.",
  },
];
const graphqlAnswers: Partial<GraphqlStep>[] = [
  {},
  {
    outcome: 'error',
    status: 401,
    errorType: 'UnauthorizedException',
    errors: [{ errorType: 'UnauthorizedException', message: 'Permission denied' }],
  },
  {
    outcome: 'error',
    status: 401,
    errorType: 'UnauthorizedException',
    errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
  },
  {
    outcome: 'error',
    status: 401,
    errorType: 'UnauthorizedException',
    errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }],
  },
  {
    outcome: 'error',
    status: 200,
    errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query' }],
  },
  {
    outcome: 'error',
    status: 403,
    errorType: 'InvalidSignatureException',
    errors: [{ errorType: 'InvalidSignatureException', message: 'Credential should be scoped to a valid region.' }],
  },
  {
    outcome: 'error',
    status: 400,
    errorType: 'BadRequestException',
    errors: [
      {
        errorType: 'BadRequestException',
        message: 'Signature expired: 20261124T073000Z is now earlier than 20261124T082500Z (20261124T083000Z - 5 min.)',
      },
    ],
  },
  {
    outcome: 'error',
    status: 401,
    errorType: 'UnauthorizedException',
    errors: [{ errorType: 'UnauthorizedException', message: 'The security token included in the request is expired' }],
  },
];
const GROUP_ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-admins';
const records: CloudTrailRecord[][] = [
  [],
  [makeStsRecord()],
  [makeStsRecord({ requestParameters: { roleArn: GROUP_ROLE, roleSessionName: 'CognitoIdentityCredentials' } })],
  [makeStsRecord({ errorCode: 'AccessDenied', errorMessage: 'An unknown error occurred', accessKeyId: '' })],
];
const policies: Case['policies'][] = [
  [],
  [{ roleArn: ROLE_ARN, source: 'iam', documents: [{ name: 'p', kind: 'inline', document: allowOn(FIELD_ARN) }] }],
  [
    {
      roleArn: ROLE_ARN,
      source: 'pasted',
      documents: [{ name: 'p', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/x/*') }],
    },
  ],
  [
    {
      roleArn: ROLE_ARN,
      source: 'iam',
      documents: [{ name: 'p', kind: 'inline', document: allowOn('*', 's3:GetObject') }],
    },
  ],
];

const arbitraryCase = fc
  .record({
    credentials: fc.oneof(
      fc.constant(makeCredentials()),
      fc.constant(makeCredentials({ guest: true })),
      fc.constantFrom(...credentialErrors).chain((error) =>
        fc.record({ guest: fc.boolean(), atGetId: fc.boolean() }).map(({ guest, atGetId }) =>
          makeCredentials({
            outcome: 'error',
            accessKeyId: undefined,
            expiration: undefined,
            error,
            ...(guest ? { guest } : {}),
            // Refused at GetId, the run has no identity id yet.
            ...(atGetId ? { identityId: undefined } : {}),
          }),
        ),
      ),
      fc.constant(undefined),
    ),
    graphql: fc.option(
      fc.record({
        answer: fc.constantFrom(...graphqlAnswers),
        authMode: fc.constantFrom('iam' as const, 'userPool' as const),
        signedWith: fc.constantFrom(ACCESS_KEY_ID, 'ASIAOTHERKEY00000001', undefined),
        skew: fc.option(fc.integer({ min: -8000, max: 8000 }), { nil: undefined }),
        scheme: fc.constantFrom(undefined, 'Bearer' as const, 'bare' as const, 'AWS4-HMAC-SHA256' as const),
      }),
      { nil: undefined },
    ),
    records: fc.constantFrom(...records),
    policies: fc.constantFrom(...policies),
    apiId: fc.boolean(),
    simulation: fc.option(fc.constantFrom('allowed' as const, 'explicitDeny' as const, 'implicitDeny' as const), {
      nil: undefined,
    }),
    identityPool: fc.boolean(),
  })
  .map(({ credentials, graphql, records, policies, apiId, simulation, identityPool }) => {
    const base = makeCase();
    const steps: Case['steps'] = [makeSignIn()];
    if (credentials) steps.push(credentials);
    if (credentials?.outcome === 'ok' && graphql)
      steps.push(
        makeGraphql({
          ...graphql.answer,
          authMode: graphql.authMode,
          signedWithAccessKeyId: graphql.signedWith,
          ...(graphql.skew === undefined ? {} : { clockSkewSeconds: graphql.skew }),
          ...(graphql.scheme === undefined ? {} : { authorizationScheme: graphql.scheme }),
        }),
      );
    const c: Case = {
      ...base,
      target: apiId ? base.target : { ...base.target, apiId: undefined },
      steps,
      records,
      policies,
      simulations: simulation
        ? [
            {
              roleArn: ROLE_ARN,
              action: 'appsync:GraphQL',
              resource: FIELD_ARN,
              decision: simulation,
              matchedStatements: [],
            },
          ]
        : [],
      ...(identityPool ? { identityPool: { roles: { authenticated: ROLE_ARN, unauthenticated: GROUP_ROLE } } } : {}),
    };
    return c;
  });

describe('the differential diagnosis', () => {
  // ~3 s for 1,500 cases on a quiet 2-core machine: 60 s leaves room for a busy, slower one.
  it(
    'never says proven while another failure mode is still consistent, and every proof points into the case',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(arbitraryCase, (c) => {
          const verdict = diagnose(c);
          const facts = deriveFacts(c);
          const open = HYPOTHESES.filter((h) => h.assess(facts).status !== 'ruled-out').map((h) => h.id);
          expect(verdict.candidates.map((x) => x.id).sort()).toEqual([...open].sort());
          if (verdict.confidence === 'proven') {
            expect(verdict.candidates).toHaveLength(1);
            expect(verdict.candidates[0]?.status).toBe('confirmed');
            expect(verdict.next).toBeUndefined();
          } else if (verdict.candidates.length > 0) {
            expect(verdict.cause).toBe(verdict.candidates[0]?.id);
            // An open question comes with the one piece of evidence that decides it.
            if (verdict.candidates.some((x) => x.status === 'consistent')) expect(verdict.next).toBeDefined();
          }
          for (const proof of [...verdict.proofs, ...verdict.candidates.flatMap((x) => x.proofs)]) {
            const value = resolvePointer(c, proof.pointer);
            expect(value, proof.pointer).not.toBeUndefined();
            expect(typeof value === 'object' ? JSON.stringify(value) : String(value)).toBe(proof.value);
          }
        }),
        { numRuns: 1_500, seed: 8 },
      );
    },
  );
});
