import type { Scenario } from '../src/scenario.ts';
import { PROVIDER_NAME, baseAccount } from './base-account.ts';

const base = baseAccount();
/** The identity of the user who used the device before: the app kept it in its store. */
const PREVIOUS_USERS_IDENTITY = 'us-east-1:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

/**
 * The app's identity id store still holds another user's identity id, which Amplify v6 presents as is: the identity
 * pool refuses it with "Access to Identity '…' is forbidden." (aws-amplify/amplify-js #5696; amplify-swift #4278).
 */
export const staleIdentityId: Scenario = {
  ...base,
  id: 'stale-identity-id',
  title: 'The app presents another user’s cached identity id',
  description: `The app's store still holds identity ${PREVIOUS_USERS_IDENTITY} of the previous user; Amplify presents it with the new user's login.`,
  expected: 'stale-identity-id',
  identityPool: {
    ...base.identityPool,
    knownIdentities: [
      { identityId: PREVIOUS_USERS_IDENTITY, providerName: PROVIDER_NAME, sub: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' },
    ],
  },
  testRun: { cachedIdentityId: PREVIOUS_USERS_IDENTITY },
};
