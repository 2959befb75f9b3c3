import type { Scenario } from '../src/scenario.ts';
import { UNAUTH_ROLE_ARN, baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The identity pool has no authenticated role (it was never set after the move): GetCredentialsForIdentity fails
 * for signed-in users, with no STS call behind it. The read-only principal may read the pool's roles.
 */
export const noAuthenticatedRole: Scenario = {
  ...base,
  id: 'no-authenticated-role',
  title: 'Identity pool has no authenticated role',
  description:
    'Sign-in works, but the identity pool has only an unauthenticated role: GetCredentialsForIdentity fails for signed-in users.',
  expected: 'no-authenticated-role',
  identityPool: { ...base.identityPool, roles: { unauthenticated: UNAUTH_ROLE_ARN } },
};
