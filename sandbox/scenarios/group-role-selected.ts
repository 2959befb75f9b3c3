import type { Scenario } from '../src/scenario.ts';
import {
  ACCOUNT_ID,
  API_ID,
  CLIENT_ID,
  IDENTITY_POOL_ID,
  PROVIDER_NAME,
  REGION,
  baseAccount,
  cognitoTrustPolicy,
  graphqlPolicy,
} from './base-account.ts';

const base = baseAccount();
const VIEWER_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/authtrace-demo-viewers`;

/**
 * The test user is in the `viewers` group, whose role may only call `getNote`; the identity pool chooses the role
 * from the token (`cognito:preferred_role`), so listNotes is refused although the pool's default role allows it.
 */
export const groupRoleSelected: Scenario = {
  ...base,
  id: 'group-role-selected',
  title: 'User’s group role is chosen, and it lacks the permission',
  description: `The identity pool takes the role from the token; the user's group "viewers" carries ${VIEWER_ROLE_ARN}, which allows only Query.getNote.`,
  expected: 'group-role-selected',
  userPool: {
    ...base.userPool,
    groups: [{ name: 'viewers', roleArn: VIEWER_ROLE_ARN, precedence: 1 }],
    users: base.userPool.users.map((user) => ({ ...user, groups: ['viewers'] })),
  },
  identityPool: {
    ...base.identityPool,
    roleMappings: {
      [`${PROVIDER_NAME}:${CLIENT_ID}`]: { type: 'Token', ambiguousRoleResolution: 'AuthenticatedRole' },
    },
  },
  roles: [
    ...base.roles,
    {
      name: 'authtrace-demo-viewers',
      arn: VIEWER_ROLE_ARN,
      trustPolicy: cognitoTrustPolicy(IDENTITY_POOL_ID, 'authenticated'),
      inlinePolicies: {
        'appsync-read-one': graphqlPolicy(
          `arn:aws:appsync:${REGION}:${ACCOUNT_ID}:apis/${API_ID}/types/Query/fields/getNote`,
        ),
      },
      attachedPolicyArns: [],
    },
  ],
};
