import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../sandbox/src/server.ts';
import { tempDir } from '../../scripts/test-temp.ts';
import { startTestSandbox, switchScenario } from './support/sandbox.ts';

const exec = promisify(execFile);

/** `npm run check` as a script would use it: its exit codes and its JSON. */
describe('npm run check', () => {
  let sandbox: RunningSandbox;
  let configFile = '';
  let credentialsFile = '';

  beforeAll(async () => {
    const dir = await tempDir('authtrace-check-');
    configFile = join(dir, 'config.json');
    credentialsFile = join(dir, 'read-only.env');
    const started = await startTestSandbox('healthy');
    sandbox = started.sandbox;
    const { accessKeyId, secretAccessKey } = started.config.readOnlyCredentials;
    await writeFile(credentialsFile, `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\n`);
  });
  afterAll(() => sandbox.close());

  async function check(scenario: string, ...extra: string[]) {
    const config = await switchScenario(sandbox, scenario);
    await writeFile(configFile, JSON.stringify(config));
    const args = ['--tsconfig', 'tsconfig.node.json', 'scripts/check.ts', '--config', configFile];
    const all = [...args, '--username', config.testUser.username, ...extra];
    try {
      const { stdout } = await exec('node_modules/.bin/tsx', all, {
        env: { ...process.env, AUTHTRACE_PASSWORD: config.testUser.password },
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('exits 0 on a healthy chain', async () => {
    expect((await check('healthy')).code).toBe(0);
  });

  it('exits 1 with the verdict as JSON on the seed case', async () => {
    const { code, stdout } = await check(
      'role-policy-resource-mismatch',
      '--readonly-credentials',
      credentialsFile,
      '--json',
    );
    expect(code).toBe(1);
    const { verdict, case: evidence } = JSON.parse(stdout) as {
      verdict: { cause: string };
      case: { records: unknown[] };
    };
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(evidence.records).toHaveLength(1);
  });

  it('exits 2 with a clear message on usage errors', async () => {
    const result = await check('healthy', '--flow', 'kerberos');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--flow must be srp or password');
  });
});
