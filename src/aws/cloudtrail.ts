import { CloudTrailClient, LookupEventsCommand, type LookupAttribute } from '@aws-sdk/client-cloudtrail';
import { cloudTrailRecordSchema, type CloudTrailRecord, type Lookup, type LookupAsk } from '@/chain/case';
import { classifyAwsError } from '@/chain/error-taxonomy';
import { issuedAccessKeyId, isAssumeRoleWithWebIdentity, recordIdentityId } from '@/chain/evidence';
import { sanitizeRecord } from '@/chain/sanitize';
import type { ReadOnlyCredentials } from '@/chain/connection';
import { countAttempts } from './lookup';
import { requestHandlerFor } from './timeouts';

export interface StsRecordSearch {
  region: string;
  endpoint?: string;
  credentials: ReadOnlyCredentials;
  /** The key whose issuing record we want; without one, the identity's failed STS records are wanted. */
  accessKeyId?: string;
  /** Identity id of the credentials: CloudTrail's `Username` for Cognito-federated STS calls. */
  identityId?: string;
  /** When the browser asked for the credentials. */
  issuedAt: Date;
  /** Deadline of each call (default 20 s). */
  timeoutMs?: number;
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

// CloudTrail's eventTime has one-second precision and clocks differ: a few minutes around the issue time.
const WINDOW_BEFORE_MS = 5 * 60_000;
const WINDOW_AFTER_MS = 5 * 60_000;
// Pages read for the unselective EventName fallback before giving up for this round (50 events a page).
const MAX_FALLBACK_PAGES = 20;

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

function cliCommand(search: StsRecordSearch, attribute: LookupAttribute, start: Date, end: Date): string {
  return [
    'aws cloudtrail lookup-events',
    `--region ${search.region}`,
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
  if (!isAssumeRoleWithWebIdentity(record)) return false;
  if (search.accessKeyId) return issuedAccessKeyId(record) === search.accessKeyId;
  return Boolean(record.errorCode) && recordIdentityId(record) === search.identityId;
}

/**
 * Finds the CloudTrail `AssumeRoleWithWebIdentity` record that issued `accessKeyId`: the most selective lookup
 * first (the identity id as `Username`), then `EventName` paging, always matching the key inside the record.
 * Errors (AccessDenied, expired credentials, network) are thrown; "not delivered yet" is a result, not an error.
 */
export async function findStsRecord(
  search: StsRecordSearch,
  onProgress: (progress: SearchProgress) => void = () => {},
): Promise<StsRecordResult> {
  const start = new Date(search.issuedAt.getTime() - WINDOW_BEFORE_MS);
  const end = new Date(Math.min(Date.now(), search.issuedAt.getTime() + WINDOW_AFTER_MS) + 60_000);
  const strategies: { ask: LookupAsk; attribute: LookupAttribute; maxPages: number }[] = [];
  if (!search.accessKeyId && !search.identityId) return { lookups: [] };
  if (search.identityId)
    strategies.push({
      ask: 'sts-record-by-identity',
      attribute: { AttributeKey: 'Username', AttributeValue: search.identityId },
      maxPages: 5,
    });
  if (search.accessKeyId)
    strategies.push({
      ask: 'sts-record-by-event-name',
      attribute: { AttributeKey: 'EventName', AttributeValue: 'AssumeRoleWithWebIdentity' },
      maxPages: MAX_FALLBACK_PAGES,
    });

  const lookups: Lookup[] = [];
  for (const strategy of strategies) {
    let calls = 0;
    const client = createCloudTrailClient(search, () => (calls += 1));
    const at = new Date().toISOString();
    const base = {
      source: 'cloudtrail' as const,
      ask: strategy.ask,
      query: { LookupAttributes: [strategy.attribute], StartTime: start.toISOString(), EndTime: end.toISOString() },
      cli: cliCommand(search, strategy.attribute, start, end),
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
