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

/**
 * The XML namespaces of the query-protocol services, as their service models name them (`metadata.xmlNamespace`:
 * botocore iam/2010-05-08/service-2.json `"xmlNamespace":"https://iam.amazonaws.com/doc/2010-05-08/"`; aws/aws-sdk-js-v3
 * client-sts ServiceMetadata `xmlNamespace: { uri: "https://sts.amazonaws.com/doc/2011-06-15/" }`). That IAM's error
 * answers carry the same namespace as its successes is assumed (unconfirmed). STS's own error answer, verbatim in
 * aws/aws-sdk-js #198:
 * `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>…`.
 */
export const QUERY_XMLNS = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
} as const;

export type QueryService = keyof typeof QUERY_XMLNS;

/**
 * Renders an AwsError the way the service's protocol does on the wire. `queryService` picks the namespace of a
 * query-protocol error (IAM when not told).
 */
export function errorResponse(error: AwsError, requestId: string, queryService: QueryService = 'iam'): SandboxResponse {
  if (error.protocol === 'query') {
    // `<Type>Sender</Type>` for the caller's faults (aws/aws-sdk-js #198 for STS; amzn/selling-partner-api-models
    // #2523 "403 Forbidden … Sender AccessDenied" for STS AssumeRole). `Receiver` for 5xx: no 5xx answer of IAM or
    // STS is quoted in a public thread (unconfirmed).
    const type = error.status >= 500 ? 'Receiver' : 'Sender';
    const xml =
      `<ErrorResponse xmlns="${QUERY_XMLNS[queryService]}"><Error><Type>${type}</Type>` +
      `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`;
    return xmlResponse(xml, requestId, error.status);
  }
  if (error.protocol === 'rest-json') {
    // AppSync: `{"errors":[{"errorType":…,"message":…}]}` (graphql/graphql-over-http #81, the AppSync team's own
    // description of its HTTP errors) plus the x-amzn-ErrorType header (aws-amplify/amplify-js #2422, "Response
    // Headers: {x-amzn-ErrorType=InvalidSignatureException}"). The content type `application/json; charset=UTF-8`
    // is unconfirmed (no public thread quotes an AppSync error's Content-Type).
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
  // The code: Cognito answers an unreadable body 400 `SerializationException` (aws-amplify/amplify-js #4738,
  // `{"__type":"SerializationException","Message":"Expected map or null"}`; amazon-archives/amazon-cognito-identity-js
  // #485). The text is the sandbox's own (unconfirmed): AWS's words depend on where its parser stopped.
  throw new AwsError(400, 'SerializationException', 'Request body is not a JSON object.');
}

/**
 * A required member that is absent. AWS's words: "1 validation error detected: Value null at '<member>' failed to
 * satisfy constraint: Member must not be null" (Cognito: amazon-archives/amazon-cognito-auth-js #65; STS `AssumeRole`:
 * aws/aws-sdk-cpp #1252, "Value null at 'roleSessionName'"). The code: JSON services `InvalidParameterException`
 * (Cognito's validation errors, boto/boto3 #3581, anomalyco/guide #127); query services `ValidationError` (STS:
 * zalando-stups/aws-credentials-service #7, getmoto/moto #9218). IAM's code for it is assumed the same as STS's
 * (unconfirmed), as is an empty string answered like an absent member (AWS checks its length instead: unconfirmed).
 */
export function requireString(input: Record<string, unknown>, key: string, protocol: Protocol = 'json'): string {
  const value = input[key];
  if (typeof value !== 'string' || value === '') {
    throw new AwsError(
      400,
      protocol === 'query' ? 'ValidationError' : 'InvalidParameterException',
      `1 validation error detected: Value null at '${key[0]?.toLowerCase()}${key.slice(1)}' failed to satisfy constraint: Member must not be null`,
      protocol,
    );
  }
  return value;
}
