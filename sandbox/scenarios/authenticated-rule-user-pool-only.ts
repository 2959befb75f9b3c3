import type { Scenario } from '../src/scenario.ts';
import { AMPLIFY_SCHEMA, DEPLOYED_HERE, GEN2_FUNCTION_ROLE, withListNotesResolver } from './amplify-api.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * Gen 2 `allow.authenticated()` means user pool tokens; the app calls with identity pool credentials
 * (`authMode: 'identityPool'`). The schema carries @aws_iam (Gen 2 keeps IAM for its functions), so AppSync runs the
 * resolver, whose IAM branch admits only admin roles (aws-amplify/amplify-js #13431).
 */
export const authenticatedRuleUserPoolOnly: Scenario = {
  ...base,
  id: 'authenticated-rule-user-pool-only',
  title: 'allow.authenticated() reached with identity pool credentials',
  description:
    'The model allows authenticated() (user pools) only; the app signs with identity pool credentials and the resolver refuses the IAM caller.',
  expected: 'authenticated-rule-user-pool-only',
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
      rules: [{ allow: 'private', provider: 'userPools' }],
    },
  ),
  testRun: { authMode: 'iam' },
};
