import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  AUTH_ROLE_ARN,
  CLIENT_ID,
  IDENTITY_POOL_ID,
  PROVIDER_NAME,
  USER_POOL_ID,
} from '../../scenarios/base-account.ts';
import { healthy } from '../../scenarios/healthy.ts';
import { trustPolicyMismatch } from '../../scenarios/trust-policy-mismatch.ts';
import type { SandboxContext } from '../context.ts';
import { AwsError, type SandboxResponse } from '../http.ts';
import type { Scenario } from '../scenario.ts';
import { idTokenFor, jsonRequest, testContext } from '../test-support/identity-fixtures.ts';
import { mintTokens } from '../tokens.ts';
import { handleCognitoIdentity } from './cognito-identity.ts';

type Body = Record<string, unknown>;

async function call(ctx: SandboxContext, operation: string, body: Body): Promise<Body> {
  const response: SandboxResponse = await handleCognitoIdentity(jsonRequest(operation, body), ctx);
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as Body;
}

async function failure(ctx: SandboxContext, operation: string, body: Body): Promise<AwsError> {
  const error = await call(ctx, operation, body).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(error)}`);
  return error;
}

async function signedIn(scenario: Scenario = healthy) {
  const { ctx, clock } = testContext(scenario);
  const token = await idTokenFor(ctx);
  const Logins = { [PROVIDER_NAME]: token };
  const { IdentityId } = await call(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins });
  return { ctx, clock, Logins, identityId: String(IdentityId) };
}

describe('GetId', () => {
  it('gives a user one identity id, shaped <region>:<uuid>', async () => {
    const { ctx, Logins, identityId } = await signedIn();
    expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(await call(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins })).toEqual({ IdentityId: identityId });
    // The first mint generates the pool's second RSA key: seconds on a busy machine.
  }, 30_000);

  it('refuses guests when the pool does not allow them', async () => {
    const { ctx } = testContext(healthy);
    const error = await failure(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID });
    expect(error).toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Unauthenticated access is not supported for this identity pool.',
    });
  });

  it('gives guests a new identity when the pool allows them', async () => {
    const guests: Scenario = {
      ...healthy,
      identityPool: { ...healthy.identityPool, allowUnauthenticatedIdentities: true },
    };
    const { ctx } = testContext(guests);
    const { IdentityId } = await call(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID });
    const creds = await call(ctx, 'GetCredentialsForIdentity', { IdentityId });
    const trail = ctx.trail.map((e) => e.record);
    expect(creds.Credentials).toBeDefined();
    expect(trail[0]?.requestParameters?.roleArn).toBe(healthy.identityPool.roles.unauthenticated);
  });

  it('rejects an unknown pool (amplify-js #14117), and a malformed id before looking (amazon-freertos #1829)', async () => {
    const { ctx } = testContext(healthy);
    const unknown = 'us-east-1:00000000-0000-0000-0000-000000000000';
    expect(await failure(ctx, 'GetId', { IdentityPoolId: unknown })).toMatchObject({
      status: 400,
      code: 'ResourceNotFoundException',
      message: `IdentityPool '${unknown}' not found.`,
    });
    expect(await failure(ctx, 'GetId', { IdentityPoolId: 'us-east-1:not_a_pool' })).toMatchObject({
      status: 400,
      code: 'ValidationException',
      message:
        "1 validation error detected: Value 'us-east-1:not_a_pool' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
    });
  });
});

describe('Logins validation', () => {
  it('rejects a key that is not the token’s issuer before looking for the provider (amazon-cognito-identity-js #7, #40)', async () => {
    const { ctx } = testContext(healthy);
    const token = await idTokenFor(ctx);
    for (const key of ['cognito-idp.us-east-1.amazonaws.com/us-east-1_Other0001', USER_POOL_ID])
      expect(await failure(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins: { [key]: token } })).toMatchObject(
        {
          code: 'NotAuthorizedException',
          message: "Invalid login token. Issuer doesn't match providerName",
        },
      );
  });

  it('rejects an access token, which has no aud, whatever the key (amazon-cognito-identity-js #12)', async () => {
    const { ctx } = testContext(healthy);
    const user = healthy.userPool.users[0];
    const client = healthy.userPool.clients[0];
    if (!user || !client) throw new Error('the healthy scenario has a user and a client');
    const { AccessToken } = await mintTokens(ctx, { user, client, authTime: 0, originJti: 'test' });
    expect(decodeJwt(AccessToken).aud).toBeUndefined();
    for (const key of [PROVIDER_NAME, USER_POOL_ID])
      expect(
        (await failure(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins: { [key]: AccessToken } })).message,
      ).toBe('Invalid login token. Missing a required claim: aud');
  });

  it('answers "Logins don\'t match" when the pool has no authentication provider (amazon-cognito-identity-js #68)', async () => {
    const guestsOnly: Scenario = { ...healthy, identityPool: { ...healthy.identityPool, providers: [] } };
    const { ctx } = testContext(guestsOnly);
    const Logins = { [PROVIDER_NAME]: await idTokenFor(ctx) };
    expect((await failure(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins })).message).toBe(
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  });

  it('rejects a token for another app client', async () => {
    const other: Scenario = {
      ...healthy,
      identityPool: { ...healthy.identityPool, providers: [{ providerName: PROVIDER_NAME, clientId: 'otherclient' }] },
    };
    const { ctx } = testContext(other);
    const Logins = { [PROVIDER_NAME]: await idTokenFor(ctx) };
    expect((await failure(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins })).message).toBe(
      'Token is not from a supported provider of this identity pool.',
    );
  });

  it('rejects an expired token with the current time first', async () => {
    const { ctx, clock, Logins, identityId } = await signedIn();
    const exp = Number(decodeJwt(Logins[PROVIDER_NAME] ?? '').exp);
    clock.now = (exp + 5) * 1000;
    expect(await failure(ctx, 'GetCredentialsForIdentity', { IdentityId: identityId, Logins })).toMatchObject({
      code: 'NotAuthorizedException',
      message: `Invalid login token. Token expired: ${exp + 5} >= ${exp}`,
    });
  });

  it('rejects a token signed by someone else', async () => {
    const { ctx } = testContext(healthy);
    const { generateKeyPair } = await import('jose');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ token_use: 'id', aud: CLIENT_ID, sub: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: ctx.signingKey.kid })
      .setIssuer(`https://cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const Logins = { [PROVIDER_NAME]: forged };
    expect((await failure(ctx, 'GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins })).message).toBe(
      "Invalid login token. Couldn't verify signed token.",
    );
  });
});

