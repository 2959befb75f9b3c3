import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin.ts';
import { createContext, type SandboxContext } from './context.ts';
import {
  AwsError,
  errorResponse,
  flattenHeaders,
  newRequestId,
  type SandboxRequest,
  type SandboxResponse,
} from './http.ts';
import { findScenario } from '../scenarios/registry.ts';
import type { Scenario, ServiceClock, Unconfirmed } from './scenario.ts';
import { handleAppSync } from './services/appsync.ts';
import { handleCloudTrail } from './services/cloudtrail.ts';
import { handleCloudWatchLogs } from './services/cloudwatch-logs.ts';
import { handleCognitoIdentity } from './services/cognito-identity.ts';
import { handleCognitoIdp, handleJwks } from './services/cognito-idp.ts';
import { handleIam } from './services/iam.ts';
import { handleSts } from './services/sts.ts';

type Handler = (request: SandboxRequest, ctx: SandboxContext) => Promise<SandboxResponse> | SandboxResponse;

/** Services that keep their own clock: their `Date` header shows it (Amplify corrects its skew from that header). */
const clocks = new Map<Handler, ServiceClock>([
  [handleCognitoIdp, 'cognito-idp'],
  [handleCognitoIdentity, 'cognito-identity'],
  [handleSts, 'sts'],
  [handleAppSync, 'appsync'],
]);

/** JSON 1.1 services, told apart by their `x-amz-target` prefix as AWS's front doors do. */
const jsonTargets: [prefix: string, handler: Handler][] = [
  ['AWSCognitoIdentityProviderService.', handleCognitoIdp],
  ['AWSCognitoIdentityService.', handleCognitoIdentity],
  ['com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.', handleCloudTrail],
  // AWS SDK v3 sends the short form; botocore the long one.
  ['CloudTrail_20131101.', handleCloudTrail],
  ['Logs_20140328.', handleCloudWatchLogs],
];

// What browsers may read from our responses: Amplify derives error names from x-amzn-ErrorType.
const EXPOSED_HEADERS = 'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, x-amz-request-id, Date';

export interface SandboxOptions {
  scenarioId: string;
  overrides?: ScenarioOverrides;
  port?: number;
  host?: string;
  /** Print one line per request (operation and status only: never bodies, which hold secrets). */
  log?: (line: string) => void;
}

/** Per-run adjustments on top of a scenario (benchmarks, error-path tests). */
export interface ScenarioOverrides {
  noiseEvents?: number;
  deliveryDelaySeconds?: number;
  lookupCallsPerSecond?: number;
  /** Actions explicitly denied to the read-only principal, e.g. `cloudtrail:LookupEvents`. */
  readOnlyDeny?: string[];
  stsEndpoint?: 'regional' | 'global';
  /** The Host AppSync receives instead of the signed one (scenario.ts `GraphqlApi.forwardedHost`). */
  appsyncForwardedHost?: string;
  /** Settings of the unconfirmed behaviours for this run (scenario.ts `Unconfirmed`). */
  unconfirmed?: Partial<Unconfirmed>;
}

function applyOverrides(
  scenario: Scenario,
  { readOnlyDeny, unconfirmed, appsyncForwardedHost, ...cloudtrail }: ScenarioOverrides,
): Scenario {
  const defined = Object.fromEntries(Object.entries(cloudtrail).filter(([, value]) => value !== undefined));
  const readOnly = readOnlyDeny?.length
    ? {
        ...scenario.readOnly,
        policy: {
          ...scenario.readOnly.policy,
          Statement: [
            ...[scenario.readOnly.policy.Statement].flat(),
            { Sid: 'SandboxOverrideDeny', Effect: 'Deny' as const, Action: readOnlyDeny, Resource: '*' },
          ],
        },
      }
    : scenario.readOnly;
  return {
    ...scenario,
    readOnly,
    cloudtrail: { ...scenario.cloudtrail, ...defined },
    ...(appsyncForwardedHost ? { api: { ...scenario.api, forwardedHost: appsyncForwardedHost } } : {}),
    ...(unconfirmed ? { unconfirmed: { ...scenario.unconfirmed, ...unconfirmed } } : {}),
  };
}

