import { csvRows } from './csv';
import { findLooseValue, MAX_PIECE_CHARS } from './loose-literal';

/**
 * CloudTrail records in the forms the console, the CLI, S3 and Athena give them, as plain record objects (the
 * caller validates them against the case schema). Forms: one record (the console's "Event record"), an array of
 * them, a trail log file (`{"Records": [...]}`, AWS CloudTrail User Guide, "CloudTrail log file examples"),
 * `aws cloudtrail lookup-events` output (`{"Events": [{"CloudTrailEvent": "<the record as a JSON string>"}]}`,
 * AWS CLI reference, lookup-events), Athena results over the trail table (CSV download or `aws athena
 * get-query-results` JSON; columns as in the AWS CloudTrail User Guide, "Querying AWS CloudTrail logs":
 * `eventtime`, `useridentity` as a struct printed `{type=…, principalid=…}`, `requestparameters` and
 * `responseelements` as JSON strings), and any CSV one of whose cells holds a record as JSON (unconfirmed: the
 * console's "Download events" CSV).
 */

const isBag = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const MAX_RECORDS = 1_000;

function parseJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!/^[{[]/.test(text)) return value;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return value;
  }
}

/** Athena prints a struct as `{type=WebIdentityUser, principalid=…, arn=null}`; nested structs nest braces. */
export function parseAthenaStruct(text: string): Record<string, unknown> | undefined {
  const body = text.trim();
  if (!body.startsWith('{') || !body.endsWith('}') || body.length > 100_000) return undefined;
  const inner = body.slice(1, -1);
  const out: Record<string, unknown> = {};
  let depth = 0;
  let start = 0;
  const take = (part: string) => {
    const eq = part.indexOf('=');
    if (eq <= 0) return;
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    if (raw === 'null' || raw === '') return;
    out[key] = raw.startsWith('{') ? (parseAthenaStruct(raw) ?? raw) : raw;
  };
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0 && inner[i + 1] === ' ') {
      take(inner.slice(start, i));
      start = i + 1;
    }
  }
  take(inner.slice(start));
  return out;
}

// Athena's lower-case column (and struct field) names → CloudTrail's.
const COLUMN: Record<string, string> = {
  eventversion: 'eventVersion',
  useridentity: 'userIdentity',
  eventtime: 'eventTime',
  eventsource: 'eventSource',
  eventname: 'eventName',
  awsregion: 'awsRegion',
  sourceipaddress: 'sourceIPAddress',
  useragent: 'userAgent',
  errorcode: 'errorCode',
  errormessage: 'errorMessage',
  requestparameters: 'requestParameters',
  responseelements: 'responseElements',
  additionaleventdata: 'additionalEventData',
  requestid: 'requestID',
  eventid: 'eventID',
  eventtype: 'eventType',
  readonly: 'readOnly',
  recipientaccountid: 'recipientAccountId',
};
const IDENTITY: Record<string, string> = {
  type: 'type',
  principalid: 'principalId',
  arn: 'arn',
  accountid: 'accountId',
  accesskeyid: 'accessKeyId',
  username: 'userName',
  identityprovider: 'identityProvider',
  invokedby: 'invokedBy',
};

function recordOfRow(names: string[], cells: string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  names.forEach((name, index) => {
    const key = COLUMN[name.trim().toLowerCase()];
    const cell = cells[index]?.trim();
    if (!key || cell === undefined || cell === '' || cell === 'null') return;
    if (key === 'userIdentity') {
      const struct = parseJsonString(cell);
      const identity = isBag(struct) ? struct : parseAthenaStruct(cell);
      if (identity)
        record.userIdentity = Object.fromEntries(
          Object.entries(identity).map(([k, v]) => [IDENTITY[k.toLowerCase()] ?? k, v]),
        );
    } else if (key === 'requestParameters' || key === 'responseElements' || key === 'additionalEventData')
      record[key] = parseJsonString(cell);
    else record[key] = cell;
  });
  return record;
}

