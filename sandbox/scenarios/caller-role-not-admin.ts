import type { Role, Scenario } from '../src/scenario.ts';
import { AMPLIFY_SCHEMA, DEPLOYED_HERE, GEN2_FUNCTION_ROLE, withListNotesResolver } from './amplify-api.ts';
import { ACCOUNT_ID, API_ID, AUTH_ROLE_ARN, baseAccount, graphqlPolicy, REGION } from './base-account.ts';

const base = baseAccount();

/** A function of the same backend that was never given data access (`allow.resource(fn)`): not in `adminRoles`. */
export const EXPORT_FUNCTION_NAME = 'amplify-authtracedemo-main-exportFunction';
export const EXPORT_FUNCTION_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/amplify-authtracedemo-main-exportFunctionServiceRole-4QX7B2`;

/**
 * The function's execution role: IAM allows it `appsync:GraphQL` on the API. On AWS it trusts
 * `lambda.amazonaws.com` alone; the sandbox also lets the account assume it so a test run can sign as the function.
 */
const exportFunctionRole: Role = {
  name: 'amplify-authtracedemo-main-exportFunctionServiceRole-4QX7B2',
  arn: EXPORT_FUNCTION_ROLE_ARN,
  trustPolicy: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'sts:AssumeRole' },
    ],
  },
  inlinePolicies: { 'appsync-access': graphqlPolicy(`arn:aws:appsync:${REGION}:${ACCOUNT_ID}:apis/${API_ID}/*`) },
  attachedPolicyArns: [],
};

/**
 * A Lambda function (or a script) calls the API with its own IAM role. IAM allows the role, but the resolver Amplify
 * generated admits IAM callers only as the identity pool's roles or as a role named in `adminRoles` (Gen 1
 * `custom-roles.json` `adminRoleNames`, Gen 2 `allow.resource(fn)`), and this function's role is not among them
 * (aws-amplify/amplify-category-api #100, #670, #749; amplify-cli #9365, #10586; aws-amplify/amplify-backend #1269).
 */
export const callerRoleNotAdmin: Scenario = {
  ...base,
  id: 'caller-role-not-admin',
  title: 'A function’s role missing from the admin roles',
  description:
    'A Lambda function signs with its execution role; IAM allows it, but the generated resolver lists another function’s role in adminRoles only: 200 with "Not Authorized to access listNotes on type Query".',
  expected: 'caller-role-not-admin',
  roles: [
    ...base.roles.map((role) =>
      role.arn === AUTH_ROLE_ARN
        ? {
            ...role,
            inlinePolicies: {
              ...role.inlinePolicies,
              'reproduce-function': {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow' as const, Action: 'sts:AssumeRole', Resource: EXPORT_FUNCTION_ROLE_ARN }],
              },
            },
          }
        : role,
    ),
    exportFunctionRole,
  ],
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
      rules: [
        { allow: 'private', provider: 'iam' },
        { allow: 'private', provider: 'userPools' },
      ],
    },
  ),
  testRun: { authMode: 'iam', signAs: { roleArn: EXPORT_FUNCTION_ROLE_ARN, roleSessionName: EXPORT_FUNCTION_NAME } },
};
