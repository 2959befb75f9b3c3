import { describe, expect, it } from 'vitest';
import { healthy } from '../../scenarios/healthy.ts';
import { rolePolicyResourceMismatch } from '../../scenarios/role-policy-resource-mismatch.ts';
import { appSyncLogGroup } from '../appsync/logs.ts';
import { createContext, type SandboxContext } from '../context.ts';
import type { SandboxRequest } from '../http.ts';
import type { Scenario } from '../scenario.ts';
import { issueCredentials, signedRequest } from '../test-support/sign.ts';
import { handleAppSync } from './appsync.ts';

const QUERY = JSON.stringify({ query: 'query ListNotes {\n  listNotes {\n    id\n    title\n  }\n}', variables: {} });

async function iamRequest(ctx: SandboxContext, overrides: { region?: string; service?: string } = {}) {
  const credentials = issueCredentials(ctx);
  return signedRequest({
    service: overrides.service ?? 'appsync',
    region: overrides.region ?? ctx.scenario.api.region,
    credentials,
    body: QUERY,
    path: '/graphql',
    signedAt: ctx.now(),
  });
}

function unsigned(headers: Record<string, string>): SandboxRequest {
  return {
    method: 'POST',
    path: '/graphql',
    query: new URLSearchParams(),
    headers: { host: '127.0.0.1:4510', 'content-type': 'application/json', ...headers },
    body: Buffer.from(QUERY),
  };
}

function errorsOf(body: string): unknown {
  return (JSON.parse(body) as { errors: unknown }).errors;
}

describe('handleAppSync', () => {
  it('answers data for a role allowed on this API', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const response = await handleAppSync(await iamRequest(ctx), ctx);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      data: { listNotes: [expect.objectContaining({ id: 'n-1' }), expect.objectContaining({ id: 'n-2' })] },
    });
    expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 UnauthorizedException when the role’s policy names another API, and logs it', async () => {
    const ctx = createContext(rolePolicyResourceMismatch, 'http://127.0.0.1:4510');
    const response = await handleAppSync(await iamRequest(ctx), ctx);
    expect(response.status).toBe(401);
    expect(response.headers['x-amzn-errortype']).toBe('UnauthorizedException');
    expect(errorsOf(response.body)).toEqual([{ errorType: 'UnauthorizedException', message: 'Permission denied' }]);
    const requestId = response.headers['x-amzn-requestid'] ?? '';
    const lines = (ctx.logs.get(appSyncLogGroup(ctx.scenario.api.id)) ?? []).map((e) => e.message);
    expect(lines[0]).toMatch(new RegExp(`^${requestId} Request Headers: \\{.*host=\\[127\\.0\\.0\\.1:4510\\]`));
    expect(lines.join('\n')).not.toContain('Signature=');
    expect(lines).toContain(`${requestId} Response Headers: {x-amzn-ErrorType=UnauthorizedException}`);
    const summary = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
    expect(summary).toMatchObject({
      logType: 'RequestSummary',
      requestId,
      graphQLAPIId: ctx.scenario.api.id,
      statusCode: 401,
    });
    expect(Number.isInteger(summary.latency)).toBe(true);
  });

  it('answers 403 InvalidSignatureException for a request signed for another region or service', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const wrongRegion = await handleAppSync(await iamRequest(ctx, { region: 'eu-west-1' }), ctx);
    expect([wrongRegion.status, wrongRegion.headers['x-amzn-errortype']]).toEqual([403, 'InvalidSignatureException']);
    expect(errorsOf(wrongRegion.body)).toEqual([
      {
        errorType: 'InvalidSignatureException',
        message: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
      },
    ]);
    const wrongService = await handleAppSync(await iamRequest(ctx, { service: 'execute-api' }), ctx);
    expect(errorsOf(wrongService.body)).toEqual([
      {
        errorType: 'InvalidSignatureException',
        message: "Credential should be scoped to correct service: 'appsync'. ",
      },
    ]);
  });

  it('refuses requests with no usable authorization', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const none = await handleAppSync(unsigned({}), ctx);
    expect([none.status, errorsOf(none.body)]).toEqual([
      401,
      [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
    ]);
    const garbageJwt = await handleAppSync(unsigned({ authorization: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }), ctx);
    expect(errorsOf(garbageJwt.body)).toEqual([
      { errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' },
    ]);
  });

  it('answers a request whose Host was rewritten in front of it with the canonical-request echo', async () => {
    const forwardedHost = 'x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com';
    const ctx = createContext({ ...healthy, api: { ...healthy.api, forwardedHost } }, 'http://127.0.0.1:4510');
    const response = await handleAppSync(await iamRequest(ctx), ctx);
    // aws-amplify/amplify-js #8058 (custom domain), #2422 (403); the echo: aws-mobile-appsync-sdk-js #561.
    expect([response.status, response.headers['x-amzn-errortype']]).toEqual([403, 'InvalidSignatureException']);
    const [error] = errorsOf(response.body) as { message: string }[];
    expect(error?.message).toContain(`host:${forwardedHost}\n`);
    expect(error?.message).toMatch(/\nx-amz-security-token:[^\n]{8,}\n/);
  });

  it('reads a user pool JWT on an IAM-only API as a broken signature, echoing the token', async () => {
    const scenario: Scenario = { ...healthy, api: { ...healthy.api, additionalAuthTypes: [] } };
    const ctx = createContext(scenario, 'http://127.0.0.1:4510');
    const jwt = 'eyJraWQiOiJrIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJzIn0.c2lnbmF0dXJl';
    const response = await handleAppSync(unsigned({ authorization: jwt }), ctx);
    // aws-amplify/amplify-js #2035, #7906.
    expect([response.status, response.headers['x-amzn-errortype']]).toEqual([403, 'IncompleteSignatureException']);
    expect(errorsOf(response.body)).toEqual([
      {
        errorType: 'IncompleteSignatureException',
        message:
          "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
          "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either " +
          `a 'X-Amz-Date' or a 'Date' header. Authorization=${jwt}`,
      },
    ]);
  });

  it('reads a SigV4 header as a broken JWT when the API has no AWS_IAM mode', async () => {
    const scenario: Scenario = {
      ...healthy,
      api: { ...healthy.api, defaultAuthType: 'AMAZON_COGNITO_USER_POOLS', additionalAuthTypes: [] },
    };
    const ctx = createContext(scenario, 'http://127.0.0.1:4510');
    const response = await handleAppSync(await iamRequest(ctx), ctx);
    expect([response.status, errorsOf(response.body)]).toEqual([
      401,
      [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }],
    ]);
  });

  it('answers 400 MalformedHttpRequestException for an empty body', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const credentials = issueCredentials(ctx);
    const request = await signedRequest({
      service: 'appsync',
      region: 'us-east-1',
      credentials,
      body: '',
      path: '/graphql',
      signedAt: ctx.now(),
    });
    const response = await handleAppSync(request, ctx);
    expect([response.status, errorsOf(response.body)]).toEqual([
      400,
      [{ errorType: 'MalformedHttpRequestException', message: 'Request body is empty.' }],
    ]);
  });
});
