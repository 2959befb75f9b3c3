import { describe, expect, it } from 'vitest';
import { healthy } from '../scenarios/healthy.ts';
import { createContext, type SandboxContext } from './context.ts';
import { AwsError, type Protocol, type SandboxRequest } from './http.ts';
import { verifySigV4 } from './sigv4.ts';
import { issueCredentials, signedRequest, type SignOptions } from './test-support/sign.ts';

function makeContext(): SandboxContext {
  return createContext(healthy, 'http://127.0.0.1:4510');
}

function readOnlySign(ctx: SandboxContext, overrides: Partial<SignOptions> = {}): Promise<SandboxRequest> {
  return signedRequest({
    service: 'cloudtrail',
    region: 'us-east-1',
    credentials: ctx.scenario.readOnly,
    body: '{"MaxResults":50}',
    signedAt: ctx.now(),
    ...overrides,
  });
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; message: string; protocol: Protocol }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(error)}`);
  return { status: error.status, code: error.code, message: error.message, protocol: error.protocol };
}

const json = { service: 'cloudtrail', protocol: 'json' } as const;

describe('verifySigV4', () => {
  it('accepts the read-only principal signed by the AWS SDK signer', async () => {
    const ctx = makeContext();
    const caller = await verifySigV4(await readOnlySign(ctx), ctx, json);
    expect(caller).toEqual({ accessKeyId: ctx.scenario.readOnly.accessKeyId, kind: 'readonly', region: 'us-east-1' });
  });

  it('accepts issued temporary credentials with their session token', async () => {
    const ctx = makeContext();
    const credentials = issueCredentials(ctx);
    const request = await readOnlySign(ctx, { service: 'appsync', credentials, path: '/graphql' });
    const caller = await verifySigV4(request, ctx, { service: 'appsync', protocol: 'rest-json' });
    expect(caller.kind).toBe('temporary');
    expect(caller.credentials?.roleArn).toBe(credentials.roleArn);
  });

  it('answers a credential without 5 slash-delimited parts in AWS’s words (mhart/aws4 #97)', async () => {
    const ctx = makeContext();
    const request = await readOnlySign(ctx);
    const short = `${ctx.scenario.readOnly.accessKeyId}/us-east-1/cloudtrail/aws4_request`;
    request.headers.authorization = (request.headers.authorization ?? '').replace(
      /Credential=[^,]+/,
      `Credential=${short}`,
    );
    expect(await failure(verifySigV4(request, ctx, json))).toMatchObject({
      status: 400,
      code: 'IncompleteSignatureException',
      message: `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${short}'`,
    });
  });

  it.each([false, true])('rejects a tampered body (x-amz-content-sha256 sent: %s)', async (applyChecksum) => {
    const ctx = makeContext();
    const request = await readOnlySign(ctx, { applyChecksum });
    expect('x-amz-content-sha256' in request.headers).toBe(applyChecksum);
    request.body = Buffer.from('{"MaxResults":1}');
    expect(await failure(verifySigV4(request, ctx, json))).toMatchObject({
      status: 400,
      code: 'InvalidSignatureException',
      message: expect.stringMatching(/^The request signature we calculated does not match/),
    });
    expect(await failure(verifySigV4(request, ctx, { service: 'cloudtrail', protocol: 'query' }))).toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('rejects a wrong secret key', async () => {
    const ctx = makeContext();
    const credentials = { ...ctx.scenario.readOnly, secretAccessKey: 'not-the-secret' };
    const error = await failure(verifySigV4(await readOnlySign(ctx, { credentials }), ctx, json));
    expect(error.code).toBe('InvalidSignatureException');
  });

  it('echoes the canonical request on a mismatch, session token included, as AWS does', async () => {
    const ctx = makeContext();
    const issued = issueCredentials(ctx);
    const credentials = { ...issued, secretAccessKey: 'not-the-secret' };
    const request = await readOnlySign(ctx, { service: 'appsync', credentials, path: '/graphql' });
    const error = await failure(verifySigV4(request, ctx, { service: 'appsync', protocol: 'rest-json' }));
    expect(error).toMatchObject({ status: 403, code: 'InvalidSignatureException' });
    // awslabs/aws-mobile-appsync-sdk-js #561: "The Canonical String for this request should have been\n'POST…".
    expect(error.message).toContain("\n\nThe Canonical String for this request should have been\n'POST\n/graphql\n");
    expect(error.message).toContain(`x-amz-security-token:${issued.sessionToken}\n`);
    expect(error.message).toContain("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n");
    // The query protocol answers the sentence alone.
    const query = await failure(verifySigV4(request, ctx, { service: 'appsync', protocol: 'query' }));
    expect(query.message).not.toContain('Canonical String');
  });

  it('names a wrong region or service in the credential scope', async () => {
    const ctx = makeContext();
    const wrongRegion = await readOnlySign(ctx, { region: 'eu-west-1' });
    expect((await failure(verifySigV4(wrongRegion, ctx, json))).message).toBe(
      "Credential should be scoped to a valid region, not 'eu-west-1'. ",
    );
    const wrongService = await readOnlySign(ctx, { service: 'execute-api' });
    expect(await failure(verifySigV4(wrongService, ctx, { service: 'appsync', protocol: 'rest-json' }))).toEqual({
      status: 403,
      code: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'appsync'. ",
      protocol: 'rest-json',
    });
  });

  it('answers clock skew beyond 5 minutes with AWS’s Signature expired / not yet current texts', async () => {
    const ctx = makeContext();
    ctx.now = () => Date.UTC(2026, 0, 10, 12, 0, 0);
    const late = await readOnlySign(ctx, { signedAt: Date.UTC(2026, 0, 10, 11, 50, 0) });
    expect((await failure(verifySigV4(late, ctx, json))).message).toBe(
      'Signature expired: 20260110T115000Z is now earlier than 20260110T115500Z (20260110T120000Z - 5 min.)',
    );
    const early = await readOnlySign(ctx, { signedAt: Date.UTC(2026, 0, 10, 12, 6, 0) });
    expect((await failure(verifySigV4(early, ctx, json))).message).toBe(
      'Signature not yet current: 20260110T120600Z is still later than 20260110T120500Z (20260110T120000Z + 5 min.)',
    );
    const withinSkew = await readOnlySign(ctx, { signedAt: Date.UTC(2026, 0, 10, 12, 4, 0) });
    await expect(verifySigV4(withinSkew, ctx, json)).resolves.toMatchObject({ kind: 'readonly' });
  });

  it('rejects unknown keys and wrong session tokens as an invalid security token', async () => {
    const ctx = makeContext();
    const unknown = await readOnlySign(ctx, {
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' },
    });
    expect(await failure(verifySigV4(unknown, ctx, json))).toMatchObject({
      status: 400,
      code: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
    expect(await failure(verifySigV4(unknown, ctx, { service: 'cloudtrail', protocol: 'query' }))).toMatchObject({
      status: 403,
      code: 'InvalidClientTokenId',
    });
    const credentials = issueCredentials(ctx);
    const wrongToken = await readOnlySign(ctx, { credentials: { ...credentials, sessionToken: 'other' } });
    expect((await failure(verifySigV4(wrongToken, ctx, json))).code).toBe('UnrecognizedClientException');
  });

  it('rejects expired temporary credentials', async () => {
    const ctx = makeContext();
    const credentials = issueCredentials(ctx, { expiration: ctx.now() - 1000 });
    const request = await readOnlySign(ctx, { service: 'appsync', credentials, path: '/graphql' });
    expect(await failure(verifySigV4(request, ctx, { service: 'appsync', protocol: 'rest-json' }))).toMatchObject({
      status: 401,
      code: 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    });
    expect((await failure(verifySigV4(request, ctx, { service: 'appsync', protocol: 'query' }))).code).toBe(
      'ExpiredToken',
    );
  });

  it('asks for an Authorization header when there is none', async () => {
    const ctx = makeContext();
    const request = await readOnlySign(ctx);
    delete request.headers.authorization;
    expect(await failure(verifySigV4(request, ctx, json))).toMatchObject({
      code: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('reports missing Authorization parameters as an incomplete signature', async () => {
    const ctx = makeContext();
    const request = await readOnlySign(ctx);
    request.headers.authorization = 'AWS4-HMAC-SHA256 Credential=AKIA/20260110/us-east-1/cloudtrail/aws4_request';
    const error = await failure(verifySigV4(request, ctx, json));
    expect(error.code).toBe('IncompleteSignatureException');
    expect(error.message).toMatch(/^Authorization header requires 'Signature' parameter\./);
  });
});