export interface RunningSandbox {
  url: string;
  context(): SandboxContext;
  switchScenario(id: string, overrides?: ScenarioOverrides): SandboxContext;
  close(): Promise<void>;
}

function route(request: SandboxRequest): Handler | undefined {
  const target = request.headers['x-amz-target'];
  if (target) {
    for (const [prefix, handler] of jsonTargets) {
      if (target.startsWith(prefix)) {
        request.operation = target.slice(prefix.length);
        return handler;
      }
    }
    return undefined;
  }
  if (
    request.method === 'GET' &&
    (request.path.endsWith('/.well-known/jwks.json') || request.path.endsWith('/.well-known/openid-configuration'))
  )
    return handleJwks;
  if (request.path === '/graphql') return handleAppSync;
  if (request.method === 'POST' && (request.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
    // STS and IAM share the query protocol; their API versions tell them apart.
    const version = new URLSearchParams(request.body.toString('utf8')).get('Version');
    if (version === '2011-06-15') return handleSts;
    if (version === '2010-05-08') return handleIam;
  }
  return undefined;
}

function corsHeaders(request: SandboxRequest): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '*',
    'access-control-expose-headers': EXPOSED_HEADERS,
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

async function readRequest(message: IncomingMessage): Promise<SandboxRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const url = new URL(message.url ?? '/', 'http://sandbox.invalid');
  return {
    method: message.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: flattenHeaders(message.headers),
    body: Buffer.concat(chunks),
  };
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  let ctx: SandboxContext | undefined;
  let baseUrl = '';
  const switchScenario = (id: string, overrides: ScenarioOverrides = {}): SandboxContext => {
    const found = findScenario(id);
    if (!found) throw new Error(`Unknown scenario "${id}".`);
    // A deep copy: tests may adjust the live scenario without touching the registry's.
    ctx = createContext(applyOverrides(structuredClone(found), overrides), baseUrl);
    return ctx;
  };
  const current = (): SandboxContext => {
    if (!ctx) throw new Error('Sandbox not started.');
    return ctx;
  };

  const server = createServer((message: IncomingMessage, reply: ServerResponse) => {
    void (async () => {
      const request = await readRequest(message);
      const cors = corsHeaders(request);
      let response: SandboxResponse;
      let clock: ServiceClock | undefined;
      if (request.method === 'OPTIONS') {
        response = { status: 200, headers: {}, body: '' };
      } else if (request.path.startsWith('/__sandbox/')) {
        response = handleAdmin(request, { context: current, switchScenario });
      } else {
        const handler = route(request);
        clock = handler ? clocks.get(handler) : undefined;
        const requestId = newRequestId();
        try {
          if (!handler)
            throw new AwsError(
              404,
              'UnknownOperationException',
              `The sandbox does not implement ${request.method} ${request.path} ${request.headers['x-amz-target'] ?? ''}`.trim(),
            );
          response = await handler(request, current());
        } catch (error) {
          const awsError =
            error instanceof AwsError
              ? error
              : new AwsError(500, 'InternalFailure', error instanceof Error ? error.message : String(error));
          if (!(error instanceof AwsError)) console.error('[sandbox] internal error', error);
          response = errorResponse(awsError, requestId);
        }
      }
      options.log?.(`${request.method} ${request.path} ${request.operation ?? ''} -> ${response.status}`);
      reply.writeHead(response.status, {
        ...cors,
        date: new Date(current().now(clock)).toUTCString(),
        ...response.headers,
      });
      reply.end(response.body);
    })().catch((error: unknown) => {
      console.error('[sandbox] failed to answer', error);
      if (!reply.headersSent) reply.writeHead(500);
      reply.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4510, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://${host}:${address.port}`;
  switchScenario(options.scenarioId, options.overrides);

  return {
    url: baseUrl,
    context: current,
    switchScenario,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
