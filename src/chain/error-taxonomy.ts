import { UNNAMED, normalizeAwsError, type NormalizedAwsError } from './error-forms';
import { scrubText } from './secrets';

/**
 * The one error taxonomy: every form in which AWS and Amplify report a failure (AWS SDK v3 and v2 errors, Amplify v6
 * `AuthError` / `ApiError` with `underlyingError`, thrown GraphQL results, JSON 1.1 and query-protocol bodies,
 * `x-amzn-ErrorType` headers, network `TypeError`s) read into one classification. Pure and total: it never throws,
 * and its texts have passed the secret policy. Words for people live with the callers (src/aws/errors.ts).
 */

export type AwsService = 'cognito-idp' | 'cognito-identity' | 'appsync' | 'cloudtrail' | 'logs' | 'iam' | 'sts';
/** Where the error was raised: along the chain under test, or while looking up evidence. */
export type ErrorStage = 'sign-in' | 'credentials' | 'graphql' | 'lookup';
export type AwsErrorKind =
  | 'access-denied'
  | 'throttled'
  | 'expired-credentials'
  | 'invalid-credentials'
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'validation'
  | 'server'
  | 'auth-refused'
  | 'unknown';
/** A finer reading of the kind, from the code and AWS's message. */
export type AwsErrorReason =
  | 'wrong-password'
  | 'locked-out'
  | 'user-disabled'
  | 'user-not-found'
  | 'user-not-confirmed'
  | 'password-reset-required'
  | 'sign-in-incomplete'
  | 'not-signed-in'
  | 'unsigned'
  | 'guest-access'
  | 'token-expired'
  | 'provider-mismatch'
  | 'flow-not-enabled'
  | 'role-trust'
  | 'field-refused'
  | 'clock-skew';

export interface ClassifiedAwsError {
  service: AwsService | 'unknown';
  stage?: ErrorStage;
  /** AWS's error name (`NotAuthorizedException`), without namespace or URI; `Error` when nothing names it. */
  code: string;
  status?: number;
  /** AWS's message, scrubbed. */
  message: string;
  kind: AwsErrorKind;
  reason?: AwsErrorReason;
  retryable: boolean;
  requestId?: string;
  /** Amplify's hint, scrubbed. */
  recoverySuggestion?: string;
  /** A low-level cause such as `ECONNREFUSED`, scrubbed. */
  cause?: string;
}

export interface ErrorContext {
  service?: AwsService;
  stage?: ErrorStage;
}

const NETWORK_MESSAGE =
  /failed to fetch|fetch failed|networkerror|network error|load failed|network request failed|ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN/i;
const NETWORK_CAUSE = /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|EPIPE)$/;
// The AWS SDKs' throttling codes (smithy-typescript `THROTTLING_ERROR_CODES`). Identity pools use
// LimitExceededException for quotas, user pools for "Attempt limit exceeded": see throttled().
const THROTTLING = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError']);
const NOT_FOUND = new Set([
  'ResourceNotFoundException',
  'ResourceNotFound',
  'NoSuchEntity',
  'NotFoundException',
  'NotFound',
]);
const UNKNOWN_KEY = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidAccessKeyId',
  'AuthFailure',
]);
const BAD_SIGNATURE = new Set(['InvalidSignatureException', 'SignatureDoesNotMatch']);
const UNSIGNED = new Set([
  'IncompleteSignature',
  'IncompleteSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
]);
const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);
const VALIDATION =
  /^(InvalidParameter\w*|ValidationException|ValidationError|InvalidInput|MalformedQueryString|SerializationException|BadRequestException|MalformedPolicyDocument(Exception)?|InvalidPasswordException)$/;
const SERVER =
  /^(InternalError|InternalErrorException|InternalFailure|InternalServerError|InternalServerErrorException|InternalServiceError\w*|ServiceFailure|ServiceUnavailable(Exception)?)$/;
// A Map, not an object: a code named `constructor` must not find Object.prototype's.
const USER_STATE = new Map<string, AwsErrorReason>([
  ['UserNotFoundException', 'user-not-found'],
  ['UserNotConfirmedException', 'user-not-confirmed'],
  ['PasswordResetRequiredException', 'password-reset-required'],
  ['SignInIncomplete', 'sign-in-incomplete'],
  ['UserUnAuthenticatedException', 'not-signed-in'],
]);
const SIGN_IN_REASONS = new Set<AwsErrorReason>([
  'wrong-password',
  'locked-out',
  'user-disabled',
  'user-not-found',
  'user-not-confirmed',
  'password-reset-required',
  'sign-in-incomplete',
]);
const STAGE_OF_SERVICE: Record<AwsService, ErrorStage> = {
  'cognito-idp': 'sign-in',
  'cognito-identity': 'credentials',
  appsync: 'graphql',
  cloudtrail: 'lookup',
  logs: 'lookup',
  iam: 'lookup',
  sts: 'lookup',
};
// Where a message places an error whose name does not (a console line `Error: Incorrect username or password.`).
const SIGN_IN_MESSAGE = /incorrect username or password|password attempts exceeded|user is disabled/i;
// Cognito identity's own texts name it too: "IdentityPool '…' not found.", "Access to Identity '…' is forbidden.",
// "Logins don't match", "… at 'identityPoolId' failed to satisfy constraint" (FAILURE-MODES.md identity-pool-not-found,
// stale-identity-id).
const IDENTITY_POOL_MESSAGE =
  /identity pool|supported provider|Invalid login token|Unauthenticated access|AssumeRoleWithWebIdentity|IdentityPool '|Access to Identity '|Logins don't match|'identityPoolId'/i;

