import { describe, expect, it } from 'vitest';
import type { Call } from './case';
import {
  ACCESS_KEY_ID,
  iso,
  makeCase,
  makeCredentials,
  makeGraphql,
  makeSignIn,
  makeStsRecord,
} from './fixtures/cases';
import { render, type Message } from './messages/catalog';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { buildTrace, offsetLabel } from './trace';

const say = (message: Message | undefined) => (message ? render(message, en) : undefined);

const call = (service: string, operation: string, offsetSeconds: number, extra: Partial<Call> = {}): Call => ({
  service,
  operation,
  at: iso(offsetSeconds),
  durationMs: 120,
  status: 200,
  requestId: `${operation}-id`,
  ...extra,
});

const recorded = (skew = 0) =>
  makeCase({
    steps: [
      makeSignIn({
        calls: [call('cognito-idp', 'InitiateAuth', 0), call('cognito-idp', 'RespondToAuthChallenge', 0.2)],
      }),
      makeCredentials({
        calls: [call('cognito-identity', 'GetId', 1), call('cognito-identity', 'GetCredentialsForIdentity', 1.2)],
      }),
      makeGraphql({
        calls: [call('appsync', 'GraphQL', 2, { status: 401, errorType: 'UnauthorizedException' })],
        clockSkewSeconds: skew,
      }),
    ],
    records: [makeStsRecord()],
  });

describe('buildTrace', () => {
  it('draws every recorded call with its status and request id, and the validity bars labelled inline', () => {
    const trace = buildTrace(recorded());
    const calls = trace.items.filter((i) => i.kind === 'call');
    expect(calls.map((i) => say(i.label))).toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge',
      'GetId',
      'GetCredentialsForIdentity',
      'GraphQL',
    ]);
    expect(calls.at(-1)).toMatchObject({ status: 'error', requestId: 'GraphQL-id' });
    expect(say(calls.at(-1)?.detail)).toBe('401 · UnauthorizedException · 120 ms');
    const credentials = trace.items.find((i) => i.id === 'credentials-validity');
    expect(say(credentials?.detail)).toBe('valid until 09:30 UTC, +60 min');
    // The validity view spans the hour; the run view only the seconds of the run.
    expect(trace.validityDomain[1] - trace.validityDomain[0]).toBeGreaterThan(3_600_000);
    expect(trace.runDomain[1] - trace.runDomain[0]).toBeLessThan(10_000);
  });

  it('draws CloudTrail records as one-second brackets and joins key id → STS record → signed request', () => {
    const trace = buildTrace(recorded());
    const record = trace.items.find((i) => i.kind === 'record');
    expect(record).toMatchObject({ precision: 'second' });
    expect((record?.end ?? 0) - (record?.start ?? 0)).toBe(1000);
    expect(trace.connectors).toEqual([
      expect.objectContaining({ from: 'credentials-1', to: record?.id, status: 'holds' }),
      expect.objectContaining({ from: record?.id, to: 'graphql-0' }),
    ]);
    expect(say(trace.connectors[1]?.label)).toBe(`signed with ${ACCESS_KEY_ID}`);
  });

  it('aligns device times to AWS’s clock by the measured skew', () => {
    const aligned = buildTrace(recorded(120));
    const plain = buildTrace(recorded(0));
    const at = (t: ReturnType<typeof buildTrace>, label: string) =>
      t.items.find((i) => say(i.label) === label)?.start ?? 0;
    expect(at(plain, 'GraphQL') - at(aligned, 'GraphQL')).toBe(120_000);
    // CloudTrail's time is AWS's own: not shifted.
    expect(at(plain, 'AssumeRoleWithWebIdentity')).toBe(at(aligned, 'AssumeRoleWithWebIdentity'));
  });

  it('marks steps with no recorded call (an offline case) as inferred', () => {
    const trace = buildTrace(makeCase());
    expect(trace.items.filter((i) => i.kind === 'step').every((i) => i.inferred)).toBe(true);
    expect(trace.items.filter((i) => i.kind === 'call')).toHaveLength(0);
  });

  it('says how long after the request something ends', () => {
    expect(offsetLabel(Date.UTC(2026, 0, 1, 1, 0), Date.UTC(2026, 0, 1, 0, 1))).toBe('+59 min');
    expect(offsetLabel(0, 3 * 3_600_000)).toBe('−3 h 0 min');
    expect(offsetLabel(Date.UTC(2026, 0, 1, 1, 0), Date.UTC(2026, 0, 1, 0, 1), 'ja')).toBe('+59分');
    expect(offsetLabel(0, 3 * 3_600_000, 'ja')).toBe('−3時間0分');
  });

  it('words every row in Japanese with Japanese units and Japan time, never English units or raw epochs', () => {
    const trace = buildTrace(recorded());
    const credentials = trace.items.find((i) => i.id === 'credentials-validity');
    // 09:30 UTC is 18:30 in Japan; the hour after the request is written in minutes, in Japanese.
    expect(render(credentials?.detail ?? { id: 'trace.id-token' }, ja)).toBe('18:30 JST まで有効（+60分）');
    const graphql = trace.items.filter((i) => i.kind === 'call').at(-1);
    expect(render(graphql?.detail ?? { id: 'trace.id-token' }, ja)).toBe('401 · UnauthorizedException · 120ミリ秒');
    for (const item of trace.items) {
      const text = `${render(item.label, ja)} ${render(item.detail, ja)}`;
      expect(text).not.toMatch(/\d\s?(ms|min|s|h)\b|valid until|\d{12,}/);
    }
    expect(trace.items.find((i) => i.id === 'id-token')?.label).toEqual({ id: 'trace.id-token' });
    expect(render({ id: 'trace.id-token' }, ja)).toBe('ID トークン');
  });
});
