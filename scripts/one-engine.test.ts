import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { InvestigationInput, InvestigationState } from '@/aws/investigate';
import { TARGET, makeCase, makeCredentials, makeGraphql, makeSignIn } from '@/chain/fixtures/cases';
import { RunControl, investigationQueryOptions } from '@/features/run/api/investigation';
import { runCheck } from './check-run';
import { tempDir } from './test-temp.ts';

// Both callers must reach this one function: replace it and watch who calls it.
const calls = vi.hoisted(() => [] as { caller: string; input: unknown }[]);
vi.mock('@/aws/investigate', () => ({
  async *investigate(input: InvestigationInput): AsyncGenerator<InvestigationState> {
    calls.push({ caller: 'investigate', input });
    yield { phase: 'done', case: makeCase({ steps: [makeSignIn(), makeCredentials(), makeGraphql()] }) };
  },
}));

const OUTPUTS = {
  version: '1.3',
  auth: {
    aws_region: TARGET.region,
    user_pool_id: TARGET.userPoolId,
    user_pool_client_id: TARGET.userPoolClientId,
    identity_pool_id: TARGET.identityPoolId,
  },
  data: { url: TARGET.graphqlEndpoint, aws_region: TARGET.region, default_authorization_type: 'AWS_IAM' },
};

describe('one investigation engine', () => {
  it('is what the dashboard’s query and the CLI both run, with the same inputs', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const connection = { target: TARGET, endpoints: {} };
    const run = {
      id: 1,
      input: { connection, username: 'u', password: 'p', flow: 'USER_SRP_AUTH', query: '{ x }' },
    } as const;
    const options = investigationQueryOptions({ ...run, input: { ...run.input }, control: new RunControl() });
    const state = await client.fetchQuery(options as Parameters<typeof client.fetchQuery>[0]);
    expect((state as InvestigationState | undefined)?.phase).toBe('done');

    const dir = await tempDir('authtrace-engine-');
    const config = join(dir, 'amplify_outputs.json');
    await writeFile(config, JSON.stringify({ ...OUTPUTS, testRun: { credentials: 'guest' } }));
    const code = await runCheck(['--config', config, '--username', 'u', '--query', '{ x }', '--json'], {
      out: () => {},
      err: () => {},
      env: { AUTHTRACE_PASSWORD: 'p' },
    });
    expect(code).toBe(0);

    expect(calls).toHaveLength(2);
    const [dashboard, cli] = calls.map((c) => c.input as InvestigationInput);
    expect(dashboard?.connection.target).toEqual(TARGET);
    const { region, userPoolId, userPoolClientId, identityPoolId, graphqlEndpoint, authMode } = TARGET;
    expect(cli?.connection.target).toEqual({
      region,
      userPoolId,
      userPoolClientId,
      identityPoolId,
      graphqlEndpoint,
      authMode,
    });
    expect(cli).toMatchObject({ username: 'u', flow: 'USER_SRP_AUTH', query: '{ x }' });
    // A config that declares a run variant (the sandbox's document does) is run that way by the CLI too.
    expect(cli?.testRun).toEqual({ credentials: 'guest' });
  });
});
