import { describe, expect, it } from 'vitest';
import { DEPLOYED_HERE } from '../scenarios/amplify-api.ts';
import { AUTH_ROLE_ARN } from '../scenarios/base-account.ts';
import {
  callerRoleNotAdmin,
  EXPORT_FUNCTION_NAME,
  EXPORT_FUNCTION_ROLE_ARN,
} from '../scenarios/caller-role-not-admin.ts';
import { healthy } from '../scenarios/healthy.ts';
import { runAmplifyCheck } from './appsync/amplify-auth.ts';
import { AwsError } from './http.ts';
import type { Scenario } from './scenario.ts';
import { handleSts } from './services/sts.ts';
import { issueCredentials, signedRequest } from './test-support/sign.ts';
import { testContext } from './test-support/identity-fixtures.ts';
import { trailOf } from './trail.ts';

async function assumeAs(scenario: Scenario, roleArn = EXPORT_FUNCTION_ROLE_ARN) {
  const { ctx, clock } = testContext(scenario);
  const source = issueCredentials(ctx, { roleArn: AUTH_ROLE_ARN });
  const body = new URLSearchParams({
    Action: 'AssumeRole',
    Version: '2011-06-15',
    RoleArn: roleArn,
    RoleSessionName: EXPORT_FUNCTION_NAME,
  }).toString();
  const request = await signedRequest({
    service: 'sts',
    region: 'us-east-1',
    credentials: source,
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-amz-security-token': source.sessionToken },
    signedAt: clock.now,
  });
  const outcome = await handleSts(request, ctx).then(
    (response) => ({ response }),
    (error: unknown) => ({ error }),
  );
  return { ctx, source, outcome };
}

describe('STS AssumeRole (signed)', () => {
  it('issues the role session, records AssumeRole in CloudTrail with the caller and the issued key', async () => {
    const { ctx, source, outcome } = await assumeAs(callerRoleNotAdmin);
    if (!('response' in outcome)) throw new Error(`AssumeRole failed: ${String(outcome.error)}`);
    const { body } = outcome.response;
    expect(body).toContain('<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">');
    const sessionArn = `arn:aws:sts::111122223333:assumed-role/${EXPORT_FUNCTION_ROLE_ARN.split('/')[1]}/${EXPORT_FUNCTION_NAME}`;
    expect(body).toContain(`<Arn>${sessionArn}</Arn>`);
    const accessKeyId = /<AccessKeyId>(\w+)<\/AccessKeyId>/.exec(body)?.[1] ?? '';
    expect(ctx.credentials.get(accessKeyId)?.roleArn).toBe(EXPORT_FUNCTION_ROLE_ARN);
    const events = (await trailOf(ctx)).filter((e) => e.record.eventName === 'AssumeRole');
    expect(events).toHaveLength(1);
    const record = events[0]?.record;
    expect(record?.eventSource).toBe('sts.amazonaws.com');
    expect(record?.requestParameters).toMatchObject({ roleArn: EXPORT_FUNCTION_ROLE_ARN });
    expect(record?.responseElements).toMatchObject({
      credentials: { accessKeyId },
      assumedRoleUser: { arn: sessionArn },
    });
    expect(record?.userIdentity).toMatchObject({ type: 'AssumedRole', accessKeyId: source.accessKeyId });
  });

  it('refuses a caller whose policies do not allow sts:AssumeRole, with IAM’s text, and records nothing', async () => {
    const { ctx, outcome } = await assumeAs(healthy);
    if (!('error' in outcome) || !(outcome.error instanceof AwsError)) throw new Error('expected AccessDenied');
    expect(outcome.error.status).toBe(403);
    expect(outcome.error.code).toBe('AccessDenied');
    expect(outcome.error.message).toBe(
      `User: arn:aws:sts::111122223333:assumed-role/authtrace-demo-authenticated/CognitoIdentityCredentials is not authorized to perform: sts:AssumeRole on resource: ${EXPORT_FUNCTION_ROLE_ARN}`,
    );
    expect((await trailOf(ctx)).some((e) => e.record.eventName === 'AssumeRole')).toBe(false);
  });
});

describe('the generated check for a function role', () => {
  const check = callerRoleNotAdmin.api.resolvers?.[0]?.auth;
  if (!check) throw new Error('scenario lacks its resolver');
  const identity = (userArn: string) => ({ mode: 'AWS_IAM' as const, identity: { userArn } });

  it('refuses the function’s session: not the auth role, no identity pool, not an admin role', () => {
    const session = `arn:aws:sts::111122223333:assumed-role/${EXPORT_FUNCTION_ROLE_ARN.split('/')[1]}/${EXPORT_FUNCTION_NAME}`;
    expect(runAmplifyCheck(check, identity(session)).allowed).toBe(false);
  });

  it('admits the function that was given access, and the pool’s authenticated role', () => {
    expect(
      runAmplifyCheck(check, identity(`arn:aws:sts::111122223333:assumed-role/${check.adminRoles[0]}-9ZZ/fn`)).allowed,
    ).toBe(true);
    expect(runAmplifyCheck(check, identity(DEPLOYED_HERE.authRole)).allowed).toBe(true);
  });
});
