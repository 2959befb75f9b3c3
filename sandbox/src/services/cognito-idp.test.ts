import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { baseAccount, CLIENT_ID, USER_POOL_ID } from '../../scenarios/base-account.ts';
import { createContext, type SandboxContext } from '../context.ts';
import type { SandboxRequest } from '../http.ts';
import type { ExplicitAuthFlow } from '../scenario.ts';
import { g, modPow, N } from '../srp.ts';
import { handleCognitoIdp, handleJwks } from './cognito-idp.ts';

/** The flows Amplify does not exercise: refresh by InitiateAuth, revocation, expiry, malformed answers. */

const USERNAME = 'tester@example.com';
const PASSWORD = 'Sandbox-Passw0rd!';

function makeContext(): { ctx: SandboxContext; clock: { now: number } } {
  const ctx = createContext({ ...baseAccount(), id: 'test', title: 'test', description: '', expected: '' }, '');
  const clock = { now: Date.UTC(2026, 0, 1) };
  ctx.now = () => clock.now;
  return { ctx, clock };
}

function setFlows(ctx: SandboxContext, flows: ExplicitAuthFlow[]): void {
  for (const client of ctx.scenario.userPool.clients) client.explicitAuthFlows = flows;
}

async function call(ctx: SandboxContext, operation: string, body: unknown): Promise<Record<string, unknown>> {
  const request: SandboxRequest = {
    method: 'POST',
    path: '/',
    query: new URLSearchParams(),
    headers: {},
    body: Buffer.from(JSON.stringify(body)),
    operation,
  };
  return JSON.parse((await handleCognitoIdp(request, ctx)).body) as Record<string, unknown>;
}

async function passwordSignIn(ctx: SandboxContext): Promise<Record<string, string>> {
  const { AuthenticationResult } = await call(ctx, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME, PASSWORD },
  });
  return AuthenticationResult as Record<string, string>;
}

const refreshByInitiateAuth = (ctx: SandboxContext, token: string) =>
  call(ctx, 'InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { REFRESH_TOKEN: token },
  });

describe('refresh', () => {
  it('issues new ID and access tokens from InitiateAuth REFRESH_TOKEN_AUTH, without a new refresh token', async () => {
    const { ctx } = makeContext();
    const tokens = await passwordSignIn(ctx);
    const refreshed = await refreshByInitiateAuth(ctx, tokens.RefreshToken ?? '');
    expect(refreshed.ChallengeParameters).toEqual({});
    expect(refreshed.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    expect(refreshed.AuthenticationResult).not.toHaveProperty('RefreshToken');
  });

  it('refuses a client without ALLOW_REFRESH_TOKEN_AUTH and an unknown token', async () => {
    const { ctx } = makeContext();
    const { RefreshToken = '' } = await passwordSignIn(ctx);
    await expect(refreshByInitiateAuth(ctx, 'nope')).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Invalid Refresh Token.',
    });
    setFlows(ctx, ['ALLOW_USER_PASSWORD_AUTH']);
    const notEnabled = { code: 'InvalidParameterException', message: 'Refresh Token flow not enabled for this client' };
    await expect(refreshByInitiateAuth(ctx, RefreshToken)).rejects.toMatchObject(notEnabled);
    await expect(call(ctx, 'GetTokensFromRefreshToken', { ClientId: CLIENT_ID, RefreshToken })).rejects.toMatchObject(
      notEnabled,
    );
  });
});

describe('access tokens', () => {
  it('are refused by GetUser once revoked, expired or forged', async () => {
    const { ctx, clock } = makeContext();
    const first = await passwordSignIn(ctx);
    expect(await call(ctx, 'GetUser', { AccessToken: first.AccessToken })).toMatchObject({ Username: USERNAME });

    await call(ctx, 'RevokeToken', { ClientId: CLIENT_ID, Token: first.RefreshToken });
    await expect(call(ctx, 'GetUser', { AccessToken: first.AccessToken })).rejects.toMatchObject({
      message: 'Access Token has been revoked',
    });
    await expect(refreshByInitiateAuth(ctx, first.RefreshToken ?? '')).rejects.toMatchObject({
      message: 'Refresh Token has been revoked',
    });

    const second = await passwordSignIn(ctx);
    clock.now += 3600_000;
    await expect(call(ctx, 'GetUser', { AccessToken: second.AccessToken })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Access Token has expired',
    });
    await expect(call(ctx, 'GetUser', { AccessToken: `${second.AccessToken}x` })).rejects.toMatchObject({
      message: 'Invalid Access Token',
    });
  });

  it('GlobalSignOut ends every session of the user', async () => {
    const { ctx } = makeContext();
    const first = await passwordSignIn(ctx);
    const second = await passwordSignIn(ctx);
    expect(await call(ctx, 'GlobalSignOut', { AccessToken: second.AccessToken })).toEqual({});
    expect(ctx.refreshTokens.size).toBe(0);
    await expect(refreshByInitiateAuth(ctx, first.RefreshToken ?? '')).rejects.toMatchObject({
      message: 'Refresh Token has been revoked',
    });
  });
});

