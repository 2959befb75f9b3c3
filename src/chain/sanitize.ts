import type { CloudTrailRecord } from './case';
import { scrubValue } from './secrets';

/**
 * A CloudTrail record without any secret it may carry: AssumeRoleWithWebIdentity records hold the issued
 * `sessionToken` in `responseElements.credentials`, and error messages can echo tokens (the one policy, secrets.ts).
 */
export function sanitizeRecord(record: CloudTrailRecord): CloudTrailRecord {
  return scrubValue(record) as CloudTrailRecord;
}
