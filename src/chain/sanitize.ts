import type { CloudTrailRecord } from './case';

// Keys whose values are secrets wherever they appear. CloudTrail's AssumeRoleWithWebIdentity records carry the
// issued `sessionToken` in `responseElements.credentials`; a case must never hold it.
const SECRET_KEYS = new Set(['sessionToken', 'secretAccessKey', 'SecretKey', 'SessionToken', 'password', 'Password']);

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEYS.has(key))
      .map(([key, v]) => [key, scrub(v)]),
  );
}

/** A CloudTrail record without any secret it may carry (session tokens of issued credentials). */
export function sanitizeRecord(record: CloudTrailRecord): CloudTrailRecord {
  return scrub(record) as CloudTrailRecord;
}
