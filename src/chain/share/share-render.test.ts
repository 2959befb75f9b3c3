import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { caseToMarkdown } from '../export/markdown';
import { allowOn, makeDeniedCase, makeStsRecord } from '../fixtures/cases';
import { buildTimeline } from '../timeline';
import { MAX_DEPTH, depthOf } from './plausible';
import { redact } from './redact';
import { decodeShareLink } from './share-decode';

/** The encoder's format (raw DEFLATE, base64url) made synchronously, so thousands of links encode fast. */
const payloadOf = (value: unknown) =>
  `1.${Buffer.from(deflateSync(strToU8(JSON.stringify(value)))).toString('base64url')}`;

const seed = makeDeniedCase(
  [{ name: 'inline', kind: 'inline', document: allowOn('arn:aws:appsync:*:444455556666:*') }],
  {
    records: [makeStsRecord(), makeStsRecord({ eventID: 'failed', errorCode: 'AccessDenied', errorMessage: 'no' })],
    logs: [{ timestamp: Date.parse('2026-11-24T08:30:02Z'), message: '{"logType":"RequestSummary","statusCode":401}' }],
  },
);

/** Every path into a JSON value, so a mutation can land anywhere in the case. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, child]) =>
      pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}
const PATHS = pathsOf(seed).filter((path) => path.length > 0);

function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** What the customer view and the exports do with a decoded case: none of it may throw. */
function render(c: Parameters<typeof diagnose>[0]) {
  const verdict = diagnose(c);
  const timeline = buildTimeline(c, verdict.links);
  for (const lane of timeline.lanes)
    for (const item of lane.items)
      for (const time of [item.start, item.end ?? item.start]) new Date(time).toISOString();
  for (const time of timeline.domain) new Date(time).toISOString();
  caseToMarkdown(c, verdict, timeline, 'https://x/#/share/1.x');
  JSON.stringify(redact(c), null, 2);
  structuredClone(c);
}

describe('a decoded link always renders', () => {
  it('renders the seed case', () => {
    const decoded = decodeShareLink(payloadOf(seed));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(() => render(decoded.case)).not.toThrow();
  });

  it('refuses nesting no evidence has, and times no timeline can draw, with where', () => {
    // Written as text: a value this deep cannot even be stringified (which is the point of refusing it).
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(depthOf(JSON.parse(deep))).toBeGreaterThan(MAX_DEPTH);
    const text = JSON.stringify(seed).replace('"eventVersion"', `"extra":${deep},"eventVersion"`);
    expect(decodeShareLink(`1.${Buffer.from(deflateSync(strToU8(text))).toString('base64url')}`)).toMatchObject({
      ok: false,
      error: expect.stringContaining('nested deeper'),
    });
    for (const [path, value, where] of [
      [['logs', 0, 'timestamp'], 1e300, 'logs.0.timestamp'],
      [['records', 0, 'eventTime'], 'yesterday', 'records.0.eventTime'],
      [['steps', 0, 'idToken', 'claims', 'exp'], 1e20, 'steps.0.idToken.claims.exp'],
    ] as const)
      expect(decodeShareLink(payloadOf(replaced(seed, [...path], value)))).toMatchObject({
        ok: false,
        error: expect.stringContaining(where),
      });
  });

  // ~11 s on a busy 2-core machine: 60 s leaves headroom for a slower one.
  it(
    'whatever a hostile link puts wherever in a case: the decoder never throws, and what it accepts renders',
    { timeout: 60_000 },
    () => {
      const anyValue = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(undefined, 1e300, -1, Number.MAX_SAFE_INTEGER, '', 'garbage', '__proto__', [], {}),
        fc
          .constantFrom(...PATHS)
          .map((path) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], seed)),
      );
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...PATHS), anyValue), { minLength: 1, maxLength: 3 }),
          (edits) => {
            let mutated: unknown = seed;
            for (const [path, value] of edits) {
              try {
                mutated = replaced(mutated, path, value);
              } catch {
                // An earlier edit removed this path's parent: skip it.
              }
            }
            const decoded = decodeShareLink(payloadOf(mutated));
            if (decoded.ok) render(decoded.case);
            else expect(decoded.error.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 5_000, seed: 7 },
      );
    },
  );
});
