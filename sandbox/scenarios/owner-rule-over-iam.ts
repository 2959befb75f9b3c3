import type { Scenario } from '../src/scenario.ts';
import { AMPLIFY_SCHEMA, DEPLOYED_HERE, GEN2_FUNCTION_ROLE, withListNotesResolver } from './amplify-api.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * An owner rule needs a user pool token's claim (`sub::username`); an IAM caller carries none, and the resolver's IAM
 * branch admits only admin roles (aws-amplify/amplify-category-api #152).
 */
export const ownerRuleOverIam: Scenario = {
  ...base,
  id: 'owner-rule-over-iam',
  title: 'Owner rule reached over IAM',
  description:
    'The model allows owner() only; the app calls with identity pool credentials, which no owner rule can admit.',
  expected: 'owner-rule-over-iam',
  api: withListNotesResolver(
    {
      ...base.api,
      defaultAuthType: 'AMAZON_COGNITO_USER_POOLS',
      additionalAuthTypes: ['AWS_IAM'],
      schema: AMPLIFY_SCHEMA,
    },
    {
      generation: 'gen2',
      ...DEPLOYED_HERE,
      adminRoles: [GEN2_FUNCTION_ROLE],
      rules: [{ allow: 'owner', ownerField: 'owner', identityClaim: 'sub::username' }],
    },
  ),
  testRun: { authMode: 'iam' },
};
