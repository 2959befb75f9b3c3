import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { baseAccount, CLIENT_ID, USER_POOL_ID } from '../scenarios/base-account.ts';
import { createContext, type SandboxContext } from './context.ts';
import type { PoolGroup, PoolUser } from './scenario.ts';
import { groupClaims, mintTokens, TokenRejectedError, userPoolIssuer, verifyCognitoToken } from './tokens.ts';

function makeContext(adjust: (ctx: SandboxContext) => void = () => {}): SandboxContext {
  const ctx = createContext({ ...baseAccount(), id: 'test', title: 'test', description: '', expected: '' }, '');
  adjust(ctx);
  return ctx;
}

function makeUser(groups: string[] = []): PoolUser {
  return { username: 'u1', password: 'p', sub: 'sub-1', email: 'u1@example.com', groups };
}

async function mint(ctx: SandboxContext, user = makeUser()) {
  const client = ctx.scenario.userPool.clients[0];
  if (!client) throw new Error('fixture has no client');
  return mintTokens(ctx, { user, client, authTime: 1_700_000_000, originJti: 'origin-1' });
}

describe('mintTokens', () => {
  it('writes the ID and access token claims Cognito writes', async () => {
    const ctx = makeContext();
    const tokens = await mint(ctx);
    const id = decodeJwt(tokens.IdToken);
    const access = decodeJwt(tokens.AccessToken);
    const iss = `https://cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`;

    expect(decodeProtectedHeader(tokens.IdToken)).toEqual({ kid: ctx.signingKey.kid, alg: 'RS256' });
    // The ID and access tokens are signed by the pool's two different keys.
    expect(decodeProtectedHeader(tokens.AccessToken).kid).not.toBe(ctx.signingKey.kid);
    expect(id).toMatchObject({
      sub: 'sub-1',
      iss,
      aud: CLIENT_ID,
      token_use: 'id',
      // Email is the username attribute: the Cognito username is the sub (aws-amplify/aws-sdk-ios #3070).
      'cognito:username': 'sub-1',
      email: 'u1@example.com',
      email_verified: true,
      auth_time: 1_700_000_000,
      origin_jti: 'origin-1',
    });
    expect(access).toMatchObject({
      sub: 'sub-1',
      iss,
      client_id: CLIENT_ID,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: 'sub-1',
      origin_jti: 'origin-1',
    });
    expect(id.exp).toBe((id.iat ?? 0) + 3600);
    expect(id.event_id).toBe(access.event_id);
    expect(id.jti).not.toBe(access.jti);
    expect(id).not.toHaveProperty('cognito:groups');
    expect(tokens).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    // The first mint generates the pool's second RSA key: seconds on a busy machine.
  }, 30_000);

  it('stamps iat with the server clock, including the scenario offset', async () => {
    const ctx = makeContext((c) => (c.now = () => Date.UTC(2030, 0, 1)));
    expect(decodeJwt((await mint(ctx)).AccessToken).iat).toBe(Date.UTC(2030, 0, 1) / 1000);
  });
});

describe('groupClaims', () => {
  const group = (name: string, precedence?: number, roleArn?: string): PoolGroup => ({ name, precedence, roleArn });

  it('prefers the role of the lowest precedence', () => {
    const groups = [group('admins', 1, 'arn:admin'), group('users', 5, 'arn:user'), group('other', 0, 'arn:other')];
    expect(groupClaims(makeUser(['admins', 'users']), groups)).toEqual({
      groups: ['admins', 'users'],
      roles: ['arn:admin', 'arn:user'],
      preferredRole: 'arn:admin',
    });
  });

  it('sets no preferred role when the best precedence ties between different roles', () => {
    const groups = [group('a', 1, 'arn:a'), group('b', 1, 'arn:b')];
    expect(groupClaims(makeUser(['a', 'b']), groups).preferredRole).toBeUndefined();
  });

  it('ranks groups without precedence last and ignores groups without roles', () => {
    const groups = [group('a', undefined, 'arn:a'), group('b', 3, 'arn:b'), group('c', 0)];
    expect(groupClaims(makeUser(['a', 'b', 'c']), groups)).toEqual({
      groups: ['a', 'b', 'c'],
      roles: ['arn:a', 'arn:b'],
      preferredRole: 'arn:b',
    });
  });

  it('puts the claims in the ID token', async () => {
    const ctx = makeContext((c) => (c.scenario.userPool.groups = [group('admins', 1, 'arn:admin')]));
    const tokens = await mint(ctx, makeUser(['admins']));
    expect(decodeJwt(tokens.IdToken)).toMatchObject({
      'cognito:groups': ['admins'],
      'cognito:roles': ['arn:admin'],
      'cognito:preferred_role': 'arn:admin',
    });
    expect(decodeJwt(tokens.AccessToken)).toMatchObject({ 'cognito:groups': ['admins'] });
  });
});

describe('verifyCognitoToken', () => {
  async function rejection(promise: Promise<unknown>): Promise<TokenRejectedError> {
    const error: unknown = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof TokenRejectedError)) throw new Error(`expected a TokenRejectedError, got ${String(error)}`);
    return error;
  }

  it('returns the claims of a valid token', async () => {
    const ctx = makeContext();
    const claims = await verifyCognitoToken(ctx, (await mint(ctx)).IdToken, 'id');
    expect(claims).toMatchObject({ sub: 'sub-1', token_use: 'id', iss: userPoolIssuer(USER_POOL_ID) });
  });

  it('rejects an expired token by the server clock, with its claims', async () => {
    const ctx = makeContext();
    const { IdToken } = await mint(ctx);
    const later = ctx.now() + 3601_000;
    ctx.now = () => later;
    const error = await rejection(verifyCognitoToken(ctx, IdToken));
    expect(error.reason).toBe('expired');
    expect(error.claims?.token_use).toBe('id');
  });

  it('rejects a tampered token, a foreign pool, a wrong token use and garbage', async () => {
    const ctx = makeContext();
    const { IdToken, AccessToken } = await mint(ctx);
    const [header, , signature] = IdToken.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...decodeJwt(IdToken), sub: 'x' })).toString('base64url')}.${signature}`;
    expect((await rejection(verifyCognitoToken(ctx, forged))).reason).toBe('bad-signature');
    expect((await rejection(verifyCognitoToken(ctx, AccessToken, 'id'))).reason).toBe('wrong-token-use');
    expect((await rejection(verifyCognitoToken(ctx, 'not-a-jwt'))).reason).toBe('malformed');

    const other = makeContext((c) => (c.scenario.userPool.id = 'us-east-1_Other0001'));
    expect((await rejection(verifyCognitoToken(other, IdToken))).reason).toBe('wrong-issuer');
  });
});
