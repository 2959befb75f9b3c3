import type { IdentityPoolEvidence } from '../case';
import { findLooseValue } from './loose-literal';

/**
 * The identity pool's authenticated role as the engineer names it: its ARN, `aws iam get-role` output, or the
 * pool's roles as `aws cognito-identity get-identity-pool-roles` prints them (`{"IdentityPoolId", "Roles":
 * {"authenticated", "unauthenticated"}, "RoleMappings"}`, Amazon Cognito API Reference, GetIdentityPoolRoles).
 */
export interface RolePiece {
  roleArn?: string;
  identityPool?: IdentityPoolEvidence;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const isBag = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

const ROLE_EXPECTED =
  'Expected the role ARN (arn:aws:iam::123456789012:role/name), `aws iam get-role` output, or `aws cognito-identity get-identity-pool-roles` output.';

export function readRolePiece(input: string): RolePiece {
  const trimmed = input.trim().replace(/^["']|["']$/g, '');
  if (ROLE_ARN.test(trimmed)) return { roleArn: trimmed };
  const value = trimmed.length <= 200_000 ? findLooseValue(trimmed) : undefined;
  if (!isBag(value)) throw new Error(ROLE_EXPECTED);
  const roleArn = text((value.Role as Record<string, unknown> | undefined)?.Arn);
  if (roleArn && ROLE_ARN.test(roleArn)) return { roleArn };
  const roles = value.Roles;
  if (isBag(roles)) {
    const authenticated = text(roles.authenticated);
    const unauthenticated = text(roles.unauthenticated);
    const mappings = value.RoleMappings;
    return {
      ...(authenticated && ROLE_ARN.test(authenticated) ? { roleArn: authenticated } : {}),
      identityPool: {
        roles: {
          ...(authenticated ? { authenticated } : {}),
          ...(unauthenticated ? { unauthenticated } : {}),
        },
        ...(isBag(mappings) ? { roleMappings: mappings } : {}),
      },
    };
  }
  throw new Error(ROLE_EXPECTED);
}
