/**
 * Where AWS and Amplify put an error's name, status and message: AWS SDK v3 (`name`, `$metadata`) and v2 (`code`,
 * `statusCode`), Amplify v6 wrappers (`underlyingError`, `recoverySuggestion`), thrown GraphQL results (`errors[]`
 * with `errorType` or `originalError`), JSON 1.1 bodies (`__type`), query-protocol bodies (`Error.Code`),
 * `x-amzn-ErrorType` headers and Node network errors (`cause.code`). A getter that throws reads as absent.
 */

export interface NormalizedAwsError {
  code: string;
  message: string;
  status?: number;
  requestId?: string;
  recoverySuggestion?: string;
  cause?: string;
  fault?: string;
  namespace?: string;
  /** A GraphQL result (`{errors: [...]}`): AppSync answered. */
  graphql?: boolean;
}

export const UNNAMED = 'Error';
// Names wrappers give themselves; the AWS error is underneath (`underlyingError`, `cause`, `originalError`).
const GENERIC = new Set([UNNAMED, 'Unknown', 'UnknownError', 'AmplifyError', 'AuthError', 'ApiError', 'GraphQLError']);
type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;

/** One property, or undefined when reading it throws (getters, revoked proxies). */
function read(bag: unknown, key: string): unknown {
  try {
    return isBag(bag) ? bag[key] : undefined;
  } catch {
    return undefined;
  }
}
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const httpStatus = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;

/**
 * `aws.protocols#awsJson1_1` error codes may carry a namespace (`com.amazonaws.cognito.identity.model#X`) and a URI
 * (`X:http://internal.amazon.com/coral/…`), as may `x-amzn-ErrorType`: the name is what lies between.
 */
function codeName(raw: string): string {
  return (
    raw
      .replace(/:https?:\/\/.*$/i, '')
      .split('#')
      .at(-1) ?? raw
  );
}

/** `x-amzn-ErrorType` from a `Headers` or a plain header map (fetch responses, SDK `$response`). */
function errorTypeHeader(headers: unknown): string | undefined {
  try {
    const get = read(headers, 'get');
    if (typeof get === 'function') return text((get as (name: string) => unknown).call(headers, 'x-amzn-errortype'));
    if (!isBag(headers)) return undefined;
    const key = Object.keys(headers).find((name) => name.toLowerCase() === 'x-amzn-errortype');
    return key ? text(read(headers, key)) : undefined;
  } catch {
    return undefined;
  }
}

