import { CloudTrailClient, LookupEventsCommand, type LookupAttribute } from '@aws-sdk/client-cloudtrail';
import { cloudTrailRecordSchema, type CloudTrailRecord, type Lookup, type LookupAsk } from '@/chain/case';
import { classifyAwsError } from '@/chain/error-taxonomy';
import { issuedAccessKeyId, isAssumeRoleWithWebIdentity, recordIdentityId } from '@/chain/evidence';
import { sanitizeRecord } from '@/chain/sanitize';
import type { ReadOnlyCredentials } from '@/chain/connection';
import { countAttempts } from './lookup';
import { requestHandlerFor } from './timeouts';

export interface StsRecordSearch {
  /** The identity pool's region: its CloudTrail records the STS calls Cognito makes on the regional endpoint. */
  region: string;
  endpoint?: string;
  credentials: ReadOnlyCredentials;
  /** The key whose issuing record we want; without one, the identity's failed STS records are wanted. */
  accessKeyId?: string;
  /** Identity id of the credentials: CloudTrail's `Username` for Cognito-federated STS calls (unconfirmed). */
  identityId?: string;
  /** When the credentials were asked for, by AWS's clock when the case has it (the response's Date). */
  issuedAt: Date;
  /** Deadline of each call (default 20 s). */
  timeoutMs?: number;
  /**
   * `AssumeRole`: the record of a role session (a function's or a script's) that issued `accessKeyId`, looked up by
   * event name in a narrow window; absent: the identity pool's `AssumeRoleWithWebIdentity` record.
   */
  eventName?: 'AssumeRole';
}

export interface SearchProgress {
  strategy: LookupAsk;
  pages: number;
  eventsRead: number;
}

export interface StsRecordResult {
  record?: CloudTrailRecord;
  lookups: Lookup[];
}

// CloudTrail's eventTime has one-second precision and clocks differ: a few minutes around the issue time for the
// selective Username lookup, two minutes either side for the EventName one, whose window decides its size (a busy
// app's 6,000 sign-ins a day make about 17 in four minutes: one page of 50).
const WINDOW_BEFORE_MS = 5 * 60_000;
const WINDOW_AFTER_MS = 5 * 60_000;
const NARROW_MS = 2 * 60_000;
// Pages read for the EventName fallback before giving up for this round (50 events a page).
const MAX_FALLBACK_PAGES = 20;
/** STS calls served by the global endpoint are recorded in us-east-1 only (CloudTrail, since November 2021). */
export const GLOBAL_STS_REGION = 'us-east-1';

export function createCloudTrailClient(
  search: Pick<StsRecordSearch, 'region' | 'endpoint' | 'credentials' | 'timeoutMs'>,
  onAttempt: () => void,
): CloudTrailClient {
  // The SDK's standard retry strategy backs off with jitter on ThrottlingException (LookupEvents allows ~2 calls/s).
  const client = new CloudTrailClient({
    region: search.region,
    credentials: search.credentials,
    maxAttempts: 6,
    requestHandler: requestHandlerFor(search.timeoutMs),
    ...(search.endpoint ? { endpoint: search.endpoint } : {}),
  });
  countAttempts(client, onAttempt);
  return client;
}

function cliCommand(
  search: StsRecordSearch,
  region: string,
  attribute: LookupAttribute,
  start: Date,
  end: Date,
): string {
  return [
    'aws cloudtrail lookup-events',
    `--region ${region}`,
    `--lookup-attributes AttributeKey=${attribute.AttributeKey},AttributeValue=${attribute.AttributeValue}`,
    `--start-time ${start.toISOString()}`,
    `--end-time ${end.toISOString()}`,
    ...(search.endpoint ? [`--endpoint-url ${search.endpoint}`] : []),
  ].join(' ');
}

