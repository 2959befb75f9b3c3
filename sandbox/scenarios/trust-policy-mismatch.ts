import type { Scenario } from '../src/scenario.ts';
import { baseAccount, cognitoTrustPolicy } from './base-account.ts';

const base = baseAccount();
const OLD_IDENTITY_POOL_ID = 'us-east-1:0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a';

/**
 * The authenticated role's trust policy still names the old identity pool in `cognito-identity.amazonaws.com:aud`,
 * so Cognito cannot assume it: the enhanced flow answers InvalidIdentityPoolConfigurationException.
 */
export const trustPolicyMismatch: Scenario = {
  ...base,
  id: 'trust-policy-mismatch',
  title: 'Role trust policy names another identity pool',
  description: `The authenticated role trusts identity pool ${OLD_IDENTITY_POOL_ID}, not this one; GetCredentialsForIdentity fails.`,
  expected: 'trust-policy-mismatch',
  roles: base.roles.map((role) =>
    role.name === 'authtrace-demo-authenticated'
      ? { ...role, trustPolicy: cognitoTrustPolicy(OLD_IDENTITY_POOL_ID, 'authenticated') }
      : role,
  ),
};
