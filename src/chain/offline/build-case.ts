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
import { accountOf } from '../arn';
import { assumedRoleArn, isAssumeRoleWithWebIdentity, issuedAccessKeyId, recordIdentityId } from '../evidence';
import { parseCloudTrailTime, readCloudTrailPiece } from '../forms/cloudtrail-piece';
import { readResolverPiece, readSchemaPiece } from '../forms/appsync-piece';
import { readErrorPiece } from '../forms/error-piece';
import { readLogRows, readLogStatement, type LogStatement } from '../forms/log-piece';
import { findLooseValue } from '../forms/loose-literal';
import { readRolePiece, type RolePiece } from '../forms/role-piece';
import { parseOperation } from '../operation';
import { sanitizeRecord } from '../sanitize';
import { scrubText, scrubValue } from '../secrets';
import { MAX_DEPTH } from '../share/plausible';
import { caseExcess, pieceDepth, tooDeepMessage } from './piece-limits';

/** What a customer without AWS access for us can send, as pasted text. Only the app config is required. */
export interface OfflinePieces {
  appConfig: string;
  cloudTrail?: string;
  appError?: string;
  logLines?: string;
  policy?: string;
  query?: string;
  /** The identity pool's authenticated role: its ARN, or `get-identity-pool-roles` output. */
  role?: string;
  /** The API's schema with its directives (SDL, `get-introspection-schema --format SDL --include-directives`). */
  schema?: string;
  /** The refused field's resolver: `get-resolver` / `get-function` JSON, or its VTL or APPSYNC_JS code. */
  resolver?: string;
}

export type OfflinePiece = keyof OfflinePieces;
export type OfflineResult =
  { ok: true; case: Case; notes: string[] } | { ok: false; errors: Partial<Record<OfflinePiece, string>> };

// Evidence times lie between 1970 and 2200; the timeline cannot draw (or format) anything else.
const plausibleTime = (ms: number) => Number.isFinite(ms) && ms >= 0 && ms <= Date.UTC(2200, 0, 1);