function parseRecord(json: string | undefined): CloudTrailRecord | undefined {
  if (!json) return undefined;
  try {
    const parsed = cloudTrailRecordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The record that issued the key; or, with no key (credentials failed), a failed STS call for the identity. */
function isWanted(record: CloudTrailRecord, search: StsRecordSearch): boolean {
  if (search.eventName === 'AssumeRole')
    return (
      record.eventSource === 'sts.amazonaws.com' &&
      record.eventName === 'AssumeRole' &&
      issuedAccessKeyId(record) === search.accessKeyId
    );
  if (!isAssumeRoleWithWebIdentity(record)) return false;
  if (search.accessKeyId) return issuedAccessKeyId(record) === search.accessKeyId;
  return Boolean(record.errorCode) && recordIdentityId(record) === search.identityId;
}

interface Strategy {
  ask: LookupAsk;
  region: string;
  attribute: LookupAttribute;
  start: Date;
  end: Date;
  maxPages: number;
}

/**
 * The lookups in the order they are tried: in the identity pool's region, then in us-east-1 (where the global STS
 * endpoint's calls are recorded), each with the identity id as `Username` first (selective, when CloudTrail indexes
 * web-identity events by identity id, which no public source confirms) and then `EventName` in a narrow window, which
 * finds successful and failed credentials alike without leaning on the unconfirmed.
 */
function strategies(search: StsRecordSearch, now: number): Strategy[] {
  const at = search.issuedAt.getTime();
  const upTo = (ms: number) => new Date(Math.min(now, ms) + 60_000);
  const regions = [...new Set([search.region, GLOBAL_STS_REGION])];
  if (search.eventName === 'AssumeRole')
    return regions.map((region) => ({
      ask: 'sts-record-by-event-name' as const,
      region,
      attribute: { AttributeKey: 'EventName' as const, AttributeValue: 'AssumeRole' },
      start: new Date(at - NARROW_MS),
      end: upTo(at + NARROW_MS),
      maxPages: MAX_FALLBACK_PAGES,
    }));
  return regions.flatMap((region) => [
    ...(search.identityId
      ? [
          {
            ask: 'sts-record-by-identity' as const,
            region,
            attribute: { AttributeKey: 'Username' as const, AttributeValue: search.identityId },
            start: new Date(at - WINDOW_BEFORE_MS),
            end: upTo(at + WINDOW_AFTER_MS),
            maxPages: 5,
          },
        ]
      : []),
    {
      ask: 'sts-record-by-event-name' as const,
      region,
      attribute: { AttributeKey: 'EventName' as const, AttributeValue: 'AssumeRoleWithWebIdentity' },
      start: new Date(at - NARROW_MS),
      end: upTo(at + NARROW_MS),
      maxPages: MAX_FALLBACK_PAGES,
    },
  ]);
}

/**
 * Finds the CloudTrail `AssumeRoleWithWebIdentity` record that issued `accessKeyId` (or, without one, the identity's
 * failed call), always matching the key or the identity inside the record, never by time alone (see `strategies`).
 * Errors (AccessDenied, expired credentials, network) are thrown; "not delivered yet" is a result, not an error.
 */
export async function findStsRecord(
  search: StsRecordSearch,
  onProgress: (progress: SearchProgress) => void = () => {},
): Promise<StsRecordResult> {
  if (!search.accessKeyId && !search.identityId) return { lookups: [] };
  const lookups: Lookup[] = [];
  for (const strategy of strategies(search, Date.now())) {
    const { start, end, region } = strategy;
    let calls = 0;
    const client = createCloudTrailClient({ ...search, region }, () => (calls += 1));
    const at = new Date().toISOString();
    const base = {
      source: 'cloudtrail' as const,
      ask: strategy.ask,
      // The lookups for a role session's record (eventName SIGNER_SUBJECT, plan.ts) are told apart from the pool's.
      subject: search.eventName ? `${search.eventName} ${region}` : region,
      query: { LookupAttributes: [strategy.attribute], StartTime: start.toISOString(), EndTime: end.toISOString() },
      cli: cliCommand(search, region, strategy.attribute, start, end),
      at,
    };
    let nextToken: string | undefined;
    let pages = 0;
    let eventsRead = 0;
    try {
      do {
        const page = await client.send(
          new LookupEventsCommand({
            LookupAttributes: [strategy.attribute],
            StartTime: start,
            EndTime: end,
            MaxResults: 50,
            NextToken: nextToken,
          }),
        );
        pages += 1;
        eventsRead += page.Events?.length ?? 0;
        onProgress({ strategy: strategy.ask, pages, eventsRead });
        for (const event of page.Events ?? []) {
          const record = parseRecord(event.CloudTrailEvent);
          if (record && isWanted(record, search)) {
            lookups.push({ ...base, calls, outcome: 'found' });
            return { record: sanitizeRecord(record), lookups };
          }
        }
        nextToken = page.NextToken;
      } while (nextToken && pages < strategy.maxPages);
    } catch (error) {
      const { code, message, kind } = classifyAwsError(error, { service: 'cloudtrail', stage: 'lookup' });
      lookups.push({
        ...base,
        calls,
        outcome: kind === 'access-denied' ? 'denied' : 'error',
        error: { name: code, message },
      });
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { lookups });
    } finally {
      client.destroy();
    }
    lookups.push({ ...base, calls, outcome: 'not-found' });
  }
  return { lookups };
}
