import { assumeRoleWithWebIdentity } from '../assume-web-identity.ts';
import { verifyLogins } from '../cognito-logins.ts';
import { mintOpenIdToken } from '../cognito-openid.ts';
import type { SandboxContext } from '../context.ts';
import { DEFAULT_DURATION_SECONDS } from '../credentials.ts';
import {
  AwsError,
  jsonResponse,
  newRequestId,
  parseJsonBody,
  requireString,
  type SandboxRequest,
  type SandboxResponse,
} from '../http.ts';
import { checkIdentityAccess, identityFor } from '../identities.ts';
import { invalidPoolConfiguration, resolveRole, type Login } from '../role-resolution.ts';
import { cognitoOrigin } from '../sts-record.ts';
import { trailOf } from '../trail.ts';
import { authenticatedAmr, GUEST_AMR } from '../trust.ts';
import { describeIdentityPool, getIdentityPoolRoles } from './cognito-identity-pool-read.ts';

/**
 * Cognito identity pools (`AWSCognitoIdentityService`, JSON 1.1): GetId, GetCredentialsForIdentity
 * (enhanced flow) and GetOpenIdToken (basic flow), unsigned; and, signed by the engineer's read-only principal,
 * GetIdentityPoolRoles and DescribeIdentityPool. These calls are CloudTrail data events, so they are not
 * recorded in the account's management-event history; the STS call Cognito makes for the enhanced flow is.
 */
export async function handleCognitoIdentity(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  await trailOf(ctx);
  const input = parseJsonBody(request);
  switch (request.operation) {
    case 'GetId':
      return jsonResponse(await getId(ctx, input), newRequestId());
    case 'GetCredentialsForIdentity':
      return jsonResponse(await getCredentialsForIdentity(ctx, input), newRequestId());
    case 'GetOpenIdToken':
      return jsonResponse(await getOpenIdToken(ctx, input), newRequestId());
    case 'GetIdentityPoolRoles':
      return jsonResponse(await getIdentityPoolRoles(request, ctx, input), newRequestId());
    case 'DescribeIdentityPool':
      return jsonResponse(await describeIdentityPool(request, ctx, input), newRequestId());
    default:
      // The sandbox's own answer, not AWS's: an operation it does not emulate (the code is the one AWS's JSON
      // services use for an unknown X-Amz-Target, mkrn/node-query-appsync #1 "com.amazon.coral.service#UnknownOperationException").
      throw new AwsError(
        400,
        'UnknownOperationException',
        `The sandbox does not implement ${request.operation ?? ''}.`,
      );
  }
}

function amrFor(login: Login | undefined): string[] {
  return login ? authenticatedAmr(login.providerName, String(login.claims.sub)) : GUEST_AMR;
}

async function getId(ctx: SandboxContext, input: Record<string, unknown>): Promise<{ IdentityId: string }> {
  const poolId = requireString(input, 'IdentityPoolId');
  const pool = ctx.scenario.identityPool;
  // botocore's IdentityPoolId pattern; AWS's text: aws/amazon-freertos #1829, aws/aws-sdk-net #445 (status 400).
  if (!/^[\w-]+:[0-9a-f-]+$/.test(poolId) || poolId.length > 55)
    throw new AwsError(
      400,
      'ValidationException',
      `1 validation error detected: Value '${poolId}' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+`,
    );
  // aws-amplify/amplify-js #14117, #1966; awslabs/aws-sdk-android-samples #163 (Status Code: 400).
  if (poolId !== pool.id) throw new AwsError(400, 'ResourceNotFoundException', `IdentityPool '${poolId}' not found.`);
  const login = await verifyLogins(ctx, input.Logins);
  // 400 `NotAuthorizedException` "Unauthenticated access is not supported for this identity pool." (aws-amplify/
  // aws-sdk-android #347, GetId, "Status Code: 400"; aws/aws-sdk-js-v3 #3113, GetId, 400).
  if (!login && !pool.allowUnauthenticatedIdentities) {
    throw new AwsError(
      400,
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    );
  }
  return { IdentityId: identityFor(ctx, login) };
}

async function getCredentialsForIdentity(ctx: SandboxContext, input: Record<string, unknown>) {
  const identityId = requireString(input, 'IdentityId');
  const login = await verifyLogins(ctx, input.Logins);
  checkIdentityAccess(ctx, identityId, login);
  const customRoleArn = typeof input.CustomRoleArn === 'string' ? input.CustomRoleArn : undefined;
  const pool = ctx.scenario.identityPool;
  const roleArn = resolveRole(pool, login, customRoleArn);
  const result = await assumeRoleWithWebIdentity(ctx, {
    roleArn,
    sessionName: 'CognitoIdentityCredentials',
    durationSeconds: pool.credentialsLifetimeSeconds ?? DEFAULT_DURATION_SECONDS,
    identity: { identityPoolId: pool.id, identityId, amr: amrFor(login) },
    origin: cognitoOrigin(ctx.scenario.region),
  });
  // Cognito hides STS's AccessDenied behind its own configuration error (FAILURE-MODES.md trust-policy-mismatch).
  if (!result.ok) throw invalidPoolConfiguration();
  const { credentials } = result;
  return {
    IdentityId: identityId,
    Credentials: {
      AccessKeyId: credentials.accessKeyId,
      SecretKey: credentials.secretAccessKey,
      SessionToken: credentials.sessionToken,
      // JSON 1.1 timestamps are epoch seconds.
      Expiration: Math.floor(credentials.expiration / 1000),
    },
  };
}

async function getOpenIdToken(ctx: SandboxContext, input: Record<string, unknown>) {
  const identityId = requireString(input, 'IdentityId');
  const login = await verifyLogins(ctx, input.Logins);
  checkIdentityAccess(ctx, identityId, login);
  const token = await mintOpenIdToken(ctx, {
    identityId,
    identityPoolId: ctx.scenario.identityPool.id,
    amr: amrFor(login),
  });
  return { IdentityId: identityId, Token: token };
}
