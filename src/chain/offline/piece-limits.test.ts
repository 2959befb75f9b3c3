import { describe, expect, it } from 'vitest';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';
import { MAX_DEPTH } from '../share/plausible';
import { buildOfflineCase } from './build-case';
import { pastedPolicyExcess, pieceDepth, textDepth } from './piece-limits';

const appConfig = JSON.stringify(seedOutputs);
const ROLE = 'arn:aws:iam::111122223333:role/app-authenticated';
const DENIED = '{"errors":[{"errorType":"UnauthorizedException","message":"Permission denied"}]}';
const nested = (levels: number) => `{"Statement":${'['.repeat(levels)}${']'.repeat(levels)}}`;
const statements = (count: number) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: Array.from({ length: count }, (_, i) => ({
      Effect: 'Allow',
      Action: 'appsync:GraphQL',
      Resource: `arn:aws:appsync:us-east-1:111122223333:apis/a${i}/*`,
    })),
  });

describe('textDepth', () => {
  it('counts brackets outside strings, escaped quotes included, and stops past the limit', () => {
    expect(textDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(textDepth('{"a":"[[[[{{{{","b":"\\"[[[["}')).toBe(1);
    expect(textDepth('not json at all')).toBe(0);
    expect(textDepth(nested(20_000))).toBe(MAX_DEPTH + 1);
    expect(textDepth(nested(MAX_DEPTH - 1))).toBe(MAX_DEPTH);
  });
});

describe('pieceDepth', () => {
  it('reads log lines one by one (a cut-off `{` per line is not nesting), or whole when they are one JSON document', () => {
    const cut = Array.from({ length: 200 }, (_, i) => `req-${i} Request Headers: {x-amz-date=[2026…`).join('\n');
    expect(pieceDepth('logLines', cut)).toBe(2);
    expect(textDepth(cut)).toBe(MAX_DEPTH + 1);
    const prettyDeep = JSON.stringify(JSON.parse(nested(100)), null, 1);
    expect(pieceDepth('logLines', prettyDeep)).toBe(MAX_DEPTH + 1);
    expect(pieceDepth('policy', prettyDeep)).toBe(MAX_DEPTH + 1);
  });
});

describe('offline pieces are held to the limits links are', () => {
  it('names a policy nested 20,000 levels deep, unread, and says what to do', () => {
    const built = buildOfflineCase({ appConfig, appError: DENIED, role: ROLE, policy: nested(20_000) });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.policy).toContain('nested more than 64 levels deep');
    expect(built.errors.policy).toContain('what you pasted is kept');
    expect(Object.keys(built.errors)).toEqual(['policy']);
  }, 30_000);

  it('names any other piece nested past the bound', () => {
    const built = buildOfflineCase({ appConfig, appError: `{"errors":${'['.repeat(5_000)}` });
    expect(built.ok ? {} : built.errors).toEqual({ appError: expect.stringContaining('This error is nested') });
  });

  it('accepts a policy at the bound of real evidence, and refuses one over the statement limit', () => {
    const fine = buildOfflineCase({ appConfig, appError: DENIED, role: ROLE, policy: statements(50) });
    expect(fine.ok).toBe(true);
    const over = buildOfflineCase({ appConfig, appError: DENIED, role: ROLE, policy: statements(2_001) });
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.errors.policy).toContain('2,001 policy statements; real roles have at most a few hundred');
  }, 30_000);

  it('counts a policy pasted on its own (the customer view)', () => {
    expect(pastedPolicyExcess(JSON.parse(statements(10)))).toBeUndefined();
    expect(pastedPolicyExcess(JSON.parse(statements(2_001)))?.limit).toBe('statements');
  });
});
