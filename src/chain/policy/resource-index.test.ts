import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesFor, indexResourcePatterns } from './resource-index';
import { compileResourcePattern, requestResource } from './resource-match';

const part = fc.oneof(
  fc.constantFrom('arn', 'ARN', 'aws', 'AWS', 'appsync', 'AppSync', 's3', 'us-east-1', '111122223333', ''),
  fc.string({ unit: fc.constantFrom(...'aA/x'.split('')), maxLength: 5 }),
);
/** An ARN (mostly), or something close to one. */
const resource = fc
  .tuple(fc.constantFrom('arn', 'arn', 'ARN', 'x'), fc.array(part, { minLength: 3, maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(':'));
/** An entry made from a resource by turning some of its characters into wildcards, or cutting it short with one. */
const entryFor = (arn: string) =>
  fc
    .tuple(fc.array(fc.tuple(fc.nat(arn.length), fc.constantFrom('*', '?', '*', 'A')), { maxLength: 3 }), fc.boolean())
    .map(([edits, cut]) => {
      let text = arn;
      for (const [at, char] of edits) text = text.slice(0, at) + char + text.slice(at + (char === 'A' ? 0 : 1));
      return cut ? `${text.slice(0, text.length >> 1)}*` : text;
    });

describe('the Resource index', () => {
  // A property test: a few seconds on a quiet machine, far more on a busy 2-core one; the timeout leaves headroom.
  it('never rules out an entry that matches or cannot be decided', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        resource.chain((arn) =>
          fc.tuple(
            fc.array(fc.oneof(entryFor(arn), resource, fc.constantFrom('*', 1, '${aws:username}')), { maxLength: 8 }),
            fc.constant(arn),
          ),
        ),
        ([entries, arn]) => {
          const patterns = entries.map(compileResourcePattern);
          const index = indexResourcePatterns(
            patterns,
            patterns.map((_, i) => i),
            patterns.length,
          );
          const request = requestResource(arn);
          const { entries: marked } = candidatesFor(index, request);
          patterns.forEach((pattern, id) => {
            if (pattern.match(request) !== false) expect(marked[id]).toBe(1);
          });
        },
      ),
      { numRuns: 20_000, seed: 11 },
    );
  });

  it('tries an entry naming one field only on that field', () => {
    const field = (name: string) => `arn:aws:appsync:us-east-1:111122223333:apis/x/types/Query/fields/${name}`;
    const patterns = [field('a'), field('b'), 'arn:aws:appsync:*:111122223333:apis/x/*'].map(compileResourcePattern);
    const index = indexResourcePatterns(patterns, [0, 1, 2], 3);
    expect([...candidatesFor(index, requestResource(field('b'))).entries]).toEqual([0, 1, 1]);
  });
});
