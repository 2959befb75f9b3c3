import { describe, expect, it } from 'vitest';
import { healthy } from '../../scenarios/healthy.ts';
import { createContext, type SandboxContext } from '../context.ts';
import type { Scenario } from '../scenario.ts';
import { signedRequest } from '../test-support/sign.ts';
import { handleIam } from './iam.ts';

const ROLE = 'authtrace-demo-authenticated';
const DENY_ARN = 'arn:aws:iam::111122223333:policy/deny-notes';

async function call(ctx: SandboxContext, params: Record<string, string>, region = 'us-east-1') {
  const body = new URLSearchParams({ Version: '2010-05-08', ...params }).toString();
  const request = await signedRequest({
    service: 'iam',
    region,
    credentials: ctx.scenario.readOnly,
    body,
    signedAt: ctx.now(),
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  });
  return handleIam(request, ctx);
}

function withManagedDeny(): Scenario {
  return {
    ...healthy,
    managedPolicies: [
      {
        arn: DENY_ARN,
        name: 'deny-notes',
        document: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'NoNotes', Effect: 'Deny', Action: 'appsync:GraphQL', Resource: '*' }],
        },
      },
    ],
    roles: healthy.roles.map((r) => (r.name === ROLE ? { ...r, attachedPolicyArns: [DENY_ARN] } : r)),
  };
}

describe('handleIam', () => {
  it('answers GetRolePolicy with the URL-encoded document in IAM’s XML envelope', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    const response = await call(ctx, { Action: 'GetRolePolicy', RoleName: ROLE, PolicyName: 'appsync-access' });
    expect(response.status).toBe(200);
    expect(response.body).toMatch(
      /^<GetRolePolicyResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><GetRolePolicyResult><RoleName>authtrace-demo-authenticated<\/RoleName><PolicyName>appsync-access<\/PolicyName><PolicyDocument>%7B%22Version%22%3A%222012-10-17%22/,
    );
    expect(response.body).toMatch(
      /<ResponseMetadata><RequestId>[0-9a-f-]{36}<\/RequestId><\/ResponseMetadata><\/GetRolePolicyResponse>$/,
    );
  });

  it('answers NoSuchEntity in IAM’s words for an unknown role', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    await expect(call(ctx, { Action: 'GetRole', RoleName: 'nobody' })).rejects.toMatchObject({
      status: 404,
      code: 'NoSuchEntity',
      message: 'The role with name nobody cannot be found.',
      protocol: 'query',
    });
  });

  it('reads managed policies: GetPolicy (default version v1) and GetPolicyVersion', async () => {
    const ctx = createContext(withManagedDeny(), 'http://127.0.0.1:4510');
    const policy = await call(ctx, { Action: 'GetPolicy', PolicyArn: DENY_ARN });
    expect(policy.body).toContain('<DefaultVersionId>v1</DefaultVersionId>');
    expect(policy.body).toContain('<AttachmentCount>1</AttachmentCount>');
    const version = await call(ctx, { Action: 'GetPolicyVersion', PolicyArn: DENY_ARN, VersionId: 'v1' });
    expect(version.body).toContain('<IsDefaultVersion>true</IsDefaultVersion>');
    expect(decodeURIComponent(/<Document>([^<]+)<\/Document>/.exec(version.body)?.[1] ?? '')).toContain(
      '"Effect":"Deny"',
    );
  });

  it('simulates the role: explicitDeny from an attached managed policy, naming it', async () => {
    const ctx = createContext(withManagedDeny(), 'http://127.0.0.1:4510');
    const response = await call(ctx, {
      Action: 'SimulatePrincipalPolicy',
      PolicySourceArn: `arn:aws:iam::111122223333:role/${ROLE}`,
      'ActionNames.member.1': 'appsync:GraphQL',
      'ResourceArns.member.1': `arn:aws:appsync:us-east-1:111122223333:apis/${healthy.api.id}/types/Query/fields/listNotes`,
    });
    expect(response.body).toContain('<EvalDecision>explicitDeny</EvalDecision>');
    expect(response.body).toContain(
      '<MatchedStatements><member><SourcePolicyId>deny-notes</SourcePolicyId><SourcePolicyType>user-managed</SourcePolicyType></member></MatchedStatements>',
    );
  });

  it('wants IAM requests signed for us-east-1', async () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    await expect(call(ctx, { Action: 'GetRole', RoleName: ROLE }, 'eu-west-1')).rejects.toMatchObject({
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
    });
  });
});
