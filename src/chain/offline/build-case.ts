import { parseAppConfig } from '../app-config';
import {
  CASE_VERSION,
  cloudTrailRecordSchema,
  type Case,
  type CloudTrailRecord,
  type GraphqlStep,
  type LogLine,
  type Step,
} from '../case';
import { classifyAwsError } from '../error-taxonomy';
import { assumedRoleArn, isAssumeRoleWithWebIdentity, issuedAccessKeyId, recordIdentityId } from '../evidence';
import { parseOperation } from '../operation';
import { sanitizeRecord } from '../sanitize';
import { scrubText, scrubValue } from '../secrets';

/** What a customer without AWS access for us can send, as pasted text. Only the app config is required. */
export interface OfflinePieces {
  appConfig: string;
  cloudTrail?: string;
  appError?: string;
  logLines?: string;
  policy?: string;
  query?: string;
}

export type OfflinePiece = keyof OfflinePieces;
export type OfflineResult =
  { ok: true; case: Case; notes: string[] } | { ok: false; errors: Partial<Record<OfflinePiece, string>> };

// Evidence times lie between 1970 and 2200; the timeline cannot draw (or format) anything else.
const plausibleTime = (ms: number) => Number.isFinite(ms) && ms >= 0 && ms <= Date.UTC(2200, 0, 1);

/**
 * One record, an array of them, a trail log file (`{"Records": [...]}`) or `aws cloudtrail lookup-events` output
 * (`{"Events": [{"CloudTrailEvent": "…"}]}`).
 */
function readRecords(text: string): CloudTrailRecord[] {
  const value: unknown = JSON.parse(text);
  const { Events: events, Records: trail } = (value ?? {}) as {
    Events?: { CloudTrailEvent?: string }[];
    Records?: unknown;
  };
  const raw: unknown[] = Array.isArray(events)
    ? events.map((e) => JSON.parse(e.CloudTrailEvent ?? 'null') as unknown)
    : Array.isArray(trail)
      ? trail
      : Array.isArray(value)
        ? value
        : [value];
  return raw.map((item, index) => {
    const parsed = cloudTrailRecordSchema.safeParse(item);
    if (!parsed.success)
      throw new Error(
        `Record ${index + 1} is not a CloudTrail record (it needs eventTime, eventSource, eventName and eventID).`,
      );
    if (!plausibleTime(Date.parse(parsed.data.eventTime)))
      throw new Error(
        `Record ${index + 1}'s eventTime "${parsed.data.eventTime.slice(0, 40)}" is not a time as CloudTrail writes it (2026-11-24T08:30:01Z): copy the record again.`,
      );
    return sanitizeRecord(parsed.data);
  });
}

/** Where the error was raised: sign-in, the identity pool (GetId / GetCredentialsForIdentity), or AppSync. */
type ErrorStage = 'sign-in' | 'credentials' | 'graphql';

interface AppError {
  stage: ErrorStage;
  status?: number;
  errorType?: string;
  message: string;
  requestId?: string;
  recoverySuggestion?: string;
}

// How a browser console prints a thrown error: `NotAuthorizedException: Token is not from a supported provider…`.
const CONSOLE_LINE = /^(?:Uncaught (?:\(in promise\) )?)?([A-Z]\w*(?:Exception|Error)):\s*([\s\S]+)$/;
const NOT_AN_ERROR = 'Expected the error object the app logged: {"errors": [...]} or {"name": …, "message": …}.';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Amplify's thrown GraphQL result (`{errors: [{message, recoverySuggestion, originalError}]}`), AppSync's body, an
 * AWS error (SDK error, JSON `__type` body, query `Error.Code` body) or the line a console prints for one. The
 * taxonomy reads it (src/chain/error-taxonomy.ts) and places it in the chain; its texts come back scrubbed.
 */
