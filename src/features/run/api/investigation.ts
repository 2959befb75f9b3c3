import { experimental_streamedQuery as streamedQuery, queryOptions, skipToken } from '@tanstack/react-query';
import type { InvestigationInput, InvestigationState } from '@/aws/investigate';
import type { SearchProgress } from '@/aws/cloudtrail';

/** One click on Run: its inputs frozen at click time, so editing the form never rewrites evidence. */
export interface InvestigationRun {
  id: number;
  input: Omit<InvestigationInput, 'signal' | 'onSearchProgress'>;
}

/**
 * The investigation of one run, streamed: the same `investigate()` the CLI, the bench and the tests drain, each
 * state it yields replacing the last. Keyed by the run's id only: the password and the keys stay out of the key.
 */
export const investigationQueryOptions = (
  run: InvestigationRun | undefined,
  onSearchProgress?: (progress: SearchProgress) => void,
) =>
  queryOptions({
    queryKey: ['investigation', run?.id ?? 0],
    queryFn: run
      ? streamedQuery({
          // The adapters load with the first run, not with the page.
          streamFn: async ({ signal }) => {
            const [{ investigate }, { findRelay }] = await Promise.all([
              import('@/aws/investigate'),
              import('@/aws/relay'),
            ]);
            // IAM answers no CORS: read it through this origin's relay when the page has one.
            const relay = await findRelay();
            return investigate({
              ...run.input,
              ...(relay ? { connection: { ...run.input.connection, relay } } : {}),
              signal,
              ...(onSearchProgress ? { onSearchProgress } : {}),
            });
          },
          reducer: (_: InvestigationState | undefined, state: InvestigationState) => state,
          initialValue: undefined,
        })
      : skipToken,
    retry: false,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
