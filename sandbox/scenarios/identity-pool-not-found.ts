import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();
/** The identity pool the app's config still names: the pool of an environment since deleted and recreated. */
const DELETED_POOL_ID = 'us-east-1:9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4';

/**
 * The app's config names an identity pool that no longer exists (aws-amplify/amplify-js #14117, #12888): sign-in
 * works, and Amplify's GetId gets ResourceNotFoundException "IdentityPool '…' not found.".
 */
export const identityPoolNotFound: Scenario = {
  ...base,
  id: 'identity-pool-not-found',
  title: 'The app names an identity pool that does not exist',
  description: `The app's config names identity pool ${DELETED_POOL_ID}, deleted when the environment was recreated; the account's pool is ${base.identityPool.id}.`,
  expected: 'identity-pool-not-found',
  appConfig: { identityPoolId: DELETED_POOL_ID },
};