function readAppError(input: string): AppError {
  const line = input.trim().match(CONSOLE_LINE);
  const parsed: unknown = line?.[1] && line[2] ? { name: line[1], message: line[2].trim() } : JSON.parse(input);
  const errors = isObject(parsed) ? parsed.errors : undefined;
  if (!isObject(parsed) || (Array.isArray(errors) && !isObject(errors[0]))) throw new Error(NOT_AN_ERROR);
  const error = classifyAwsError(parsed);
  const errorType = error.code === 'Error' ? undefined : error.code;
  // AppSync answers UnauthorizedException with 401; apps rarely log the status.
  const status = error.status ?? (errorType === 'UnauthorizedException' ? 401 : undefined);
  return {
    stage: error.stage === 'sign-in' || error.stage === 'credentials' ? error.stage : 'graphql',
    message: error.message || 'Unknown error',
    ...(errorType ? { errorType } : {}),
    ...(status ? { status } : {}),
    ...(error.requestId ? { requestId: error.requestId } : {}),
    ...(error.recoverySuggestion ? { recoverySuggestion: error.recoverySuggestion } : {}),
  };
}

/** AppSync log lines as copied from CloudWatch: one per line (`<request id> Response Headers: …`), scrubbed. */
function readLogLines(input: string): string[] {
  return input
    .split(/\r?\n/)
    .map((line) => scrubText(line.trim()))
    .filter(Boolean);
}

/** A policy document, or what the CLI prints around one (`get-role-policy`, `get-policy-version`), URL-encoded or not. */
function readPolicy(input: string): unknown {
  const value = JSON.parse(input) as Record<string, unknown> | null;
  const version = value?.PolicyVersion as Record<string, unknown> | undefined;
  const document: unknown = version?.Document ?? value?.PolicyDocument ?? value;
  return scrubValue(typeof document === 'string' ? (JSON.parse(decodeURIComponent(document)) as unknown) : document);
}

