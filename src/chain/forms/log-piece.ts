import type { GraphqlField } from '../case';
import { csvRows } from './csv';
import { findLooseValue, MAX_PIECE_CHARS } from './loose-literal';

/**
 * AppSync's CloudWatch log lines in the forms people copy them, and what they state.
 * Forms: lines as AppSync writes them (`<request id> Response Headers: {…}`, the `RequestSummary` JSON line,
 * field-level JSON lines), rows copied from the CloudWatch console (a timestamp, a tab, the message),
 * `aws logs filter-log-events` / `get-log-events` JSON (`{"events": [{timestamp, message}]}`), and Logs Insights
 * exports (JSON `[{"@timestamp", "@message"}]`, CSV with a header row, the console's Markdown table).
 * Read: each `RequestSummary` line's `requestId`, `statusCode` and `graphQLAPIId`; a `Response Headers` line's
 * `x-amzn-ErrorType`; the query of the `GraphQL Query:` line; field-level lines' `parentType` / `fieldName`.
 * Formats: AWS AppSync Developer Guide, "Monitoring and logging" (log type reference: RequestSummary,
 * ExecutionSummary, RequestMapping, ResponseMapping, Tracing); request lines as the sandbox writes them
 * (sandbox/src/appsync/logs.ts, after aws-amplify/amplify-js #2422); CloudWatch Logs API Reference,
 * FilterLogEvents (`events[].timestamp` in milliseconds); CloudWatch Logs User Guide, "Logs Insights" (exports).
 */

export interface LogRow {
  message: string;
  /** Milliseconds since the epoch, when the form carried one. */
  timestamp?: number;
  logStreamName?: string;
}

export interface LogStatement {
  requestId?: string;
  status?: number;
  errorType?: string;
  apiId?: string;
  query?: string;
  /** Fields named by field-level lines (`parentType`, `fieldName`), when no query line says it. */
  fields: GraphqlField[];
  /** When the request was logged: the summary line's time, else the first line's. */
  at?: number;
}

const MAX_ROWS = 10_000;
const ISO_PREFIX = /^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)\s+/;
const EPOCH_PREFIX = /^(1\d{12})\s+/;
const isBag = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A time as CloudWatch prints it: ISO with or without zone (Logs Insights writes UTC without one), or epoch ms. */
export function logTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string' || value.length > 40) return undefined;
  if (/^\d{13}$/.test(value)) return Number(value);
  const iso = value.trim().replace(' ', 'T');
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms : undefined;
}

function row(message: unknown, timestamp: unknown, stream?: unknown): LogRow | undefined {
  if (typeof message !== 'string' || !message.trim()) return undefined;
  const at = logTime(timestamp);
  return {
    message: message.trim(),
    ...(at !== undefined ? { timestamp: at } : {}),
    ...(typeof stream === 'string' ? { logStreamName: stream } : {}),
  };
}

function rowsOfJson(value: unknown): LogRow[] | undefined {
  const events = isBag(value) && Array.isArray(value.events) ? value.events : undefined;
  const list = events ?? (Array.isArray(value) ? value : undefined);
  if (!list || !list.every(isBag)) return undefined;
  const rows = list.map((e: Record<string, unknown>) =>
    row(e.message ?? e['@message'], e.timestamp ?? e['@timestamp'], e.logStreamName ?? e['@logStream']),
  );
  // A list of objects that are not log events (field-level JSON lines pasted as an array) is not this form.
  return rows.some(Boolean) ? rows.filter((r): r is LogRow => Boolean(r)) : undefined;
}

function rowsOfTable(text: string): LogRow[] | undefined {
  const header = text.slice(0, text.indexOf('\n') >>> 0).trim();
  if (!header.includes('@message')) return undefined;
  const markdown = header.startsWith('|');
  const table = markdown
    ? text
        .split(/\r?\n/)
        .filter((line) => line.trim() && !/^\|?\s*:?-{3,}/.test(line.trim()))
        .map((line) =>
          line
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((c) => c.trim()),
        )
    : csvRows(text, MAX_ROWS + 1);
  const [names = [], ...data] = table;
  const messageAt = names.indexOf('@message');
  const timeAt = names.indexOf('@timestamp');
  const streamAt = names.indexOf('@logStream');
  return data
    .map((cells) =>
      row(cells[messageAt], timeAt >= 0 ? cells[timeAt] : undefined, streamAt >= 0 ? cells[streamAt] : undefined),
    )
    .filter((r): r is LogRow => Boolean(r));
}

