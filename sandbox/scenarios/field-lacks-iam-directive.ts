import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/** `listNotes` kept only `@aws_cognito_user_pools` when IAM was added as an additional mode. */
const SCHEMA = /* GraphQL */ `
  type Note @aws_iam @aws_cognito_user_pools {
    id: ID!
    title: String!
    owner: String
  }

  type Query {
    listNotes: [Note] @aws_cognito_user_pools
    getNote(id: ID!): Note @aws_iam @aws_cognito_user_pools
  }

  schema {
    query: Query
  }
`;

/**
 * The API's default mode is Cognito user pools and AWS_IAM is an additional mode, but `Query.listNotes` lacks
 * `@aws_iam`: IAM allows the signed request, then AppSync's field rules refuse it inside a 200 ("Not Authorized
 * to access listNotes on type Query"). The app calls with IAM (run variant `authMode: 'iam'`).
 */
export const fieldLacksIamDirective: Scenario = {
  ...base,
  id: 'field-lacks-iam-directive',
  title: 'Field lacks @aws_iam',
  description:
    'AWS_IAM is an additional mode, but Query.listNotes is marked only @aws_cognito_user_pools: the signed request gets 200 with an Unauthorized error.',
  expected: 'field-lacks-iam-directive',
  api: {
    ...base.api,
    defaultAuthType: 'AMAZON_COGNITO_USER_POOLS',
    additionalAuthTypes: ['AWS_IAM'],
    schema: SCHEMA,
  },
  testRun: { authMode: 'iam' },
};
