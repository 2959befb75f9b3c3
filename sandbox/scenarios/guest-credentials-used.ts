import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The app calls AppSync with guest credentials: its ID token is not attached to the identity pool call (run
 * variant `credentials: 'guest'`), guest access is on, and the unauthenticated role may not call the API: 401.
 */
export const guestCredentialsUsed: Scenario = {
  ...base,
  id: 'guest-credentials-used',
  title: 'Guest credentials used after sign-in',
  description:
    'The identity pool allows guests and the app fetches credentials without the ID token, so the request is signed with the unauthenticated role, which has no AppSync permission.',
  expected: 'guest-credentials-used',
  identityPool: { ...base.identityPool, allowUnauthenticatedIdentities: true },
  testRun: { credentials: 'guest' },
};
