import {
  CognitoIdentityClient,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import type { IdentityPoolEvidence, Lookup } from '@/chain/case';
import type { ReadOnlyCredentials } from '@/chain/connection';
import { countAttempts, recordLookup } from './lookup';
import { requestHandlerFor } from './timeouts';

export interface PoolAccess {
  region: string;
  endpoint?: string;
  credentials: ReadOnlyCredentials;
  identityPoolId: string;
  /** Deadline of each call (default 20 s). */
  timeoutMs?: number;
}

/** The identity pool's roles, role mappings and providers, read with the engineer's read-only credentials. */
export async function readIdentityPool(
  access: PoolAccess,
  lookups: Lookup[],
): Promise<IdentityPoolEvidence | undefined> {
  return recordLookup(
    lookups,
    {
      source: 'cognito-identity',
      ask: 'identity-pool',
      query: { IdentityPoolId: access.identityPoolId },
      cli: `aws cognito-identity get-identity-pool-roles --region ${access.region} --identity-pool-id ${access.identityPoolId}${access.endpoint ? ` --endpoint-url ${access.endpoint}` : ''}`,
    },
    async (countCall) => {
      const cognito = new CognitoIdentityClient({
        region: access.region,
        credentials: access.credentials,
        maxAttempts: 4,
        requestHandler: requestHandlerFor(access.timeoutMs),
        ...(access.endpoint ? { endpoint: access.endpoint } : {}),
      });
      countAttempts(cognito, countCall);
      try {
        const roles = await cognito.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: access.identityPoolId }));
        const evidence: IdentityPoolEvidence = {
          roles: { authenticated: roles.Roles?.authenticated, unauthenticated: roles.Roles?.unauthenticated },
          ...(roles.RoleMappings
            ? { roleMappings: JSON.parse(JSON.stringify(roles.RoleMappings)) as Record<string, unknown> }
            : {}),
        };
        // DescribeIdentityPool adds the providers; it may be denied separately.
        try {
          const pool = await cognito.send(new DescribeIdentityPoolCommand({ IdentityPoolId: access.identityPoolId }));
          evidence.allowUnauthenticatedIdentities = pool.AllowUnauthenticatedIdentities;
          evidence.providers = (pool.CognitoIdentityProviders ?? []).map((p) => ({
            providerName: p.ProviderName ?? '',
            clientId: p.ClientId ?? '',
          }));
        } catch {
          // Roles alone still decide most questions.
        }
        return { value: evidence, found: true };
      } finally {
        cognito.destroy();
      }
    },
  );
}
