import type { Scenario } from '../src/scenario.ts';
import { cognitoSessionArn, withListNotesResolver } from './amplify-api.ts';
import { baseAccount, OLD_ACCOUNT_ID } from './base-account.ts';

const base = baseAccount();

/** The identity pool and auth role of the account the app was deployed from (before the move). */
const OLD_IDENTITY_POOL_ID = 'us-east-1:0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f';
const OLD_AUTH_ROLE = `arn:aws:iam::${OLD_ACCOUNT_ID}:role/amplify-notesapp-dev-123456-authRole`;
const OLD_UNAUTH_ROLE = `arn:aws:iam::${OLD_ACCOUNT_ID}:role/amplify-notesapp-dev-123456-unauthRole`;

/**
 * Gen 1 `@auth(rules: [{ allow: private, provider: iam }])`: the resolver still admits the old account's auth role
 * and identity pool baked in at deploy time, so the new pool's role is allowed by IAM and refused by the resolver
 * (aws-amplify/amplify-category-api #100, #544, #749, #2291, #2915; amplify-cli #9635, #10586, #11073).
 */
export const resolverAllowListStale: Scenario = {
  ...base,
  id: 'resolver-allow-list-stale',
  title: 'Resolver allow-list from before a move',
  description:
    'IAM allows the new identity pool’s role, but the Amplify-generated resolver still names the old auth role and identity pool: 200 with "Not Authorized to access listNotes on type Query".',
  expected: 'resolver-allow-list-stale',
  api: withListNotesResolver(base.api, {
    generation: 'gen1',
    authRole: cognitoSessionArn(OLD_AUTH_ROLE),
    unauthRole: cognitoSessionArn(OLD_UNAUTH_ROLE),
    identityPoolId: OLD_IDENTITY_POOL_ID,
    adminRoles: [],
    rules: [{ allow: 'private', provider: 'iam' }],
  }),
};
