import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_BY_SERVICE } from './cors.ts';
import { startSandbox, type RunningSandbox } from './server.ts';

let sandbox: RunningSandbox;
const ORIGIN = 'http://127.0.0.1:5173';

beforeAll(async () => {
  sandbox = await startSandbox({ scenarioId: 'healthy', port: 0 });
});
afterAll(() => sandbox.close());

const form = (body: string) => ({
  method: 'POST',
  headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body,
});
const json = (target: string) => ({
  method: 'POST',
  headers: { origin: ORIGIN, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
  body: '{}',
});

describe('sandbox CORS, per service as on AWS', () => {
  it('every rule names its source', () => {
    for (const rule of Object.values(CORS_BY_SERVICE)) expect(rule.source).toMatch(/aws\//);
  });

  it('IAM answers without CORS, so a browser cannot read it', async () => {
    const response = await fetch(sandbox.url, form('Action=GetRole&RoleName=x&Version=2010-05-08'));
    expect(response.status).toBeGreaterThanOrEqual(400); // unsigned: refused, and unreadable to a browser either way
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('AppSync’s control plane answers without CORS', async () => {
    const response = await fetch(`${sandbox.url}/v1/apis/abc`, { headers: { origin: ORIGIN } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each([
    ['STS', form('Action=AssumeRoleWithWebIdentity&Version=2011-06-15')],
    ['CloudTrail', json('CloudTrail_20131101.LookupEvents')],
    ['CloudWatch Logs', json('Logs_20140328.FilterLogEvents')],
    ['the identity pool', json('AWSCognitoIdentityService.GetId')],
    ['the user pool', json('AWSCognitoIdentityProviderService.InitiateAuth')],
  ])('%s answers with CORS', async (_, init) => {
    const response = await fetch(sandbox.url, init);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('the AppSync GraphQL endpoint answers with CORS', async () => {
    const response = await fetch(`${sandbox.url}/graphql`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('preflights pass (one origin for every service), the admin API answers with CORS', async () => {
    const preflight = await fetch(sandbox.url, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const health = await fetch(`${sandbox.url}/__sandbox/health`, { headers: { origin: ORIGIN } });
    expect(health.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('the unconfirmed switch exposedHeaders: none drops Access-Control-Expose-Headers from service answers only', async () => {
    const init = json('AWSCognitoIdentityService.GetId');
    const listed = await fetch(sandbox.url, init);
    expect(listed.headers.get('access-control-expose-headers')).toContain('x-amzn-ErrorType');
    sandbox.switchScenario('healthy', { unconfirmed: { exposedHeaders: 'none' } });
    try {
      const none = await fetch(sandbox.url, init);
      expect(none.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(none.headers.get('access-control-expose-headers')).toBeNull();
      const admin = await fetch(`${sandbox.url}/__sandbox/health`, { headers: { origin: ORIGIN } });
      expect(admin.headers.get('access-control-expose-headers')).not.toBeNull();
    } finally {
      sandbox.switchScenario('healthy');
    }
  });
});
