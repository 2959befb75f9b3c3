import type { Scenario } from '../src/scenario.ts';
import { PROVIDER_NAME, baseAccount } from './base-account.ts';

const base = baseAccount();
/** The app client the identity pool was set up with, before the app got a new one. */
const OLD_CLIENT_ID = '7h2k9m4p6r8t0v1x3z5b7d9f1g';

/**
 * The app signs in with a new app client, but the identity pool still lists the old one as its provider: Cognito
 * identity refuses the ID token at GetId with NotAuthorizedException "Token is not from a supported provider of this
 * identity pool."
 */
export const providerNotConfigured: Scenario = {
  ...base,
  id: 'provider-not-configured',
  title: 'Identity pool does not list this app client',
  description: `The identity pool's user pool provider names app client ${OLD_CLIENT_ID}, not the app's ${base.userPool.clients[0]?.clientId ?? ''}; GetId refuses the ID token.`,
  expected: 'provider-not-configured',
  identityPool: { ...base.identityPool, providers: [{ providerName: PROVIDER_NAME, clientId: OLD_CLIENT_ID }] },
};
