import type { Scenario } from '../src/scenario.ts';
import { ACCOUNT_ID, API_ID, REGION, baseAccount } from './base-account.ts';

const base = baseAccount();
const GUARDRAIL_ARN = `arn:aws:iam::${ACCOUNT_ID}:policy/appsync-guardrail`;

/**
 * The authenticated role allows `appsync:GraphQL` on the API, but an attached managed policy denies it on the
 * `listNotes` field (a guardrail left from a freeze). IAM is readable by the read-only principal.
 */
export const explicitDeny: Scenario = {
  ...base,
  id: 'explicit-deny',
  title: 'A managed policy denies the field',
  description: `The role's inline policy allows the API, but the attached ${GUARDRAIL_ARN} denies appsync:GraphQL on Query.listNotes.`,
  expected: 'explicit-deny',
  roles: base.roles.map((role) =>
    role.name === 'authtrace-demo-authenticated' ? { ...role, attachedPolicyArns: [GUARDRAIL_ARN] } : role,
  ),
  managedPolicies: [
    {
      arn: GUARDRAIL_ARN,
      name: 'appsync-guardrail',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'FreezeNotes',
            Effect: 'Deny',
            Action: 'appsync:GraphQL',
            Resource: `arn:aws:appsync:${REGION}:${ACCOUNT_ID}:apis/${API_ID}/types/Query/fields/listNotes`,
          },
        ],
      },
    },
  ],
};
