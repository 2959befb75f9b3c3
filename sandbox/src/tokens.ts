import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { SandboxContext, SigningKey } from './context.ts';
import type { AppClient, PoolGroup, PoolUser } from './scenario.ts';

/**
 * User pool tokens as Cognito mints them (claims from the developer guide's "Understanding the identity (ID) token"
 * and "Understanding the access token"), signed RS256 with the sandbox key and its `kid` in the header.
 */

/** The `iss` real Cognito writes, never the sandbox URL: identity pools key `Logins` by it (minus the scheme). */
export function userPoolIssuer(userPoolId: string): string {
  const region = userPoolId.split('_')[0] ?? '';
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;
}

export interface GroupClaims {
  groups: string[];
  roles: string[];
  preferredRole?: string;
}

/**
 * `cognito:groups`, `cognito:roles` and `cognito:preferred_role`. The preferred role is the role of the group with
 * the lowest precedence; groups without precedence rank last, and a tie between different roles sets none
 * (developer guide, "Adding groups to a user pool": "Assigning precedence values to groups").
 */
export function groupClaims(user: PoolUser, poolGroups: PoolGroup[]): GroupClaims {
  const groups = poolGroups.filter((group) => user.groups.includes(group.name));
  const withRoles = groups.filter((group): group is PoolGroup & { roleArn: string } => Boolean(group.roleArn));
  const rank = (group: PoolGroup) => group.precedence ?? Number.POSITIVE_INFINITY;
  const best = Math.min(...withRoles.map(rank));
  const bestRoles = new Set(withRoles.filter((group) => rank(group) === best).map((group) => group.roleArn));
  return {
    groups: groups.map((group) => group.name),
    roles: [...new Set(withRoles.map((group) => group.roleArn))],
    ...(bestRoles.size === 1 ? { preferredRole: [...bestRoles][0] } : {}),
  };
}

/** One authentication's identity: what stays the same across refreshes. */
export interface SignInSession {
  user: PoolUser;
  client: AppClient;
  /** Epoch seconds of the sign-in. */
  authTime: number;
  /** Shared by every token of the session (Cognito's revocation handle). */
  originJti: string;
}

export interface MintedTokens {
  IdToken: string;
  AccessToken: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

let accessKey: SigningKey | undefined;

/**
 * The pool's second key. A user pool's JWKS holds two keys and its ID and access tokens are signed by different ones
 * (developer guide, "Verifying a JSON Web Token": "the JWKS contains two public keys … one for ID tokens, one for
 * access tokens"; unconfirmed which of the two signs which: here the context's key signs ID tokens). One per process.
 */
function accessTokenKey(): SigningKey {
  if (!accessKey) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    accessKey = { kid: randomUUID(), privateKey, publicKey };
  }
  return accessKey;
}

export async function mintTokens(ctx: SandboxContext, session: SignInSession): Promise<MintedTokens> {
  const { user, client, authTime, originJti } = session;
  const { userPool } = ctx.scenario;
  const iat = Math.floor(ctx.now('cognito-idp') / 1000);
  const eventId = randomUUID();
  const { groups, roles, preferredRole } = groupClaims(user, userPool.groups);
  const groupClaim = groups.length > 0 ? { 'cognito:groups': groups } : {};
  const shared = { sub: user.sub, iss: userPoolIssuer(userPool.id), origin_jti: originJti, event_id: eventId };

  const idClaims = {
    ...shared,
    ...groupClaim,
    ...(roles.length > 0 ? { 'cognito:roles': roles } : {}),
    ...(preferredRole ? { 'cognito:preferred_role': preferredRole } : {}),
    email_verified: true,
    // The pools are configured with email as the username attribute (config.ts `username_attributes`): the user's
    // Cognito username is then its sub, not the email (aws-amplify/aws-sdk-ios #3070, aws-amplify/amplify-swift
    // #1029; localstack/localstack #11442 for the access token's `username`).
    'cognito:username': user.sub,
    aud: client.clientId,
    token_use: 'id',
    auth_time: authTime,
    email: user.email,
  };
  const accessClaims = {
    ...shared,
    ...groupClaim,
    client_id: client.clientId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: authTime,
    username: user.sub,
  };
  return {
    IdToken: await sign(ctx.signingKey, idClaims, iat, client.idTokenValiditySeconds),
    AccessToken: await sign(accessTokenKey(), accessClaims, iat, client.accessTokenValiditySeconds),
    ExpiresIn: client.accessTokenValiditySeconds,
    TokenType: 'Bearer',
  };
}

function sign(key: SigningKey, claims: JWTPayload, iat: number, validitySeconds: number): Promise<string> {
  return new SignJWT({ ...claims, exp: iat + validitySeconds, iat, jti: randomUUID() })
    .setProtectedHeader({ kid: key.kid, alg: 'RS256' })
    .sign(key.privateKey);
}

