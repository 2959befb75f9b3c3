import type { IssuedCredentials, SandboxContext } from './context.ts';
import { mintCredentials } from './credentials.ts';
import { newRequestId } from './http.ts';
import { failedRecordMessage, stsRecordRegion, type CallOrigin } from './sts-record.ts';
import { recordWebIdentityCall } from './trail.ts';
import { evaluateTrust, type WebIdentity } from './trust.ts';

export interface AssumeRequest {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  identity: WebIdentity;
  origin: CallOrigin;
}

export type AssumeResult =
  { ok: true; credentials: IssuedCredentials; requestId: string } | { ok: false; reason: string; requestId: string };

/**
 * STS `AssumeRoleWithWebIdentity` for a Cognito identity, as both flows make it (the enhanced flow through
 * Cognito, the basic flow from the client): evaluate the trust policy, mint credentials, record the management
 * event either way.
 */
export async function assumeRoleWithWebIdentity(ctx: SandboxContext, request: AssumeRequest): Promise<AssumeResult> {
  const requestId = newRequestId();
  const role = ctx.scenario.roles.find((r) => r.arn === request.roleArn);
  const trust = await evaluateTrust(role, request.identity);
  const call = {
    at: ctx.now('sts'),
    region: stsRecordRegion(ctx.scenario),
    roleArn: request.roleArn,
    sessionName: request.sessionName,
    durationSeconds: request.durationSeconds,
    identityPoolId: request.identity.identityPoolId,
    identityId: request.identity.identityId,
    origin: request.origin,
    requestId,
  };
  if (!trust.allowed) {
    await recordWebIdentityCall(ctx, {
      ...call,
      outcome: { errorCode: 'AccessDenied', errorMessage: failedRecordMessage(ctx.scenario) },
    });
    return { ok: false, reason: trust.reason, requestId };
  }
  const credentials = mintCredentials(ctx, {
    roleArn: request.roleArn,
    sessionName: request.sessionName,
    identityId: request.identity.identityId,
    durationSeconds: request.durationSeconds,
  });
  await recordWebIdentityCall(ctx, { ...call, outcome: { credentials } });
  return { ok: true, credentials, requestId };
}
