import type { SandboxContext, StoredTrailEvent } from './context.ts';
import { invalid, matches, parseQuery, type Query } from './lookup-query.ts';
import { unconfirmedOf } from './scenario.ts';
import { trailOf } from './trail.ts';

/** One event as LookupEvents answers it (API reference, Event). */
export interface LookupEvent {
  EventId: string;
  EventName: string;
  ReadOnly: string;
  AccessKeyId?: string;
  /** Epoch seconds (JSON 1.1 timestamp). */
  EventTime: number;
  EventSource: string;
  Username?: string;
  Resources: { ResourceType: string; ResourceName: string }[];
  CloudTrailEvent: string;
}

export interface LookupEventsOutput {
  Events: LookupEvent[];
  NextToken?: string;
}

/**
 * 400 `ThrottlingException` once more than `lookupCallsPerSecond` calls arrived in the trailing second (the 2 calls a
 * second: LookupEvents API reference; the code and 400: CloudTrail API Reference, "Common Errors"). The text "Rate
 * exceeded" is AWS's usual throttling wording, unconfirmed for CloudTrail (no public thread quotes it; no rule reads it).
 */
function throttle(ctx: SandboxContext): void {
  const now = ctx.now();
  const recent = ctx.lookupCalls.filter((t) => t > now - 1000);
  if (recent.length >= ctx.scenario.cloudtrail.lookupCallsPerSecond) {
    ctx.lookupCalls = recent;
    throw invalid('ThrottlingException', 'Rate exceeded');
  }
  recent.push(now);
  ctx.lookupCalls = recent;
}

/** CloudTrail compares the record's `eventTime`, which has one-second precision. */
const eventSecond = (event: StoredTrailEvent) => Math.floor(event.at / 1000) * 1000;

// Newest first; ties broken by event id so the order (and so paging) is total and stable.
function newestFirst(aAt: number, aId: string, bAt: number, bId: string): number {
  return bAt - aAt || (aId < bId ? 1 : aId > bId ? -1 : 0);
}

const byNewest = (a: StoredTrailEvent, b: StoredTrailEvent) =>
  newestFirst(a.at, a.record.eventID, b.at, b.record.eventID);

/** Where the next page starts, and the window of the first page (a default EndTime must not move). */
interface Continuation {
  at: number;
  id: string;
  start: number;
  end: number;
}

function encodeToken(query: Query, last: StoredTrailEvent): string {
  const token = { q: query.fingerprint, at: last.at, id: last.record.eventID, s: query.start, e: query.end };
  return Buffer.from(JSON.stringify(token)).toString('base64');
}

/** NextToken is only good for the query that produced it ("the same parameters as the original request"). */
function decodeToken(token: unknown, query: Query): Continuation | undefined {
  if (token === undefined || token === null || token === '') return undefined;
  // The code: LookupEvents API reference (`InvalidNextTokenException`); the text is unconfirmed.
  const bad = invalid('InvalidNextTokenException', 'Invalid NextToken.');
  if (typeof token !== 'string') throw bad;
  let parsed: { q?: unknown; at?: unknown; id?: unknown; s?: unknown; e?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as typeof parsed;
  } catch {
    throw bad;
  }
  const { q, at, id, s: start, e: end } = parsed;
  if (q !== query.fingerprint || typeof at !== 'number' || typeof id !== 'string') throw bad;
  if (typeof start !== 'number' || typeof end !== 'number') throw bad;
  return { at, id, start, end };
}

/**
 * LookupEvents' `Username` of an event. For a `WebIdentityUser` it is the identity id only when the scenario says
 * the attribute selects by it (unconfirmed, scenario.ts `Unconfirmed`); otherwise the event has none.
 */
function usernameOf(event: StoredTrailEvent, selectsIdentityId: boolean): string | undefined {
  if (event.record.userIdentity.type === 'WebIdentityUser' && !selectsIdentityId) return undefined;
  return event.username;
}

function toLookupEvent(event: StoredTrailEvent, selectsIdentityId: boolean): LookupEvent {
  const { record } = event;
  const username = usernameOf(event, selectsIdentityId);
  const accessKeyId = record.userIdentity.accessKeyId;
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    ...(typeof accessKeyId === 'string' && accessKeyId ? { AccessKeyId: accessKeyId } : {}),
    EventTime: Math.floor(event.at / 1000),
    EventSource: record.eventSource,
    ...(username ? { Username: username } : {}),
    Resources: event.resources.map((r) => ({ ResourceType: r.resourceType, ResourceName: r.resourceName })),
    CloudTrailEvent: JSON.stringify(record),
  };
}

/**
 * CloudTrail `LookupEvents` over the account's management events (API reference, LookupEvents): one lookup
 * attribute at most, 1–50 results a page (default 50), newest first, a NextToken bound to the query's parameters,
 * 90 days by default, about 2 calls a second per account and region; records appear after the delivery delay.
 * Each region's Event history holds the events recorded in that region (`awsRegion`), and only those.
 * Authorization is the caller's job.
 */
export async function lookupEvents(
  ctx: SandboxContext,
  input: Record<string, unknown>,
  region: string = ctx.scenario.region,
): Promise<LookupEventsOutput> {
  throttle(ctx);
  const selectsIdentityId = unconfirmedOf(ctx.scenario).usernameSelectsIdentityId;
  const parsed = parseQuery(ctx.now(), input);
  const cursor = decodeToken(input.NextToken, parsed);
  const query = cursor ? { ...parsed, start: cursor.start, end: cursor.end } : parsed;
  const now = ctx.now();
  const found = (await trailOf(ctx))
    .filter(
      (e) =>
        e.visibleAt <= now &&
        e.record.awsRegion === region &&
        eventSecond(e) >= query.start &&
        eventSecond(e) <= query.end &&
        matches({ ...e, username: usernameOf(e, selectsIdentityId) }, query.attribute),
    )
    .sort(byNewest);
  // The page starts after the last event the previous page returned, so events arriving meanwhile shift nothing.
  const from = cursor ? found.findIndex((e) => newestFirst(e.at, e.record.eventID, cursor.at, cursor.id) > 0) : 0;
  const page = from < 0 ? [] : found.slice(from, from + query.maxResults);
  const last = page[page.length - 1];
  const more = from >= 0 && from + query.maxResults < found.length;
  return {
    Events: page.map((e) => toLookupEvent(e, selectsIdentityId)),
    ...(more && last ? { NextToken: encodeToken(query, last) } : {}),
  };
}
