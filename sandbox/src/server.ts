import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin.ts';
import { createContext, type SandboxContext } from './context.ts';
import { corsFor, type CorsService } from './cors.ts';
import {
  AwsError,
  errorResponse,
  flattenHeaders,
  newRequestId,
  type SandboxRequest,
  type SandboxResponse,
} from './http.ts';
import { findScenario } from '../scenarios/registry.ts';
import { type Scenario, type ServiceClock, type Unconfirmed, unconfirmedOf } from './scenario.ts';
import { handleAppSync } from './services/appsync.ts';
import { handleAppSyncControl, isAppSyncControlPath } from './services/appsync-control.ts';
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

/** Which AWS service answers, for its CORS rule (sandbox/src/cors.ts). */
const corsServices = new Map<Handler, CorsService>([
  [handleCognitoIdp, 'cognito-idp'],
  [handleJwks, 'cognito-idp'], // the pool's JWKS document: CORS as its API (unconfirmed)
  [handleCognitoIdentity, 'cognito-identity'],
  [handleSts, 'sts'],
  [handleCloudTrail, 'cloudtrail'],
  [handleCloudWatchLogs, 'logs'],
  [handleAppSync, 'appsync'],
  [handleIam, 'iam'],
]);

function corsServiceOf(request: SandboxRequest, handler: Handler | undefined): CorsService | undefined {
  // AppSync's control plane (REST, /v1/apis…), whichever handler serves it.
  if (request.path === '/v1/apis' || request.path.startsWith('/v1/apis/')) return 'appsync-control';
  return handler ? corsServices.get(handler) : undefined;
}

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
  /** Actions allowed to the read-only principal on top of the scenario's, e.g. `iam:GetRole` (IAM readable). */
  readOnlyAllow?: string[];
  stsEndpoint?: 'regional' | 'global';
  /** The Host AppSync receives instead of the signed one (scenario.ts `GraphqlApi.forwardedHost`). */
  appsyncForwardedHost?: string;
  /** Settings of the unconfirmed behaviours for this run (scenario.ts `Unconfirmed`). */
  unconfirmed?: Partial<Unconfirmed>;
}

function applyOverrides(
  scenario: Scenario,
  { readOnlyDeny, readOnlyAllow, unconfirmed, appsyncForwardedHost, ...cloudtrail }: ScenarioOverrides,
): Scenario {
  const defined = Object.fromEntries(Object.entries(cloudtrail).filter(([, value]) => value !== undefined));
  const extra = [
    ...(readOnlyAllow?.length
      ? [{ Sid: 'SandboxOverrideAllow', Effect: 'Allow' as const, Action: readOnlyAllow, Resource: '*' }]
      : []),
    ...(readOnlyDeny?.length
      ? [{ Sid: 'SandboxOverrideDeny', Effect: 'Deny' as const, Action: readOnlyDeny, Resource: '*' }]
      : []),
  ];
  const readOnly = extra.length
    ? {
        ...scenario.readOnly,
        policy: {
          ...scenario.readOnly.policy,
          Statement: [...[scenario.readOnly.policy.Statement].flat(), ...extra],
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
  if (isAppSyncControlPath(request.path)) return handleAppSyncControl;
  if (request.method === 'POST' && (request.headers['content-type'] ?? '').includes('x-www-form-urlencoded')) {
    // STS and IAM share the query protocol; their API versions tell them apart.
    const version = new URLSearchParams(request.body.toString('utf8')).get('Version');
    if (version === '2011-06-15') return handleSts;
    if (version === '2010-05-08') return handleIam;
  }
  return undefined;
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
      let cors = corsFor(request, undefined);
      let response: SandboxResponse;
      let clock: ServiceClock | undefined;
      if (request.method === 'OPTIONS') {
        // Every preflight answered 200 with CORS headers (cors.ts). Which status each AWS service gives its preflight
        // is unconfirmed (IAM's is a redirect, aws/aws-sdk-js #938, and the browser blocks IAM either way).
        response = { status: 200, headers: {}, body: '' };
      } else if (request.path.startsWith('/__sandbox/')) {
        response = handleAdmin(request, { context: current, switchScenario });
      } else {
        const handler = route(request);
        clock = handler ? clocks.get(handler) : undefined;
        // The switch is for AWS's answers; the admin API above keeps the default headers the dashboard reads.
        cors = corsFor(request, corsServiceOf(request, handler), unconfirmedOf(current().scenario).exposedHeaders);
        const requestId = newRequestId();
        try {
          // The sandbox's own answer, not AWS's: a route no emulated service serves.
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
              : // The sandbox's own failure (a bug), in AWS's common 500 code (`InternalFailure`, API references'
                // "Common Errors"); the text is the sandbox's exception message.
                new AwsError(500, 'InternalFailure', error instanceof Error ? error.message : String(error));
          if (!(error instanceof AwsError)) console.error('[sandbox] internal error', error);
          // A query-protocol error in the answering service's own XML namespace (http.ts QUERY_XMLNS).
          response = errorResponse(awsError, requestId, handler === handleSts ? 'sts' : 'iam');
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
