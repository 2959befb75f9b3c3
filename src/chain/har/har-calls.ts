import { cloudTrailRecordSchema, type Call, type CloudTrailRecord, type DecodedToken, type LogLine } from '../case';
import { isAssumeRoleWithWebIdentity } from '../evidence';
import { sanitizeRecord } from '../sanitize';
import { scrubText } from '../secrets';
import { decodeToken } from '../token';
import { header, responseText, type HarEntry } from './har-file';

/**
 * The AWS calls of a HAR, each read for what the chain needs, with every secret dropped while reading: token
 * signatures (tokens are kept decoded), refresh tokens, `SecretKey`/`SecretAccessKey`, `SessionToken`, passwords,
 * SRP proofs, `Logins` values, `Authorization` signatures. Nothing of an unrelated entry is read past its URL and
 * headers. Every text kept passes `scrubText`.
 */

interface CallBase {
  entry: number;
  start: number;
  end: number;
  call: Call;
}

export interface AuthCall extends CallBase {
  kind: 'user-pool';
  operation: string;
  clientId?: string;
  authFlow?: string;
  username?: string;
  idToken?: DecodedToken;
  accessToken?: DecodedToken;
  /** A challenge to answer next (`PASSWORD_VERIFIER` for SRP): not yet signed in. */
  challenge?: string;
}

export interface IdentityCall extends CallBase {
  kind: 'identity-pool';
  operation: string;
  identityPoolId?: string;
  accountId?: string;
  identityId?: string;
  /** `Logins` provider names (the values, raw ID tokens, are not kept). */
  providers: string[];
  /** The ID token sent in `Logins`, decoded (signature dropped). */
  loginToken?: DecodedToken;
  accessKeyId?: string;
  expiration?: string;
}

export interface StsCall extends CallBase {
  kind: 'sts';
  roleArn?: string;
  identityId?: string;
  accessKeyId?: string;
  expiration?: string;
}

export interface GraphqlCall extends CallBase {
  kind: 'appsync';
  url: string;
  query: string;
  operationName?: string;
  /** SigV4 `Credential=` scope (absent when the export dropped `Authorization`). */
  scope?: { accessKeyId: string; date: string; region: string; service: string };
  amzDate?: string;
  /** An `x-amz-security-token` header was sent (its value is never read). */
  securityToken: boolean;
  /** What authorized the request, as far as the headers show. */
  auth: 'sigv4' | 'jwt' | 'api-key' | 'unknown';
  /** `Authorization` was absent although the request was signed (a sanitized export). */
  authorizationMissing: boolean;
  errors: { errorType?: string; message: string; path?: (string | number)[] }[];
}

export interface LookupCall extends CallBase {
  kind: 'lookup';
  records: CloudTrailRecord[];
  logs: LogLine[];
}

export type AwsCall = AuthCall | IdentityCall | StsCall | GraphqlCall | LookupCall;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function json(text: string | undefined): Record<string, unknown> | undefined {
  if (!text || text.length > 4 * 1024 * 1024) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function decoded(token: unknown): DecodedToken | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    return decodeToken(token);
  } catch {
    return undefined;
  }
}

/** `x-amzn-ErrorType: NotAuthorizedException:http://…` or a JSON 1.1 `__type` (`com.amazonaws…#NotAuthorized…`). */
function errorTypeOf(entry: HarEntry, body: Record<string, unknown> | undefined): string | undefined {
  const fromHeader = header(entry.responseHeaders, 'x-amzn-errortype')?.split(':')[0];
  const fromBody = str(body?.__type)?.split('#').pop();
  const type = fromHeader || fromBody;
  return type ? scrubText(type).slice(0, 200) : undefined;
}