function headerOf(headers: unknown, name: string): string | undefined {
  try {
    const get = read(headers, 'get');
    if (typeof get === 'function') return text((get as (n: string) => unknown).call(headers, name));
    if (!isBag(headers)) return undefined;
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    return key ? text(read(headers, key)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The name given to an answer that is not AWS's: the SDK could not read the body (an HTML error page from a proxy,
 * a gateway or a captive portal; `Unexpected token '<'`). It is reported by its status and content type, and the
 * SDK's internals ("inspect the hidden field {error}.$response") are left out.
 */
export const NOT_AN_AWS_ANSWER = 'NotAnAwsAnswer';
// The AWS SDK v3's note on a body it could not deserialize (@smithy/core, schemaDeserializationMiddleware).
const DESERIALIZATION_HINT =
  /\s*Deserialization error: to see the raw response, inspect the hidden field \{error\}\.\$response on this object\./;

function notAnAwsAnswer(thrown: Bag, response: unknown, status: number | undefined): NormalizedAwsError | undefined {
  const message = text(read(thrown, 'message')) ?? '';
  const name = text(read(thrown, 'name'));
  if (!DESERIALIZATION_HINT.test(message) && !(name === 'SyntaxError' && isBag(response))) return undefined;
  const type = headerOf(read(response, 'headers'), 'content-type')?.split(';')[0]?.trim();
  return {
    code: NOT_AN_AWS_ANSWER,
    message: `The endpoint answered${status ? ` HTTP ${status}` : ''} with ${type ? type : 'no content type'}, not an AWS answer that could be read (a proxy, a gateway or an outage page).`,
    ...(status !== undefined ? { status } : {}),
    cause: message.replace(DESERIALIZATION_HINT, '').slice(0, 200) || undefined,
    ...(status !== undefined && status >= 500 ? { fault: 'server' } : {}),
  };
}

function stringOf(value: unknown): string {
  if (typeof value === 'function') return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

// Amplify v6 replaces the message of an AppSync UnauthorizedException (its `originalError`) with "Unauthorized" and
// adds this recoverySuggestion (@aws-amplify/api-graphql src/utils/errors/repackageAuthError.ts, v4.10.1):
// "If you're calling an Amplify-generated API, make sure to set the \"authMode\" in generateClient({ authMode:
// '...' }) to the backend authorization rule's auth provider ('apiKey', 'userPool', 'iam', 'oidc', 'lambda')".
// `originalError` is not enumerable (graphql 15's GraphQLError): JSON.stringify drops it, so this pair alone says
// AppSync answered 401 UnauthorizedException. Node's console prints the error with originalError's stack header
// (`UnauthorizedException: Unknown error`) instead of the message: the suggestion shows the message was replaced.
const AMPLIFY_REPACKAGED = /^If you're calling an Amplify-generated API, make sure to set the "authMode"/;

function repackagedByAmplify(first: Bag): boolean {
  const suggestion = text(read(first, 'recoverySuggestion'));
  return Boolean(suggestion && AMPLIFY_REPACKAGED.test(suggestion));
}

function normalizeGraphql(result: Bag, first: Bag, depth: number): NormalizedAwsError {
  const original = read(first, 'originalError');
  const inner = isBag(original) && depth < 3 ? normalizeAwsError(original, depth + 1) : undefined;
  const repackaged = repackagedByAmplify(first);
  const named = [
    read(first, 'errorType'),
    inner?.code,
    read(first, 'name'),
    read(result, 'name'),
    repackaged ? 'UnauthorizedException' : undefined,
  ]
    .map(text)
    .find((name) => name && !GENERIC.has(name));
  return {
    ...inner,
    ...(repackaged && inner?.status === undefined ? { status: 401 } : {}),
    code: named ? codeName(named) : UNNAMED,
    message: repackaged ? 'Unauthorized' : (text(read(first, 'message')) ?? inner?.message ?? ''),
    recoverySuggestion: text(read(first, 'recoverySuggestion')) ?? inner?.recoverySuggestion,
    graphql: true,
  };
}

export function normalizeAwsError(thrown: unknown, depth = 0): NormalizedAwsError {
  if (!isBag(thrown)) return { code: UNNAMED, message: typeof thrown === 'string' ? thrown : stringOf(thrown) };
  const errors = read(thrown, 'errors');
  const first = Array.isArray(errors) ? errors.find(isBag) : undefined;
  if (isBag(first)) return normalizeGraphql(thrown, first, depth);

  const metadata = read(thrown, '$metadata') ?? read(thrown, 'metadata');
  const response = read(thrown, '$response');
  const wrapped = read(thrown, 'Error'); // query protocol: {"Error": {"Code": …, "Message": …}}
  const rawCode = text(read(thrown, 'code'));
  // SDK v2 names the error in `code`; Node names system errors (`ECONNREFUSED`) there.
  const nodeCode = rawCode && /^E[A-Z0-9_]+$/.test(rawCode) ? rawCode : undefined;
  const candidates = [
    read(thrown, 'name'),
    nodeCode ? undefined : rawCode,
    read(thrown, 'Code'),
    read(thrown, '__type'),
    read(wrapped, 'Code'),
    errorTypeHeader(read(thrown, 'headers')) ?? errorTypeHeader(read(response, 'headers')),
    read(thrown, 'errorType'),
  ]
    .map(text)
    .filter((name): name is string => Boolean(name));
  const raw = candidates.find((name) => !GENERIC.has(codeName(name))) ?? candidates[0];
  const unread = notAnAwsAnswer(
    thrown,
    response,
    httpStatus(read(metadata, 'httpStatusCode')) ?? httpStatus(read(response, 'statusCode')),
  );
  if (unread) return unread;
  const normalized: NormalizedAwsError = {
    code: raw ? codeName(raw) : UNNAMED,
    message:
      text(read(thrown, 'message')) ??
      text(read(thrown, 'Message')) ??
      text(read(wrapped, 'Message')) ??
      text(read(thrown, 'errorMessage')) ??
      '',
    status:
      httpStatus(read(metadata, 'httpStatusCode')) ??
      httpStatus(read(thrown, 'statusCode')) ??
      httpStatus(read(thrown, 'status')) ??
      httpStatus(read(response, 'statusCode')),
    requestId: text(read(metadata, 'requestId')) ?? text(read(thrown, 'requestId')),
    recoverySuggestion: text(read(thrown, 'recoverySuggestion')),
    cause: nodeCode,
    fault: text(read(thrown, '$fault')),
    namespace: raw?.includes('#') ? raw.split('#')[0] : undefined,
  };
  const underlying = read(thrown, 'underlyingError') ?? read(thrown, 'cause');
  if (!isBag(underlying) || depth >= 3) return normalized;
  const inner = normalizeAwsError(underlying, depth + 1);
  // Amplify wraps the AWS error: its own name is generic (`Unknown`), or it is a network wrapper around a TypeError.
  if (GENERIC.has(normalized.code) && !GENERIC.has(inner.code))
    return { ...inner, recoverySuggestion: normalized.recoverySuggestion ?? inner.recoverySuggestion };
  return { ...normalized, cause: normalized.cause ?? inner.cause ?? (inner.message || undefined) };
}
