import { randomUUID } from 'node:crypto';
import type { SandboxContext } from './context.ts';
import { AwsError } from './http.ts';
import type { Login } from './role-resolution.ts';

/** `ctx.identities` marks guest identities with this logins entry (see context.ts). */
const GUEST = 'unauthenticated';

// provider + sub → identity id, so the same user keeps one identity id within a context (Cognito's GetId contract).
const byLogin = new WeakMap<SandboxContext, Map<string, string>>();

function loginKey(login: Login): string {
  return `${login.providerName}|${String(login.claims.sub)}`;
}

function loginIndex(ctx: SandboxContext): Map<string, string> {
  let index = byLogin.get(ctx);
  if (!index) {
    index = new Map();
    byLogin.set(ctx, index);
    // Identities other users made before this run (an app may have cached one of them).
    for (const known of ctx.scenario.identityPool.knownIdentities ?? []) {
      index.set(`${known.providerName}|${known.sub}`, known.identityId);
      ctx.identities.set(known.identityId, { logins: [known.providerName] });
    }
  }
  return index;
}

/** Identity ids are `<region>:<uuid>`. */
function newIdentityId(ctx: SandboxContext): string {
  return `${ctx.scenario.region}:${randomUUID()}`;
}

export function isGuest(ctx: SandboxContext, identityId: string): boolean {
  return ctx.identities.get(identityId)?.logins.includes(GUEST) ?? false;
}

/** GetId: the user's identity (created on first sign-in), or a new guest identity without logins. */
export function identityFor(ctx: SandboxContext, login: Login | undefined): string {
  if (!login) {
    const id = newIdentityId(ctx);
    ctx.identities.set(id, { logins: [GUEST] });
    return id;
  }
  const index = loginIndex(ctx);
  const existing = index.get(loginKey(login));
  if (existing) return existing;
  const id = newIdentityId(ctx);
  index.set(loginKey(login), id);
  ctx.identities.set(id, { logins: [login.providerName] });
  return id;
}

// Texts Cognito answers: a signed-in identity asked for without its login, or with another user's login
// ("Access to Identity '<id>' is forbidden.": aws-amplify/aws-sdk-ios #165, aws-amplify/amplify-js #5696, #6616;
// aws-amplify/amplify-swift #4278 "the identity is linked to a different login, disabled, or deleted"; whether AWS
// answers a foreign login with this text or with "Logins don't match" is (unconfirmed)); a guest identity presented
// by a user who already has one: "Logins don't match…" (its text: amazon-cognito-identity-js #68, cognito-logins.ts;
// that Cognito answers this case with it is unconfirmed).
const LOGINS_MISMATCH =
  "Logins don't match. Please include at least one valid login for this identity or identity pool.";

function forbidden(identityId: string): AwsError {
  return new AwsError(400, 'NotAuthorizedException', `Access to Identity '${identityId}' is forbidden.`);
}

/**
 * Checks that `login` may use `identityId` (GetCredentialsForIdentity, GetOpenIdToken). A guest identity presented
 * with a new login becomes that user's identity, as Cognito links logins to unauthenticated identities.
 */
export function checkIdentityAccess(ctx: SandboxContext, identityId: string, login: Login | undefined): void {
  const index = loginIndex(ctx);
  const entry = ctx.identities.get(identityId);
  // aws-amplify/amplify-js #2301: "Identity '<id>' not found." (ResourceNotFoundException) for a deleted identity.
  if (!entry) throw new AwsError(400, 'ResourceNotFoundException', `Identity '${identityId}' not found.`);
  const guest = entry.logins.includes(GUEST);
  if (!login) {
    if (!guest) throw forbidden(identityId);
    // 400 `NotAuthorizedException` (aws-amplify/aws-sdk-android #347 "Status Code: 400; Error Code:
    // NotAuthorizedException"; aws/aws-sdk-js-v3 #3113).
    if (!ctx.scenario.identityPool.allowUnauthenticatedIdentities) {
      throw new AwsError(
        400,
        'NotAuthorizedException',
        'Unauthenticated access is not supported for this identity pool.',
      );
    }
    return;
  }
  const owner = index.get(loginKey(login));
  if (owner === identityId) return;
  if (!guest) throw forbidden(identityId);
  if (owner) throw new AwsError(400, 'NotAuthorizedException', LOGINS_MISMATCH);
  index.set(loginKey(login), identityId);
  entry.logins = [login.providerName];
}
