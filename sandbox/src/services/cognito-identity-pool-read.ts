import { authorizeReadOnly } from '../authorize.ts';
import type { SandboxContext } from '../context.ts';
import { AwsError, requireString } from '../http.ts';
import type { IdentityPool, RoleMapping } from '../scenario.ts';
import { verifySigV4 } from '../sigv4.ts';
import type { SandboxRequest } from '../http.ts';

/** `arn:aws:cognito-identity:<region>:<account>:identitypool/<id>` (Amazon Cognito's IAM resource format). */
export function identityPoolArn(ctx: SandboxContext, poolId: string): string {
  return `arn:aws:cognito-identity:${ctx.scenario.region}:${ctx.scenario.accountId}:identitypool/${poolId}`;
}

/**
 * The pool-reading operations are SigV4-signed (unlike GetId and GetCredentialsForIdentity) and authorized
 * against the caller's identity policies on the pool's ARN; an unknown pool is ResourceNotFoundException.
 */
async function readPool(request: SandboxRequest, ctx: SandboxContext, input: Record<string, unknown>, action: string) {
  const caller = await verifySigV4(request, ctx, { service: 'cognito-identity', protocol: 'json' });
  const poolId = requireString(input, 'IdentityPoolId');
  await authorizeReadOnly(ctx, caller, `cognito-identity:${action}`, identityPoolArn(ctx, poolId), 'json');
  const pool = ctx.scenario.identityPool;
  if (poolId !== pool.id) throw new AwsError(400, 'ResourceNotFoundException', `IdentityPool '${poolId}' not found.`);
  return pool;
}

function roleMappingJson(mapping: RoleMapping) {
  return {
    Type: mapping.type,
    AmbiguousRoleResolution: mapping.ambiguousRoleResolution,
    ...(mapping.type === 'Rules'
      ? {
          RulesConfiguration: {
            Rules: (mapping.rules ?? []).map((rule) => ({
              Claim: rule.claim,
              MatchType: rule.matchType,
              Value: rule.value,
              RoleARN: rule.roleArn,
            })),
          },
        }
      : {}),
  };
}

/** `GetIdentityPoolRoles` (Cognito Identity API reference): `IdentityPoolId`, `Roles`, `RoleMappings`. */
export async function getIdentityPoolRoles(
  request: SandboxRequest,
  ctx: SandboxContext,
  input: Record<string, unknown>,
) {
  const pool: IdentityPool = await readPool(request, ctx, input, 'GetIdentityPoolRoles');
  const roles = Object.fromEntries(Object.entries(pool.roles).filter(([, arn]) => arn !== undefined));
  const mappings = Object.entries(pool.roleMappings);
  return {
    IdentityPoolId: pool.id,
    Roles: roles,
    ...(mappings.length > 0
      ? { RoleMappings: Object.fromEntries(mappings.map(([provider, m]) => [provider, roleMappingJson(m)])) }
      : {}),
  };
}

/** `DescribeIdentityPool`: the pool's name, guest access and Cognito user pool providers. */
export async function describeIdentityPool(
  request: SandboxRequest,
  ctx: SandboxContext,
  input: Record<string, unknown>,
) {
  const pool = await readPool(request, ctx, input, 'DescribeIdentityPool');
  return {
    IdentityPoolId: pool.id,
    IdentityPoolName: pool.name,
    AllowUnauthenticatedIdentities: pool.allowUnauthenticatedIdentities,
    AllowClassicFlow: false,
    CognitoIdentityProviders: pool.providers.map((p) => ({
      ProviderName: p.providerName,
      ClientId: p.clientId,
      ServerSideTokenCheck: false,
    })),
  };
}
