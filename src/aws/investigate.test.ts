import { describe, expect, it } from 'vitest';
import type { Evidence } from '@/chain/assemble';
import type { Lookup } from '@/chain/case';
import { TARGET, makeCredentials, makeSignIn, makeStsRecord, makeUnauthorized } from '@/chain/fixtures/cases';
import type { Ask } from '@/chain/plan';
import { collectCase, investigate, type InvestigationInput, type InvestigationState } from './investigate';
import type { Sources } from './sources';

const input: InvestigationInput = {
  connection: { target: TARGET, endpoints: {} },
  username: 'u',
  password: 'p',
  flow: 'USER_SRP_AUTH',
  query: '{ listNotes { id } }',
  readOnly: { accessKeyId: 'AKIAEXAMPLEREADONLY1', secretAccessKey: 'x' },
};
const answered = (ask: Lookup['ask'], source: Lookup['source'], outcome: Lookup['outcome'] = 'found'): Lookup => ({
  source,
  ask,
  query: {},
  calls: 1,
  outcome,
  cli: '',
  at: new Date().toISOString(),
});

/** Sources that answer from fixtures and write down what they were asked. */
function stubSources(asked: Ask[], overrides: Partial<Record<Ask['kind'], (ask: Ask) => Evidence>> = {}): Sources {
  const source = (kind: Ask['kind'], answer: (ask: Ask) => Evidence) => ({
    fetch: async (ask: Ask) => {
      asked.push(ask);
      return (overrides[kind] ?? answer)(ask);
    },
  });
  return {
    'run-chain': source('run-chain', () => ({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] })),
    'sts-record': source('sts-record', () => ({
      records: [makeStsRecord()],
      lookups: [answered('sts-record-by-identity', 'cloudtrail')],
    })),
    'signer-record': source('signer-record', () => ({
      lookups: [{ ...answered('sts-record-by-event-name', 'cloudtrail'), subject: 'AssumeRole us-east-1' }],
    })),
    'identity-pool': source('identity-pool', () => ({
      lookups: [answered('identity-pool', 'cognito-identity')],
      identityPool: { roles: { authenticated: 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated' } },
    })),
    'role-policies': source('role-policies', () => ({
      lookups: [{ ...answered('role-policies', 'iam', 'denied'), subject: 'authtrace-demo-authenticated' }],
    })),
    'simulate-policy': source('simulate-policy', () => ({
      lookups: [{ ...answered('simulate-policy', 'iam'), subject: 'authtrace-demo-authenticated' }],
    })),
    'appsync-logs': source('appsync-logs', () => ({
      lookups: [{ ...answered('appsync-logs', 'logs'), subject: 'req-1' }],
    })),
    'appsync-auth': source('appsync-auth', () => ({
      lookups: [answered('appsync-schema', 'appsync')],
      appsync: { resolvers: [] },
    })),
  } as Sources;
}

describe('investigate', () => {
  it('asks what the planner plans, round after round, and merges every answer into one case', async () => {
    const asked: Ask[] = [];
    const states: InvestigationState[] = [];
    for await (const state of investigate(input, stubSources(asked))) states.push(state);
    expect(asked.map((a) => a.kind)).toEqual([
      'run-chain',
      'sts-record',
      'identity-pool',
      'appsync-logs',
      'role-policies',
      'simulate-policy',
    ]);
    const last = states.at(-1);
    expect(last?.phase).toBe('done');
    expect(last?.case.steps.map((s) => s.kind)).toEqual(['sign-in', 'credentials', 'graphql']);
    expect(last?.case.records).toHaveLength(1);
    expect(last?.case.lookups.map((l) => l.ask)).toEqual([
      'sts-record-by-identity',
      'identity-pool',
      'appsync-logs',
      'role-policies',
      'simulate-policy',
    ]);
    expect(states.filter((s) => s.phase === 'asking').map((s) => s.phase === 'asking' && s.asking)).toEqual([
      ['run-chain'],
      ['sts-record'],
      ['identity-pool', 'appsync-logs'],
      ['role-policies'],
      ['simulate-policy'],
    ]);
  });

  it('without read-only credentials, runs the chain and asks nothing else', async () => {
    const asked: Ask[] = [];
    const { readOnly: _unused, ...withoutKeys } = input;
    const c = await collectCase(withoutKeys, stubSources(asked));
    expect(asked.map((a) => a.kind)).toEqual(['run-chain']);
    expect(c.lookups).toEqual([]);
  });

  it('waits for an undelivered record, and stops at once when told to', async () => {
    const asked: Ask[] = [];
    const controller = new AbortController();
    const sources = stubSources(asked, {
      'sts-record': () => ({ lookups: [answered('sts-record-by-identity', 'cloudtrail', 'not-found')] }),
    });
    const states: InvestigationState[] = [];
    for await (const state of investigate({ ...input, waitForRecordMs: 60_000, signal: controller.signal }, sources)) {
      states.push(state);
      if (state.phase === 'waiting') controller.abort();
    }
    expect(states.at(-2)).toMatchObject({ phase: 'waiting', waitingFor: ['sts-record'] });
    expect(states.at(-1)?.phase).toBe('done');
    expect(asked.filter((a) => a.kind === 'sts-record')).toHaveLength(1);
  });

  it('looks again at once when told to, without waiting out the poll interval', async () => {
    const asked: Ask[] = [];
    let deliveries = 0;
    const sources = stubSources(asked, {
      'sts-record': () =>
        (deliveries += 1) > 1
          ? { records: [makeStsRecord()], lookups: [answered('sts-record-by-identity', 'cloudtrail')] }
          : { lookups: [answered('sts-record-by-identity', 'cloudtrail', 'not-found')] },
    });
    const states: InvestigationState[] = [];
    // The poll interval is 15 s, the test’s timeout 10 s: only "look now" can bring the second look in time.
    const onWait = (lookNow: () => void) => lookNow();
    for await (const state of investigate({ ...input, waitForRecordMs: 60_000, onWait }, sources)) states.push(state);
    expect(states.some((s) => s.phase === 'waiting')).toBe(true);
    expect(asked.filter((a) => a.kind === 'sts-record')).toHaveLength(2);
    expect(states.at(-1)?.case.records).toHaveLength(1);
  }, 10_000);

  it('ends even when a source answers nothing (the planner would ask it forever)', async () => {
    const asked: Ask[] = [];
    const c = await collectCase(input, stubSources(asked, { 'identity-pool': () => ({}) }));
    expect(c.steps).toHaveLength(3);
    expect(asked.filter((a) => a.kind === 'identity-pool').length).toBeGreaterThan(10);
  });
});

describe('investigate and hosts that are not AWS', () => {
  it('never sends the read-only credentials to a custom endpoint: the read is filed as not sent, the run goes on', async () => {
    const asked: Ask[] = [];
    const c = await collectCase(
      {
        ...input,
        connection: {
          target: TARGET,
          endpoints: { cloudtrail: 'https://trail.attacker.example', iam: 'http://127.0.0.1:9' },
        },
        trust: { sandboxOrigins: [] },
      },
      stubSources(asked),
    );
    expect(asked.map((a) => a.kind)).not.toContain('sts-record');
    expect(asked.map((a) => a.kind)).not.toContain('role-policies');
    expect(asked.map((a) => a.kind)).toContain('identity-pool');
    const trail = c.lookups.find((l) => l.source === 'cloudtrail');
    expect(trail).toMatchObject({ outcome: 'error', calls: 0, error: { name: 'EndpointNotTrusted' } });
    expect(trail?.error?.message).toContain('https://trail.attacker.example');
  });

  it('trusts a sandbox on loopback when no trust is stated (the CLI and the tests)', async () => {
    const asked: Ask[] = [];
    await collectCase(
      { ...input, connection: { target: TARGET, endpoints: { cloudtrail: 'http://127.0.0.1:4510' } } },
      stubSources(asked),
    );
    expect(asked.map((a) => a.kind)).toContain('sts-record');
  });
});

describe('investigate and secrets', () => {
  it('passes every answer through the one secret policy before it joins the case', async () => {
    const token = `x-amz-security-token=[IQoJb3JpZ2luX2VjEJr${'Q'.repeat(200)}]`;
    const asked: Ask[] = [];
    const c = await collectCase(
      input,
      stubSources(asked, {
        'appsync-logs': () => ({
          logs: [{ timestamp: 0, message: `Request Headers: {${token}}` }],
          lookups: [{ ...answered('appsync-logs', 'logs'), subject: 'req-1' }],
        }),
      }),
    );
    expect(c.logs).toHaveLength(1);
    expect(JSON.stringify(c)).not.toContain('IQoJb3JpZ2luX2VjEJr');
  });
});