function baseCall(entry: HarEntry, service: string, operation: string, body?: Record<string, unknown>): CallBase {
  const errorType = entry.status >= 400 || entry.status === 0 ? errorTypeOf(entry, body) : undefined;
  const message = entry.status >= 400 ? (str(body?.message) ?? str(body?.Message)) : undefined;
  const requestId =
    header(entry.responseHeaders, 'x-amzn-requestid') ?? header(entry.responseHeaders, 'x-amz-request-id');
  const serverDate = header(entry.responseHeaders, 'date');
  return {
    entry: entry.index,
    start: entry.start,
    end: entry.start + entry.durationMs,
    call: {
      service,
      operation,
      at: new Date(entry.start).toISOString(),
      durationMs: Math.round(entry.durationMs),
      ...(entry.status > 0 ? { status: entry.status } : {}),
      ...(requestId ? { requestId: scrubText(requestId).slice(0, 200) } : {}),
      ...(errorType ? { errorType } : entry.status === 0 ? { errorType: 'NetworkError' } : {}),
      ...(serverDate ? { serverDate: serverDate.slice(0, 100) } : {}),
      ...(message ? { errorMessage: scrubText(message).slice(0, 2000) } : {}),
    },
  };
}

/** JSON 1.1 timestamps are epoch seconds (fractional allowed); some clients print ISO text. */
function isoOf(value: unknown): string | undefined {
  const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) && ms > 0 && ms < Date.UTC(2200, 0, 1) ? new Date(ms).toISOString() : undefined;
}

function readUserPool(entry: HarEntry, operation: string): AuthCall {
  const request = json(entry.requestBody);
  const response = entry.status < 400 ? json(responseText(entry)) : undefined;
  const error = entry.status >= 400 ? json(responseText(entry)) : undefined;
  const params = isObject(request?.AuthParameters)
    ? request.AuthParameters
    : isObject(request?.ChallengeResponses)
      ? request.ChallengeResponses
      : undefined;
  // Only USERNAME is read of the parameters: PASSWORD, SRP_A, PASSWORD_CLAIM_SIGNATURE, SECRET_HASH stay unread.
  const username = str(params?.USERNAME);
  const result = isObject(response?.AuthenticationResult) ? response.AuthenticationResult : undefined;
  const idToken = decoded(result?.IdToken);
  const accessToken = decoded(result?.AccessToken);
  const challenge = str(response?.ChallengeName);
  const clientId = str(request?.ClientId);
  const authFlow = str(request?.AuthFlow);
  return {
    kind: 'user-pool',
    operation,
    ...baseCall(entry, 'cognito-idp', operation, error),
    ...(clientId ? { clientId: scrubText(clientId) } : {}),
    ...(authFlow ? { authFlow: scrubText(authFlow) } : {}),
    ...(username ? { username: scrubText(username) } : {}),
    ...(idToken ? { idToken } : {}),
    ...(accessToken ? { accessToken } : {}),
    ...(challenge ? { challenge: scrubText(challenge) } : {}),
  };
}

function readIdentityPool(entry: HarEntry, operation: string): IdentityCall {
  const request = json(entry.requestBody);
  const body = json(responseText(entry));
  const response = entry.status < 400 ? body : undefined;
  const logins = isObject(request?.Logins) ? request.Logins : {};
  const providers = Object.keys(logins).map((p) => scrubText(p));
  // The first Logins value that decodes is the ID token the app sent; only its header and claims are kept.
  const loginToken = Object.values(logins).map(decoded).find(Boolean);
  // `Credentials.SecretKey` and `.SessionToken` are never read: only the access key id and the expiration.
  const credentials = isObject(response?.Credentials) ? response.Credentials : undefined;
  const identityId = str(response?.IdentityId) ?? str(request?.IdentityId);
  const accessKeyId = str(credentials?.AccessKeyId);
  const expiration = isoOf(credentials?.Expiration);
  const identityPoolId = str(request?.IdentityPoolId);
  const accountId = str(request?.AccountId);
  return {
    kind: 'identity-pool',
    operation,
    ...baseCall(entry, 'cognito-identity', operation, entry.status >= 400 ? body : undefined),
    providers,
    ...(loginToken ? { loginToken } : {}),
    ...(identityId ? { identityId: scrubText(identityId) } : {}),
    ...(identityPoolId ? { identityPoolId: scrubText(identityPoolId) } : {}),
    ...(accountId ? { accountId: scrubText(accountId) } : {}),
    ...(accessKeyId ? { accessKeyId: scrubText(accessKeyId) } : {}),
    ...(expiration ? { expiration } : {}),
  };
}

