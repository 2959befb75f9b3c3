import { describe, expect, it } from 'vitest';
import { healthy } from '../scenarios/healthy.ts';
import { rolePolicyResourceMismatch } from '../scenarios/role-policy-resource-mismatch.ts';
import { authorizeReadOnly } from './authorize.ts';
import { createContext } from './context.ts';
import { AwsError } from './http.ts';
import type { Scenario } from './scenario.ts';
import type { VerifiedCaller } from './sigv4.ts';
import { issueCredentials } from './test-support/sign.ts';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';

function readOnlyCaller(scenario: Scenario): VerifiedCaller {
  return { accessKeyId: scenario.readOnly.accessKeyId, kind: 'readonly' };
}

async function denial(promise: Promise<void>): Promise<AwsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AwsError)) throw new Error('expected an AwsError');
  return error;
}

describe('authorizeReadOnly', () => {
  it('lets the read-only principal read what its policy allows', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    await expect(
      authorizeReadOnly(ctx, readOnlyCaller(healthy), 'iam:GetRole', ROLE_ARN, 'query'),
    ).resolves.toBeUndefined();
  });

  it('answers IAM’s 403 AccessDenied naming the role the way IAM does', async () => {
    const ctx = createContext(rolePolicyResourceMismatch, 'http://127.0.0.1:4510');
    const error = await denial(
      authorizeReadOnly(ctx, readOnlyCaller(rolePolicyResourceMismatch), 'iam:GetRolePolicy', ROLE_ARN, 'query', {
        resourceInMessage: 'role authtrace-demo-authenticated',
      }),
    );
    expect({ status: error.status, code: error.code, protocol: error.protocol }).toEqual({
      status: 403,
      code: 'AccessDenied',
      protocol: 'query',
    });
    expect(error.message).toBe(
      'User: arn:aws:iam::111122223333:user/support-readonly is not authorized to perform: iam:GetRolePolicy on resource: role authtrace-demo-authenticated because no identity-based policy allows the iam:GetRolePolicy action',
    );
  });

  it('answers JSON services with 400 AccessDeniedException, without a resource for `*`', async () => {
    const scenario: Scenario = {
      ...healthy,
      readOnly: { ...healthy.readOnly, policy: { Version: '2012-10-17', Statement: [] } },
    };
    const ctx = createContext(scenario, 'http://127.0.0.1:4510');
    const error = await denial(
      authorizeReadOnly(ctx, readOnlyCaller(scenario), 'cloudtrail:LookupEvents', '*', 'json'),
    );
    expect([error.status, error.code]).toEqual([400, 'AccessDeniedException']);
    expect(error.message).toBe(
      'User: arn:aws:iam::111122223333:user/support-readonly is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action',
    );
  });

  it('words an explicit deny', async () => {
    const scenario: Scenario = {
      ...healthy,
      readOnly: {
        ...healthy.readOnly,
        policy: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'logs:*', Resource: '*' },
            { Effect: 'Deny', Action: 'logs:FilterLogEvents', Resource: '*' },
          ],
        },
      },
    };
    const ctx = createContext(scenario, 'http://127.0.0.1:4510');
    const resource = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/appsync/apis/x:*';
    const error = await denial(
      authorizeReadOnly(ctx, readOnlyCaller(scenario), 'logs:FilterLogEvents', resource, 'json'),
    );
    expect(error.message).toBe(
      `User: arn:aws:iam::111122223333:user/support-readonly is not authorized to perform: logs:FilterLogEvents on resource: ${resource} with an explicit deny in an identity-based policy`,
    );
  });

  it('evaluates temporary credentials against their role, naming the assumed-role session', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const credentials = issueCredentials(ctx);
    const caller: VerifiedCaller = { accessKeyId: credentials.accessKeyId, kind: 'temporary', credentials };
    const error = await denial(authorizeReadOnly(ctx, caller, 'cloudtrail:LookupEvents', '*', 'json'));
    expect(error.message).toMatch(
      /^User: arn:aws:sts::111122223333:assumed-role\/authtrace-demo-authenticated\/CognitoIdentityCredentials is not authorized/,
    );
  });
});
