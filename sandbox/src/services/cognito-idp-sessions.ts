import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxContext } from '../context.ts';
import type { AppClient, PoolUser } from '../scenario.ts';
import {
  mintTokens,
  TokenRejectedError,
  verifyCognitoToken,
  type CognitoClaims,
  type MintedTokens,
} from '../tokens.ts';
import { notAuthorized, sessionUser } from './cognito-idp-pool.ts';

/**
 * Signed-in sessions: refresh tokens and revocation. A session is one sign-in (one `origin_jti`); refreshing keeps
 * its `origin_jti` and `auth_time`, and RevokeToken / GlobalSignOut revoke the refresh token together with every
 * access token of the session (developer guide, "Revoking tokens").
 */

/** Cognito's default refresh token validity (developer guide, "Refresh tokens": 30 days). */
const REFRESH_TOKEN_VALIDITY_MS = 30 * 24 * 3600 * 1000;

interface RefreshRecord {
  username: string;
  clientId: string;
  originJti: string;
  authTime: number;
  expiresAt: number;
}

interface SessionState {
  refresh: Map<string, RefreshRecord>;
  revokedOrigins: Set<string>;
}

const states = new WeakMap<SandboxContext, SessionState>();

function stateOf(ctx: SandboxContext): SessionState {
  let state = states.get(ctx);
  if (!state) {
    state = { refresh: new Map(), revokedOrigins: new Set() };
    states.set(ctx, state);
  }
  return state;
}

export interface AuthenticationResult extends MintedTokens {
  RefreshToken?: string;
}

/** Starts a session: ID, access and refresh tokens for a user who just authenticated. */
export async function startSession(
  ctx: SandboxContext,
  user: PoolUser,
  client: AppClient,
): Promise<AuthenticationResult> {
  const session = { user, client, authTime: Math.floor(ctx.now('cognito-idp') / 1000), originJti: randomUUID() };
  const tokens = await mintTokens(ctx, session);
  const refreshToken = newRefreshToken();
  stateOf(ctx).refresh.set(refreshToken, {
    username: user.username,
    clientId: client.clientId,
    originJti: session.originJti,
    authTime: session.authTime,
    expiresAt: ctx.now('cognito-idp') + REFRESH_TOKEN_VALIDITY_MS,
  });
  ctx.refreshTokens.set(refreshToken, { username: user.username, clientId: client.clientId });
  return { ...tokens, RefreshToken: refreshToken };
}

const INVALID_REFRESH_TOKEN = 'Invalid Refresh Token.';

/** New ID and access tokens from a refresh token (no rotation: the app client model has none). */
export async function refreshSession(
  ctx: SandboxContext,
  client: AppClient,
  refreshToken: string,
): Promise<MintedTokens> {
  const state = stateOf(ctx);
  const record = state.refresh.get(refreshToken);
  // "Invalid Refresh Token." with its period: aws/aws-sdk-js-v3 #7162 (`"message": "Invalid Refresh Token."`),
  // aws/aws-sdk-java-v2 #3418 ("Status Code: 400"). "Refresh Token has been revoked": aws-amplify/amplify-swift #3344
  // (headers and 400 quoted), aws/aws-sdk-net #1936. "Refresh Token has expired": unconfirmed (no thread found).
  if (!record || record.clientId !== client.clientId) throw notAuthorized(INVALID_REFRESH_TOKEN);
  if (state.revokedOrigins.has(record.originJti)) throw notAuthorized('Refresh Token has been revoked');
  if (ctx.now('cognito-idp') >= record.expiresAt) throw notAuthorized('Refresh Token has expired');
  const user = sessionUser(ctx, record.username);
  if (!user) throw notAuthorized(INVALID_REFRESH_TOKEN);
  return mintTokens(ctx, { user, client, authTime: record.authTime, originJti: record.originJti });
}

/** RevokeToken: ends the session the refresh token belongs to. Unknown tokens are ignored, as RFC 7009 asks. */
export function revokeRefreshToken(ctx: SandboxContext, clientId: string, refreshToken: string): void {
  const state = stateOf(ctx);
  const record = state.refresh.get(refreshToken);
  if (!record || record.clientId !== clientId) return;
  state.revokedOrigins.add(record.originJti);
  ctx.refreshTokens.delete(refreshToken);
}

/** GlobalSignOut: ends every session of the user. */
export function revokeUserSessions(ctx: SandboxContext, username: string): void {
  const state = stateOf(ctx);
  for (const [token, record] of state.refresh) {
    if (record.username !== username) continue;
    state.revokedOrigins.add(record.originJti);
    ctx.refreshTokens.delete(token);
  }
}

/**
 * Checks an access token for the operations that take one (GetUser, GlobalSignOut), answering as Cognito does:
 * "Access Token has expired" (aws-amplify/aws-sdk-ios #1376), "Access Token has been revoked" (aws-amplify/amplify-js
 * #2205, #3594); "Invalid Access Token" is unconfirmed (quoted only from an emulator, localstack/localstack #12756).
 */
export async function requireAccessToken(ctx: SandboxContext, accessToken: string): Promise<CognitoClaims> {
  let claims: CognitoClaims;
  try {
    claims = await verifyCognitoToken(ctx, accessToken, 'access');
  } catch (error) {
    if (error instanceof TokenRejectedError && error.reason === 'expired')
      throw notAuthorized('Access Token has expired');
    throw notAuthorized('Invalid Access Token');
  }
  if (claims.origin_jti && stateOf(ctx).revokedOrigins.has(claims.origin_jti))
    throw notAuthorized('Access Token has been revoked');
  return claims;
}

/**
 * Cognito's refresh tokens are opaque JWEs (header `{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}`); this one has
 * the same five-part shape so anything that inspects it sees what AWS would send, but it is only a random handle.
 */
function newRefreshToken(): string {
  const header = Buffer.from(JSON.stringify({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' })).toString('base64url');
  const part = (bytes: number) => randomBytes(bytes).toString('base64url');
  return [header, part(256), part(12), part(1200), part(16)].join('.');
}
