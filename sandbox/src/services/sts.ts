import { assumeRole } from '../assume-role.ts';
import { assumeRoleWithWebIdentity } from '../assume-web-identity.ts';
import { STS_NOT_AUTHORIZED, type CallOrigin } from '../sts-record.ts';
import { verifyOpenIdToken } from '../cognito-openid.ts';
import type { SandboxContext } from '../context.ts';
import { assumedRoleArn, DEFAULT_DURATION_SECONDS } from '../credentials.ts';
import {
  AwsError,
  escapeXml,
  QUERY_XMLNS,
  requireString,
  xmlResponse,
  type SandboxRequest,
  type SandboxResponse,
} from '../http.ts';
import { verifySigV4 } from '../sigv4.ts';
import { COGNITO_IDENTITY_PRINCIPAL } from '../trust.ts';

// STS's namespace (service model `metadata.xmlNamespace`; one constant with the error renderer's, http.ts).
const STS_XMLNS = QUERY_XMLNS.sts;
// A role's default MaxSessionDuration (IAM); STS allows 900 seconds at least.
const MIN_DURATION = 900;
const MAX_DURATION = 3600;

/**
 * STS over the query protocol (form-encoded POST, XML answers): `AssumeRoleWithWebIdentity` with a Cognito
 * identity OpenID token (the identity pools' basic flow), and `AssumeRole` signed with SigV4 (a script or a function
 * taking its own role, which a run variant uses to sign as a role the identity pool never issues).
 */
export async function handleSts(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  const form = Object.fromEntries(new URLSearchParams(request.body.toString('utf8')));
  const action = form.Action ?? '';
  if (action === 'AssumeRole') return assumeSigned(request, ctx, form);
  if (action !== 'AssumeRoleWithWebIdentity') {
    // 400 `InvalidAction` "Could not find operation <Action> for version <v>": the query services' words (SES,
    // aws/aws-cli #37); for STS the same wording is assumed (unconfirmed).
    throw new AwsError(400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`, 'query');
  }
  return assumeWithToken(request, ctx, form);
}

/**
 * Where a direct STS call came from, as CloudTrail records it: the client's address and user agent, and the host it
 * named (the global endpoint's, or the regional one: scenario.ts `stsEndpoint`).
 */
function callerOrigin(
  request: SandboxRequest,
  ctx: SandboxContext,
): Required<Pick<CallOrigin, 'sourceIPAddress' | 'userAgent' | 'tlsHost'>> {
  return {
    sourceIPAddress: request.headers['x-forwarded-for']?.split(',')[0]?.trim() ?? '127.0.0.1',
    userAgent: request.headers['user-agent'] ?? '',
    tlsHost:
      ctx.scenario.cloudtrail.stsEndpoint === 'global'
        ? 'sts.amazonaws.com'
        : `sts.${ctx.scenario.region}.amazonaws.com`,
  };
}

/** `AssumeRole` (STS API Reference): the answer's `AssumeRoleResult` holds the session's user and credentials. */
async function assumeSigned(
  request: SandboxRequest,
  ctx: SandboxContext,
  form: Record<string, string>,
): Promise<SandboxResponse> {
  const caller = await verifySigV4(request, ctx, { service: 'sts', protocol: 'query', anyRegion: true });
  const roleArn = requireString(form, 'RoleArn', 'query');
  const sessionName = requireString(form, 'RoleSessionName', 'query');
  const { credentials, requestId } = await assumeRole(ctx, caller, {
    roleArn,
    sessionName,
    durationSeconds: durationOf(form),
    origin: callerOrigin(request, ctx),
  });
  const xml =
    `<AssumeRoleResponse xmlns="${STS_XMLNS}"><AssumeRoleResult>` +
    `<AssumedRoleUser><Arn>${escapeXml(assumedRoleArn(roleArn, sessionName))}</Arn>` +
    `<AssumedRoleId>${escapeXml(credentials.assumedRoleId)}</AssumedRoleId></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${credentials.accessKeyId}</AccessKeyId>` +
    `<SecretAccessKey>${escapeXml(credentials.secretAccessKey)}</SecretAccessKey>` +
    `<SessionToken>${escapeXml(credentials.sessionToken)}</SessionToken>` +
    `<Expiration>${new Date(credentials.expiration).toISOString().replace(/\.\d{3}Z$/, 'Z')}</Expiration></Credentials>` +
    `</AssumeRoleResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>` +
    `</AssumeRoleResponse>`;
  return xmlResponse(xml, requestId);
}

function durationOf(form: Record<string, string>): number {
  if (form.DurationSeconds === undefined) return DEFAULT_DURATION_SECONDS;
  const duration = Number(form.DurationSeconds);
  // "1 validation error detected: Value '<v>' at '<member>' failed to satisfy constraint: …" with `ValidationError`
  // (STS: getmoto/moto #9218, zalando-stups/aws-credentials-service #7 for other members); the minimum 900: STS API
  // Reference, AssumeRole `DurationSeconds`. This member's exact text is unconfirmed.
  if (!Number.isInteger(duration) || duration < MIN_DURATION) {
    throw new AwsError(
      400,
      'ValidationError',
      `1 validation error detected: Value '${form.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to ${MIN_DURATION}`,
      'query',
    );
  }
  // 400 `ValidationError`, AWS's words: kreuzwerker/awsu #27 ("ValidationError: The requested DurationSeconds exceeds
  // the MaxSessionDuration set for this role. status code: 400"); aws-azure-login/aws-azure-login #93.
  if (duration > MAX_DURATION) {
    throw new AwsError(
      400,
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      'query',
    );
  }
  return duration;
}

