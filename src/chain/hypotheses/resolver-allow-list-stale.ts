import { resolverRuleHypothesis } from './after-iam';

/** The check admits the deployed auth (or unauth) role and identity pool only: a caller from another pool or role is refused although IAM allowed it (aws-amplify/amplify-category-api #100, #544, #749, #2291, #2915; amplify-cli #9635, #9365, #10586, #11073). */
export const resolverAllowListStale = resolverRuleHypothesis('resolver-allow-list-stale', (check, guest) =>
  guest ? check.iamPublic : check.iamPrivate,
);
