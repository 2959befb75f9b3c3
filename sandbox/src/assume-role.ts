import { randomUUID } from 'node:crypto';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { callerArn, callerPolicies } from './authorize.ts';
import type { IssuedCredentials, SandboxContext, TrailRecord } from './context.ts';
import { accountOf, assumedRoleArn, mintCredentials, roleNameOf, roleUniqueId } from './credentials.ts';
import type { PrincipalPolicies } from './iam-eval.ts';
import { AwsError, newRequestId } from './http.ts';
import type { Role } from './scenario.ts';
import type { VerifiedCaller } from './sigv4.ts';
import { stsRecordRegion, type CallOrigin } from './sts-record.ts';
import { appendTrailEvent } from './trail.ts';
import { cloudTrailTime, stsExpirationText } from './trail-format.ts';

export interface AssumeRoleCall {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  /** A direct call: the client's address, user agent and the STS host it named. */
  origin: Required<Pick<CallOrigin, 'sourceIPAddress' | 'userAgent' | 'tlsHost'>>;
}

/**
 * Whether the caller may assume the role: its identity policies and the role's trust policy (the role's resource
 * policy) evaluated together, as IAM does for a same-account request (IAM User Guide, "Policy evaluation logic"):
 * a trust policy naming the account (`:root`) needs an identity policy allowing `sts:AssumeRole` as well.
 */
async function mayAssume(role: Role, principal: PrincipalPolicies): Promise<boolean> {
  const result = await runSimulation(
    {
      request: {
        principal: principal.principalArn,
        action: 'sts:AssumeRole',
        resource: { resource: role.arn, accountId: accountOf(role.arn) },
        contextVariables: {},
      },
      identityPolicies: principal.identityPolicies.map((p) => ({ name: p.id, policy: p.document })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: role.trustPolicy,
    },
    {},
  );
  return result.resultType !== 'error' && result.overallResult === 'Allowed';
}

/**
 * The `AssumeRole` record, shaped like IAM User Guide "Logging IAM and AWS STS API calls with AWS CloudTrail"
 * (example AWS STS API events: `AssumeRole`) with the caller's `userIdentity` as in the CloudTrail User Guide
 * "CloudTrail userIdentity element" (temporary credentials of an assumed role). `sessionToken` is kept here as the
 * sandbox keeps it in the web-identity record; the product's sanitizer drops it on reading.
 */
function assumeRoleRecord(
  ctx: SandboxContext,
  caller: VerifiedCaller,
  call: AssumeRoleCall,
  credentials: IssuedCredentials,
  requestId: string,
  at: number,
): TrailRecord {
  const accountId = accountOf(call.roleArn);
  const source = caller.credentials;
  const userIdentity = source
    ? {
        type: 'AssumedRole',
        principalId: source.assumedRoleId,
        arn: callerArn(ctx, caller),
        accountId: ctx.scenario.accountId,
        accessKeyId: caller.accessKeyId,
        sessionContext: {
          sessionIssuer: {
            type: 'Role',
            principalId: roleUniqueId(source.roleArn),
            arn: source.roleArn,
            accountId: accountOf(source.roleArn),
            userName: roleNameOf(source.roleArn),
          },
          attributes: { creationDate: cloudTrailTime(source.expiration - 3600_000), mfaAuthenticated: 'false' },
        },
      }
    : {
        type: 'IAMUser',
        arn: ctx.scenario.readOnly.arn,
        accountId: ctx.scenario.accountId,
        accessKeyId: caller.accessKeyId,
        userName: ctx.scenario.readOnly.userName,
      };
  return {
    eventVersion: '1.08',
    userIdentity,
    eventTime: cloudTrailTime(at),
    eventSource: 'sts.amazonaws.com',
    eventName: 'AssumeRole',
    awsRegion: stsRecordRegion(ctx.scenario),
    sourceIPAddress: call.origin.sourceIPAddress,
    userAgent: call.origin.userAgent,
    requestParameters: {
      roleArn: call.roleArn,
      roleSessionName: call.sessionName,
      durationSeconds: call.durationSeconds,
    },
    responseElements: {
      credentials: {
        accessKeyId: credentials.accessKeyId,
        sessionToken: credentials.sessionToken,
        expiration: stsExpirationText(credentials.expiration),
      },
      assumedRoleUser: {
        assumedRoleId: credentials.assumedRoleId,
        arn: assumedRoleArn(call.roleArn, call.sessionName),
      },
    },
    requestID: requestId,
    eventID: randomUUID(),
    readOnly: true,
    resources: [{ accountId, type: 'AWS::IAM::Role', ARN: call.roleArn }],
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: accountId,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: call.origin.tlsHost,
    },
  };
}

/**
 * STS `AssumeRole` for a signed caller: the caller's identity policies must allow `sts:AssumeRole` on the role and
 * the role's trust policy must admit the caller; otherwise 403 `AccessDenied` with IAM's text ("User: <arn> is not
 * authorized to perform: sts:AssumeRole on resource: <role arn>", IAM User Guide, troubleshoot_access-denied).
 * Successful calls are recorded in CloudTrail (management event, `LookupEvents` sees it after the delivery delay;
 * `Username` is the caller's session name, as for calls with assumed-role credentials: unconfirmed).
 */
export async function assumeRole(
  ctx: SandboxContext,
  caller: VerifiedCaller,
  call: AssumeRoleCall,
): Promise<{ credentials: IssuedCredentials; requestId: string }> {
  const requestId = newRequestId();
  const role = ctx.scenario.roles.find((r) => r.arn === call.roleArn);
  const principal = callerArn(ctx, caller);
  if (!role || !(await mayAssume(role, callerPolicies(ctx, caller))))
    throw new AwsError(
      403,
      'AccessDenied',
      `User: ${principal} is not authorized to perform: sts:AssumeRole on resource: ${call.roleArn}`,
      'query',
    );
  const at = ctx.now('sts');
  const credentials = mintCredentials(ctx, {
    roleArn: call.roleArn,
    sessionName: call.sessionName,
    durationSeconds: call.durationSeconds,
  });
  const record = assumeRoleRecord(ctx, caller, call, credentials, requestId, at);
  await appendTrailEvent(
    ctx,
    record,
    {
      username: caller.credentials?.sessionName ?? ctx.scenario.readOnly.userName,
      resources: [{ resourceType: 'AWS::IAM::Role', resourceName: call.roleArn }],
    },
    at,
  );
  return { credentials, requestId };
}
