import { describe, expect, it } from 'vitest';
import { AUTH_ROLE_ARN, IDENTITY_POOL_ID, PROVIDER_NAME } from '../../scenarios/base-account.ts';
import { healthy } from '../../scenarios/healthy.ts';
import { trustPolicyMismatch } from '../../scenarios/trust-policy-mismatch.ts';
import { AwsError } from '../http.ts';
import type { Scenario } from '../scenario.ts';
import { formRequest, idTokenFor, jsonRequest, testContext } from '../test-support/identity-fixtures.ts';
import { handleCognitoIdentity } from './cognito-identity.ts';
import { handleSts } from './sts.ts';

/** The basic flow: GetId, GetOpenIdToken, then STS with the Cognito identity token. */
async function basicFlow(scenario: Scenario) {
  const { ctx, clock } = testContext(scenario);
  const Logins = { [PROVIDER_NAME]: await idTokenFor(ctx) };
  const idResponse = await handleCognitoIdentity(
    jsonRequest('GetId', { IdentityPoolId: IDENTITY_POOL_ID, Logins }),
    ctx,
  );
  const { IdentityId } = JSON.parse(idResponse.body) as { IdentityId: string };
  const tokenResponse = await handleCognitoIdentity(jsonRequest('GetOpenIdToken', { IdentityId, Logins }), ctx);
  const { Token } = JSON.parse(tokenResponse.body) as { Token: string };
  const assume = (params: Record<string, string> = {}) =>
    handleSts(
      formRequest({
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: AUTH_ROLE_ARN,
        RoleSessionName: 'basic-flow',
        WebIdentityToken: Token,
        ...params,
      }),
      ctx,
    );
  return { ctx, clock, identityId: IdentityId, assume };
}

async function failure(promise: Promise<unknown>): Promise<AwsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(error)}`);
  return error;
}

describe('STS AssumeRoleWithWebIdentity (basic flow)', () => {
  it('answers STS XML with credentials and records the call', async () => {
    const { ctx, identityId, assume } = await basicFlow(healthy);
    const response = await assume();
    expect(response.status).toBe(200);
    expect(response.body).toContain(
      '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
    );
    expect(response.body).toContain(`<SubjectFromWebIdentityToken>${identityId}</SubjectFromWebIdentityToken>`);
    expect(response.body).toContain(`<Audience>${IDENTITY_POOL_ID}</Audience>`);
    expect(response.body).toContain(
      '<Arn>arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/basic-flow</Arn>',
    );
    const accessKeyId = /<AccessKeyId>(\w+)<\/AccessKeyId>/.exec(response.body)?.[1] ?? '';
    expect(ctx.credentials.get(accessKeyId)?.sessionName).toBe('basic-flow');
    expect(ctx.trail[0]?.record).toMatchObject({
      userAgent: 'vitest',
      requestParameters: { roleSessionName: 'basic-flow' },
      responseElements: { credentials: { accessKeyId } },
    });
  });

  it('answers AccessDenied when the trust policy does not admit the identity', async () => {
    const { ctx, assume } = await basicFlow(trustPolicyMismatch);
    expect(await failure(assume())).toMatchObject({
      status: 403,
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      protocol: 'query',
    });
    expect(ctx.trail[0]?.record.errorCode).toBe('AccessDenied');
  });

  it('rejects an expired token and a longer session than the role allows', async () => {
    const { clock, assume } = await basicFlow(healthy);
    expect((await failure(assume({ DurationSeconds: '7200' }))).code).toBe('ValidationError');
    clock.now += 11 * 60_000;
    expect((await failure(assume())).code).toBe('ExpiredTokenException');
  });
});
