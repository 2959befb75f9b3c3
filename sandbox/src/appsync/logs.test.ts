import { describe, expect, it } from 'vitest';
import { healthy } from '../../scenarios/healthy.ts';
import { createContext } from '../context.ts';
import { appSyncLogGroup, writeAppSyncLogs, type RequestLog } from './logs.ts';

const LOG: RequestLog = {
  requestId: 'req-1',
  requestHeaders: { host: 'example', authorization: 'AWS4-HMAC-SHA256 secret', 'x-amz-security-token': 'token' },
  graphql: { query: '{ listNotes { id } }' },
  status: 200,
  latencyNs: 1200,
};

describe('writeAppSyncLogs', () => {
  it('writes the request-level lines, without credentials, ending with the RequestSummary', () => {
    const ctx = createContext(healthy, 'http://127.0.0.1:4510');
    ctx.now = () => 1_700_000_000_000;
    writeAppSyncLogs(ctx, LOG);
    const events = ctx.logs.get(appSyncLogGroup(healthy.api.id)) ?? [];
    expect(events.map((e) => e.message)).toEqual([
      'req-1 Request Headers: {host=[example]}',
      'req-1 GraphQL Query: { listNotes { id } }, Operation: null, Variables: {}',
      'req-1 Response Headers: {Content-Type=application/json; charset=UTF-8}',
      'req-1 Tokens Consumed: 1',
      `{"logType":"RequestSummary","requestId":"req-1","graphQLAPIId":"${healthy.api.id}","statusCode":200,"latency":1200}`,
    ]);
    expect(events.every((e) => e.timestamp === 1_700_000_000_000 && /^[0-9a-f]{32}$/.test(e.logStreamName))).toBe(true);
    expect(events.every((e) => /^\d{56}$/.test(e.eventId))).toBe(true);
  });

  it('writes nothing when the API does not log', () => {
    const ctx = createContext(
      { ...healthy, api: { ...healthy.api, logging: { enabled: false, fieldLogLevel: 'NONE' } } },
      'http://127.0.0.1:4510',
    );
    writeAppSyncLogs(ctx, LOG);
    expect(ctx.logs.size).toBe(0);
  });
});
