import { resolverRuleHypothesis } from './after-iam';

/** An owner rule compares a user pool token's claim with the record's owner field: an IAM caller carries no such claim and its branch admits admin roles only (aws-amplify/amplify-category-api #152). */
export const ownerRuleOverIam = resolverRuleHypothesis(
  'owner-rule-over-iam',
  (check) => !check.iamPrivate && !check.iamPublic && check.userPoolOwner && !check.userPoolPrivate,
);
