import { CloudTrailClient, LookupEventsCommand, type Event } from '@aws-sdk/client-cloudtrail';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/nested-clients/sts';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxConfig } from '../../sandbox/src/config.ts';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { configureAmplify, startTestSandbox, switchScenario } from './support/sandbox.ts';

/**
 * The identity pool, STS and CloudTrail through real clients only: Amplify v6 signs in (SRP) and fetches the
 * session (GetId + GetCredentialsForIdentity), then AWS SDK v3's CloudTrail client finds the STS record.
 */

interface StsRecord {
  errorCode?: string;
  userIdentity: { userName?: string };
  responseElements: { credentials?: { accessKeyId?: string } } | null;
}

function cloudTrail(config: SandboxConfig, maxAttempts = 3): CloudTrailClient {
  return new CloudTrailClient({
    region: config.region,
    endpoint: config.endpoints.cloudtrail,
    credentials: config.readOnlyCredentials,
    maxAttempts,
  });
}

async function stsEventsOf(config: SandboxConfig, identityId: string): Promise<StsRecord[]> {
  const { Events = [] } = await cloudTrail(config).send(
    new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: identityId }] }),
  );
  return Events.filter((e) => e.EventName === 'AssumeRoleWithWebIdentity').map(
    (e) => JSON.parse(e.CloudTrailEvent ?? '{}') as StsRecord,
  );
}

async function signInAs(config: SandboxConfig): Promise<void> {
  configureAmplify(config);
  const result = await signIn({ username: config.testUser.username, password: config.testUser.password });
  expect(result.isSignedIn).toBe(true);
}

describe('identity pool credentials and their CloudTrail record, through Amplify v6 and the CloudTrail SDK', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    ({ sandbox } = await startTestSandbox('healthy'));
  });
  afterEach(async () => {
    await signOut();
  });
  afterAll(() => sandbox.close());

  for (const id of ['healthy', 'role-policy-resource-mismatch']) {
    it(`${id}: fetchAuthSession gets credentials; LookupEvents finds the STS record that issued them`, async () => {
      const config = await switchScenario(sandbox, id);
      await signInAs(config);
      const session = await fetchAuthSession();
      const { credentials, identityId } = session;
      expect(identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
      expect(credentials?.accessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
      expect(credentials?.expiration?.getTime()).toBeGreaterThan(Date.now() + 3_500_000);

      const records = await stsEventsOf(config, identityId ?? '');
      expect(records.map((r) => r.responseElements?.credentials?.accessKeyId)).toContain(credentials?.accessKeyId);
    });
  }

  it('trust-policy-mismatch: fetchAuthSession throws InvalidIdentityPoolConfigurationException; the failed STS call is on record', async () => {
    const config = await switchScenario(sandbox, 'trust-policy-mismatch');
    await signInAs(config);
    const error = await fetchAuthSession().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'InvalidIdentityPoolConfigurationException',
      message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    });
    // Amplify keeps the identity id from GetId; the sandbox made exactly one.
    const [identityId = ''] = sandbox.context().identities.keys();
    const [record] = await stsEventsOf(config, identityId);
    expect(record).toMatchObject({
      errorCode: 'AccessDenied',
      responseElements: null,
      userIdentity: { userName: identityId },
    });
  });

  it('basic flow: GetOpenIdToken, then STS AssumeRoleWithWebIdentity with the real STS client', async () => {
    const config = await switchScenario(sandbox, 'healthy');
    await signInAs(config);
    const { tokens } = await fetchAuthSession();
    const logins = {
      [`cognito-idp.${config.region}.amazonaws.com/${config.amplifyOutputs.auth.user_pool_id}`]:
        tokens?.idToken?.toString(),
    };
    const identity = async (operation: string, body: unknown) => {
      const response = await fetch(config.endpoints.cognitoIdentity, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityService.${operation}`,
        },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, string>;
    };
    const { IdentityId } = await identity('GetId', {
      IdentityPoolId: config.amplifyOutputs.auth.identity_pool_id,
      Logins: logins,
    });
    const { Token } = await identity('GetOpenIdToken', { IdentityId, Logins: logins });
    const sts = new STSClient({ region: config.region, endpoint: config.endpoints.sts });
    const roleArn = `arn:aws:iam::${config.accountId}:role/authtrace-demo-authenticated`;
    const out = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: 'basic-flow',
        WebIdentityToken: Token,
      }),
    );
    expect(out.SubjectFromWebIdentityToken).toBe(IdentityId);
    expect(out.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${config.accountId}:assumed-role/authtrace-demo-authenticated/basic-flow`,
    );
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials?.Expiration).toBeInstanceOf(Date);

    const denied = await sts
      .send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: `arn:aws:iam::${config.accountId}:role/authtrace-demo-unauthenticated`,
          RoleSessionName: 'x',
          WebIdentityToken: Token,
        }),
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(denied).toMatchObject({
      name: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
  });

  it('LookupEvents pages 50 at a time with NextToken and throttles past 2 calls a second', async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/scenario`, {
      method: 'POST',
      body: JSON.stringify({ id: 'healthy', noiseEvents: 120 }),
    });
    const config = (await response.json()) as SandboxConfig;
    const client = cloudTrail(config, 1);
    const input = {
      LookupAttributes: [{ AttributeKey: 'EventName' as const, AttributeValue: 'AssumeRoleWithWebIdentity' }],
    };
    const events: Event[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.send(new LookupEventsCommand({ ...input, NextToken: nextToken }));
      expect(page.Events?.length ?? 0).toBeLessThanOrEqual(50);
      events.push(...(page.Events ?? []));
      nextToken = page.NextToken;
      // Stay under the rate: 2 calls a second.
      await new Promise((resolve) => setTimeout(resolve, 550));
    } while (nextToken);
    expect(events.length).toBeGreaterThan(50);
    expect(new Set(events.map((e) => e.EventId)).size).toBe(events.length);
    const times = events.map((e) => e.EventTime?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const burst = await Promise.allSettled(
      [1, 2, 3, 4].map(() => client.send(new LookupEventsCommand({ MaxResults: 1 }))),
    );
    const throttled = burst
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason as Error);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled[0]).toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded' });
  });
});
