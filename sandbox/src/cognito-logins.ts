import { decodeJwt, type JWTPayload } from 'jose';
import type { SandboxContext } from './context.ts';
import { AwsError } from './http.ts';
import type { Login } from './role-resolution.ts';
import { TokenRejectedError, verifyCognitoToken } from './tokens.ts';

/** Cognito identity's answers for a bad `Logins` entry (texts as AWS returns them; sources beside each). */
function notAuthorized(message: string): AwsError {
  return new AwsError(400, 'NotAuthorizedException', message);
}

// FAILURE-MODES.md `provider-not-configured`: the token's issuer is not a provider of the pool, or its audience is
// another app client (amazon-cognito-identity-js #7: a token for another app client).
const UNSUPPORTED_PROVIDER = 'Token is not from a supported provider of this identity pool.';
// FAILURE-MODES.md `wrong-logins-entry`: an access token (no `aud` claim) sent as the login, whatever the key
// (amazon-cognito-identity-js #12, #7: "if using .getAccessToken() I get 'Missing a required claim: aud'").
const MISSING_AUD = 'Invalid login token. Missing a required claim: aud';
// FAILURE-MODES.md `wrong-logins-entry`: a `Logins` key that is not the token's issuer, e.g. the user pool id alone
// or a wrong region (amazon-cognito-identity-js #7, #40, #68, #407; MitocGroup/deep-framework #593). AWS checks the
// issuer before it looks for the provider in the pool: #7's key was no provider of the pool at all.
const ISSUER_MISMATCH = "Invalid login token. Issuer doesn't match providerName";
// FAILURE-MODES.md `identity-pool-not-found`: a pool with no authentication provider (amazon-cognito-identity-js #68:
// "thrown if your identity pool is not configured to support authentication providers"; aws-amplify/amplify-js
// #2443: "I was using the wrong IdentityPoolId"). Its place after the token checks is (unconfirmed).
export const LOGINS_DONT_MATCH =
  "Logins don't match. Please include at least one valid login for this identity or identity pool.";

function decode(token: string): JWTPayload {
  try {
    return decodeJwt(token);
  } catch {
    // The text is unconfirmed (no public thread found quotes Cognito's answer to a login that is not a JWT).
    throw notAuthorized('Invalid login token. Not a valid OpenId Connect identity token.');
  }
}

/**
 * Validates `Logins` like Cognito identity, in AWS's order as public reports show it: the token must carry an `aud`
 * (an access token has none), its `iss` must be the key, the key a provider of the pool, the `aud` that provider's
 * app client, unexpired ("Token expired: <now> >= <exp>", aws-sdk-ios#2570 — the current time comes first), and
 * signed by the user pool (amazon-cognito-identity-js#91: "Couldn't verify signed token.").
 * Returns the sign-in, or undefined when there are no logins.
 */
export async function verifyLogins(ctx: SandboxContext, logins: unknown): Promise<Login | undefined> {
  if (logins === undefined || logins === null) return undefined;
  if (typeof logins !== 'object' || Array.isArray(logins)) {
    // The code as http.ts parseJsonBody sources it; the text is the sandbox's own (unconfirmed).
    throw new AwsError(400, 'SerializationException', 'Logins must be a map of provider name to token.');
  }
  const entries = Object.entries(logins as Record<string, unknown>);
  const first = entries[0];
  if (!first) return undefined;
  const [providerName, token] = first;
  if (typeof token !== 'string' || token === '') throw notAuthorized(MISSING_AUD);
  const claims = decode(token);
  if (claims.aud === undefined) throw notAuthorized(MISSING_AUD);
  if (claims.iss !== `https://${providerName}`) throw notAuthorized(ISSUER_MISMATCH);
  const providers = ctx.scenario.identityPool.providers;
  if (providers.length === 0) throw notAuthorized(LOGINS_DONT_MATCH);
  const provider = providers.find((p) => p.providerName === providerName);
  if (!provider || claims.aud !== provider.clientId) throw notAuthorized(UNSUPPORTED_PROVIDER);
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
