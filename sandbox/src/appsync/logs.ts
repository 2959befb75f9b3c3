import { createHash, randomInt } from 'node:crypto';
import type { LogEvent, SandboxContext } from '../context.ts';
import type { GraphqlRequest } from './graphql-request.ts';

/** Headers AppSync would log but a sandbox must not put in a log another principal can read. */
const SECRET_HEADERS = new Set(['authorization', 'x-amz-security-token', 'x-api-key']);

export interface RequestLog {
  requestId: string;
  requestHeaders: Record<string, string>;
  graphql?: GraphqlRequest;
  status: number;
  errorType?: string;
  /** Nanoseconds, as RequestSummary's `latency`. */
  latencyNs: number;
}

export function appSyncLogGroup(apiId: string): string {
  return `/aws/appsync/apis/${apiId}`;
}

/**
 * Writes the request-level lines AppSync logs with verbose content on (AppSync Developer Guide, "CloudWatch
 * logs"): every line starts with the request id; headers print like a Java map (`{name=[value]}`), the response
 * line carries `x-amzn-ErrorType` (aws-amplify/amplify-js#2422); the `RequestSummary` JSON line closes the request.
 */
export function writeAppSyncLogs(ctx: SandboxContext, log: RequestLog): void {
  const { api } = ctx.scenario;
  if (!api.logging.enabled) return;
  const { requestId } = log;
  const headers = Object.entries(log.requestHeaders)
    .filter(([name]) => !SECRET_HEADERS.has(name))
    .map(([name, value]) => `${name}=[${value}]`)
    .join(', ');
  const lines = [`${requestId} Request Headers: {${headers}}`];
  if (log.graphql) {
    const { query, operationName, variables } = log.graphql;
    lines.push(
      `${requestId} GraphQL Query: ${query}, Operation: ${operationName ?? 'null'}, Variables: ${JSON.stringify(variables ?? {})}`,
    );
  }
  lines.push(
    log.errorType
      ? `${requestId} Response Headers: {x-amzn-ErrorType=${log.errorType}}`
      : `${requestId} Response Headers: {Content-Type=application/json; charset=UTF-8}`,
  );
  if (log.status === 200) lines.push(`${requestId} Tokens Consumed: 1`);
  lines.push(
    JSON.stringify({
      logType: 'RequestSummary',
      requestId,
      graphQLAPIId: api.id,
      statusCode: log.status,
      latency: log.latencyNs,
    }),
  );
  const now = ctx.now();
  const group = appSyncLogGroup(api.id);
  const events = ctx.logs.get(group) ?? [];
  const logStreamName = streamName(api.id, now);
  events.push(
    ...lines.map((message): LogEvent => ({
      logStreamName,
      timestamp: now,
      message,
      ingestionTime: now,
      eventId: eventId(),
    })),
  );
  ctx.logs.set(group, events);
}

/** AppSync names its streams with a 32-hex-digit id; one per API and hour here. */
function streamName(apiId: string, now: number): string {
  return createHash('md5')
    .update(`${apiId}:${Math.floor(now / 3_600_000)}`)
    .digest('hex');
}

/** CloudWatch Logs event ids are 56 decimal digits. */
function eventId(): string {
  return Array.from({ length: 56 }, () => randomInt(10)).join('');
}
