import type { SandboxRequest } from './http.ts';

/**
 * CORS per service, as AWS answers it. A browser can call a service directly only if its answers carry
 * `Access-Control-Allow-Origin`; the others need Authtrace's relay (`npm run serve`, `npm start`).
 */
export type CorsService =
  'cognito-idp' | 'cognito-identity' | 'sts' | 'cloudtrail' | 'logs' | 'appsync' | 'appsync-control' | 'iam';

export const CORS_BY_SERVICE: Record<CorsService, { cors: boolean; source: string }> = {
  // aws/aws-sdk-js SERVICES.md, "Allows CORS" column: Amazon Cognito Identity and Identity Provider, STS, CloudTrail
  // and CloudWatch Logs allow it.
  'cognito-idp': { cors: true, source: 'aws/aws-sdk-js SERVICES.md (Cognito Identity Provider: allows CORS)' },
  'cognito-identity': { cors: true, source: 'aws/aws-sdk-js SERVICES.md (Cognito Identity: allows CORS)' },
  sts: { cors: true, source: 'aws/aws-sdk-js SERVICES.md (AWS Security Token Service: allows CORS)' },
  cloudtrail: { cors: true, source: 'aws/aws-sdk-js SERVICES.md (AWS CloudTrail: allows CORS)' },
  logs: { cors: true, source: 'aws/aws-sdk-js SERVICES.md (Amazon CloudWatch Logs: allows CORS)' },
  // The GraphQL endpoint answers every origin; it cannot be restricted (aws/aws-appsync-community #277).
  appsync: { cors: true, source: 'aws/aws-appsync-community #277 (GraphQL endpoint open to every origin)' },
  // IAM: no CORS (aws-sdk-js SERVICES.md; aws/aws-sdk-js #1957 "There's nothing that can be done client-side to
  // enable CORS support in IAM", #2041 "currently IAM service doesn't support CORS"; #938: its preflight is
  // answered with a redirect).
  iam: { cors: false, source: 'aws/aws-sdk-js SERVICES.md; aws/aws-sdk-js #1957, #2041, #938' },
  // AppSync's control plane: no CORS (aws-sdk-js SERVICES.md, AWS AppSync); its preflight passes, the GET's answer
  // lacks Access-Control-Allow-Origin, so the browser blocks it (aws/aws-appsync-community #103).
  'appsync-control': {
    cors: false,
    source: 'aws/aws-sdk-js SERVICES.md (AWS AppSync); aws/aws-appsync-community #103',
  },
};

// What browsers may read from the answers: Amplify derives error names from x-amzn-ErrorType. The lists below (exposed
// headers, allowed methods, echoed request headers, max-age 600, Vary) are the sandbox's (unconfirmed): no public
// source quotes the exact Access-Control-* values AWS's services send; only whether a service allows CORS is sourced
// (CORS_BY_SERVICE above). FIDELITY.md lists them as unknown.
const EXPOSED_HEADERS = 'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, x-amz-request-id, Date';

/**
 * The headers that let a browser read an answer. `expose: 'none'` (the unconfirmed switch `exposedHeaders`,
 * scenario.ts) leaves out Access-Control-Expose-Headers: a browser then reads only the CORS-safelisted headers.
 */
export function corsHeaders(request: SandboxRequest, expose: 'listed' | 'none' = 'listed'): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
    ...(expose === 'listed' ? { 'access-control-expose-headers': EXPOSED_HEADERS } : {}),
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

/**
 * The CORS headers of one answer. `service` is the service that answered, or undefined for the sandbox's own admin
 * API and unknown routes (answered with CORS: the dashboard reads the admin API).
 *
 * Preflights (OPTIONS, no body) are answered with CORS on every path. Right for AppSync's control plane (#103); an
 * approximation for IAM (on AWS its preflight already fails, #938), since the sandbox serves all services on one
 * origin and cannot tell an IAM preflight from an STS one (both POST to `/`). The browser outcome is the same: IAM's
 * answer itself carries no `Access-Control-Allow-Origin`, and the browser blocks it.
 */
export function corsFor(
  request: SandboxRequest,
  service: CorsService | undefined,
  expose: 'listed' | 'none' = 'listed',
): Record<string, string> {
  if (request.method === 'OPTIONS') return corsHeaders(request, expose);
  if (service && !CORS_BY_SERVICE[service].cors) return {};
  return corsHeaders(request, expose);
}
