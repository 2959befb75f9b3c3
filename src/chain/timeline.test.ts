import { describe, expect, it } from 'vitest';
import { makeCase, makeUnauthorized, makeSignIn, makeCredentials, T0 } from './fixtures/cases';
import { checkLinks } from './links';
import { resolvePointer } from './proof';
import { buildTimeline, relativeTime } from './timeline';

describe('buildTimeline', () => {
  const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
  const timeline = buildTimeline(c, checkLinks(c));

  it('puts each kind of evidence on its own lane, in the chain’s order', () => {
    expect(timeline.lanes.map((lane) => lane.id)).toEqual(['token', 'credentials', 'sts', 'appsync']);
    expect(timeline.lanes.map((lane) => lane.items.length)).toEqual([2, 2, 1, 1]);
    expect(timeline.lanes[2]?.items[0]?.label).toContain('issued these credentials');
    expect(timeline.lanes[3]?.items[0]?.label).toBe('GraphQL 401 UnauthorizedException');
  });

  it('spans the run, not the hour-long token validity, and is relative to the request', () => {
    const [low, high] = timeline.domain;
    expect(high - low).toBeLessThan(10_000);
    expect(timeline.reference).toBe(T0 + 2000);
  });

  it('points every item at evidence that exists', () => {
    for (const lane of timeline.lanes)
      for (const item of lane.items) expect(resolvePointer(c, item.source)).toBeDefined();
  });
});

describe('relativeTime', () => {
  it('formats offsets from the reference', () => {
    expect(relativeTime(T0 - 1500, T0)).toBe('−1.5 s');
    expect(relativeTime(T0 + 125_000, T0)).toBe('+2 min 5 s');
    expect(relativeTime(T0, undefined)).toBe('');
  });
});

describe('buildTimeline with AppSync log lines', () => {
  it('shows a request’s log lines as one item on the AppSync lane', () => {
    const c = makeCase({
      logs: [
        { timestamp: T0 + 2100, message: 'req-1 Response Headers: {x-amzn-ErrorType=UnauthorizedException}' },
        { timestamp: T0 + 2101, message: '{"logType":"RequestSummary","requestId":"req-1","statusCode":401}' },
      ],
    });
    const appsync = buildTimeline(c, checkLinks(c)).lanes.find((lane) => lane.id === 'appsync');
    expect(appsync?.items.map((item) => item.label)).toEqual(['GraphQL 200', 'AppSync log (2 lines)']);
    expect(appsync?.items[1]?.facts).toHaveLength(2);
  });
});
