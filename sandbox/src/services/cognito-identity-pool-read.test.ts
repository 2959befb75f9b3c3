import { describe, expect, it } from 'vitest';
import {
  AUTH_ROLE_ARN,
  CLIENT_ID,
  IDENTITY_POOL_ID,
  PROVIDER_NAME,
  UNAUTH_ROLE_ARN,
} from '../../scenarios/base-account.ts';
import { healthy } from '../../scenarios/healthy.ts';
import { rolePolicyResourceMismatch } from '../../scenarios/role-policy-resource-mismatch.ts';
import { createContext, type SandboxContext } from '../context.ts';
import { AwsError } from '../http.ts';
import type { Scenario } from '../scenario.ts';
import { signedRequest } from '../test-support/sign.ts';
import { handleCognitoIdentity } from './cognito-identity.ts';

async function read(ctx: SandboxContext, operation: string, input: Record<string, unknown>) {
  const request = await signedRequest({
    service: 'cognito-identity',
    region: ctx.scenario.region,
    credentials: ctx.scenario.readOnly,
    body: JSON.stringify(input),
    signedAt: ctx.now(),
    headers: { 'x-amz-target': `AWSCognitoIdentityService.${operation}`, 'content-type': 'application/x-amz-json-1.1' },
  });
  request.operation = operation;
  const response = await handleCognitoIdentity(request, ctx);
  return JSON.parse(response.body) as Record<string, unknown>;
}

const context = (scenario: Scenario = healthy) => createContext(structuredClone(scenario), 'http://127.0.0.1:4510');

describe('identity pool reads (GetIdentityPoolRoles, DescribeIdentityPool)', () => {
  it('answers the pool roles in AWS’s shape', async () => {
    expect(await read(context(), 'GetIdentityPoolRoles', { IdentityPoolId: IDENTITY_POOL_ID })).toEqual({
      IdentityPoolId: IDENTITY_POOL_ID,
      Roles: { authenticated: AUTH_ROLE_ARN, unauthenticated: UNAUTH_ROLE_ARN },
    });
  });

  it('renders role mappings with AWS’s keys', async () => {
    const ctx = context();
    ctx.scenario.identityPool.roleMappings = {
      [`${PROVIDER_NAME}:${CLIENT_ID}`]: {
        type: 'Rules',
        ambiguousRoleResolution: 'Deny',
        rules: [{ claim: 'cognito:groups', matchType: 'Contains', value: 'admins', roleArn: AUTH_ROLE_ARN }],
      },
    };
    const body = await read(ctx, 'GetIdentityPoolRoles', { IdentityPoolId: IDENTITY_POOL_ID });
    expect(body.RoleMappings).toEqual({
      [`${PROVIDER_NAME}:${CLIENT_ID}`]: {
        Type: 'Rules',
        AmbiguousRoleResolution: 'Deny',
        RulesConfiguration: {
          Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains', Value: 'admins', RoleARN: AUTH_ROLE_ARN }],
        },
      },
    });
  });

  it('describes the providers and guest access', async () => {
    const body = await read(context(), 'DescribeIdentityPool', { IdentityPoolId: IDENTITY_POOL_ID });
    expect(body).toMatchObject({
      IdentityPoolId: IDENTITY_POOL_ID,
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [{ ProviderName: PROVIDER_NAME, ClientId: CLIENT_ID, ServerSideTokenCheck: false }],
    });
  });

  it('denies a principal without the action, naming the pool ARN', async () => {
    const error = await read(context(rolePolicyResourceMismatch), 'GetIdentityPoolRoles', {
      IdentityPoolId: IDENTITY_POOL_ID,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({ code: 'AccessDeniedException', status: 400 });
    expect((error as AwsError).message).toContain(
      `cognito-identity:GetIdentityPoolRoles on resource: arn:aws:cognito-identity:us-east-1:111122223333:identitypool/${IDENTITY_POOL_ID}`,
    );
  });

  it('refuses unsigned calls and unknown pools', async () => {
    const unsigned = await handleCognitoIdentity(
      {
        method: 'POST',
        path: '/',
        query: new URLSearchParams(),
        headers: {},
        body: Buffer.from(JSON.stringify({ IdentityPoolId: IDENTITY_POOL_ID })),
        operation: 'DescribeIdentityPool',
      },
      context(),
    ).catch((e: unknown) => e);
    expect(unsigned).toMatchObject({ code: 'MissingAuthenticationTokenException' });
    const missing = await read(context(), 'DescribeIdentityPool', {
      IdentityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000',
    }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'ResourceNotFoundException' });
  });
});
