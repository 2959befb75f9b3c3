import type { AmplifyAuthCheck, GraphqlApi } from '../src/scenario.ts';
import { ACCOUNT_ID, AUTH_ROLE_ARN, IDENTITY_POOL_ID, UNAUTH_ROLE_ARN } from './base-account.ts';

/** The assumed-role ARN Amplify's transformer stashes for a role (`$ctx.stash.authRole`, `unauthRole`). */
export function cognitoSessionArn(roleArn: string): string {
  const [, , , , account = ACCOUNT_ID] = roleArn.split(':');
  return `arn:aws:sts::${account}:assumed-role/${roleArn.split('/').pop() ?? ''}/CognitoIdentityCredentials`;
}

/** The deployed pool's roles and id, as a resolver generated for this account bakes them in. */
export const DEPLOYED_HERE = {
  authRole: cognitoSessionArn(AUTH_ROLE_ARN),
  unauthRole: cognitoSessionArn(UNAUTH_ROLE_ARN),
  identityPoolId: IDENTITY_POOL_ID,
};

/** Gen 2 grants IAM access to the backend's functions through `adminRoles` (a `allow.resource(fn)` role name). */
export const GEN2_FUNCTION_ROLE = 'amplify-authtracedemo-main-reportsFunctionServiceRole';

/** Schema of an Amplify API with IAM next to user pools: the transformer marks types and fields for both. */
export const AMPLIFY_SCHEMA = /* GraphQL */ `
  type Note @aws_iam @aws_cognito_user_pools {
    id: ID!
    title: String!
    owner: String
  }
  type Query {
    listNotes: [Note] @aws_iam @aws_cognito_user_pools
    getNote(id: ID!): Note @aws_iam @aws_cognito_user_pools
  }
  schema {
    query: Query
  }
`;

/** The API with an Amplify-generated resolver on `Query.listNotes`, logging every field (level ALL). */
export function withListNotesResolver(
  api: GraphqlApi,
  auth: AmplifyAuthCheck,
  kind: 'PIPELINE' | 'UNIT' = 'PIPELINE',
): GraphqlApi {
  return {
    ...api,
    logging: { enabled: true, fieldLogLevel: 'ALL' },
    resolvers: [{ typeName: 'Query', fieldName: 'listNotes', kind, auth }],
  };
}
