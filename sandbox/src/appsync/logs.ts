import { createHash, randomInt } from 'node:crypto';
import type { LogEvent, SandboxContext } from '../context.ts';
import type { ResolverEvaluation } from './execute.ts';
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
  /** Resolvers that ran, for the field-level lines (log level ALL, or ERROR for those refused). */
  evaluations?: ResolverEvaluation[];
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
      : // The success line's content is modelled on the error line (unconfirmed).
        `${requestId} Response Headers: {Content-Type=application/json; charset=UTF-8}`,
  );
  if (log.status === 200) lines.push(`${requestId} Tokens Consumed: 1`);
  for (const evaluation of log.evaluations ?? [])
    if (api.logging.fieldLogLevel === 'ALL' || (api.logging.fieldLogLevel === 'ERROR' && !evaluation.allowed))
      lines.push(...fieldLines(ctx, requestId, evaluation));
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

/**
 * Field-level lines of one resolver evaluation (AppSync Developer Guide, "Field-level logs": JSON with `logType`,
 * `path`, `fieldName`, `parentType`, `resolverArn`, `requestId`, `context`, `fieldInError`, `errors`,
 * `graphQLAPIId`, `transformedTemplate`; aws/aws-appsync-community #100 shows `ResponseMapping` with `fieldInError`).
 * A pipeline logs `BeforeMapping` then one `RequestFunctionEvaluation` per function (the function-level logType
 * names and the `errors` text of `$util.unauthorized()` are unconfirmed). `$ctx.identity` is not logged
 * (aws-amplify/amplify-cli #652); the stash is.
 */
function fieldLines(ctx: SandboxContext, requestId: string, e: ResolverEvaluation): string[] {
  const { api, accountId } = ctx.scenario;
  const resolver = api.resolvers?.find((r) => r.typeName === e.typeName && r.fieldName === e.fieldName);
  const stash = resolver
    ? {
        typeName: e.typeName,
        fieldName: e.fieldName,
        ...(resolver.auth.authRole ? { authRole: resolver.auth.authRole } : {}),
        ...(resolver.auth.unauthRole ? { unauthRole: resolver.auth.unauthRole } : {}),
        ...(resolver.auth.identityPoolId ? { identityPoolId: resolver.auth.identityPoolId } : {}),
        adminRoles: resolver.auth.adminRoles,
      }
    : {};
  const common = {
    path: e.path,
    fieldName: e.fieldName,
    parentType: e.typeName,
    resolverArn: `arn:aws:appsync:${api.region}:${accountId}:apis/${api.id}/types/${e.typeName}/resolvers/${e.fieldName}`,
    requestId,
    graphQLAPIId: api.id,
  };
  const errors = e.allowed ? [] : [`Not Authorized to access ${e.fieldName} on type ${e.typeName}`];
  const evaluated = {
    ...common,
    context: { arguments: {}, stash, outErrors: [] },
    fieldInError: !e.allowed,
    errors,
    transformedTemplate: e.allowed ? '{"version":"2018-05-29","payload":{}}' : '',
  };
  if (e.kind === 'UNIT') return [JSON.stringify({ logType: 'RequestMapping', ...evaluated })];
  return [
    JSON.stringify({
      logType: 'BeforeMapping',
      ...common,
      context: { arguments: {}, stash, outErrors: [] },
      fieldInError: false,
      errors: [],
      transformedTemplate: '{}',
    }),
    JSON.stringify({
      logType: 'RequestFunctionEvaluation',
      functionName: `${e.typeName}${e.fieldName}auth0Function`,
      ...evaluated,
    }),
  ];
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
