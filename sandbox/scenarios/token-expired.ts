import type { Scenario } from '../src/scenario.ts';
import { baseAccount } from './base-account.ts';

const base = baseAccount();

/**
 * The ID token the app presents to the identity pool has already expired: the user pool here stamps its tokens two
 * hours in the past (Amplify measures its clock drift from the token's `iat` and still takes the token for valid), so
 * GetId answers NotAuthorizedException "Invalid login token. Token expired: …".
 */
export const tokenExpired: Scenario = {
  ...base,
  id: 'token-expired',
  title: 'ID token expired before credentials were requested',
  description:
    'The ID token sent to the identity pool expired an hour before the call (it was issued two hours earlier); GetId refuses it.',
  expected: 'token-expired',
  clockOffsetsSeconds: { 'cognito-idp': -7200 },
};