const xmlTag = (xml: string, tag: string) =>
  new RegExp(`<${tag}>([^<]{0,2048})</${tag}>`).exec(xml)?.[1]?.trim() || undefined;

/**
 * STS `AssumeRoleWithWebIdentity` (query protocol, XML; the basic flow): `AccessKeyId`, `Expiration`,
 * `SubjectFromWebIdentityToken` and the assumed role's ARN. `SecretAccessKey` and `SessionToken` are not read.
 */
function readSts(entry: HarEntry): StsCall {
  const xml = (responseText(entry) ?? '').slice(0, 1024 * 1024);
  const form = new URLSearchParams(entry.requestBody ?? new URL(entry.url).search);
  const failed = entry.status >= 400;
  const code = failed ? xmlTag(xml, 'Code') : undefined;
  const message = failed ? xmlTag(xml, 'Message') : undefined;
  const base = baseCall(entry, 'sts', 'AssumeRoleWithWebIdentity');
  const roleArn = form.get('RoleArn') ?? undefined;
  const accessKeyId = failed ? undefined : xmlTag(xml, 'AccessKeyId');
  const expiration = failed ? undefined : isoOf(xmlTag(xml, 'Expiration'));
  const identityId = failed ? undefined : xmlTag(xml, 'SubjectFromWebIdentityToken');
  return {
    kind: 'sts',
    ...base,
    call: {
      ...base.call,
      ...(code && !base.call.errorType ? { errorType: scrubText(code) } : {}),
      ...(message ? { errorMessage: scrubText(message) } : {}),
    },
    ...(roleArn ? { roleArn: scrubText(roleArn) } : {}),
    ...(accessKeyId ? { accessKeyId: scrubText(accessKeyId) } : {}),
    ...(expiration ? { expiration } : {}),
    ...(identityId ? { identityId: scrubText(identityId) } : {}),
  };
}

/** `AWS4-HMAC-SHA256 Credential=AKID/20261124/us-east-1/appsync/aws4_request, …`: the scope only. */
function credentialScope(authorization: string | undefined): GraphqlCall['scope'] {
  const match = authorization?.match(
    /Credential=([A-Z0-9]{16,128})\/(\d{8})\/([a-z0-9-]{1,40})\/([a-z0-9-]{1,40})\/aws4_request/,
  );
  if (!match) return undefined;
  const [, accessKeyId = '', date = '', region = '', service = ''] = match;
  return { accessKeyId, date, region, service };
}

function readGraphql(entry: HarEntry): GraphqlCall {
  const request = json(entry.requestBody);
  const body = json(responseText(entry));
  const authorization = header(entry.requestHeaders, 'authorization');
  const amzDate = header(entry.requestHeaders, 'x-amz-date');
  const securityToken = header(entry.requestHeaders, 'x-amz-security-token') !== undefined;
  const apiKey = header(entry.requestHeaders, 'x-api-key') !== undefined;
  const scope = credentialScope(authorization);
  const auth: GraphqlCall['auth'] =
    scope || /^AWS4-HMAC-SHA256/i.test(authorization ?? '')
      ? 'sigv4'
      : authorization
        ? 'jwt'
        : apiKey
          ? 'api-key'
          : amzDate
            ? 'sigv4'
            : 'unknown';
  const errors = Array.isArray(body?.errors) ? (body.errors as unknown[]) : [];
  const base = baseCall(entry, 'appsync', 'GraphQL');
  const readErrors = errors.slice(0, 100).flatMap((e) => {
    if (!isObject(e)) return [];
    const errorType = str(e.errorType);
    const path = Array.isArray(e.path)
      ? e.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number').slice(0, 50)
      : undefined;
    return [
      {
        ...(errorType ? { errorType: scrubText(errorType).slice(0, 200) } : {}),
        message: scrubText(str(e.message) ?? '').slice(0, 2000),
        ...(path ? { path: path.map((p) => (typeof p === 'string' ? scrubText(p) : p)) } : {}),
      },
    ];
  });
  const errorType = base.call.errorType ?? (entry.status >= 400 ? readErrors[0]?.errorType : undefined);
  const query = str(request?.query) ?? '';
  const operationName = str(request?.operationName);
  const url = new URL(entry.url);
  return {
    kind: 'appsync',
    ...base,
    call: {
      ...base.call,
      ...(errorType ? { errorType } : {}),
      ...(entry.status >= 400 && readErrors[0] ? { errorMessage: readErrors[0].message } : {}),
    },
    // The endpoint without its query string (which may carry an API key).
    url: scrubText(`${url.origin}${url.pathname}`),
    query: scrubText(query).slice(0, 100_000),
    ...(operationName ? { operationName: scrubText(operationName).slice(0, 200) } : {}),
    ...(scope ? { scope } : {}),
    ...(amzDate ? { amzDate: amzDate.slice(0, 40) } : {}),
    securityToken,
    auth,
    authorizationMissing: !authorization && (Boolean(amzDate) || securityToken),
    errors: readErrors,
  };
}

