import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { AT_THE_LIMITS, makeCaseHolding, type Holding } from './fixtures/limit-case';
import { restoreCase } from './restore';
import { buildTimeline } from './timeline';

/** Any count up to its limit, often the limit itself. */
const upTo = (max: number) => fc.oneof(fc.constant(max), fc.nat({ max }), fc.nat({ max: 10 }));

const holding: fc.Arbitrary<Holding> = fc.record(
  Object.fromEntries(Object.entries(AT_THE_LIMITS).map(([key, max]) => [key, upTo(max)])) as {
    [K in keyof Holding]: fc.Arbitrary<number>;
  },
);

describe('any case within the limits', () => {
  // Nothing here measures (the bench's worstCase.largestAccepted does): a case at the limits takes about a second to
  // build, read and diagnose, the runs ~5 s in all, ~15 s on a busy 2-core machine. A hang fails on the timeout.
  it('is read, diagnosed and laid out', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(holding, fc.nat(60), (h, variant) => {
        const restored = restoreCase(JSON.parse(JSON.stringify(makeCaseHolding(h, variant))));
        if (!restored.ok) throw new Error(restored.error);
        const verdict = diagnose(restored.case);
        const timeline = buildTimeline(restored.case, verdict.links);
        expect(timeline.lanes).toHaveLength(4);
        expect(verdict.cause).toBeTruthy();
      }),
      { numRuns: 12, seed: 5, examples: [[AT_THE_LIMITS, 0]] },
    );
  });
});
