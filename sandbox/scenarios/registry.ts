import type { Scenario } from '../src/scenario.ts';
import { apiLacksIamMode } from './api-lacks-iam-mode.ts';
import { authModeMismatch } from './auth-mode-mismatch.ts';
import { bearerPrefix } from './bearer-prefix.ts';
import { clockSkew } from './clock-skew.ts';
import { credentialsExpired } from './credentials-expired.ts';
import { credentialsNotRecognized } from './credentials-not-recognized.ts';
import { explicitDeny } from './explicit-deny.ts';
import { fieldLacksIamDirective } from './field-lacks-iam-directive.ts';
import { resolverAllowListStale } from './resolver-allow-list-stale.ts';
import { authenticatedRuleUserPoolOnly } from './authenticated-rule-user-pool-only.ts';
import { guestRuleSignedInUser } from './guest-rule-signed-in-user.ts';
import { ownerRuleOverIam } from './owner-rule-over-iam.ts';
import { callerRoleNotAdmin } from './caller-role-not-admin.ts';
import { groupRoleSelected } from './group-role-selected.ts';
import { guestAccessDisabled } from './guest-access-disabled.ts';
import { guestCredentialsUsed } from './guest-credentials-used.ts';
import { healthy } from './healthy.ts';
import { identityPoolNotFound } from './identity-pool-not-found.ts';
import { noAuthenticatedRole } from './no-authenticated-role.ts';
import { providerNotConfigured } from './provider-not-configured.ts';
import { rolePolicyMissingAction } from './role-policy-missing-action.ts';
import { roleMappingDenied } from './role-mapping-denied.ts';
import { rolePolicyResourceMismatch } from './role-policy-resource-mismatch.ts';
import { staleIdentityId } from './stale-identity-id.ts';
import { tokenExpired } from './token-expired.ts';
import { trustPolicyMismatch } from './trust-policy-mismatch.ts';
import { wrongLoginsEntry, wrongLoginsKey } from './wrong-logins-entry.ts';
import { wrongSigningScope } from './wrong-signing-scope.ts';

/**
 * At least one scenario per failure mode of shared/FAILURE-MODES.md, in chain order after the healthy one; a mode
 * with symptoms that differ by setting has one scenario per symptom.
 */
const scenarios: Scenario[] = [
  healthy,
  identityPoolNotFound,
  wrongLoginsEntry,
  wrongLoginsKey,
  staleIdentityId,
  providerNotConfigured,
  tokenExpired,
  noAuthenticatedRole,
  roleMappingDenied,
  groupRoleSelected,
  trustPolicyMismatch,
  guestCredentialsUsed,
  guestAccessDisabled,
  credentialsExpired,
  credentialsNotRecognized,
  clockSkew,
  wrongSigningScope,
  apiLacksIamMode,
  bearerPrefix,
  authModeMismatch,
  rolePolicyResourceMismatch,
  rolePolicyMissingAction,
  explicitDeny,
  fieldLacksIamDirective,
  resolverAllowListStale,
  authenticatedRuleUserPoolOnly,
  guestRuleSignedInUser,
  ownerRuleOverIam,
  callerRoleNotAdmin,
];

export function listScenarios(): readonly Scenario[] {
  return scenarios;
}

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