/** Every form of a CloudTrail piece (src/chain/forms/cloudtrail-piece.ts), validated as records and sanitized. */
function readRecords(text: string): CloudTrailRecord[] {
  return readCloudTrailPiece(text).map((item, index) => {
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

const NOT_AN_ERROR = 'Expected the error object the app logged: {"errors": [...]} or {"name": …, "message": …}.';
const CUT_OFF =
  'The console cut the error off ([Array] or [Object]): log it with JSON.stringify(error) or console.dir(error, { depth: null }) and paste that.';

// Errors both Cognito services raise (Cognito user pools and identity pools API references, "Errors"): with no message,
// nothing tells sign-in from the identity pool. AppSync raises none of them.
const NAMED_BY_BOTH_COGNITO_SERVICES = new Set([
  'NotAuthorizedException',
  'ResourceNotFoundException',
  'InvalidParameterException',
  'TooManyRequestsException',
  'LimitExceededException',
  'InternalErrorException',
]);
// JSON.stringify writes an Error's own enumerable properties only; `message` is not one of them. Amplify v6 rethrows
// Cognito's errors as `new AuthError(e)`, which keeps the name (@aws-amplify/auth credentialsProvider, AmplifyError in
// @aws-amplify/core): stringified, `{"name":"NotAuthorizedException"}` is all that is left (fixtures/forms).
const messageLost = (name: string) =>
  `The error names ${name} but has no message: JSON.stringify(error) drops an Error's message, and Amplify v6 errors ` +
  `keep only their name and metadata. ${name} comes from sign-in and from the identity pool alike, so the message ` +
  'decides where the chain stopped. Log the error with console.dir(error, { depth: null }) or String(error), and ' +
  'paste that.';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The app's error in any form (src/chain/forms/error-piece.ts): Amplify's thrown GraphQL result, AppSync's body, an
 * AWS SDK v2 or v3 error, a console print of one, a `Name: message` line, a bare string, an HTTP response dump.
 * The taxonomy reads it (src/chain/error-taxonomy.ts) and places it in the chain; its texts come back scrubbed.
 */
function readAppError(input: string): AppError {
  // A form read loosely may be cut into fragments the secret policy no longer recognises (`token=[abc` without its
  // `]`): scrub the whole text first. JSON is read as it is, and its texts scrubbed after.
  const piece = readErrorPiece(isJson(input) ? input : scrubText(input));
  const parsed = piece.thrown;
  const errors = isObject(parsed) ? parsed.errors : undefined;
  if (Array.isArray(errors) && errors.length === 0 && !piece.status) throw new Error(CUT_OFF);
  if (!isObject(parsed) || (Array.isArray(errors) && errors.length > 0 && !isObject(errors[0])))
    throw new Error(NOT_AN_ERROR);
  const error = classifyAwsError(parsed);
  const named = error.code === 'Error' ? undefined : error.code;
  if (named && !error.message && !error.stage && NAMED_BY_BOTH_COGNITO_SERVICES.has(named))
    throw new Error(messageLost(named));
  const errorType = named ?? (piece.errorType ? scrubText(piece.errorType) : undefined);
  // AppSync answers UnauthorizedException with 401; apps rarely log the status.
  const status = piece.status ?? error.status ?? (errorType === 'UnauthorizedException' ? 401 : undefined);
  const requestId = error.requestId ?? (piece.requestId ? scrubText(piece.requestId) : undefined);
  // An error no name or message places, from an HTTP answer, was AppSync's (the only HTTP call the app reports).
  const stage = error.stage === 'sign-in' || error.stage === 'credentials' ? error.stage : 'graphql';
  return {
    stage,
    message: error.message || (errorType ? '' : 'Unknown error'),
    ...(errorType ? { errorType } : {}),
    ...(status ? { status } : {}),
    ...(requestId ? { requestId } : {}),
    ...(error.recoverySuggestion ? { recoverySuggestion: error.recoverySuggestion } : {}),
  };
}

/** A policy document, or what the CLI prints around one (`get-role-policy`, `get-policy-version`), URL-encoded or not. */
function readPolicy(input: string): unknown {
  let value: Record<string, unknown> | null;
  try {
    value = JSON.parse(input) as Record<string, unknown> | null;
  } catch (error) {
    // A policy printed by a console or copied from a JS/CDK file (unquoted keys, single quotes).
    const loose = findLooseValue(input);
    if (!loose || typeof loose !== 'object' || !('Statement' in loose || 'PolicyDocument' in loose)) throw error;
    value = loose as Record<string, unknown>;
  }
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
): GraphqlStep {
  const { requestId } = appError;
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
 * What the log lines state fills what the app's error leaves out (status, error type, request id); log lines alone
 * that show a refused request stand for the app's error.
 */
function withLogStatement(appError: AppError | undefined, log: LogStatement): AppError | undefined {
  const refused = (log.status !== undefined && log.status >= 400) || log.errorType !== undefined;
  if (!appError && !refused) return undefined;
  const base: AppError = appError ?? { stage: 'graphql', message: '' };
  if (base.stage !== 'graphql') return base;
  const errorType = base.errorType ?? log.errorType;
  const status = base.status ?? log.status ?? (errorType === 'UnauthorizedException' ? 401 : undefined);
  const requestId = base.requestId ?? log.requestId;
  return {
    ...base,
    ...(errorType ? { errorType } : {}),
    ...(status ? { status } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

/** The credentials' expiry as the STS record writes it (`Feb 24, 2025, 3:15:12 PM` or ISO), as ISO. */
function recordExpiration(r: CloudTrailRecord): string | undefined {
  const credentials = (r.responseElements as { credentials?: { expiration?: unknown } } | null | undefined)
    ?.credentials;
  const ms = parseCloudTrailTime(credentials?.expiration);
  return ms !== undefined && plausibleTime(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * Builds a case from pasted evidence alone, without credentials: the timeline and the verdict then come from the same
 * code as a live run. Each piece is checked on its own and each bad one gets its own message.
 */
export function buildOfflineCase(pieces: OfflinePieces, now: Date = new Date()): OfflineResult {
  const errors: Partial<Record<OfflinePiece, string>> = {};
  const notes: string[] = [];
  // Checked like a link before anything reads it: a piece nested past the bound is named and left unread.
  for (const [piece, text] of Object.entries(pieces) as [OfflinePiece, string | undefined][])
    if (text && pieceDepth(piece, text) > MAX_DEPTH) errors[piece] = tooDeepMessage(piece);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const config = parseAppConfig(pieces.appConfig);
  if (!config.ok) errors.appConfig = config.error;
  const records = pieces.cloudTrail?.trim()
    ? attempt(errors, 'cloudTrail', () => readRecords(pieces.cloudTrail ?? ''))
    : [];
  const pastedError = pieces.appError?.trim()
    ? attempt(errors, 'appError', () => readAppError(pieces.appError ?? ''))
    : undefined;
  const policy: unknown = pieces.policy?.trim()
    ? attempt(errors, 'policy', () => readPolicy(pieces.policy ?? ''))
    : undefined;
  if (policy !== undefined && !errors.policy && (!policy || typeof policy !== 'object' || !('Statement' in policy)))
    errors.policy = 'A policy document needs a "Statement".';
  const role: RolePiece | undefined = pieces.role?.trim()
    ? attempt(errors, 'role', () => readRolePiece(pieces.role ?? ''))
    : undefined;
  const rows = pieces.logLines?.trim()
    ? (attempt(errors, 'logLines', () => readLogRows(pieces.logLines ?? '')) ?? [])
    : [];
  // Line by line: the secret policy reads header lines (`Request Headers: {x-amz-security-token=[…]}`) one at a time.
  const logRows = rows.map((row) => ({ ...row, message: row.message.split('\n').map(scrubText).join('\n') }));
  const log = readLogStatement(logRows);
  const query = scrubText(pieces.query?.trim() || log.query || '');
  const operation = query ? attempt(errors, 'query', () => parseOperation(query)) : undefined;
  const appError = withLogStatement(pastedError, log);
  const schema = pieces.schema?.trim()
    ? attempt(errors, 'schema', () => readSchemaPiece(pieces.schema ?? ''))
    : undefined;
  // The resolver is the refused field's (AppSync's "Not Authorized to access <field> on type <Type>"), else the query's.
  const denied = /Not Authorized to access (\w+) on type (\w+)/.exec(appError?.message ?? '');
  const field = denied?.[1] && denied[2] ? { typeName: denied[2], fieldName: denied[1] } : operation?.fields[0];
  const resolver = pieces.resolver?.trim()
    ? attempt(errors, 'resolver', () => readResolverPiece(pieces.resolver ?? '', field ?? log.fields[0]))
    : undefined;
  if (!config.ok || Object.keys(errors).length > 0) return { ok: false, errors };

  const sts = records?.find((r) => isAssumeRoleWithWebIdentity(r));
  const at = sts ? Date.parse(sts.eventTime) : plausibleTime(log.at ?? NaN) ? (log.at as number) : now.getTime();
  const steps: Step[] = [];
  if (sts) {
    const failed = Boolean(sts.errorCode);
    const identityId = recordIdentityId(sts);
    const expiration = failed ? undefined : recordExpiration(sts);
    steps.push({
      kind: 'credentials',
      at: new Date(at).toISOString(),
      durationMs: 0,
      calls: [],
      outcome: failed ? 'error' : 'ok',
      ...(identityId ? { identityId } : {}),
      ...(failed
        ? { error: { name: sts.errorCode ?? 'AccessDenied', message: sts.errorMessage ?? '' } }
        : { accessKeyId: issuedAccessKeyId(sts), ...(expiration ? { expiration } : {}) }),
    });
  } else notes.push('Without the AssumeRoleWithWebIdentity record, which role was assumed is not known.');
  // Lines keep the time their form carried; lines without one follow the record, in order.
  const logs: LogLine[] = logRows.map((row, index) => ({
    timestamp: row.timestamp !== undefined && plausibleTime(row.timestamp) ? row.timestamp : at + 1000 + index,
    message: row.message,
    ...(row.logStreamName ? { logStreamName: scrubText(row.logStreamName) } : {}),
  }));
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
    const requestAt = log.at !== undefined && plausibleTime(log.at) && (!sts || log.at >= at) ? log.at : at + 1000;
    const fields = operation?.fields.length ? operation.fields : log.fields;
    steps.push(graphqlStep(appError, requestAt, query, fields, config.target.authMode));
    if (sts && !sts.errorCode)
      notes.push('That the request was signed with the key this record issued stays unproven: apps do not log it.');
  }
  const assumed = sts ? assumedRoleArn(sts) : undefined;
  const named = role?.roleArn;
  // The policy belongs to the role CloudTrail shows was assumed, else to the role the engineer named.
  const policyRole = assumed ?? named;
  // AppSync's RequestSummary line names the API: the field ARNs need its id.
  const apiId = config.apiId ?? log.apiId;
  // Without a record, the named role's account stands for the customer's (the record's would be the same).
  const accountId = config.accountId ?? (sts ? undefined : accountOf(named));
  if (policy && !policyRole)
    notes.push(
      'The policy could not be tied to a role: name the identity pool’s authenticated role, or paste the CloudTrail record.',
    );
  else if (policy && !assumed)
    notes.push(
      `The policy was evaluated for ${policyRole ?? ''}, the role you named: that this role was assumed stays unproven without the AssumeRoleWithWebIdentity record.`,
    );
  const built: Case = {
    version: CASE_VERSION,
    createdAt: now.toISOString(),
    target: {
      ...config.target,
      ...(apiId ? { apiId: scrubText(apiId) } : {}),
      ...(accountId ? { accountId } : {}),
    },
    steps,
    records: records ?? [],
    logs,
    policies:
      policy && policyRole
        ? [
            {
              roleArn: policyRole,
              source: 'pasted',
              documents: [{ name: 'pasted policy', kind: 'inline', document: policy }],
            },
          ]
        : [],
    simulations: [],
    ...(role?.identityPool ? { identityPool: scrubValue(role.identityPool) as RolePiece['identityPool'] } : {}),
    ...(named ? { expectedRoleArn: named } : {}),
    ...(schema || resolver
      ? { appsync: { ...(schema ? { schema } : {}), resolvers: resolver ? [resolver] : [] } }
      : {}),
    lookups: [],
  };
  // The same counts a link or a case file is held to: evidence past them is refused by piece, not evaluated.
  const over = caseExcess(built);
  if (over) return { ok: false, errors: { [over.piece]: over.message } };
  return { ok: true, notes, case: built };
}
