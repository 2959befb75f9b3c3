import type { Scenario } from '../src/scenario.ts';
import {
  API_ID,
  OLD_ACCOUNT_ID,
  OLD_API_ID,
  REGION,
  baseAccount,
  graphqlPolicy,
  readOnlyPolicy,
} from './base-account.ts';

const base = baseAccount();

/**
 * The case that started Authtrace: the app moved into this account, but the authenticated role's policy still
 * allows `appsync:GraphQL` only on the old account's API. The role is assumed fine; AppSync answers 401.
 * The customer's IAM is hidden from the read-only principal.
 */
export const rolePolicyResourceMismatch: Scenario = {
  ...base,
  id: 'role-policy-resource-mismatch',
  title: 'Role policy names the old account’s API (the seed case)',
  description: `The authenticated role allows appsync:GraphQL only on arn:aws:appsync:${REGION}:${OLD_ACCOUNT_ID}:apis/${OLD_API_ID}/*, not on API ${API_ID}. IAM reads are denied to the read-only principal.`,
  expected: 'role-policy-resource-mismatch',
  roles: base.roles.map((role) =>
    role.name === 'authtrace-demo-authenticated'
      ? {
          ...role,
          inlinePolicies: {
            'appsync-access': graphqlPolicy(`arn:aws:appsync:${REGION}:${OLD_ACCOUNT_ID}:apis/${OLD_API_ID}/*`),
          },
        }
      : role,
  ),
  readOnly: { ...base.readOnly, policy: readOnlyPolicy({ iam: false }) },
};
