import { apiLacksIamMode } from './hypotheses/api-lacks-iam-mode';
import { authModeMismatch } from './hypotheses/auth-mode-mismatch';
import { bearerPrefix } from './hypotheses/bearer-prefix';
import { clockSkew } from './hypotheses/clock-skew';
import { credentialsExpired } from './hypotheses/credentials-expired';
import { credentialsNotRecognized } from './hypotheses/credentials-not-recognized';
import { explicitDeny } from './hypotheses/explicit-deny';
import { fieldLacksIamDirective } from './hypotheses/field-lacks-iam-directive';
import { resolverAllowListStale } from './hypotheses/resolver-allow-list-stale';
import { authenticatedRuleUserPoolOnly } from './hypotheses/authenticated-rule-user-pool-only';
import { guestRuleSignedInUser } from './hypotheses/guest-rule-signed-in-user';
import { ownerRuleOverIam } from './hypotheses/owner-rule-over-iam';
import { callerRoleNotAdmin } from './hypotheses/caller-role-not-admin';
import { groupRoleSelected } from './hypotheses/group-role-selected';
import { guestCredentialsUsed } from './hypotheses/guest-credentials-used';
import { healthy } from './hypotheses/healthy';
import { identityPoolNotFound } from './hypotheses/identity-pool-not-found';
import { noAuthenticatedRole } from './hypotheses/no-authenticated-role';
import { providerNotConfigured } from './hypotheses/provider-not-configured';
import { rolePolicyMissingAction } from './hypotheses/role-policy-missing-action';
import { rolePolicyResourceMismatch } from './hypotheses/role-policy-resource-mismatch';
import { staleIdentityId } from './hypotheses/stale-identity-id';
import { tokenExpired } from './hypotheses/token-expired';
import { trustPolicyMismatch } from './hypotheses/trust-policy-mismatch';
import { wrongLoginsEntry } from './hypotheses/wrong-logins-entry';
import { wrongSigningScope } from './hypotheses/wrong-signing-scope';
import type { Hypothesis } from './verdict';

/**
 * The one list of failure modes: stable ids from shared/FAILURE-MODES.md (used by the sandbox scenarios and the
 * tests; a test fails when the three disagree), and one hypothesis each, in chain order: when two are confirmed the
 * earliest broken link leads. A new failure mode touches this file, its hypothesis and test, and the catalogs.
 */
export const FAILURE_MODES = [
  'healthy',
  'role-policy-resource-mismatch',
  'role-policy-missing-action',
  'explicit-deny',
  'trust-policy-mismatch',
  'no-authenticated-role',
  'provider-not-configured',
  'guest-credentials-used',
  'group-role-selected',
  'token-expired',
  'credentials-expired',
  'credentials-not-recognized',
  'clock-skew',
  'wrong-signing-scope',
  'api-lacks-iam-mode',
  'field-lacks-iam-directive',
  'resolver-allow-list-stale',
  'authenticated-rule-user-pool-only',
  'guest-rule-signed-in-user',
  'owner-rule-over-iam',
  'caller-role-not-admin',
  'auth-mode-mismatch',
  'identity-pool-not-found',
  'wrong-logins-entry',
  'stale-identity-id',
  'bearer-prefix',
] as const;

export type FailureModeId = (typeof FAILURE_MODES)[number];

export const HYPOTHESES: readonly Hypothesis[] = [
  // The identity pool: does the app name a pool it can use, with a Logins entry and an identity id it accepts; is the
  // token accepted, which role does it choose, can that role be assumed?
  identityPoolNotFound,
  wrongLoginsEntry,
  staleIdentityId,
  providerNotConfigured,
  tokenExpired,
  noAuthenticatedRole,
  trustPolicyMismatch,
  guestCredentialsUsed,
  groupRoleSelected,
  // The signature: its scope, its time (a skewed clock makes credentials look expired), the credentials' lifetime.
  wrongSigningScope,
  clockSkew,
  credentialsExpired,
  credentialsNotRecognized,
  // AppSync's modes: does the API take IAM, could it read the call's token, did the call use the mode?
  apiLacksIamMode,
  bearerPrefix,
  authModeMismatch,
  // The IAM decision on the field ARN. Only one of the three can be confirmed per field; while the policies are
  // unknown all three stay open and the first leads, so the most common cause (an Allow on another ARN, e.g. after a
  // move between accounts) comes first.
  rolePolicyResourceMismatch,
  rolePolicyMissingAction,
  explicitDeny,
  // IAM allowed the call; AppSync's own authorization refused it.
  fieldLacksIamDirective,
  // Past the directives, the resolver Amplify generated runs its own allow-list (the schema and its code decide).
  resolverAllowListStale,
  authenticatedRuleUserPoolOnly,
  guestRuleSignedInUser,
  ownerRuleOverIam,
  callerRoleNotAdmin,
  healthy,
];