type Reading = { kind: AwsErrorKind; reason?: AwsErrorReason };

function notAuthorized(message: string, stage: ErrorStage | undefined): Reading {
  // Cognito identity answers an IAM denial of its own API (GetIdentityPoolRoles…) with NotAuthorizedException.
  if (stage === 'lookup' || /not authorized to perform/i.test(message)) return { kind: 'access-denied' };
  if (/incorrect username or password/i.test(message)) return { kind: 'auth-refused', reason: 'wrong-password' };
  if (/password attempts exceeded/i.test(message)) return { kind: 'auth-refused', reason: 'locked-out' };
  if (/user is disabled/i.test(message)) return { kind: 'auth-refused', reason: 'user-disabled' };
  if (/unauthenticated access is not supported/i.test(message)) return { kind: 'auth-refused', reason: 'guest-access' };
  if (/expired/i.test(message)) return { kind: 'expired-credentials', reason: 'token-expired' };
  if (/invalid login token|supported provider|issuer|audience|logins don't match/i.test(message))
    return { kind: 'auth-refused', reason: 'provider-mismatch' };
  return { kind: 'auth-refused' };
}

/** AppSync's `UnauthorizedException`: IAM or the schema refused, or the credentials were not accepted. */
function appSyncUnauthorized(message: string): Reading {
  if (/token .*expired/i.test(message)) return { kind: 'expired-credentials' };
  if (/token .*invalid/i.test(message)) return { kind: 'invalid-credentials' };
  if (/not authorized to access \w+ on type \w+/i.test(message))
    return { kind: 'access-denied', reason: 'field-refused' };
  if (/valid authorization header|missing authentication token|no credentials/i.test(message))
    return { kind: 'auth-refused', reason: 'unsigned' };
  return { kind: 'access-denied' };
}

function throttled({ code, message, status }: NormalizedAwsError, service: AwsService | 'unknown'): boolean {
  return (
    THROTTLING.has(code) ||
    (code === 'LimitExceededException' && (service === 'cognito-idp' || /attempt limit/i.test(message))) ||
    /rate exceeded/i.test(message) ||
    status === 429
  );
}

function readKind(n: NormalizedAwsError, service: AwsService | 'unknown', stage: ErrorStage | undefined): Reading {
  const { code, message } = n;
  const clock = /signature expired|not yet current|clock|request time/i.test(message);
  if (code === 'NetworkError' || (code === 'TypeError' && NETWORK_MESSAGE.test(`${message} ${n.cause ?? ''}`)))
    return { kind: 'network' };
  if (/abort|timeout/i.test(code) || n.cause === 'ETIMEDOUT') return { kind: 'timeout' };
  if (n.cause && NETWORK_CAUSE.test(n.cause)) return { kind: 'network' };
  if (throttled(n, service)) return { kind: 'throttled' };
  if (code === 'NotAuthorizedException') return notAuthorized(message, stage);
  const userState = USER_STATE.get(code);
  if (userState) return { kind: 'auth-refused', reason: userState };
  if (code === 'InvalidIdentityPoolConfigurationException') return { kind: 'access-denied', reason: 'role-trust' };
  if (DENIED.has(code))
    return /sts:AssumeRoleWithWebIdentity/.test(message)
      ? { kind: 'access-denied', reason: 'role-trust' }
      : { kind: 'access-denied' };
  if (UNKNOWN_KEY.has(code)) return { kind: 'invalid-credentials' };
  if (EXPIRED.has(code)) return { kind: 'expired-credentials' };
  // AppSync's subscription handshake reports a signature mismatch as BadRequestException (aws-mobile-appsync-sdk-js#561),
  // and its HTTP endpoint a stale signature as 400 BadRequestException "Signature expired: …" (amplify-js #11480).
  if (
    BAD_SIGNATURE.has(code) ||
    /request signature we calculated does not match/i.test(message) ||
    (code === 'BadRequestException' && /^Signature (expired|not yet current)/.test(message))
  )
    return clock ? { kind: 'invalid-credentials', reason: 'clock-skew' } : { kind: 'invalid-credentials' };
  if (UNSIGNED.has(code)) return { kind: 'auth-refused', reason: 'unsigned' };
  if (code === 'UnauthorizedException' || code === 'Unauthorized') return appSyncUnauthorized(message);
  if (VALIDATION.test(code))
    return /(USER_PASSWORD_AUTH|USER_SRP_AUTH|REFRESH_TOKEN_AUTH|CUSTOM_AUTH)\b.*not enabled/i.test(message)
      ? { kind: 'validation', reason: 'flow-not-enabled' }
      : { kind: 'validation' };
  if (NOT_FOUND.has(code) || n.status === 404) return { kind: 'not-found' };
  if (SERVER.test(code) || (n.status ?? 0) >= 500 || n.fault === 'server') return { kind: 'server' };
  return { kind: 'unknown' };
}

function serviceOf(n: NormalizedAwsError, context: ErrorContext): AwsService | 'unknown' {
  if (context.service) return context.service;
  if (n.graphql) return 'appsync';
  if (n.namespace && /cognito\.identity\.model/i.test(n.namespace)) return 'cognito-identity';
  return 'unknown';
}

function stageOf(n: NormalizedAwsError, service: AwsService | 'unknown', reading: Reading): ErrorStage | undefined {
  if (n.graphql) return 'graphql';
  if (service !== 'unknown') return STAGE_OF_SERVICE[service];
  if ((reading.reason && SIGN_IN_REASONS.has(reading.reason)) || SIGN_IN_MESSAGE.test(n.message)) return 'sign-in';
  if (
    n.code === 'InvalidIdentityPoolConfigurationException' ||
    reading.reason === 'guest-access' ||
    reading.reason === 'provider-mismatch' ||
    IDENTITY_POOL_MESSAGE.test(n.message)
  )
    return 'credentials';
  return undefined;
}

const RETRYABLE = new Set<AwsErrorKind>(['network', 'timeout', 'throttled', 'server']);

function classify(thrown: unknown, context: ErrorContext): ClassifiedAwsError {
  const raw = normalizeAwsError(thrown);
  const n: NormalizedAwsError = { ...raw, code: scrubText(raw.code), message: scrubText(raw.message) };
  const service = serviceOf(n, context);
  const reading = readKind(n, service, context.stage);
  const stage = context.stage ?? stageOf(n, service, reading);
  return {
    service,
    ...(stage ? { stage } : {}),
    code: n.code,
    ...(n.status !== undefined ? { status: n.status } : {}),
    message: n.message,
    kind: reading.kind,
    ...(reading.reason ? { reason: reading.reason } : {}),
    retryable: RETRYABLE.has(reading.kind),
    ...(n.requestId ? { requestId: scrubText(n.requestId) } : {}),
    ...(n.recoverySuggestion ? { recoverySuggestion: scrubText(n.recoverySuggestion) } : {}),
    ...(n.cause ? { cause: scrubText(n.cause) } : {}),
  };
}

/** What kind of AWS or Amplify error `thrown` is. Never throws, whatever was thrown. */
export function classifyAwsError(thrown: unknown, context: ErrorContext = {}): ClassifiedAwsError {
  try {
    return classify(thrown, context);
  } catch {
    const service = context.service ?? 'unknown';
    return {
      service,
      ...(context.stage ? { stage: context.stage } : {}),
      code: UNNAMED,
      message: '',
      kind: 'unknown',
      retryable: false,
    };
  }
}

export type NextStepKind =
  | 'network'
  | 'wrong-password'
  | 'user-not-confirmed'
  | 'user-action-required'
  | 'flow-not-enabled'
  | 'resource-not-found';

/**
 * What to do when the chain stops for a reason that is not a failure mode (bad input, no network): the table
 * `NEXT_STEP` in diagnose.ts decides this from the error name today; this is the same table over a classification.
 */
export function nextStepKind(
  classified: Pick<ClassifiedAwsError, 'code' | 'kind'>,
  stage: ErrorStage | undefined,
): NextStepKind | undefined {
  const { code, kind } = classified;
  if (kind === 'network' || kind === 'timeout' || code === 'NetworkError' || code === 'TypeError') return 'network';
  if (stage === 'sign-in' && /NotAuthorized|UserNotFound/.test(code)) return 'wrong-password';
  if (code === 'UserNotConfirmedException') return 'user-not-confirmed';
  if (code === 'PasswordResetRequiredException' || code === 'SignInIncomplete') return 'user-action-required';
  if (code === 'InvalidParameterException') return 'flow-not-enabled';
  if (code === 'ResourceNotFoundException') return 'resource-not-found';
  return undefined;
}