describe('GetCredentialsForIdentity', () => {
  it('issues role credentials and records the STS call CloudTrail shows', async () => {
    const { ctx, Logins, identityId } = await signedIn();
    const { Credentials, IdentityId } = await call(ctx, 'GetCredentialsForIdentity', {
      IdentityId: identityId,
      Logins,
    });
    const creds = Credentials as { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number };
    expect(IdentityId).toBe(identityId);
    expect(creds.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(creds.SecretKey).toHaveLength(40);
    expect(creds.SessionToken.length).toBeGreaterThan(400);
    expect(creds.Expiration).toBe(Math.floor(ctx.now() / 1000) + 3600);
    expect(ctx.credentials.get(creds.AccessKeyId)).toMatchObject({
      roleArn: AUTH_ROLE_ARN,
      identityId,
      sessionName: 'CognitoIdentityCredentials',
    });
    const [stored] = ctx.trail;
    expect(stored?.username).toBe(identityId);
    expect(stored?.record.responseElements).toMatchObject({ credentials: { accessKeyId: creds.AccessKeyId } });
    expect(stored?.record.sourceIPAddress).toBe('cognito-identity.amazonaws.com');
  });

  it('answers InvalidIdentityPoolConfigurationException and records the failed STS call (trust-policy-mismatch)', async () => {
    const { ctx, Logins, identityId } = await signedIn(trustPolicyMismatch);
    expect(await failure(ctx, 'GetCredentialsForIdentity', { IdentityId: identityId, Logins })).toMatchObject({
      code: 'InvalidIdentityPoolConfigurationException',
      message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    });
    expect(ctx.credentials.size).toBe(0);
    // The record's text is CloudTrail's "An unknown error occurred" by default (unconfirmed for Cognito: switchable).
    expect(ctx.trail[0]?.record).toMatchObject({
      errorCode: 'AccessDenied',
      errorMessage: 'An unknown error occurred',
      responseElements: null,
      userIdentity: { userName: identityId },
    });
  });

  it('refuses a signed-in identity without its login, and an unknown identity', async () => {
    const { ctx, identityId } = await signedIn();
    expect((await failure(ctx, 'GetCredentialsForIdentity', { IdentityId: identityId })).message).toBe(
      `Access to Identity '${identityId}' is forbidden.`,
    );
    const unknown = await failure(ctx, 'GetCredentialsForIdentity', {
      IdentityId: 'us-east-1:00000000-0000-4000-a000-000000000000',
    });
    expect(unknown.code).toBe('ResourceNotFoundException');
  });

  it('refuses another user’s identity, presented with this user’s login (amplify-swift #4278)', async () => {
    const other = 'us-east-1:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
    const cached: Scenario = {
      ...healthy,
      identityPool: {
        ...healthy.identityPool,
        knownIdentities: [{ identityId: other, providerName: PROVIDER_NAME, sub: 'another-user-sub' }],
      },
    };
    const { ctx, Logins, identityId } = await signedIn(cached);
    expect(identityId).not.toBe(other);
    expect(await failure(ctx, 'GetCredentialsForIdentity', { IdentityId: other, Logins })).toMatchObject({
      code: 'NotAuthorizedException',
      message: `Access to Identity '${other}' is forbidden.`,
    });
  });
});
