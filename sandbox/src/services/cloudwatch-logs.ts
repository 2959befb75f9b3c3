import { appSyncLogGroup } from '../appsync/logs.ts';
import { authorizeReadOnly } from '../authorize.ts';
import type { LogEvent, SandboxContext } from '../context.ts';
import {
  AwsError,
  jsonResponse,
  newRequestId,
  parseJsonBody,
  type SandboxRequest,
  type SandboxResponse,
} from '../http.ts';
import { verifySigV4 } from '../sigv4.ts';
import { compileFilterPattern } from './logs-filter-pattern.ts';

/** FilterLogEvents returns at most 10,000 events a page (CloudWatch Logs API reference). */
const MAX_LIMIT = 10_000;

function invalidParameter(message: string): AwsError {
  return new AwsError(400, 'InvalidParameterException', message);
}

/** Groups that exist: those with events, and the API's AppSync group once logging is on. */
function findGroup(ctx: SandboxContext, name: string): LogEvent[] | undefined {
  const events = ctx.logs.get(name);
  if (events) return events;
  const { api } = ctx.scenario;
  return api.logging.enabled && name === appSyncLogGroup(api.id) ? [] : undefined;
}

function numberField(input: Record<string, unknown>, key: string): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  // AWS's validation sentence (see http.ts requireString for its sources); the constraint named here is the sandbox's
  // (unconfirmed for these members).
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidParameter(
      `1 validation error detected: Value '${String(value)}' at '${key}' failed to satisfy constraint: Member must have value greater than or equal to 0`,
    );
  }
  return value;
}

/** `nextToken` is opaque to callers; here it is the offset into the filtered, time-ordered events. */
function readToken(token: unknown): number {
  if (token === undefined || token === null) return 0;
  const offset =
    typeof token === 'string' ? Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^fle:/, '')) : NaN;
  // The text is unconfirmed (no public thread quotes it).
  if (!Number.isInteger(offset) || offset < 0) throw invalidParameter('The specified nextToken is invalid.');
  return offset;
}

async function filterLogEvents(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  const caller = await verifySigV4(request, ctx, { service: 'logs', protocol: 'json' });
  const input = parseJsonBody(request);
  const name = input.logGroupName ?? input.logGroupIdentifier;
  // The text is unconfirmed (no public thread quotes CloudWatch Logs' answer to a request naming no group).
  if (typeof name !== 'string' || name === '') {
    throw invalidParameter('Should provide either name or identifier, not both or neither.');
  }
  const { region, accountId } = ctx.scenario;
  const arn = `arn:aws:logs:${region}:${accountId}:log-group:${name}`;
  // AccessDenied names the group's stream-level ARN, as CloudWatch Logs words it.
  await authorizeReadOnly(ctx, caller, 'logs:FilterLogEvents', arn, 'json', {
    resourceInMessage: `${arn}:log-stream:`,
  });
  const events = findGroup(ctx, name);
  // jorgebastida/awslogs #144 (FilterLogEvents, ResourceNotFoundException, this text); e-travel/cloudwatchlogsbeat #15
  // ("status code: 400").
  if (!events) throw new AwsError(400, 'ResourceNotFoundException', 'The specified log group does not exist.');
  const startTime = numberField(input, 'startTime') ?? 0;
  const endTime = numberField(input, 'endTime') ?? Number.MAX_SAFE_INTEGER;
  const limit = Math.min(numberField(input, 'limit') ?? MAX_LIMIT, MAX_LIMIT);
  if (limit < 1)
    throw invalidParameter(
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  const streams = Array.isArray(input.logStreamNames) ? new Set(input.logStreamNames.map(String)) : undefined;
  const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : '';
  const matches = compileFilterPattern(typeof input.filterPattern === 'string' ? input.filterPattern : undefined);
  const selected = events
    .filter((e) => e.timestamp >= startTime && e.timestamp <= endTime)
    .filter((e) => (!streams || streams.has(e.logStreamName)) && e.logStreamName.startsWith(prefix))
    .filter((e) => matches(e.message))
    .sort((a, b) => a.timestamp - b.timestamp);
  const offset = readToken(input.nextToken);
  const page = selected.slice(offset, offset + limit);
  const next =
    offset + page.length < selected.length
      ? Buffer.from(`fle:${offset + page.length}`).toString('base64url')
      : undefined;
  const searched = [...new Set(events.map((e) => e.logStreamName))].map((logStreamName) => ({
    logStreamName,
    searchedCompletely: true,
  }));
  return jsonResponse(
    { events: page, searchedLogStreams: searched, ...(next ? { nextToken: next } : {}) },
    newRequestId(),
  );
}

/** CloudWatch Logs (JSON 1.1, `Logs_20140328.*`): FilterLogEvents over the logs the other services wrote. */
export async function handleCloudWatchLogs(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  if (request.operation === 'FilterLogEvents') return filterLogEvents(request, ctx);
  // The sandbox's own answer, not AWS's: an operation it does not emulate.
  throw new AwsError(
    400,
    'UnknownOperationException',
    `The sandbox does not implement Logs_20140328.${request.operation ?? ''}`,
  );
}
