import { AWS_TIMEOUT_MS } from './timeouts';
import type { Call } from '@/chain/case';
import { NOT_AN_AWS_ANSWER } from '@/chain/error-forms';
import { scrubText } from '@/chain/secrets';

/** What the recorder keeps of an AppSync call beyond the common fields. Never the signature, never a token. */
export interface RecordedCall extends Call {
  url: string;
  errorMessage?: string;
  /** SigV4 `Credential=` scope of the request: access key id, date, region, service. */
  credentialScope?: { accessKeyId: string; date: string; region: string; service: string };
  /** Browser time the request was signed (`x-amz-date`). */
  amzDate?: string;
  /** The kind of the AppSync request's `Authorization` header (authorizationScheme below), never its value. */
  authorizationScheme?: 'AWS4-HMAC-SHA256' | 'Bearer' | 'bare' | 'other';
  /** Whether the AppSync request carried an `x-amz-security-token` header; never its value. */
  securityTokenSent?: boolean;
  /** `GetId`'s identity id (public; the only thing read from a successful Cognito body). */
  identityId?: string;
  /** AppSync's GraphQL `errors` (message and type only). */
  graphqlErrors?: { errorType?: string; message: string; path?: (string | number)[] }[];
}

const SERVICE_BY_TARGET: [prefix: string, service: string][] = [
  ['AWSCognitoIdentityProviderService.', 'cognito-idp'],
  ['AWSCognitoIdentityService.', 'cognito-identity'],
];

function headersOf(input: RequestInfo | URL, init?: RequestInit): Headers {
  if (init?.headers) return new Headers(init.headers);
  return input instanceof Request ? input.headers : new Headers();
}

function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : String(input);
}

function classify(url: string, headers: Headers): { service: string; operation: string } | undefined {
  const target = headers.get('x-amz-target');
  if (target) {
    for (const [prefix, service] of SERVICE_BY_TARGET)
      if (target.startsWith(prefix)) return { service, operation: target.slice(prefix.length) };
    return undefined;
  }
  if (new URL(url).pathname.endsWith('/graphql')) return { service: 'appsync', operation: 'GraphQL' };
  return undefined;
}

/**
 * What stands before the credential in an `Authorization` header: AppSync takes a SigV4 signature or a bare token, and
 * refuses a `Bearer ` prefix (AWS Knowledge Center, AppSync unauthorized errors). The credential is never returned.
 */
export function authorizationScheme(authorization: string | null): RecordedCall['authorizationScheme'] {
  if (authorization === null) return undefined;
  if (authorization.startsWith('AWS4-HMAC-SHA256 ')) return 'AWS4-HMAC-SHA256';
  if (/^bearer\s/i.test(authorization)) return 'Bearer';
  return /\s/.test(authorization.trim()) ? 'other' : 'bare';
}

/** `AWS4-HMAC-SHA256 Credential=AKID/20261124/us-east-1/appsync/aws4_request, …`: the scope only. */
export function parseCredentialScope(authorization: string | null): RecordedCall['credentialScope'] {
  const match = authorization?.match(/Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/);
  if (!match) return undefined;
  const [, accessKeyId = '', date = '', region = '', service = ''] = match;
  return { accessKeyId, date, region, service };
}

async function errorDetails(
  response: Response,
  service: string,
  operation: string,
): Promise<Pick<RecordedCall, 'errorMessage' | 'graphqlErrors' | 'identityId'>> {
  try {
    if (service === 'cognito-identity' && operation === 'GetId' && response.ok) {
      const { IdentityId } = (await response.clone().json()) as { IdentityId?: unknown };
      return typeof IdentityId === 'string' ? { identityId: IdentityId } : {};
    }
    const body: unknown = await response.clone().json();
    if (!body || typeof body !== 'object') return {};
    if (service === 'appsync') {
      const errors = (body as { errors?: unknown }).errors;
      if (!Array.isArray(errors)) return {};
      return {
        graphqlErrors: errors.map((e: { errorType?: unknown; message?: unknown; path?: unknown }) => ({
          errorType: typeof e.errorType === 'string' ? e.errorType : undefined,
          message: typeof e.message === 'string' ? scrubText(e.message) : '',
          path: Array.isArray(e.path) ? (e.path as (string | number)[]) : undefined,
        })),
      };
    }
    // JSON 1.1 error bodies: {"__type": "...", "message": "..."}. Successful bodies hold tokens: never read those.
    // Error messages can echo them (the canonical request, `Authorization=<JWT>`): they pass the secret policy.
    if (response.ok) return {};
    const message =
      (body as { message?: unknown; Message?: unknown }).message ?? (body as { Message?: unknown }).Message;
    return typeof message === 'string' ? { errorMessage: scrubText(message) } : {};
  } catch {
    return {};
  }
}

/**
 * Runs `task` with `fetch` wrapped so every Cognito and AppSync call it makes is recorded: target, time, status,
 * request id, error type and message. Bodies of successful Cognito calls (which hold tokens and keys) are never read.
 */
export async function withRecordedFetch<T>(
  task: () => Promise<T>,
  onCall: (call: RecordedCall) => void,
  timeoutMs: number = AWS_TIMEOUT_MS,
): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = urlOf(input);
    const headers = headersOf(input, init);
    const kind = classify(url, headers);
    if (!kind) return original(input, init);
    const started = Date.now();
    const base = {
      ...kind,
      url,
      at: new Date(started).toISOString(),
      ...(kind.service === 'appsync'
        ? {
            credentialScope: parseCredentialScope(headers.get('authorization')),
            authorizationScheme: authorizationScheme(headers.get('authorization')),
            securityTokenSent: headers.has('x-amz-security-token'),
            amzDate: headers.get('x-amz-date') ?? undefined,
          }
        : {}),
    };
    // A deadline per call: an endpoint that accepts the connection and stays silent must not hold the run. The
    // error is not a TypeError, so Amplify does not retry it as a network error.
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await original(input, { ...init, signal });
      const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
      // An error answer that is not JSON comes from something in front of AWS (a proxy, a gateway, an outage page):
      // reported by its status and content type, not as the parser's `Unexpected token '<'`.
      const notAws = !response.ok && !/json/i.test(contentType) && !response.headers.has('x-amzn-errortype');
      const errorType = notAws
        ? NOT_AN_AWS_ANSWER
        : response.headers.get('x-amzn-errortype')?.split(':')[0] || undefined;
      onCall({
        ...base,
        durationMs: Date.now() - started,
        status: response.status,
        requestId: response.headers.get('x-amzn-requestid') ?? undefined,
        errorType,
        serverDate: response.headers.get('date') ?? undefined,
        ...(notAws
          ? {
              errorMessage: `${new URL(url).host} answered HTTP ${response.status} with ${contentType || 'no content type'}, not an AWS answer that could be read (a proxy, a gateway or an outage page).`,
            }
          : await errorDetails(response, kind.service, kind.operation)),
      });
      return response;
    } catch (error) {
      const host = new URL(url).host;
      const timedOut = deadline.aborted;
      const message = timedOut
        ? `${host} did not answer within ${Math.round(timeoutMs / 1000)} s: check the endpoint and the network.`
        : `${host} could not be reached (${error instanceof Error ? error.message : String(error)}).`;
      onCall({
        ...base,
        durationMs: Date.now() - started,
        errorType: timedOut ? 'TimeoutError' : 'NetworkError',
        errorMessage: scrubText(message),
      });
      throw timedOut ? Object.assign(new Error(message), { name: 'TimeoutError' }) : error;
    }
  };
  try {
    return await task();
  } finally {
    globalThis.fetch = original;
  }
}
