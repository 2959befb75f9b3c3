import { describe, expect, it } from 'vitest';
import { makeCase, makeUnauthorized, makeSignIn, makeCredentials, T0 } from './fixtures/cases';
import { checkLinks } from './links';
import { render } from './messages/catalog';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { resolvePointer } from './proof';
import { buildTimeline, relativeTime } from './timeline';

describe('buildTimeline', () => {
  const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
  const timeline = buildTimeline(c, checkLinks(c));

  it('puts each kind of evidence on its own lane, in the chain’s order', () => {
    expect(timeline.lanes.map((lane) => lane.id)).toEqual(['token', 'credentials', 'sts', 'appsync']);
    expect(timeline.lanes.map((lane) => lane.items.length)).toEqual([2, 2, 1, 1]);
    const label = (lane: number, lang = en) => {
      const item = timeline.lanes[lane]?.items[0];
      return item ? render(item.label, lang) : undefined;
    };
    expect(label(2)).toContain('issued these credentials');
    expect(label(3)).toBe('GraphQL 401 UnauthorizedException');
    expect(label(2, ja)).toContain('この認証情報を発行');
  });

  it('names lanes, items and facts by message id, so both languages word them', () => {
    expect(timeline.lanes.map((lane) => render(lane.title, en))).toEqual([
      'User pool token',
      'Identity pool credentials',
      'STS event (CloudTrail)',
      'AppSync request',
    ]);
    expect(timeline.lanes.map((lane) => render(lane.title, ja))).toEqual([
      'ユーザープールのトークン',
      'ID プールの認証情報',
      'STS イベント（CloudTrail）',
      'AppSync リクエスト',
    ]);
    for (const lane of timeline.lanes)
      for (const item of lane.items) {
        expect(render(item.label, ja)).not.toBe(item.label.id);
        for (const fact of item.facts) expect(render(fact.name, ja)).not.toBe(fact.name.id);
      }
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
    expect(relativeTime(T0 - 1500, T0, 'ja')).toBe('−1.5秒');
    expect(relativeTime(T0 + 125_000, T0, 'ja')).toBe('+2分5秒');
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
    expect(appsync?.items.map((item) => render(item.label, en))).toEqual(['GraphQL 200', 'AppSync log (2 lines)']);
    expect(appsync?.items.map((item) => render(item.label, ja))).toEqual(['GraphQL 200', 'AppSync ログ（2 行）']);
    expect(appsync?.items[1]?.facts).toHaveLength(2);
  });
});
