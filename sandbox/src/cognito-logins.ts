import { decodeJwt, type JWTPayload } from 'jose';
import type { SandboxContext } from './context.ts';
import { AwsError } from './http.ts';
import type { Login } from './role-resolution.ts';
import { TokenRejectedError, verifyCognitoToken } from './tokens.ts';

/** Cognito identity's answers for a bad `Logins` entry (texts as AWS returns them; sources beside each). */
function notAuthorized(message: string): AwsError {
  return new AwsError(400, 'NotAuthorizedException', message);
}

// FAILURE-MODES.md `provider-not-configured`: unknown provider, or a token for another app client.
const UNSUPPORTED_PROVIDER = 'Token is not from a supported provider of this identity pool.';

function decode(token: string): JWTPayload {
  try {
    return decodeJwt(token);
  } catch {
    throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
  }
}

/**
 * Validates `Logins` like Cognito identity: the key must be a provider of the pool, the token's `iss` that
 * provider (amazon-cognito-identity-js#68: "Issuer doesn't match providerName"), its `aud` the provider's app
 * client, unexpired ("Token expired: <now> >= <exp>", aws-sdk-ios#2570 — the current time comes first), and
 * signed by the user pool (amazon-cognito-identity-js#91: "Couldn't verify signed token.").
 * Returns the sign-in, or undefined when there are no logins.
 */
export async function verifyLogins(ctx: SandboxContext, logins: unknown): Promise<Login | undefined> {
  if (logins === undefined || logins === null) return undefined;
  if (typeof logins !== 'object' || Array.isArray(logins)) {
    throw new AwsError(400, 'SerializationException', 'Logins must be a map of provider name to token.');
  }
  const entries = Object.entries(logins as Record<string, unknown>);
  const first = entries[0];
  if (!first) return undefined;
  const [providerName, token] = first;
  const provider = ctx.scenario.identityPool.providers.find((p) => p.providerName === providerName);
  if (!provider) throw notAuthorized(UNSUPPORTED_PROVIDER);
  if (typeof token !== 'string' || token === '')
    throw notAuthorized('Invalid login token. Missing a required claim: aud');
  const claims = decode(token);
  if (claims.iss !== `https://${providerName}`)
    throw notAuthorized("Invalid login token. Issuer doesn't match providerName");
  if (claims.aud !== provider.clientId) throw notAuthorized(UNSUPPORTED_PROVIDER);
  const now = Math.floor(ctx.now('cognito-identity') / 1000);
  if (typeof claims.exp === 'number' && now >= claims.exp) {
    throw notAuthorized(`Invalid login token. Token expired: ${now} >= ${claims.exp}`);
  }
  try {
    return { providerName, claims: await verifyCognitoToken(ctx, token, 'id') };
  } catch (error) {
    if (error instanceof TokenRejectedError) throw notAuthorized("Invalid login token. Couldn't verify signed token.");
    throw error;
  }
}
