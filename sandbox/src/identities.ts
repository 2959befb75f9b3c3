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

// Texts Cognito answers: unknown id, a signed-in identity asked for without its login (verify), a login that
// belongs to another identity.
const LOGINS_MISMATCH =
  "Logins don't match. Please include at least one valid login for this identity or identity pool.";

/**
 * Checks that `login` may use `identityId` (GetCredentialsForIdentity, GetOpenIdToken). A guest identity presented
 * with a new login becomes that user's identity, as Cognito links logins to unauthenticated identities.
 */
export function checkIdentityAccess(ctx: SandboxContext, identityId: string, login: Login | undefined): void {
  const entry = ctx.identities.get(identityId);
  if (!entry) throw new AwsError(400, 'ResourceNotFoundException', `Identity '${identityId}' not found.`);
  const guest = entry.logins.includes(GUEST);
  if (!login) {
    if (!guest) throw new AwsError(400, 'NotAuthorizedException', `Access to Identity '${identityId}' is forbidden.`);
    if (!ctx.scenario.identityPool.allowUnauthenticatedIdentities) {
      throw new AwsError(
        400,
        'NotAuthorizedException',
        'Unauthenticated access is not supported for this identity pool.',
      );
    }
    return;
  }
  const index = loginIndex(ctx);
  const owner = index.get(loginKey(login));
  if (owner === identityId) return;
  if (owner || !guest) throw new AwsError(400, 'NotAuthorizedException', LOGINS_MISMATCH);
  index.set(loginKey(login), identityId);
  entry.logins = [login.providerName];
}
