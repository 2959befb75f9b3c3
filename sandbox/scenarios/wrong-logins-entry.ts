import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The app gets its credentials with the AWS SDK and builds `Logins` itself, with the access token where the ID token
 * belongs (amazon-cognito-identity-js #12): GetId answers "Invalid login token. Missing a required claim: aud".
 */
export const wrongLoginsEntry: Scenario = {
  ...base,
  id: 'wrong-logins-entry',
  title: 'The app sends the access token to the identity pool',
  description:
    'The app calls GetId with the AWS SDK and puts the access token, which has no aud claim, in Logins instead of the ID token.',
  expected: 'wrong-logins-entry',
  testRun: { sdkLogins: { key: 'provider-name', token: 'access' } },
};

/** The same mistake in the key: the user pool id alone (amazon-cognito-identity-js #7, #40). */
export const wrongLoginsKey: Scenario = {
  ...wrongLoginsEntry,
  id: 'wrong-logins-key',
  title: 'The app’s Logins key is the user pool id alone',
  description: `The app calls GetId with the AWS SDK and keys Logins by ${base.userPool.id} instead of the provider name; the identity pool answers "Issuer doesn't match providerName".`,
  testRun: { sdkLogins: { key: 'user-pool-id', token: 'id' } },
};