describe('USER_SRP_AUTH', () => {
  const srpA = modPow(g, 0xc0ffeen, N).toString(16);
  const startSrp = (ctx: SandboxContext) =>
    call(ctx, 'InitiateAuth', {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: 'TESTER@example.com', SRP_A: srpA },
    });
  const answer = (ctx: SandboxContext, params: Record<string, string>, timestamp: string) =>
    call(ctx, 'RespondToAuthChallenge', {
      ChallengeName: 'PASSWORD_VERIFIER',
      ClientId: CLIENT_ID,
      ChallengeResponses: {
        USERNAME: params.USER_ID_FOR_SRP,
        PASSWORD_CLAIM_SECRET_BLOCK: params.SECRET_BLOCK,
        TIMESTAMP: timestamp,
        PASSWORD_CLAIM_SIGNATURE: 'AAAA',
      },
    });

  it('answers PASSWORD_VERIFIER with Cognito’s challenge parameters and no Session', async () => {
    const { ctx } = makeContext();
    const response = await startSrp(ctx);
    expect(response).not.toHaveProperty('Session');
    expect(response.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(Object.keys(response.ChallengeParameters ?? {}).sort()).toEqual([
      'SALT',
      'SECRET_BLOCK',
      'SRP_B',
      'USERNAME',
      'USER_ID_FOR_SRP',
    ]);
    expect(response.ChallengeParameters).toMatchObject({ USERNAME, USER_ID_FOR_SRP: USERNAME });
  });

  it('refuses a malformed timestamp, a bad signature and an expired challenge', async () => {
    const { ctx, clock } = makeContext();
    const params = (await startSrp(ctx)).ChallengeParameters as Record<string, string>;
    await expect(answer(ctx, params, '2026-01-01T00:00:00Z')).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: 'TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.',
    });

    const again = (await startSrp(ctx)).ChallengeParameters as Record<string, string>;
    await expect(answer(ctx, again, 'Thu Jan 1 00:00:00 UTC 2026')).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });

    const late = (await startSrp(ctx)).ChallengeParameters as Record<string, string>;
    clock.now += 3 * 60_000;
    await expect(answer(ctx, late, 'Thu Jan 1 00:03:00 UTC 2026')).rejects.toMatchObject({
      message: 'Invalid session for the user, session is expired.',
    });
  });
});

describe('validation', () => {
  it('rejects an unknown auth flow and a missing parameter', async () => {
    const { ctx } = makeContext();
    await expect(call(ctx, 'InitiateAuth', { AuthFlow: 'MAGIC', ClientId: CLIENT_ID })).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: expect.stringContaining("Value 'MAGIC' at 'authFlow' failed to satisfy constraint"),
    });
    await expect(
      call(ctx, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT_ID, AuthParameters: { USERNAME } }),
    ).rejects.toMatchObject({ message: 'Missing required parameter PASSWORD' });
  });
});

describe('handleJwks', () => {
  const get = (path: string): SandboxRequest => ({
    method: 'GET',
    path,
    query: new URLSearchParams(),
    headers: {},
    body: Buffer.alloc(0),
  });

  it('serves the two signing keys for the pool, and its discovery document, and nothing for other pools', async () => {
    const { ctx } = makeContext();
    const response = handleJwks(get(`/${USER_POOL_ID}/.well-known/jwks.json`), ctx);
    const { keys } = JSON.parse(response.body) as { keys: { kid: string }[] };
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatchObject({ kid: ctx.signingKey.kid, alg: 'RS256', kty: 'RSA', use: 'sig', e: 'AQAB' });
    // The access token is signed by the other key, which the JWKS serves too.
    const { AccessToken } = await passwordSignIn(ctx);
    const accessKid = decodeProtectedHeader(AccessToken ?? '').kid;
    expect(accessKid).not.toBe(ctx.signingKey.kid);
    expect(keys[1]?.kid).toBe(accessKid);
    const discovery = JSON.parse(handleJwks(get(`/${USER_POOL_ID}/.well-known/openid-configuration`), ctx).body);
    expect(discovery).toMatchObject({
      issuer: `https://cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`,
      jwks_uri: expect.stringMatching(new RegExp(`/${USER_POOL_ID}/.well-known/jwks.json$`)),
    });
    expect(() => handleJwks(get('/us-east-1_Nope00000/.well-known/jwks.json'), ctx)).toThrow(
      'User pool us-east-1_Nope00000 does not exist.',
    );
  });
});
