import { resolverRuleHypothesis } from './after-iam';

/** `allow.guest()` (Gen 1 `{ allow: public, provider: iam }`) admits the unauthenticated role only: a signed-in user's credentials come from the authenticated role (aws-amplify/amplify-category-api #2725). */
export const guestRuleSignedInUser = resolverRuleHypothesis(
  'guest-rule-signed-in-user',
  (check, guest) => !guest && check.iamPublic && !check.iamPrivate,
);