/** CloudTrail `LookupEvents` answers the dashboard (or the console) got: the STS records in them. */
function readLookupEvents(entry: HarEntry, base: CallBase): LookupCall {
  const body = entry.status < 400 ? json(responseText(entry)) : undefined;
  const events = Array.isArray(body?.Events) ? (body.Events as unknown[]) : [];
  const records = events.slice(0, 1000).flatMap((event) => {
    const text = isObject(event) ? str(event.CloudTrailEvent) : undefined;
    const parsed = cloudTrailRecordSchema.safeParse(json(text));
    return parsed.success && isAssumeRoleWithWebIdentity(parsed.data) ? [sanitizeRecord(parsed.data)] : [];
  });
  return { kind: 'lookup', ...base, records, logs: [] };
}

/** CloudWatch Logs `FilterLogEvents` / `GetLogEvents` answers: AppSync's log lines, scrubbed. */
function readLogEvents(entry: HarEntry, base: CallBase): LookupCall {
  const body = entry.status < 400 ? json(responseText(entry)) : undefined;
  const events = Array.isArray(body?.events) ? (body.events as unknown[]) : [];
  const logs = events.slice(0, 10_000).flatMap((event): LogLine[] => {
    if (!isObject(event) || typeof event.timestamp !== 'number' || typeof event.message !== 'string') return [];
    const stream = str(event.logStreamName);
    return [
      {
        timestamp: event.timestamp,
        message: scrubText(event.message).slice(0, 20_000),
        ...(stream ? { logStreamName: scrubText(stream) } : {}),
      },
    ];
  });
  return { kind: 'lookup', ...base, records: [], logs };
}

const USER_POOL = 'AWSCognitoIdentityProviderService.';
const IDENTITY_POOL = 'AWSCognitoIdentityService.';

/** The entry read as an AWS call of the chain, or undefined for anything else (pages, scripts, preflights). */
export function readAwsCall(entry: HarEntry): AwsCall | undefined {
  if (entry.method === 'OPTIONS') return undefined; // CORS preflights (Firefox and Safari list them)
  const target = header(entry.requestHeaders, 'x-amz-target');
  if (target) {
    const operation = target.slice(target.lastIndexOf('.') + 1);
    if (target.startsWith(USER_POOL)) return readUserPool(entry, operation);
    if (target.startsWith(IDENTITY_POOL)) return readIdentityPool(entry, operation);
    // `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents`, `Logs_20140328.FilterLogEvents`.
    if (/CloudTrail_\d+\.LookupEvents$/.test(target))
      return readLookupEvents(entry, baseCall(entry, 'cloudtrail', operation));
    if (/^Logs_\d+\.(FilterLogEvents|GetLogEvents)$/.test(target))
      return readLogEvents(entry, baseCall(entry, 'logs', operation));
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(entry.url);
  } catch {
    return undefined;
  }
  if (entry.method === 'POST' && url.pathname.endsWith('/graphql')) return readGraphql(entry);
  const action = url.searchParams.get('Action') ?? /(?:^|&)Action=(\w+)/.exec(entry.requestBody ?? '')?.[1];
  if (action === 'AssumeRoleWithWebIdentity') return readSts(entry);
  return undefined;
}