/** Lines as AppSync writes them, or rows copied from the console (timestamp, tab, message); a message may span lines. */
function rowsOfLines(lines: string[]): LogRow[] {
  const rows: LogRow[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    const stamp = ISO_PREFIX.exec(line) ?? EPOCH_PREFIX.exec(line);
    const text = stamp ? line.slice(stamp[0].length) : line;
    const last = rows.at(-1);
    // A query's later lines (`GraphQL Query:` messages hold the query's line breaks) carry no request id.
    const starts = stamp || /^([0-9a-f-]{36}|\{|[A-Z][a-z]+ [A-Z])/.test(text.trim()) || !last;
    if (!starts && last) last.message += `\n${text}`;
    else {
      const at = stamp ? logTime(stamp[1]) : undefined;
      rows.push({ message: text.trim(), ...(at !== undefined ? { timestamp: at } : {}) });
    }
  }
  return rows;
}

/** The log piece as rows; throws a message for people when it is too large to be a request's log. */
export function readLogRows(input: string): LogRow[] {
  if (input.length > MAX_PIECE_CHARS)
    throw new Error(
      `The log lines are ${input.length.toLocaleString('en-US')} characters: paste the lines of the failing request.`,
    );
  const text = input.trim();
  let rows: LogRow[] | undefined;
  if (/^[{[]/.test(text) && !text.startsWith('{"logType"')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = /^\{\s*"?events"?/.test(text) ? findLooseValue(text) : undefined;
    }
    rows = rowsOfJson(value);
  }
  const lines = text.split(/\r?\n/);
  rows ??= rowsOfTable(text) ?? rowsOfLines(lines);
  if (rows.length > MAX_ROWS)
    throw new Error(`${rows.length} log lines: paste the lines of the failing request (filter by its id).`);
  return rows;
}

function jsonLine(message: string): Record<string, unknown> | undefined {
  if (!message.startsWith('{') || message.length > 200_000) return undefined;
  try {
    const value: unknown = JSON.parse(message);
    return isBag(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const FIELD_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,200}$/;

/** What the rows state about the failing request: the last summary with an error status wins, else the last one. */
export function readLogStatement(rows: LogRow[]): LogStatement {
  const statement: LogStatement = { fields: [] };
  const seen = new Set<string>();
  let summaryFound = false;
  for (const { message, timestamp } of rows) {
    if (statement.at === undefined && timestamp !== undefined) statement.at = timestamp;
    const json = jsonLine(message);
    if (json) {
      if (typeof json.graphQLAPIId === 'string') statement.apiId ??= json.graphQLAPIId;
      if (json.logType === 'RequestSummary') {
        const status = typeof json.statusCode === 'number' ? json.statusCode : Number(json.statusCode);
        const failing = Number.isInteger(status) && status >= 400;
        if (!summaryFound || failing) {
          if (Number.isInteger(status) && status >= 100 && status <= 599) statement.status = status;
          if (typeof json.requestId === 'string') statement.requestId = json.requestId;
          if (timestamp !== undefined) statement.at = timestamp;
        }
        summaryFound = true;
      }
      const parent = json.parentType;
      const field = json.fieldName;
      if (
        typeof parent === 'string' &&
        typeof field === 'string' &&
        FIELD_NAME.test(parent) &&
        FIELD_NAME.test(field)
      ) {
        // Only top-level fields are authorized as `types/<Query|Mutation|Subscription>/fields/<field>` by a query.
        const path = Array.isArray(json.path) ? json.path : [];
        const key = `${parent}.${field}`;
        if (path.length <= 1 && !seen.has(key) && statement.fields.length < 1_000) {
          seen.add(key);
          statement.fields.push({ typeName: parent, fieldName: field });
        }
      }
      if (!statement.requestId && typeof json.requestId === 'string') statement.requestId = json.requestId;
      continue;
    }
    const errorType = /Response Headers: \{[^}]{0,4000}?\bx-amzn-ErrorType=([\w.#:-]{1,200})/i.exec(message)?.[1];
    if (errorType) statement.errorType = errorType.split(':')[0];
    const query = /GraphQL Query: ([\s\S]{1,200000}?), Operation: /.exec(message)?.[1];
    if (query && !statement.query) statement.query = query;
    const id = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s/.exec(message)?.[1];
    if (id && !statement.requestId) statement.requestId = id;
  }
  return statement;
}
