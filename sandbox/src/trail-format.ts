import type { StoredTrailEvent, TrailRecord } from './context.ts';

/** CloudTrail `eventTime`: ISO 8601 in UTC with one-second precision, e.g. `2026-11-24T08:30:00Z`. */
export function cloudTrailTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * STS writes `responseElements.credentials.expiration` in Java's US medium format in UTC,
 * e.g. `Oct 25, 2023, 2:21:21 AM` (recent records; older ones lack the comma after the year).
 * Built by hand: Intl puts a narrow no-break space before AM/PM in recent ICU versions.
 */
export function stsExpirationText(ms: number): string {
  const d = new Date(ms);
  const hours = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${hours % 12 === 0 ? 12 : hours % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${time} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** What LookupEvents indexes besides the record: its `Username` and `Resources` attributes. */
export interface TrailIndex {
  username?: string;
  resources: { resourceType: string; resourceName: string }[];
}

/** A record as the account's CloudTrail keeps it: visible to LookupEvents after the delivery delay. */
export function storedEvent(
  record: TrailRecord,
  index: TrailIndex,
  at: number,
  delaySeconds: number,
): StoredTrailEvent {
  return {
    record,
    at,
    visibleAt: at + delaySeconds * 1000,
    ...(index.username ? { username: index.username } : {}),
    resources: index.resources,
  };
}
