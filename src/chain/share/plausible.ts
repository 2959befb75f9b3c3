import type { Case } from '../case';

/** AWS evidence nests a dozen levels at most (a policy's Condition block); far deeper is a hostile link. */
export const MAX_DEPTH = 64;
// Evidence times lie between 1970 and 2200. A JavaScript Date only spans ±8.64e15 ms (ECMA-262, "Time Values and
// Time Range") and formatting one outside throws; keeping times far inside it also keeps the padded axis inside.
const MAX_TIME_MS = Date.UTC(2200, 0, 1);
const TIME_CLAIMS = ['iat', 'exp', 'auth_time', 'nbf'];

/**
 * The nesting depth of a parsed JSON value, without recursion: a link can nest thousands of levels in a few bytes,
 * and recursive code (JSON.stringify for the raw view, structuredClone) would overflow the stack on it.
 * Stops counting past `limit`.
 */
export function depthOf(value: unknown, limit = MAX_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const validMs = (ms: unknown) => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIME_MS;

/**
 * Times the schema cannot check but the timeline draws and formats: each must be a real date, or rendering the
 * case would fail. Returns where the first impossible one is, or undefined when all are real.
 */
export function impossibleTime(c: Case): string | undefined {
  const record = c.records.findIndex((r) => !validMs(Date.parse(r.eventTime)));
  if (record >= 0) return `records.${record}.eventTime`;
  const log = c.logs.findIndex((line) => !validMs(line.timestamp));
  if (log >= 0) return `logs.${log}.timestamp`;
  for (const [index, step] of c.steps.entries()) {
    if (step.kind !== 'sign-in') continue;
    for (const token of ['idToken', 'accessToken'] as const)
      for (const claim of TIME_CLAIMS) {
        const value = step[token]?.claims[claim];
        if (value !== undefined && typeof value === 'number' && !validMs(value * 1000))
          return `steps.${index}.${token}.claims.${claim}`;
      }
  }
  return undefined;
}
