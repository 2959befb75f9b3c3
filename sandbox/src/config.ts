import type { SandboxContext } from './context.ts';

/**
 * What `GET /__sandbox/config` answers: everything the dashboard needs to run against the active scenario.
 * `amplifyOutputs` is the Gen 2 `amplify_outputs.json` a real app would ship; the custom endpoints are separate
 * because Amplify reads them from `Amplify.configure`'s `Auth.Cognito.userPoolEndpoint` / `identityPoolEndpoint`,
 * not from amplify_outputs.json. `testRun`, when present, is how the product's run must differ from the standard one
 * to reproduce the scenario (scenario.ts `TestRun`).
 */
export function sandboxConfig(ctx: SandboxContext) {
  const { scenario, baseUrl } = ctx;
  const client = scenario.userPool.clients[0];
  const user = scenario.userPool.users.find((u) => u.username === scenario.testUsername);
  const authTypes = [scenario.api.defaultAuthType, ...scenario.api.additionalAuthTypes];
  return {
    scenario: { id: scenario.id, title: scenario.title, expected: scenario.expected },
    region: scenario.region,
    accountId: scenario.accountId,
    apiId: scenario.api.id,
    amplifyOutputs: {
      version: '1.4',
      auth: {
        aws_region: scenario.region,
        user_pool_id: scenario.userPool.id,
        user_pool_client_id: client?.clientId ?? '',
        identity_pool_id: scenario.appConfig?.identityPoolId ?? scenario.identityPool.id,
        mfa_methods: [],
        standard_required_attributes: ['email'],
        username_attributes: ['email'],
        user_verification_types: ['email'],
        groups: scenario.userPool.groups.map((g) => ({ [g.name]: { precedence: g.precedence ?? 0 } })),
        mfa_configuration: 'NONE',
        password_policy: {
          min_length: 8,
          require_lowercase: true,
          require_numbers: true,
          require_symbols: true,
          require_uppercase: true,
        },
        unauthenticated_identities_enabled: scenario.identityPool.allowUnauthenticatedIdentities,
      },
      data: {
        url: `${baseUrl}/graphql`,
        // The app's config may name another region than the API's (wrong-signing-scope).
        aws_region: scenario.testRun?.graphqlRegion ?? scenario.api.region,
        default_authorization_type: scenario.api.defaultAuthType,
        authorization_types: authTypes.filter((t) => t !== scenario.api.defaultAuthType),
        ...(scenario.api.apiKey ? { api_key: scenario.api.apiKey } : {}),
      },
    },
    endpoints: {
      cognitoIdp: baseUrl,
      cognitoIdentity: baseUrl,
      sts: baseUrl,
      appsync: `${baseUrl}/graphql`,
      appsyncControl: baseUrl,
      cloudtrail: baseUrl,
      logs: baseUrl,
      iam: baseUrl,
    },
    testUser: { username: scenario.testUsername, password: user?.password ?? '' },
    testQuery: scenario.testQuery,
    ...(scenario.testRun ? { testRun: scenario.testRun } : {}),
    readOnlyCredentials: {
      accessKeyId: scenario.readOnly.accessKeyId,
      secretAccessKey: scenario.readOnly.secretAccessKey,
    },
  };
}

export type SandboxConfig = ReturnType<typeof sandboxConfig>;
