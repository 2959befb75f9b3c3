/** Stable failure-mode ids from shared/FAILURE-MODES.md. Rules, sandbox scenarios and tests all use these. */
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
  'clock-skew',
  'wrong-signing-scope',
  'api-lacks-iam-mode',
  'field-lacks-iam-directive',
  'auth-mode-mismatch',
] as const;

export type FailureModeId = (typeof FAILURE_MODES)[number];