async function assumeWithToken(
  request: SandboxRequest,
  ctx: SandboxContext,
  form: Record<string, string>,
): Promise<SandboxResponse> {
  const roleArn = requireString(form, 'RoleArn', 'query');
  const sessionName = requireString(form, 'RoleSessionName', 'query');
  const token = requireString(form, 'WebIdentityToken', 'query');
  const durationSeconds = durationOf(form);
  const claims = await verifyOpenIdToken(ctx, token);
  const result = await assumeRoleWithWebIdentity(ctx, {
    roleArn,
    sessionName,
    durationSeconds,
    identity: { identityPoolId: claims.aud, identityId: claims.sub, amr: claims.amr },
    origin: callerOrigin(request, ctx),
  });
  // 403 `AccessDenied` "Not authorized to perform sts:AssumeRoleWithWebIdentity" (sources: sts-record.ts).
  if (!result.ok) throw new AwsError(403, 'AccessDenied', STS_NOT_AUTHORIZED, 'query');
  const { credentials } = result;
  const xml =
    `<AssumeRoleWithWebIdentityResponse xmlns="${STS_XMLNS}"><AssumeRoleWithWebIdentityResult>` +
    `<SubjectFromWebIdentityToken>${escapeXml(claims.sub)}</SubjectFromWebIdentityToken>` +
    `<Audience>${escapeXml(claims.aud)}</Audience>` +
    `<AssumedRoleUser><Arn>${escapeXml(assumedRoleArn(roleArn, sessionName))}</Arn>` +
    `<AssumedRoleId>${escapeXml(credentials.assumedRoleId)}</AssumedRoleId></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${credentials.accessKeyId}</AccessKeyId>` +
    `<SecretAccessKey>${escapeXml(credentials.secretAccessKey)}</SecretAccessKey>` +
    `<SessionToken>${escapeXml(credentials.sessionToken)}</SessionToken>` +
    `<Expiration>${new Date(credentials.expiration).toISOString().replace(/\.\d{3}Z$/, 'Z')}</Expiration></Credentials>` +
    `<Provider>${COGNITO_IDENTITY_PRINCIPAL}</Provider>` +
    `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${result.requestId}</RequestId></ResponseMetadata>` +
    `</AssumeRoleWithWebIdentityResponse>`;
  return xmlResponse(xml, result.requestId);
}
