import { describe, expect, it } from 'vitest';
import { clockSkew } from '../scenarios/clock-skew.ts';
import { credentialsExpired } from '../scenarios/credentials-expired.ts';
import { healthy } from '../scenarios/healthy.ts';
import { createContext } from './context.ts';
import { issueCredentials, signedRequest } from './test-support/sign.ts';
import { handleAppSync } from './services/appsync.ts';
import { handleCognitoIdentity } from './services/cognito-identity.ts';
import { IDENTITY_POOL_ID, PROVIDER_NAME } from '../scenarios/base-account.ts';
import { idTokenFor, jsonRequest } from './test-support/identity-fixtures.ts';

const QUERY = JSON.stringify({ query: '{ listNotes { id } }' });

describe('per-service clocks and credential lifetime', () => {
  it('adds a service’s own offset to the account clock', () => {
    const ctx = createContext({ ...healthy, clockOffsetsSeconds: { appsync: 600 } }, 'http://127.0.0.1:4510');
    expect(Math.round((ctx.now('appsync') - ctx.now()) / 1000)).toBe(600);
    expect(Math.round((ctx.now('cognito-identity') - ctx.now()) / 1000)).toBe(0);
  });

  it('makes AppSync refuse a signature made by the true clock as expired', async () => {
    const ctx = createContext(structuredClone(clockSkew), 'http://127.0.0.1:4510');
    const request = await signedRequest({
      service: 'appsync',
      region: ctx.scenario.api.region,
      credentials: issueCredentials(ctx),
      body: QUERY,
      path: '/graphql',
      signedAt: ctx.now(),
    });
    const response = await handleAppSync(request, ctx);
    // AppSync answers a stale signature with 400 BadRequestException (aws-amplify/amplify-js #11480).
    expect(response.status).toBe(400);
    expect(response.headers['x-amzn-errortype']).toBe('BadRequestException');
    expect(response.body).toContain('Signature expired');
  });

  it('issues identity pool credentials for the scenario’s lifetime', async () => {
    const ctx = createContext(structuredClone(credentialsExpired), 'http://127.0.0.1:4510');
    const Logins = { [PROVIDER_NAME]: await idTokenFor(ctx) };
    const call = async (operation: string, body: Record<string, unknown>) =>
      JSON.parse((await handleCognitoIdentity(jsonRequest(operation, body), ctx)).body) as Record<string, unknown>;
    const { IdentityId } = await call('GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins });
    const { Credentials } = (await call('GetCredentialsForIdentity', { IdentityId, Logins })) as {
      Credentials: { Expiration: number };
    };
    expect(Credentials.Expiration - Math.floor(ctx.now() / 1000)).toBeLessThanOrEqual(1);
  });
});