function recordsOfCsv(text: string): unknown[] | undefined {
  const [header, ...rows] = csvRows(text, MAX_RECORDS + 1);
  if (!header) return undefined;
  const names = header.map((n) => n.trim().toLowerCase());
  if (names.includes('eventtime') && names.includes('eventname')) return rows.map((r) => recordOfRow(names, r));
  // A CSV one of whose columns holds the whole record as JSON.
  const found = rows.map((r) => r.map(parseJsonString).find((c) => isBag(c) && 'eventName' in c));
  return found.some(Boolean) ? found.filter(Boolean) : undefined;
}

function recordsOfAthenaJson(value: Record<string, unknown>): unknown[] | undefined {
  const rows = (value.ResultSet as { Rows?: unknown } | undefined)?.Rows;
  if (!Array.isArray(rows)) return undefined;
  const cells = rows.map((r: unknown) =>
    isBag(r) && Array.isArray(r.Data)
      ? r.Data.map((d: unknown) => (isBag(d) && typeof d.VarCharValue === 'string' ? d.VarCharValue : ''))
      : [],
  );
  const [names, ...data] = cells;
  return names ? data.map((r) => recordOfRow(names, r)) : undefined;
}

function recordsOfValue(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.map((item) => (isBag(item) ? unwrapLookup(item) : item));
  if (!isBag(value)) return [value];
  if (Array.isArray(value.Events)) return value.Events.map((e: unknown) => (isBag(e) ? unwrapLookup(e) : e));
  if (Array.isArray(value.Records)) return value.Records;
  const athena = recordsOfAthenaJson(value);
  if (athena) return athena;
  return [unwrapLookup(value)];
}

/** A `lookup-events` entry holds the record as a string in `CloudTrailEvent`; a record is itself. */
function unwrapLookup(entry: Record<string, unknown>): unknown {
  if (!('CloudTrailEvent' in entry)) return entry;
  const inner = entry.CloudTrailEvent;
  if (isBag(inner)) return inner;
  if (typeof inner !== 'string') return null;
  return JSON.parse(inner) as unknown; // a SyntaxError here reads as "Not valid JSON" to the caller
}

/** The records in a pasted CloudTrail piece, unvalidated. Throws SyntaxError (JSON) or a message for people. */
export function readCloudTrailPiece(input: string): unknown[] {
  if (input.length > MAX_PIECE_CHARS)
    throw new Error(
      `The CloudTrail piece is ${input.length.toLocaleString('en-US')} characters: paste the AssumeRoleWithWebIdentity record.`,
    );
  const text = input.trim();
  let records: unknown[] | undefined;
  if (/^[{[]/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      // A record printed by a console (`{ eventVersion: '1.08', … }`) reads loosely; anything else is bad JSON.
      value = findLooseValue(text);
      if (value === undefined || (isBag(value) && Object.keys(value).length === 0)) throw error;
    }
    records = recordsOfValue(value);
  } else records = recordsOfCsv(text);
  if (!records) throw new SyntaxError('Expected a CloudTrail record (JSON), lookup-events output, or Athena results.');
  if (records.length > MAX_RECORDS)
    throw new Error(`${records.length} records: paste the AssumeRoleWithWebIdentity record of the run.`);
  return records;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CONSOLE_TIME = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d\d):(\d\d) ([AP]M)$/;

/**
 * A CloudTrail time: ISO 8601 (`eventTime`), or as STS records write `responseElements.credentials.expiration`,
 * `Feb 24, 2025, 3:15:12 PM` (shared/FAILURE-MODES.md, seen in a real account). That form carries no zone: read
 * as UTC (unconfirmed). Milliseconds since the epoch, or undefined.
 */
export function parseCloudTrailTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = CONSOLE_TIME.exec(value.trim());
  if (match) {
    const [, mon, day, year, hour, minute, second, half] = match;
    const month = MONTHS.indexOf(mon as string);
    let h = Number(hour);
    if (month < 0 || h < 1 || h > 12) return undefined;
    if (half === 'AM' && h === 12) h = 0;
    if (half === 'PM' && h !== 12) h += 12;
    return Date.UTC(Number(year), month, Number(day), h, Number(minute), Number(second));
  }
  if (!/^\d{4}-\d\d-\d\dT/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
