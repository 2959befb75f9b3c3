import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import seedOutputs from '@/chain/fixtures/app-config/seed-amplify-outputs.json';
import { SEED, makeHar, noise, seedCalls } from '@/chain/fixtures/har';
import { runCheck, UsageError } from './check-run';
import { tempDir } from './test-temp.ts';

async function file(name: string, contents: string): Promise<string> {
  const path = join(await tempDir('authtrace-har-'), name);
  await writeFile(path, contents);
  return path;
}

async function check(args: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await runCheck(args, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      ...(stdin !== undefined ? { readStdin: () => Promise.resolve(stdin) } : {}),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { code: 2, out: out.join('\n'), err: `${err.join('\n')}${error.message}` };
  }
}

describe('npm run check -- --har', () => {
  const har = makeHar('firefox', [...noise(20, 0), ...seedCalls()], { sanitized: true });

  it('reads a HAR file with the config: exit 1 and the verdict, notes on standard error, no secret', async () => {
    const config = await file('amplify_outputs.json', JSON.stringify(seedOutputs));
    const run = await check(['--har', await file('app.har', har), '--config', config, '--json']);
    expect(run.code).toBe(1);
    const { verdict } = JSON.parse(run.out) as { verdict: { cause: string } };
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(run.err).toMatch(/Note: Read from a Firefox HAR: 5 Cognito and AppSync calls among 30 requests/);
    for (const secret of [SEED.secretKey, SEED.sessionToken, SEED.refreshToken])
      expect(run.out + run.err).not.toContain(secret);
  });

  it('reads standard input with -', async () => {
    const run = await check(['--har', '-'], har);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^role-policy-resource-mismatch \(likely\)/);
  });

  it('a bad HAR is a usage error (exit 2) with the reader’s message', async () => {
    const run = await check(['--har', await file('bad.har', '{"log": {"entries": [')]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/truncated JSON/);
    expect((await check(['--har', '/nonexistent/x.har'])).err).toMatch(
      /Cannot read HAR file \/nonexistent\/x.har: there is no such file: check the path .*\(ENOENT\)/,
    );
  });
});
