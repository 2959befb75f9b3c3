import { Amplify } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { sharedInMemoryStorage } from 'aws-amplify/utils';
import type { Connection } from '@/chain/connection';
import { parseAppConfig } from '@/chain/app-config';
import type { SandboxConfig } from '../../../sandbox/src/config.ts';
import { startSandbox, type RunningSandbox, type ScenarioOverrides } from '../../../sandbox/src/server.ts';

export interface TestSandbox {
  sandbox: RunningSandbox;
  config: SandboxConfig;
}

/** Starts the real sandbox on a free loopback port with the given scenario, and reads its config over HTTP. */
export async function startTestSandbox(scenarioId: string, overrides: ScenarioOverrides = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ scenarioId, port: 0, overrides });
  const config = (await (await fetch(`${sandbox.url}/__sandbox/config`)).json()) as SandboxConfig;
  return { sandbox, config };
}

/**
 * Switches the running sandbox's scenario over its admin API (resets all state), with per-run overrides such as the
 * settings of the unconfirmed behaviours, and returns the new config.
 */
export async function switchScenario(
  sandbox: RunningSandbox,
  id: string,
  overrides: ScenarioOverrides = {},
): Promise<SandboxConfig> {
  const response = await fetch(`${sandbox.url}/__sandbox/scenario`, {
    method: 'POST',
    body: JSON.stringify({ id, ...overrides }),
  });
  if (!response.ok) throw new Error(`switch failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as SandboxConfig;
}

/**
 * Points the real Amplify v6 at the sandbox, exactly as the product will: custom user pool and identity pool
 * endpoints (which amplify_outputs.json cannot carry) and tokens kept in memory only.
 */
export function configureAmplify(config: SandboxConfig, authMode: 'iam' | 'userPool' = 'iam'): void {
  const { auth, data } = config.amplifyOutputs;
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: auth.user_pool_id,
        userPoolClientId: auth.user_pool_client_id,
        identityPoolId: auth.identity_pool_id,
        userPoolEndpoint: config.endpoints.cognitoIdp,
        identityPoolEndpoint: config.endpoints.cognitoIdentity,
        allowGuestAccess: auth.unauthenticated_identities_enabled,
      },
    },
    API: { GraphQL: { endpoint: data.url, region: data.aws_region, defaultAuthMode: authMode } },
  });
  cognitoUserPoolsTokenProvider.setKeyValueStorage(sharedInMemoryStorage);
}

/** The product's own reading of the sandbox config document (as if pasted into Connect): target and endpoints. */
export function connectionFrom(config: SandboxConfig): Connection {
  const parsed = parseAppConfig(JSON.stringify(config));
  if (!parsed.ok) throw new Error(`the sandbox config does not parse: ${parsed.error}`);
  const target = {
    ...parsed.target,
    ...(parsed.apiId ? { apiId: parsed.apiId } : {}),
    ...(parsed.accountId ? { accountId: parsed.accountId } : {}),
  };
  return {
    target,
    endpoints: parsed.endpoints ?? {},
    ...(parsed.apiAuthModes ? { apiAuthModes: parsed.apiAuthModes } : {}),
  };
}

/**
 * The settings of AWS behaviours no public source confirms (sandbox/FIDELITY.md) under which every scenario must be
 * diagnosed alike: the sandbox's best guess, and the other answer to each question.
 */
export const UNCONFIRMED_VARIANTS: { name: string; overrides: ScenarioOverrides }[] = [
  { name: 'Username selects by identity id; failed record "An unknown error occurred"', overrides: {} },
  {
    name: 'Username does not select; failed record "Not authorized to perform…"',
    overrides: { unconfirmed: { usernameSelectsIdentityId: false, failedWebIdentityMessage: 'not-authorized' } },
  },
];
