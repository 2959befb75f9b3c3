import type { Case } from './case';
import { accountIdOf, chainSteps } from './evidence';
import { checkLinks } from './links';
import { apiLacksIamMode } from './rules/api-lacks-iam-mode';
import { authModeMismatch } from './rules/auth-mode-mismatch';
import { clockSkew } from './rules/clock-skew';
import { credentialsExpired } from './rules/credentials-expired';
import { explicitDeny } from './rules/explicit-deny';
import { fieldLacksIamDirective } from './rules/field-lacks-iam-directive';
import { groupRoleSelected } from './rules/group-role-selected';
import { guestCredentialsUsed } from './rules/guest-credentials-used';
import { healthy } from './rules/healthy';
import { noAuthenticatedRole } from './rules/no-authenticated-role';
import { providerNotConfigured } from './rules/provider-not-configured';
import { rolePolicyMissingAction } from './rules/role-policy-missing-action';
import { rolePolicyResourceMismatch } from './rules/role-policy-resource-mismatch';
import { tokenExpired } from './rules/token-expired';
import { trustPolicyMismatch } from './rules/trust-policy-mismatch';
import { wrongSigningScope } from './rules/wrong-signing-scope';
import type { Rule, RuleInput, Verdict } from './verdict';

/** Rules in chain order: the earliest broken link is the cause, later symptoms follow from it. */
export const RULES: readonly Rule[] = [
  // The identity pool: is the token accepted, which role does it choose, can that role be assumed?
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
  // AppSync's modes: does the API take IAM, did the call use it?
  apiLacksIamMode,
  authModeMismatch,
  // The IAM decision on the field ARN: a Deny, no statement, another Resource (the likely fallback) in this order.
  explicitDeny,
  rolePolicyMissingAction,
  rolePolicyResourceMismatch,
  // IAM allowed the call; AppSync's field directives refused it.
  fieldLacksIamDirective,
  healthy,
];

/** Names the broken link of a case, with proofs and a fix. Pure: the same case always gives the same verdict. */
export function diagnose(c: Case): Verdict {
  const input: RuleInput = { case: c, steps: chainSteps(c), links: checkLinks(c), accountId: accountIdOf(c) };
  for (const rule of RULES) {
    const finding = rule.evaluate(input);
    if (finding) return { ...finding, links: input.links };
  }
  return inconclusive(input);
}

// What to do when the chain stops for a reason that is not one of the failure modes (bad input, no network).
const NEXT_STEP: [test: (name: string, kind: string) => boolean, todo: string][] = [
  [
    (name) => name === 'NetworkError' || name === 'TypeError',
    'The AWS endpoint did not answer: check the endpoint URL and the network (for the sandbox: is `npm start` running?), then run again.',
  ],
  [
    (name, kind) => kind === 'sign-in' && /NotAuthorized|UserNotFound/.test(name),
    'Check the test user’s username and password, then run again.',
  ],
  [
    (name) => name === 'UserNotConfirmedException',
    'Confirm the test user in the user pool (or use a confirmed one), then run again.',
  ],
  [
    (name) => name === 'PasswordResetRequiredException' || name === 'SignInIncomplete',
    'Use a test user without MFA or a pending password change, or finish that step in the app first.',
  ],
  [
    (name) => name === 'InvalidParameterException',
    'The app client does not allow this sign-in flow: pick the other flow, or enable it on the app client.',
  ],
  [
    (name) => name === 'ResourceNotFoundException',
    'An id in the config does not exist in this account and region: check the user pool, app client and identity pool ids.',
  ],
];

function inconclusive({ steps, links }: RuleInput): Verdict {
  const failed = [steps.signIn, steps.credentials, steps.graphql].find((step) => step?.outcome === 'error');
  const where = failed
    ? { 'sign-in': 'sign-in', credentials: 'the identity pool credentials call', graphql: 'the AppSync request' }[
        failed.kind
      ]
    : undefined;
  const name = failed?.error?.name ?? '';
  const todo = failed ? NEXT_STEP.find(([test]) => test(name, failed.kind))?.[1] : undefined;
  return {
    cause: 'inconclusive',
    brokenLink: failed?.kind === 'sign-in' ? 'sign-in' : failed?.kind === 'credentials' ? 'credentials' : null,
    confidence: 'likely',
    headline: failed ? `The chain stopped at ${where}: ${name || 'error'}.` : 'Not enough evidence for a verdict yet.',
    explanation: failed?.error ? `${failed.error.name}: ${failed.error.message}` : 'Run the chain to collect evidence.',
    proofs: [],
    fix: { summary: todo ?? 'This is not a failure mode Authtrace knows yet: the timeline shows what was collected.' },
    links,
    customerMessage: { en: '', ja: '' },
  };
}
