import { queryOptions } from '@tanstack/react-query';
import type { Connection, ReadOnlyCredentials } from '@/aws/connection';
import type { Case } from '@/chain/case';

/**
 * Identity pool roles, the role's policies (or AWS's simulation) and AppSync log lines around one run. Keyed by
 * the run (its request id and issued key) and the read-only access key id; the secret stays out of the key.
 */
export const gatherQueryOptions = (
  base: Case | undefined,
  connection: Connection | undefined,
  credentials: ReadOnlyCredentials | undefined,
) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: [
      'evidence',
      'gather',
      connection?.target.region,
      credentials?.accessKeyId,
      base?.createdAt,
      base?.records.length,
    ],
    queryFn: async () => {
      if (!base || !connection || !credentials) throw new Error('Nothing to gather yet.');
      const { gatherEvidence } = await import('@/aws/gather');
      return gatherEvidence(base, connection, credentials);
    },
    enabled: Boolean(base && connection && credentials),
    retry: false,
    staleTime: Infinity,
  });