function attempt<T>(errors: Partial<Record<OfflinePiece, string>>, piece: OfflinePiece, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    // JSON.parse quotes the text it choked on, which may be a secret.
    errors[piece] = scrubText(
      error instanceof SyntaxError
        ? `Not valid JSON: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error),
    );
    return undefined;
  }
}

function graphqlStep(
  appError: AppError,
  at: number,
  query: string,
  fields: GraphqlStep['fields'],
  authMode: GraphqlStep['authMode'],
  logs: LogLine[],
): GraphqlStep {
  const requestId = appError.requestId ?? logs[0]?.message.match(/^([0-9a-f-]{36})\s/)?.[1];
  return {
    kind: 'graphql',
    at: new Date(at).toISOString(),
    durationMs: 0,
    calls: [],
    outcome: 'error',
    error: {
      name: appError.errorType ?? 'Error',
      message: appError.message,
      ...(appError.recoverySuggestion ? { recoverySuggestion: appError.recoverySuggestion } : {}),
    },
    query,
    fields,
    authMode,
    ...(appError.status ? { status: appError.status } : {}),
    ...(requestId ? { requestId } : {}),
    ...(appError.errorType ? { errorType: appError.errorType } : {}),
    errors: [{ ...(appError.errorType ? { errorType: appError.errorType } : {}), message: appError.message }],
  };
}

/**
 * Builds a case from pasted evidence alone, without credentials: the timeline and the verdict then come from the same
 * code as a live run. Each piece is checked on its own and each bad one gets its own message.
 */
export function buildOfflineCase(pieces: OfflinePieces, now: Date = new Date()): OfflineResult {
  const errors: Partial<Record<OfflinePiece, string>> = {};
  const notes: string[] = [];
  const config = parseAppConfig(pieces.appConfig);
  if (!config.ok) errors.appConfig = config.error;
  const records = pieces.cloudTrail?.trim()
    ? attempt(errors, 'cloudTrail', () => readRecords(pieces.cloudTrail ?? ''))
    : [];
  const appError = pieces.appError?.trim()
    ? attempt(errors, 'appError', () => readAppError(pieces.appError ?? ''))
    : undefined;
  const policy: unknown = pieces.policy?.trim()
    ? attempt(errors, 'policy', () => readPolicy(pieces.policy ?? ''))
    : undefined;
  if (policy !== undefined && !errors.policy && (!policy || typeof policy !== 'object' || !('Statement' in policy)))
    errors.policy = 'A policy document needs a "Statement".';
  const logLines = pieces.logLines?.trim() ? readLogLines(pieces.logLines) : [];
  const logText = logLines.join('\n');
  const logQuery = logText.match(/GraphQL Query: ([\s\S]*?), Operation:/)?.[1];
  const query = scrubText(pieces.query?.trim() || logQuery || '');
  const operation = query ? attempt(errors, 'query', () => parseOperation(query)) : undefined;
  if (!config.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const sts = records?.find((r) => isAssumeRoleWithWebIdentity(r));
  const at = sts ? Date.parse(sts.eventTime) : now.getTime();
  const steps: Step[] = [];
  if (sts) {
    const failed = Boolean(sts.errorCode);
    const identityId = recordIdentityId(sts);
    steps.push({
      kind: 'credentials',
      at: new Date(at).toISOString(),
      durationMs: 0,
      calls: [],
      outcome: failed ? 'error' : 'ok',
      ...(identityId ? { identityId } : {}),
      ...(failed
        ? { error: { name: sts.errorCode ?? 'AccessDenied', message: sts.errorMessage ?? '' } }
        : { accessKeyId: issuedAccessKeyId(sts) }),
    });
  } else notes.push('Without the AssumeRoleWithWebIdentity record, which role was assumed is not known.');
  const logs: LogLine[] = logLines.map((message, index) => ({ timestamp: at + 1000 + index, message }));
  if (appError?.stage === 'sign-in')
    steps.unshift({
      kind: 'sign-in',
      at: new Date(at).toISOString(),
      durationMs: 0,
      calls: [],
      outcome: 'error',
      flow: 'USER_SRP_AUTH',
      error: { name: appError.errorType ?? 'Error', message: appError.message },
    });
  else if (appError?.stage === 'credentials') {
    // The identity pool refused: no credentials were issued, whatever a record of the identity shows.
    const identityId = sts ? recordIdentityId(sts) : undefined;
    steps.splice(0, steps.length, {
      kind: 'credentials',
      at: new Date(at).toISOString(),
      durationMs: 0,
      calls: [],
      outcome: 'error',
      ...(identityId ? { identityId } : {}),
      error: { name: appError.errorType ?? 'Error', message: appError.message },
    });
  } else if (appError) {
    steps.push(graphqlStep(appError, at + 1000, query, operation?.fields ?? [], config.target.authMode, logs));
    if (sts && !sts.errorCode)
      notes.push('That the request was signed with the key this record issued stays unproven: apps do not log it.');
  }
  const roleArn = sts ? assumedRoleArn(sts) : undefined;
  // AppSync's RequestSummary line names the API: the field ARNs need its id.
  const apiId = config.apiId ?? logText.match(/"graphQLAPIId"\s*:\s*"([^"]+)"/)?.[1];
  if (policy && !roleArn)
    notes.push('The policy could not be tied to a role without the CloudTrail record; it was not evaluated.');
  return {
    ok: true,
    notes,
    case: {
      version: CASE_VERSION,
      createdAt: now.toISOString(),
      target: {
        ...config.target,
        ...(apiId ? { apiId } : {}),
        ...(config.accountId ? { accountId: config.accountId } : {}),
      },
      steps,
      records: records ?? [],
      logs,
      policies:
        policy && roleArn
          ? [{ roleArn, source: 'pasted', documents: [{ name: 'pasted policy', kind: 'inline', document: policy }] }]
          : [],
      simulations: [],
      lookups: [],
    },
  };
}
