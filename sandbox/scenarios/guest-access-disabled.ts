import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The app asks for credentials without the ID token while the identity pool does not allow guests: GetId answers
 * NotAuthorizedException "Unauthenticated access is not supported for this identity pool." (aws/aws-sdk-js-v3 #3113,
 * aws-amplify/amplify-js #1089). The same failure mode as guest credentials with guests on: no Logins were sent; the
 * pool's guest setting only decides which symptom follows.
 */
export const guestAccessDisabled: Scenario = {
  ...base,
  id: 'guest-access-disabled',
  title: 'App calls without logins; the identity pool refuses guests',
  description:
    'The app fetches credentials without the ID token, and the identity pool does not allow unauthenticated identities: GetId is refused.',
  expected: 'guest-credentials-used',
  identityPool: { ...base.identityPool, allowUnauthenticatedIdentities: false },
  testRun: { credentials: 'guest' },
};
