import type { PolicyDocument, Scenario } from '../src/scenario.ts';

/**
 * The customer account every scenario starts from: one user pool with one app client and test user, an identity
 * pool whose authenticated role may call the API, and an AppSync API whose default auth mode is AWS_IAM.
 * All ids have the shapes AWS gives them; none is a real resource.
 */
export const REGION = 'us-east-1';
export const ACCOUNT_ID = '111122223333';
/** The account the app was moved from (the seed case's policy still points there). */
export const OLD_ACCOUNT_ID = '444455556666';
export const USER_POOL_ID = 'us-east-1_aT7rAcE01';
export const CLIENT_ID = '4fq3hj2mskv9c1b8l0u7d6e5ta';
export const IDENTITY_POOL_ID = 'us-east-1:5b0c3f7e-8d2a-4e19-9a6b-1c2d3e4f5a6b';
export const API_ID = 'x7k2mq4n5p6r7s8t9u0v1w2y3z';
export const OLD_API_ID = 'b3c4d5e6f7g8h9i0j1k2l3m4n5';
export const AUTH_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/authtrace-demo-authenticated`;
export const UNAUTH_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/authtrace-demo-unauthenticated`;
export const PROVIDER_NAME = `cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}`;

export function cognitoTrustPolicy(identityPoolId: string, amr: 'authenticated' | 'unauthenticated'): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': identityPoolId },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr },
        },
      },
    ],
  };
}

export function graphqlPolicy(resource: string | string[]): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AllowGraphQL', Effect: 'Allow', Action: 'appsync:GraphQL', Resource: resource }],
  };
}

/** What the engineer's read-only principal may do: read CloudTrail, AppSync logs, IAM and the identity pool's roles. */
export function readOnlyPolicy(
  options: { iam: boolean; logs?: boolean; cloudtrail?: boolean } = { iam: true },
): PolicyDocument {
  const allow: string[] = [];
  if (options.cloudtrail ?? true)
    allow.push('cloudtrail:LookupEvents', 'cloudtrail:StartQuery', 'cloudtrail:GetQueryResults');
  if (options.logs ?? true) allow.push('logs:FilterLogEvents');
  if (options.iam)
    allow.push(
      'iam:GetRole',
      'iam:ListRolePolicies',
      'iam:GetRolePolicy',
      'iam:ListAttachedRolePolicies',
      'iam:GetPolicy',
      'iam:GetPolicyVersion',
      'iam:SimulatePrincipalPolicy',
      'cognito-identity:GetIdentityPoolRoles',
      'cognito-identity:DescribeIdentityPool',
      // AppSync's control plane, read-only: the schema with directives and the resolvers' code.
      'appsync:GetGraphqlApi',
      'appsync:GetIntrospectionSchema',
      'appsync:ListResolvers',
      'appsync:GetResolver',
      'appsync:ListFunctions',
      'appsync:GetFunction',
    );
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'SupportReadOnly', Effect: 'Allow', Action: allow, Resource: '*' }],
  };
}

export const SCHEMA = /* GraphQL */ `
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

export function baseAccount(): Omit<Scenario, 'id' | 'title' | 'description' | 'expected'> {
  return {
    region: REGION,
    accountId: ACCOUNT_ID,
    userPool: {
      id: USER_POOL_ID,
      clients: [
        {
          clientId: CLIENT_ID,
          name: 'authtrace-demo-web',
          explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          idTokenValiditySeconds: 3600,
          accessTokenValiditySeconds: 3600,
        },
      ],
      users: [
        {
          username: 'tester@example.com',
          password: 'Sandbox-Passw0rd!',
          sub: '94a8f4b8-7061-70e4-1c3b-2f2d7c5e9a10',
          email: 'tester@example.com',
          groups: [],
        },
      ],
      groups: [],
    },
    identityPool: {
      id: IDENTITY_POOL_ID,
      name: 'authtrace_demo_identity_pool',
      allowUnauthenticatedIdentities: false,
      providers: [{ providerName: PROVIDER_NAME, clientId: CLIENT_ID }],
      roles: { authenticated: AUTH_ROLE_ARN, unauthenticated: UNAUTH_ROLE_ARN },
      roleMappings: {},
    },
    roles: [
      {
        name: 'authtrace-demo-authenticated',
        arn: AUTH_ROLE_ARN,
        trustPolicy: cognitoTrustPolicy(IDENTITY_POOL_ID, 'authenticated'),
        inlinePolicies: { 'appsync-access': graphqlPolicy(`arn:aws:appsync:${REGION}:${ACCOUNT_ID}:apis/${API_ID}/*`) },
        attachedPolicyArns: [],
      },
      {
        name: 'authtrace-demo-unauthenticated',
        arn: UNAUTH_ROLE_ARN,
        trustPolicy: cognitoTrustPolicy(IDENTITY_POOL_ID, 'unauthenticated'),
        inlinePolicies: {},
        attachedPolicyArns: [],
      },
    ],
    managedPolicies: [],
    api: {
      id: API_ID,
      name: 'authtrace-demo-api',
      defaultAuthType: 'AWS_IAM',
      additionalAuthTypes: ['AMAZON_COGNITO_USER_POOLS'],
      schema: SCHEMA,
      data: {
        listNotes: [
          { id: 'n-1', title: 'Quarterly report', owner: 'tester@example.com' },
          { id: 'n-2', title: 'Move checklist', owner: 'tester@example.com' },
        ],
        getNote: { id: 'n-1', title: 'Quarterly report', owner: 'tester@example.com' },
      },
      logging: { enabled: true, fieldLogLevel: 'ERROR' },
      region: REGION,
    },
    readOnly: {
      userName: 'support-readonly',
      arn: `arn:aws:iam::${ACCOUNT_ID}:user/support-readonly`,
      accessKeyId: 'AKIASANDBOXREADONLY1',
      secretAccessKey: 'sandboxReadOnlySecretKeyNotARealKey0000001',
      policy: readOnlyPolicy({ iam: true }),
    },
    cloudtrail: { deliveryDelaySeconds: 0, lookupCallsPerSecond: 2, noiseEvents: 0 },
    testUsername: 'tester@example.com',
    testQuery: 'query ListNotes {\n  listNotes {\n    id\n    title\n  }\n}',
    serverClockOffsetSeconds: 0,
  };
}
