import type { Scenario } from '../src/scenario.ts';
import { ACCOUNT_ID, CLIENT_ID, PROVIDER_NAME, baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The identity pool chooses roles by rules, none matches the test user, and ambiguous cases resolve to Deny:
 * GetCredentialsForIdentity answers "The ambiguous role mapping rules for: <provider> denied this request."
 * (aws-amplify/amplify-js #3621, #8644). The same failure mode as a pool without an authenticated role: no role for a
 * signed-in user.
 */
export const roleMappingDenied: Scenario = {
  ...base,
  id: 'role-mapping-denied',
  title: 'Role mapping rules match no one and deny',
  description:
    'The identity pool maps roles by a rule on custom:tier = "gold", which the test user lacks, and AmbiguousRoleResolution is Deny.',
  expected: 'no-authenticated-role',
  identityPool: {
    ...base.identityPool,
    roleMappings: {
      // Keyed `<provider>:<app client id>` as AWS keys a user pool's mappings (SetIdentityPoolRoles API reference).
      [`${PROVIDER_NAME}:${CLIENT_ID}`]: {
        type: 'Rules',
        ambiguousRoleResolution: 'Deny',
        rules: [
          {
            claim: 'custom:tier',
            matchType: 'Equals',
            value: 'gold',
            roleArn: `arn:aws:iam::${ACCOUNT_ID}:role/authtrace-demo-authenticated`,
          },
        ],
      },
    },
  },
};
