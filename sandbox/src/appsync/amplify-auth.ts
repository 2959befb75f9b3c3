import type { AmplifyAuthCheck, AmplifyRule } from '../scenario.ts';
import type { RequestAuth } from './field-auth.ts';

/**
 * `$ctx.identity` of an AWS_IAM request as AppSync gives it to resolvers (AppSync Developer Guide, "Resolver context
 * object reference", AWS_IAM identity): the caller's assumed-role ARN, and for identity pool credentials the pool,
 * the identity and whether it is authenticated.
 */
export interface IamIdentity {
  userArn: string;
  cognitoIdentityPoolId?: string;
  cognitoIdentityId?: string;
  cognitoIdentityAuthType?: 'authenticated' | 'unauthenticated';
}

/** What the check decided and which of its lines decided it (for the field-level log). */
export interface AuthCheckResult {
  allowed: boolean;
  reason: string;
}

const iamRules = (rules: AmplifyRule[]) =>
  rules.filter((r) => (r.allow === 'public' || r.allow === 'private') && r.provider === 'iam');

/**
 * A small model of the IAM branch Amplify's transformer v2 writes (not a VTL interpreter): an admin role contained
 * in the caller's ARN (and not the auth/unauth role) passes; then each IAM rule: private admits the stash's
 * `authRole`, or, when an identity pool id was baked in, any authenticated identity of that pool; public admits the
 * `unauthRole`; no IAM rule at all ends in `$util.unauthorized()` (amplify-category-api `iamExpression`,
 * `iamCheck`). User pool callers pass private/userPools, groups and owner rules (owner filtering not modelled).
 */
export function runAmplifyCheck(check: AmplifyAuthCheck, auth: RequestAuth): AuthCheckResult {
  if (auth.mode === 'AWS_IAM') {
    const identity = auth.identity;
    if (!identity) return { allowed: false, reason: 'no $ctx.identity' };
    const admin = check.adminRoles.find(
      (role) =>
        identity.userArn.includes(role) && identity.userArn !== check.authRole && identity.userArn !== check.unauthRole,
    );
    if (admin) return { allowed: true, reason: `admin role ${admin}` };
    const rules = iamRules(check.rules);
    if (rules.length === 0) return { allowed: false, reason: 'no IAM rule: $util.unauthorized()' };
    for (const rule of rules) {
      if (rule.allow === 'public' && identity.userArn === check.unauthRole)
        return { allowed: true, reason: 'userArn == $ctx.stash.unauthRole' };
      if (rule.allow === 'private') {
        if (identity.userArn === check.authRole) return { allowed: true, reason: 'userArn == $ctx.stash.authRole' };
        if (
          check.identityPoolId &&
          identity.cognitoIdentityPoolId === check.identityPoolId &&
          identity.cognitoIdentityAuthType === 'authenticated'
        )
          return { allowed: true, reason: 'authenticated identity of the deployed identity pool' };
      }
    }
    return { allowed: false, reason: `${identity.userArn} matches no IAM rule` };
  }
  if (auth.mode === 'AMAZON_COGNITO_USER_POOLS') {
    const pass = check.rules.some(
      (r) =>
        (r.allow === 'private' && r.provider === 'userPools') ||
        r.allow === 'owner' ||
        (r.allow === 'groups' && r.groups.some((g) => auth.groups?.includes(g))),
    );
    return { allowed: pass, reason: pass ? 'user pool rule' : 'no user pool rule admits the caller' };
  }
  const pass = check.rules.some((r) => r.allow === 'public' && r.provider === 'apiKey' && auth.mode === 'API_KEY');
  return { allowed: pass, reason: pass ? 'api key rule' : 'no rule for this mode' };
}