/** The pool's JWKS document (`/<userPoolId>/.well-known/jwks.json`): both keys, ID tokens' first. */
export function jwks(ctx: SandboxContext): { keys: Record<string, string>[] } {
  return {
    keys: [ctx.signingKey, accessTokenKey()].map((key) => {
      const { n, e } = key.publicKey.export({ format: 'jwk' });
      return { alg: 'RS256', e: e ?? '', kid: key.kid, kty: 'RSA', n: n ?? '', use: 'sig' };
    }),
  };
}

/**
 * The pool's OpenID Connect discovery document (`/<userPoolId>/.well-known/openid-configuration`), with the fields
 * Cognito serves (developer guide, "User pool endpoints": the issuer, the JWKS URI and the hosted UI endpoints).
 * The `issuer` is AWS's, as in the tokens; the endpoints are the sandbox's own.
 */
export function openidConfiguration(ctx: SandboxContext): Record<string, unknown> {
  const { id } = ctx.scenario.userPool;
  return {
    issuer: userPoolIssuer(id),
    jwks_uri: `${ctx.baseUrl}/${id}/.well-known/jwks.json`,
    authorization_endpoint: `${ctx.baseUrl}/oauth2/authorize`,
    token_endpoint: `${ctx.baseUrl}/oauth2/token`,
    userinfo_endpoint: `${ctx.baseUrl}/oauth2/userInfo`,
    end_session_endpoint: `${ctx.baseUrl}/logout`,
    response_types_supported: ['code', 'token'],
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  };
}

export interface CognitoClaims extends JWTPayload {
  sub: string;
  iss: string;
  exp: number;
  iat: number;
  token_use: 'id' | 'access';
  origin_jti?: string;
  'cognito:groups'?: string[];
  'cognito:roles'?: string[];
  'cognito:preferred_role'?: string;
}

/** Why a token was refused; callers map these to their own service's error texts. */
export type TokenRejection = 'malformed' | 'bad-signature' | 'expired' | 'wrong-issuer' | 'wrong-token-use';

export class TokenRejectedError extends Error {
  constructor(
    readonly reason: TokenRejection,
    message: string,
    /** Unverified claims, when the token decoded (e.g. `exp` of an expired token, `iss` of a foreign one). */
    readonly claims?: JWTPayload,
  ) {
    super(message);
    this.name = 'TokenRejectedError';
  }
}

/**
 * Verifies a user pool token of the active scenario: RS256 signature with the sandbox key, `exp` against the
 * server clock (`ctx.now()`, so scenario clock skew applies), `iss` = this account's user pool, and optionally
 * `token_use`. Returns the claims or throws `TokenRejectedError`.
 */
export async function verifyCognitoToken(
  ctx: SandboxContext,
  jwt: string,
  expectedUse?: 'id' | 'access',
): Promise<CognitoClaims> {
  let payload: JWTPayload;
  try {
    // The key named by the token's `kid`: the access token key, or else the ID token key (a forged kid fails there).
    const keyFor = (header: { kid?: string }) =>
      header.kid === accessTokenKey().kid ? accessTokenKey().publicKey : ctx.signingKey.publicKey;
    ({ payload } = await jwtVerify(jwt, keyFor, {
      algorithms: ['RS256'],
      currentDate: new Date(ctx.now()),
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new TokenRejectedError('expired', error.message, error.payload);
    if (error instanceof errors.JWSSignatureVerificationFailed)
      throw new TokenRejectedError('bad-signature', error.message);
    throw new TokenRejectedError('malformed', error instanceof Error ? error.message : String(error));
  }
  const claims = asCognitoClaims(payload);
  if (claims.iss !== userPoolIssuer(ctx.scenario.userPool.id))
    throw new TokenRejectedError('wrong-issuer', `Issuer ${claims.iss} is not this account's user pool.`, payload);
  if (expectedUse && claims.token_use !== expectedUse)
    throw new TokenRejectedError('wrong-token-use', `Expected an ${expectedUse} token.`, payload);
  return claims;
}

function asCognitoClaims(payload: JWTPayload): CognitoClaims {
  const { sub, iss, exp, iat, token_use: use } = payload;
  const groups = payload['cognito:groups'];
  if (
    typeof sub !== 'string' ||
    typeof iss !== 'string' ||
    typeof exp !== 'number' ||
    typeof iat !== 'number' ||
    (use !== 'id' && use !== 'access') ||
    (groups !== undefined && !isStringArray(groups))
  )
    throw new TokenRejectedError('malformed', 'Not a Cognito user pool token.', payload);
  return { ...payload, sub, iss, exp, iat, token_use: use, ...(groups ? { 'cognito:groups': groups } : {}) };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
