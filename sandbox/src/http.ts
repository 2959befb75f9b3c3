import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** One decoded request, as every service handler sees it. Header names are lower-case. */
export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
  /** `x-amz-target` operation (JSON 1.1 protocols), e.g. `InitiateAuth`. */
  operation?: string;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Protocol = 'json' | 'query' | 'rest-json';

/**
 * An error answered in AWS's own format for the protocol. Handlers throw it; the router renders it.
 * `code` is AWS's error name (`NotAuthorizedException`, `AccessDenied`, …), `message` its text.
 */
export class AwsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly protocol: Protocol = 'json',
  ) {
    super(message);
    this.name = code;
  }
}

export function newRequestId(): string {
  return randomUUID();
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return out;
}

export function jsonResponse(
  body: unknown,
  requestId: string,
  status = 200,
  contentType = 'application/x-amz-json-1.1',
): SandboxResponse {
  return {
    status,
    headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
    body: JSON.stringify(body),
  };
}

export function xmlResponse(xml: string, requestId: string, status = 200): SandboxResponse {
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body: xml };
}

export function escapeXml(value: string): string {
  return value.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

/** Renders an AwsError the way the service's protocol does on the wire. */
export function errorResponse(error: AwsError, requestId: string): SandboxResponse {
  if (error.protocol === 'query') {
    const type = error.status >= 500 ? 'Receiver' : 'Sender';
    const xml =
      `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>${type}</Type>` +
      `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`;
    return xmlResponse(xml, requestId, error.status);
  }
  if (error.protocol === 'rest-json') {
    // AppSync: `{"errors":[{"errorType":…,"message":…}]}` plus the x-amzn-ErrorType header.
    return {
      status: error.status,
      headers: {
        'content-type': 'application/json; charset=UTF-8',
        'x-amzn-requestid': requestId,
        'x-amzn-errortype': error.code,
      },
      body: JSON.stringify({ errors: [{ errorType: error.code, message: error.message }] }),
    };
  }
  // JSON 1.1 errors name themselves in x-amzn-ErrorType (with a trailing colon) and repeat the message in
  // x-amzn-ErrorMessage (a Cognito user pool answer quoted in localstack/localstack #3201).
  return {
    status: error.status,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': `${error.code}:`,
      'x-amzn-errormessage': headerSafe(error.message),
    },
    body: JSON.stringify({ __type: error.code, message: error.message }),
  };
}

/** A header value cannot hold line breaks: AWS's multi-line texts (a signature mismatch) arrive on one line. */
function headerSafe(message: string): string {
  return message.replace(/[\r\n]+/g, ' ').replace(/[^\t\x20-\x7e]/g, '?');
}

/** Parses a JSON 1.1 body, answering AWS's own error for garbage. */
export function parseJsonBody(request: SandboxRequest): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(request.body.toString('utf8') || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new AwsError(400, 'SerializationException', 'Request body is not a JSON object.');
}

export function requireString(input: Record<string, unknown>, key: string, protocol: Protocol = 'json'): string {
  const value = input[key];
  if (typeof value !== 'string' || value === '') {
    throw new AwsError(
      400,
      protocol === 'query' ? 'MissingParameter' : 'InvalidParameterException',
      `1 validation error detected: Value at '${key[0]?.toLowerCase()}${key.slice(1)}' failed to satisfy constraint: Member must not be null`,
      protocol,
    );
  }
  return value;
}
