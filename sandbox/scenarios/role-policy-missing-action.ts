import type { Scenario } from '../src/scenario.ts';
import { ACCOUNT_ID, baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The authenticated role has policies, but none allows `appsync:GraphQL` (only S3 reads for the app's uploads).
 * IAM is readable by the read-only principal, so the policies decide.
 */
export const rolePolicyMissingAction: Scenario = {
  ...base,
  id: 'role-policy-missing-action',
  title: 'Role has no appsync:GraphQL statement',
  description:
    'The authenticated role only allows s3:GetObject on the app’s bucket; no statement allows appsync:GraphQL. IAM is readable.',
  expected: 'role-policy-missing-action',
  roles: base.roles.map((role) =>
    role.name === 'authtrace-demo-authenticated'
      ? {
          ...role,
          inlinePolicies: {
            'uploads-read': {
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'ReadUploads',
                  Effect: 'Allow',
                  Action: 's3:GetObject',
                  Resource: `arn:aws:s3:::authtrace-demo-uploads-${ACCOUNT_ID}/*`,
                },
              ],
            },
          },
        }
      : role,
  ),
};
