import type { Scenario } from '../src/scenario.ts';
import { DEPLOYED_HERE, GEN2_FUNCTION_ROLE, withListNotesResolver } from './amplify-api.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * Gen 2 `allow.guest()` admits the identity pool's unauthenticated role only: a signed-in user's credentials come
 * from the authenticated role and the resolver refuses them (aws-amplify/amplify-category-api #2725). A UNIT
 * resolver with the check inlined.
 */
export const guestRuleSignedInUser: Scenario = {
  ...base,
  id: 'guest-rule-signed-in-user',
  title: 'Guest rule reached by a signed-in user',
  description:
    'The model allows guest() only; the signed-in user’s credentials come from the authenticated role and the resolver admits only the unauthenticated role.',
  expected: 'guest-rule-signed-in-user',
  identityPool: { ...base.identityPool, allowUnauthenticatedIdentities: true },
  api: withListNotesResolver(
    base.api,
    {
      generation: 'gen2',
      ...DEPLOYED_HERE,
      adminRoles: [GEN2_FUNCTION_ROLE],
      rules: [{ allow: 'public', provider: 'iam' }],
    },
    'UNIT',
  ),
};
