import type { SandboxContext } from '../context.ts';
import type { SandboxRequest } from '../http.ts';
import type { AppSyncAuthType } from '../scenario.ts';
import { assumedRoleArn } from '../credentials.ts';
import { isGuest } from '../identities.ts';
import { verifySigV4, type VerifiedCaller } from '../sigv4.ts';
import { TokenRejectedError, verifyCognitoToken } from '../tokens.ts';
import { APPSYNC_MESSAGES, incompleteSignature, unauthorized } from './errors.ts';
import type { IamIdentity } from './amplify-auth.ts';
import type { RequestAuth } from './field-auth.ts';

export interface AuthenticatedRequest {
  auth: RequestAuth;
  /** The verified SigV4 caller, for AWS_IAM requests. */
  caller?: VerifiedCaller;
}

function enabledModes(ctx: SandboxContext): AppSyncAuthType[] {
  return [ctx.scenario.api.defaultAuthType, ...ctx.scenario.api.additionalAuthTypes];
}

/**
 * Picks the auth mode the way AppSync reads the headers: a SigV4 `Authorization` is AWS_IAM, any other
 * `Authorization` is a token (user pool here), `x-api-key` is API_KEY. A mode the API does not have is refused
 * with 401 before anything else: a SigV4 header on an API with a token mode reads as a broken JWT
 * ("Unable to parse JWT token.", FAILURE-MODES api-lacks-iam-mode); a JWT on an IAM-only API as a broken signature
 * (403 IncompleteSignatureException echoing the token); anything else as "Valid authorization header not provided."
 * (the text AppSync answers when no header fits the API's modes, aws-amplify/amplify-js #4373).
 */
export async function authenticate(request: SandboxRequest, ctx: SandboxContext): Promise<AuthenticatedRequest> {
  const modes = enabledModes(ctx);
  const authorization = request.headers.authorization;
  const apiKey = request.headers['x-api-key'];
  if (authorization?.startsWith('AWS4-HMAC-SHA256')) {
    // A SigV4 header on an API without AWS_IAM: 401 "Unable to parse JWT token." when a token mode exists
    // (aws-amplify/docs #1884; aws-amplify/amplify-js #2645, #4553), else "Valid authorization header not provided."
    // (aws-amplify/amplify-js #4373; that AppSync picks this text when only API_KEY is enabled is unconfirmed).
    if (!modes.includes('AWS_IAM')) {
      const tokenMode = modes.some((m) => m === 'AMAZON_COGNITO_USER_POOLS' || m === 'OPENID_CONNECT');
      throw unauthorized(tokenMode ? APPSYNC_MESSAGES.unparsableJwt : APPSYNC_MESSAGES.noValidHeader);
    }
    const caller = await verifySigV4(request, ctx, {
      service: 'appsync',
      protocol: 'rest-json',
      region: ctx.scenario.api.region,
    });
    return { auth: { mode: 'AWS_IAM', identity: iamIdentity(ctx, caller) }, caller };
  }
  if (authorization) {
    if (!modes.includes('AMAZON_COGNITO_USER_POOLS')) {
      // An IAM API reads any other Authorization as a broken SigV4 header (aws-amplify/amplify-js #2035, #7906).
      if (modes.includes('AWS_IAM') && !modes.includes('OPENID_CONNECT') && !modes.includes('AWS_LAMBDA'))
        throw incompleteSignature(authorization);
      throw unauthorized(APPSYNC_MESSAGES.noValidHeader);
    }
    return { auth: await userPoolAuth(ctx, authorization) };
  }
  if (apiKey !== undefined) {
    if (!modes.includes('API_KEY')) throw unauthorized(APPSYNC_MESSAGES.noValidHeader);
    if (apiKey !== ctx.scenario.api.apiKey) throw unauthorized(APPSYNC_MESSAGES.notAuthorized);
    return { auth: { mode: 'API_KEY' } };
  }
  throw unauthorized(APPSYNC_MESSAGES.noValidHeader);
}

/** A bare user pool JWT (AppSync rejects a `Bearer ` prefix; AWS knowledge center aws-appsync-graphql-request-unauth-error). */
async function userPoolAuth(ctx: SandboxContext, jwt: string): Promise<RequestAuth> {
  try {
    const claims = await verifyCognitoToken(ctx, jwt);
    return { mode: 'AMAZON_COGNITO_USER_POOLS', groups: claims['cognito:groups'] ?? [] };
  } catch (error) {
    // 401 (awslabs/aws-mobile-appsync-sdk-js #308); the text is unconfirmed (errors.ts).
    if (error instanceof TokenRejectedError && error.reason === 'expired') {
      throw unauthorized(APPSYNC_MESSAGES.tokenExpired);
    }
    throw unauthorized(APPSYNC_MESSAGES.unparsableJwt);
  }
}

/**
 * `$ctx.identity` for an IAM caller: the assumed-role session ARN; identity pool credentials add the pool, the
 * identity and its auth type (AppSync Developer Guide, resolver context reference, AWS_IAM identity).
 */
function iamIdentity(ctx: SandboxContext, caller: VerifiedCaller): IamIdentity {
  const credentials = caller.credentials;
  if (!credentials) return { userArn: ctx.scenario.readOnly.arn };
  const userArn = assumedRoleArn(credentials.roleArn, credentials.sessionName);
  if (!credentials.identityId) return { userArn };
  return {
    userArn,
    cognitoIdentityPoolId: ctx.scenario.identityPool.id,
    cognitoIdentityId: credentials.identityId,
    cognitoIdentityAuthType: isGuest(ctx, credentials.identityId) ? 'unauthenticated' : 'authenticated',
  };
}
