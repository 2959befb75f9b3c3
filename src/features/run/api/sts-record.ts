import { queryOptions } from '@tanstack/react-query';
import type { ReadOnlyCredentials } from '@/aws/connection';
import type { SearchProgress, StsRecordResult } from '@/aws/cloudtrail';
import { explainAwsError } from '@/aws/errors';

export interface StsRecordQuery {
  region: string;
  endpoint?: string;
  credentials: ReadOnlyCredentials;
  accessKeyId?: string;
  identityId?: string;
  issuedAt: string;
}

/** Thrown by the STS lookup: a readable explanation plus the lookups made before it failed. */
export class LookupError extends Error {
  constructor(
    readonly title: string,
    readonly todo: string,
    readonly lookups: StsRecordResult['lookups'],
  ) {
    super(title);
  }
}

/**
 * The CloudTrail record that issued the browser's credentials. The key holds every input but the secret; the
 * access key id (public) stands for the credentials.
 */
export const stsRecordQueryOptions = (query: StsRecordQuery, onProgress: (progress: SearchProgress) => void) =>
  // The secret key is left out of the key on purpose: the read-only access key id stands for the credentials.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: [
      'cloudtrail',
      'sts-event',
      query.region,
      query.endpoint ?? 'aws',
      query.credentials.accessKeyId,
      query.accessKeyId ?? 'failed',
      query.identityId ?? '',
      query.issuedAt,
    ],
    queryFn: async () => {
      try {
        // The CloudTrail client loads with the first lookup, not with the page.
        const { findStsRecord } = await import('@/aws/cloudtrail');
        return await findStsRecord({ ...query, issuedAt: new Date(query.issuedAt) }, onProgress);
      } catch (error) {
        const explained = explainAwsError(error, { service: 'cloudtrail', action: 'cloudtrail:LookupEvents' });
        const lookups = (error as { lookups?: StsRecordResult['lookups'] }).lookups ?? [];
        throw new LookupError(`${explained.title}: ${explained.detail}`, explained.todo, lookups);
      }
    },
    retry: false,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
