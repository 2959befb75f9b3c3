import { resolverRuleHypothesis } from './after-iam';

/** `allow.authenticated()` (Gen 1 `{ allow: private }`) means user pool tokens: its IAM branch admits admin roles only (aws-amplify/amplify-js #13431). */
export const authenticatedRuleUserPoolOnly = resolverRuleHypothesis(
  'authenticated-rule-user-pool-only',
  (check) => !check.iamPrivate && !check.iamPublic && check.userPoolPrivate,
);
