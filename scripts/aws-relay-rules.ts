/**
 * What the same-origin AWS relay (`/aws-relay/<host>/<path>`) may forward: the host and the operation decided from
 * the raw request, before a byte leaves this server. Pure functions; `aws-relay.ts` does the I/O.
 *
 * Only the services a browser cannot reach itself are relayed: IAM and AppSync's control plane answer no CORS
 * (aws-sdk-js `SERVICES.md`, "CORS" column; aws/aws-sdk-js #1957 for IAM, #2041 for AppSync), and only their
 * read-only operations. Everything else (other hosts, IP literals, ports, look-alikes, writes) is refused.
 */

export type RelayService = 'iam' | 'appsync-control';

export type Refusal = { ok: false; reason: string; message: string };
export type Target = { ok: true; host: string; service: RelayService | 'sandbox'; path: string };

const refuse = (reason: string, message: string): Refusal => ({ ok: false, reason, message });

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// IAM: iam.amazonaws.com, iam-fips.amazonaws.com, iam.us-gov.amazonaws.com, iam.cn-north-1.amazonaws.com.cn
// (AWS General Reference, "AWS Identity and Access Management endpoints and quotas").
// The middle label is a region or `us-gov`, never any label: `iam.s3.amazonaws.com` is someone's S3 bucket.
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d{1,2}';
const IAM_HOST = new RegExp(`^iam(?:-fips)?(?:\\.(?:us-gov|${REGION}))?\\.amazonaws\\.com(?:\\.cn)?$`);
// AppSync control plane: appsync.<region>.amazonaws.com (AWS General Reference, "AWS AppSync endpoints and quotas").
// The GraphQL data plane (<id>.appsync-api.<region>…) answers CORS and is never relayed.
const APPSYNC_HOST = new RegExp(`^appsync(?:-fips)?\\.${REGION}\\.amazonaws\\.com(?:\\.cn)?$`);

/**
 * Splits `/aws-relay/<host><path>` (the raw request target, not decoded) and checks the host: an AWS service host
 * of a relayed service, or exactly the configured sandbox's `host:port`.
 */
