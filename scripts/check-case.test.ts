import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allowOn, makeDeniedCase } from '@/chain/fixtures/cases';
import { makeLargeCase } from '@/chain/fixtures/large-case';
import { tempDir } from './test-temp.ts';

const exec = promisify(execFile);

/** `npm run check -- --case <file>`: a saved case diagnosed offline, printed like a run. */
async function checkCase(contents: string, ...extra: string[]) {
  const file = join(await tempDir('authtrace-case-'), 'case.json');
  await writeFile(file, contents);
  const args = ['--tsconfig', 'tsconfig.node.json', 'scripts/check.ts', '--case', file, ...extra];
  try {
    const { stdout, stderr } = await exec('node_modules/.bin/tsx', args);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run check -- --case', () => {
  const seed = makeDeniedCase([
    { name: 'inline', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/x/*') },
  ]);

  it('diagnoses a saved case without any AWS call, and round-trips its own --json output', async () => {
    const run = await checkCase(JSON.stringify(seed));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('role-policy-resource-mismatch (proven)');
    expect(run.stdout).toContain('Fix: Allow appsync:GraphQL');
    const json = await checkCase(JSON.stringify(seed), '--json');
    const again = await checkCase(json.stdout);
    expect(again.stdout).toBe(run.stdout);
  }, 90_000);

  it('says what is wrong with a file that is not a case', async () => {
    const bad = await checkCase(JSON.stringify({ ...seed, target: { region: 'nowhere' } }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not an Authtrace case (target.');
    const broken = await checkCase('{"version": 1, ');
    expect(broken.stderr).toContain('is not valid JSON');
  }, 90_000);

  it('diagnoses 1,000 fields against 1,000 statements, and refuses a case over a limit, saying which', async () => {
    const large = await checkCase(JSON.stringify(makeLargeCase(1_000, 1_000)));
    expect(large.code).toBe(1);
    expect(large.stdout).toContain('role-policy-resource-mismatch (likely)');
    const over = await checkCase(JSON.stringify(makeLargeCase(10, 2_001)));
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(
      'has 2,001 policy statements; real roles have at most a few hundred: it was not made by Authtrace.',
    );
  }, 90_000);
});
