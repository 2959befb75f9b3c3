import { experimental_streamedQuery as streamedQuery, queryOptions, skipToken } from '@tanstack/react-query';
import type { InvestigationInput, InvestigationState } from '@/aws/investigate';
import type { SearchProgress } from '@/aws/cloudtrail';

/**
 * The engineer's hold on one running investigation: "Stop" (ends it between asks or during a wait; what was
 * collected stays) and "Look now" (ends the current wait for CloudTrail and looks at once).
 */
export class RunControl {
  private readonly stopper = new AbortController();
  private cut: (() => void) | undefined;
  get signal(): AbortSignal {
    return this.stopper.signal;
  }
  readonly onWait = (lookNow: () => void) => {
    this.cut = lookNow;
  };
  lookNow(): void {
    const cut = this.cut;
    this.cut = undefined;
    cut?.();
  }
  stop(): void {
    this.stopper.abort();
  }
}

/** One click on Run: its inputs frozen at click time, so editing the form never rewrites evidence. */
export interface InvestigationRun {
  id: number;
  input: Omit<InvestigationInput, 'signal' | 'onSearchProgress' | 'onWait'>;
  control: RunControl;
}

/** What the screen hears from a run besides its states. */
export interface InvestigationHooks {
  onSearchProgress?: (progress: SearchProgress) => void;
  /** Every state as it arrives (the screen keeps runs and notices verdict changes here, not in an effect). */
  onState?: (runId: number, state: InvestigationState) => void;
}

/**
 * The investigation of one run, streamed: the same `investigate()` the CLI, the bench and the tests drain, each
 * state it yields replacing the last. Keyed by the run's id only: the password and the keys stay out of the key.
 */
export const investigationQueryOptions = (run: InvestigationRun | undefined, hooks: InvestigationHooks = {}) =>
  queryOptions({
    queryKey: ['investigation', run?.id ?? 0],
    queryFn: run
      ? streamedQuery({
          // The adapters load with the first run, not with the page.
          streamFn: async function* ({ signal }) {
            const [{ investigate }, { findRelay }] = await Promise.all([
              import('@/aws/investigate'),
              import('@/aws/relay'),
            ]);
            // IAM answers no CORS: read it through this origin's relay when the page has one.
            const relay = await findRelay();
            const stopped = AbortSignal.any([signal, run.control.signal]);
            for await (const state of investigate({
              ...run.input,
              ...(relay ? { connection: { ...run.input.connection, relay } } : {}),
              signal: stopped,
              ...(hooks.onSearchProgress ? { onSearchProgress: hooks.onSearchProgress } : {}),
              onWait: run.control.onWait,
            })) {
              hooks.onState?.(run.id, state);
              yield state;
            }
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