export function parseRelayTarget(rawUrl: string, prefix: string, sandboxHost?: string): Target | Refusal {
  if (!rawUrl.startsWith(prefix)) return refuse('not-relay', 'Not a relay path.');
  const rest = rawUrl.slice(prefix.length);
  const end = rest.search(/[/?#]/);
  const host = end === -1 ? rest : rest.slice(0, end);
  const path = end === -1 ? '/' : rest.slice(end);
  if (!path.startsWith('/')) return refuse('bad-path', 'The path after the host must start with "/".');
  if (!/^\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]*$/.test(path) || /(^|\/)\.\.?(\/|\?|$)|\/\//.test(path))
    return refuse('bad-path', 'The path holds characters or segments the relay does not forward.');
  if (sandboxHost && host === sandboxHost) return { ok: true, host, service: 'sandbox', path };
  if (!/^[a-z0-9.-]+$/.test(host))
    return refuse(
      'bad-host',
      'The host must be an AWS service host name: lower-case letters, digits, dots and hyphens only (no port, no user, no IP literal).',
    );
  if (host.length > 253 || !host.split('.').every((label) => LABEL.test(label)))
    return refuse('bad-host', 'The host is not a valid DNS name.');
  if (/^[0-9.]+$/.test(host)) return refuse('bad-host', 'IP addresses are not relayed.');
  if (!/\.amazonaws\.com(?:\.cn)?$/.test(host))
    return refuse('not-aws', `${host} is not an AWS service host (*.amazonaws.com, *.amazonaws.com.cn).`);
  if (IAM_HOST.test(host)) return { ok: true, host, service: 'iam', path };
  if (APPSYNC_HOST.test(host)) return { ok: true, host, service: 'appsync-control', path };
  return refuse(
    'service-not-relayed',
    `${host} is not relayed: only IAM and AppSync's control plane, which answer no CORS, go through the relay; other AWS services are called from the browser directly.`,
  );
}

/** IAM's read-only operations: every Get* and List*, and the policy simulator on an existing principal. */
const IAM_READ = /^(?:Get|List)[A-Za-z]+$/;
const IAM_ALSO = new Set(['SimulatePrincipalPolicy']);

/**
 * An IAM request (query protocol): `Action` read from the form body of a POST to `/`, or from the query of a GET.
 * Strict on purpose: exactly one `Action` key (any case), no `;` separators, no query next to a body, so what this
 * parser reads is what IAM reads.
 */
export function checkIamRequest(method: string, path: string, contentType: string, body: Buffer): Refusal | undefined {
  const [pathname = '', query] = splitQuery(path);
  if (pathname !== '/') return refuse('not-read-only', 'IAM requests go to "/".');
  let form: string;
  if (method === 'POST') {
    if (query !== undefined) return refuse('not-read-only', 'An IAM POST carries its parameters in the body only.');
    if (!/^application\/x-www-form-urlencoded(?:\s*;\s*charset=utf-8)?$/i.test(contentType.trim()))
      return refuse('not-read-only', 'An IAM POST must be application/x-www-form-urlencoded.');
    form = body.toString('utf8');
  } else if (method === 'GET') {
    if (body.length > 0) return refuse('not-read-only', 'An IAM GET carries no body.');
    form = query ?? '';
  } else return refuse('not-read-only', `${method} is not an IAM read.`);
  if (form.includes(';')) return refuse('not-read-only', 'The parameters hold a ";" separator.');
  const params = new URLSearchParams(form);
  const actions = [...params.entries()].filter(([key]) => key.toLowerCase() === 'action');
  const action = actions.length === 1 && actions[0]?.[0] === 'Action' ? actions[0][1] : undefined;
  if (!action) return refuse('not-read-only', 'An IAM request names exactly one Action.');
  const versions = params.getAll('Version');
  if (versions.length > 1 || (versions[0] !== undefined && versions[0] !== '2010-05-08'))
    return refuse('not-read-only', "Not IAM's API version (2010-05-08).");
  if (!IAM_READ.test(action) && !IAM_ALSO.has(action))
    return refuse(
      'not-read-only',
      `iam:${action.slice(0, 64)} is not relayed: only read-only IAM operations (Get*, List*, SimulatePrincipalPolicy) are.`,
    );
  return undefined;
}

// AppSync's control-plane reads Authtrace uses or may use (botocore appsync/2017-07-25 service-2.json, requestUri
// of each GET operation). API keys and environment variables are left out: they hold secrets.
const SEGMENT = '[A-Za-z0-9_-]{1,128}';
const APPSYNC_READS: [operation: string, path: RegExp][] = [
  ['ListGraphqlApis', /^\/v1\/apis$/],
  ['GetGraphqlApi', new RegExp(`^/v1/apis/${SEGMENT}$`)],
  ['GetIntrospectionSchema', new RegExp(`^/v1/apis/${SEGMENT}/schema$`)],
  ['GetSchemaCreationStatus', new RegExp(`^/v1/apis/${SEGMENT}/schemacreation$`)],
  ['ListTypes', new RegExp(`^/v1/apis/${SEGMENT}/types$`)],
  ['GetType', new RegExp(`^/v1/apis/${SEGMENT}/types/${SEGMENT}$`)],
  ['ListResolvers', new RegExp(`^/v1/apis/${SEGMENT}/types/${SEGMENT}/resolvers$`)],
  ['GetResolver', new RegExp(`^/v1/apis/${SEGMENT}/types/${SEGMENT}/resolvers/${SEGMENT}$`)],
  ['ListFunctions', new RegExp(`^/v1/apis/${SEGMENT}/functions$`)],
  ['GetFunction', new RegExp(`^/v1/apis/${SEGMENT}/functions/${SEGMENT}$`)],
  ['ListDataSources', new RegExp(`^/v1/apis/${SEGMENT}/datasources$`)],
  ['GetDataSource', new RegExp(`^/v1/apis/${SEGMENT}/datasources/${SEGMENT}$`)],
];

/** An AppSync control-plane request (REST JSON): a GET without body on one of the read paths above. */
export function checkAppSyncControlRequest(method: string, path: string, body: Buffer): Refusal | undefined {
  const [pathname = ''] = splitQuery(path);
  if (method !== 'GET' || body.length > 0)
    return refuse('not-read-only', `${method} ${pathname} is not relayed: only AppSync control-plane reads (GET) are.`);
  if (!APPSYNC_READS.some(([, pattern]) => pattern.test(pathname)))
    return refuse('not-read-only', `GET ${pathname} is not one of the AppSync control-plane reads the relay forwards.`);
  return undefined;
}

/** The sandbox serves every service on one origin: a form POST is IAM, a `/v1/apis` GET is AppSync's control plane. */
export function checkSandboxRequest(
  method: string,
  path: string,
  contentType: string,
  body: Buffer,
): Refusal | undefined {
  if (path.startsWith('/v1/apis')) return checkAppSyncControlRequest(method, path, body);
  const refusal = checkIamRequest(method, path, contentType, body);
  if (refusal) return refusal;
  const form = method === 'POST' ? body.toString('utf8') : (splitQuery(path)[1] ?? '');
  if (new URLSearchParams(form).get('Version') !== '2010-05-08')
    return refuse('not-read-only', 'Only IAM reads (Version=2010-05-08) are relayed to the sandbox.');
  return undefined;
}

function splitQuery(path: string): [string, string | undefined] {
  const at = path.indexOf('?');
  return at === -1 ? [path, undefined] : [path.slice(0, at), path.slice(at + 1)];
}
