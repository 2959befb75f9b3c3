import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatch } from './glob';

/**
 * The matcher this one replaced (backtracking on the last `*`): the reference its answers must equal, for values
 * without `*` (it took a `*` in the value for the pattern's `*` as a literal, so `*` did not match `*a`).
 */
function reference(pattern: string, value: string, ignoreCase: boolean): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  let [pi, vi, star, mark] = [0, 0, -1, 0];
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) [pi, vi] = [pi + 1, vi + 1];
    else if (pi < p.length && p[pi] === '*') [star, mark, pi] = [pi, vi, pi + 1];
    else if (star !== -1) [pi, mark, vi] = [star + 1, mark + 1, mark + 1];
    else return false;
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

describe('globMatch', () => {
  it('matches IAM wildcards', () => {
    expect(globMatch('arn:aws:appsync:*:1:apis/*', 'arn:aws:appsync:us-east-1:1:apis/x/types/Q')).toBe(true);
    expect(globMatch('Graph?L', 'graphql', true)).toBe(true);
    expect(globMatch('Graph?L', 'graphql')).toBe(false);
    expect(globMatch('a*b*c', 'abcbc')).toBe(true);
    expect(globMatch('a*b?c', 'ab')).toBe(false);
    expect(globMatch('', '')).toBe(true);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('*', '*a')).toBe(true);
  });

  // A property test: a few seconds on a quiet machine, far more on a busy 2-core one; the timeout leaves headroom.
  it(
    'answers as the backtracking matcher it replaced, on any pattern and any value without a star',
    { timeout: 60_000 },
    () => {
      const text = (chars: string) => fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength: 12 });
      fc.assert(
        fc.property(text('aAb:/*?*'), text('aAb:/?İ'), fc.boolean(), (pattern, value, ignoreCase) => {
          expect(globMatch(pattern, value, ignoreCase)).toBe(reference(pattern, value, ignoreCase));
        }),
        { numRuns: 10_000, seed: 3 },
      );
    },
  );
});
