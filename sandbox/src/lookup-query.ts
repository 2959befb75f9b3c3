import { createHash } from 'node:crypto';
import type { StoredTrailEvent } from './context.ts';
import { AwsError } from './http.ts';

/** LookupEvents' lookup attribute keys (API reference, LookupAttribute). */
export const ATTRIBUTE_KEYS = [
  'EventId',
  'EventName',
  'ReadOnly',
  'Username',
  'ResourceType',
  'ResourceName',
  'EventSource',
  'AccessKeyId',
] as const;
type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

const NINETY_DAYS_MS = 90 * 24 * 3600 * 1000;

export interface Query {
  attribute?: { key: AttributeKey; value: string };
  start: number;
  end: number;
  maxResults: number;
  /** Hash of the parameters as given, which a NextToken must be used with. */
  fingerprint: string;
}

/**
 * A LookupEvents refusal. The codes are the LookupEvents API reference's (`InvalidTimeRangeException`,
 * `InvalidLookupAttributesException`, `InvalidMaxResultsException`, …, all 400); the texts below are the sandbox's
 * wording (unconfirmed: no public thread quotes CloudTrail's), and no rule reads them.
 */
export const invalid = (code: string, message: string) => new AwsError(400, code, message);

/** JSON 1.1 sends timestamps as epoch seconds (possibly fractional); accept ISO strings too. */
function timeOf(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw invalid('InvalidTimeRangeException', `${name} is not a valid timestamp.`);
  return ms;
}

function parseAttribute(input: unknown): Query['attribute'] {
  if (input === undefined || input === null) return undefined;
  if (!Array.isArray(input)) throw invalid('InvalidLookupAttributesException', 'LookupAttributes must be a list.');
  if (input.length === 0) return undefined;
  if (input.length > 1) {
    throw invalid('InvalidLookupAttributesException', 'You can specify only one lookup attribute per request.');
  }
  const [first] = input as { AttributeKey?: unknown; AttributeValue?: unknown }[];
  const key = ATTRIBUTE_KEYS.find((k) => k === first?.AttributeKey);
  const value = first?.AttributeValue;
  if (!key) {
    throw invalid('InvalidLookupAttributesException', `AttributeKey must be one of ${ATTRIBUTE_KEYS.join(', ')}.`);
  }
  if (typeof value !== 'string' || value.length < 1 || value.length > 2000) {
    throw invalid('InvalidLookupAttributesException', 'AttributeValue must be 1 to 2000 characters long.');
  }
  return { key, value };
}

/** Validates a LookupEvents request as CloudTrail does; `now` is the default EndTime. */
export function parseQuery(now: number, input: Record<string, unknown>): Query {
  const attribute = parseAttribute(input.LookupAttributes);
  const end = timeOf(input.EndTime, 'EndTime') ?? now;
  const start = timeOf(input.StartTime, 'StartTime') ?? end - NINETY_DAYS_MS;
  if (start > end) throw invalid('InvalidTimeRangeException', 'Start time must be before end time.');
  const max = input.MaxResults ?? 50;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 50) {
    throw invalid('InvalidMaxResultsException', 'MaxResults must be a number from 1 to 50.');
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([attribute, input.StartTime, input.EndTime]))
    .digest('base64url')
    .slice(0, 16);
  return { ...(attribute ? { attribute } : {}), start, end, maxResults: max, fingerprint };
}

/** Whether the event has the lookup attribute's value (all events match without one). */
export function matches(event: StoredTrailEvent, attribute: Query['attribute']): boolean {
  if (!attribute) return true;
  const { record } = event;
  const { value } = attribute;
  switch (attribute.key) {
    case 'EventId':
      return record.eventID === value;
    case 'EventName':
      return record.eventName === value;
    case 'ReadOnly':
      return String(record.readOnly) === value;
    case 'Username':
      return event.username === value;
    case 'ResourceType':
      return event.resources.some((r) => r.resourceType === value);
    case 'ResourceName':
      return event.resources.some((r) => r.resourceName === value);
    case 'EventSource':
      return record.eventSource === value;
    case 'AccessKeyId':
      return record.userIdentity.accessKeyId === value;
  }
}
