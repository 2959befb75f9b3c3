import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The app signs the request with identity pool credentials that have expired: the pool issues them for one second
 * (AWS: one hour) and the run waits two seconds before the request (run variant), as an app that keeps credentials
 * past their expiration. Amplify caches credentials for 50 minutes by its own clock and does not look at their
 * expiration, so it signs with them; AppSync answers 401 ExpiredTokenException.
 */
export const credentialsExpired: Scenario = {
  ...base,
  id: 'credentials-expired',
  title: 'Credentials expired when the request was signed',
  description:
    'The identity pool credentials expire one second after issue and the request is sent two seconds later: AppSync refuses the expired security token.',
  expected: 'credentials-expired',
  identityPool: { ...base.identityPool, credentialsLifetimeSeconds: 1 },
  testRun: { delayBeforeRequestMs: 2000 },
};
