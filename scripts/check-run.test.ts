/* eslint-disable no-control-regex -- these tests look for control characters */
import { readFileSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowOn,
  makeCase,
  makeCredentials,
  makeDeniedCase,
  makeSignIn,
  makeUnauthorized,
} from '@/chain/fixtures/cases';
import seedOutputs from '@/chain/fixtures/app-config/seed-amplify-outputs.json';
import { MAX_PIECE_BYTES } from './check-pieces';
import { runCheck } from './check-run';
import { READ_CAPS } from './read-capped';
import { tempDir } from './test-temp.ts';

async function file(name: string, contents: string | Uint8Array): Promise<string> {
  const path = join(await tempDir('authtrace-check-'), name);
  await writeFile(path, contents);
  return path;
}

async function check(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await runCheck(args, { out: (l) => out.push(l), err: (l) => err.push(l), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } catch (error) {
    return { code: 2, out: out.join('\n'), err: `${err.join('\n')}${error instanceof Error ? error.message : ''}` };
  }
}

const seed = makeDeniedCase([
  { name: 'inline', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/x/*') },
]);

describe('npm run check, in process', () => {
  it('prints the endpoint review in English: a note for withheld credentials, then the refusal', async () => {
    const config = await file(
      'outputs.json',
      JSON.stringify({
        ...seedOutputs,
        endpoints: { cloudtrail: 'https://trail.example.com', cognitoIdp: 'http://idp.example.com' },
      }),
    );
    const run = await check(['--config', config, '--username', 'tester@example.com'], { AUTHTRACE_PASSWORD: 'pw' });
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      "Note: Your read-only credentials go only to AWS's own host or the sandbox, never to https://trail.example.com: what Authtrace reads with them through cloudtrail is not read.",
    );
    expect(run.err).toContain(
      "http://idp.example.com is plain http: the test user's password and tokens would cross the network unencrypted. Use https (or a sandbox on this machine).",
    );
    expect(run.err).not.toMatch(/aws\.endpoint|[\u3040-\u30ff]/);
  });

  it('prints no escape sequence a case carries, in text or JSON', async () => {
    const hostile = structuredClone(seed);
    const graphql = hostile.steps[2];
    if (graphql?.kind !== 'graphql') throw new Error('fixture changed');
    graphql.errors = [{ errorType: 'UnauthorizedException', message: 'x\u001b[2J\u001b[Hhealthy (proven)\u009b31m' }];
    const path = await file('case.json', JSON.stringify(hostile));
    for (const extra of [[], ['--json']]) {
      const run = await check(['--case', path, ...extra]);
      expect(run.out + run.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const json = await check(['--case', path, '--json']);
    expect((JSON.parse(json.out) as { case: typeof hostile }).case.steps[2]).toMatchObject({ errors: graphql.errors });
  });

  it('reads case files saved with a BOM or as UTF-16', async () => {
    const text = JSON.stringify(seed);
    const bom = await file('bom.json', `\ufeff${text}`);
    const utf16 = await file(
      'utf16.json',
      new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]),
    );
    for (const path of [bom, utf16])
      expect((await check(['--case', path])).out).toContain('role-policy-resource-mismatch');
  });

  it('says how to give the password when there is none (never on the command line by default)', async () => {
    const config = await file('amplify_outputs.json', '{}');
    const none = await check(['--config', config, '--username', 'u']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('AUTHTRACE_PASSWORD');
  });
});

describe('npm run check --case, with secrets AWS echoes inside the evidence', () => {
  // Forms from the secret policy's corpus (src/chain/secrets.test.ts names their public sources).
  const sessionToken = `IQoJb3JpZ2luX2VjEJr${'A'.repeat(300)}`;
  const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const refreshToken = `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${'b'.repeat(342)}.${'c'.repeat(22)}.${'d'.repeat(400)}.${'e'.repeat(22)}`;

  it('prints none of them, in text or JSON', async () => {
    const leaky = structuredClone(seed);
    const graphql = leaky.steps[2];
    if (graphql?.kind !== 'graphql') throw new Error('fixture changed');
    graphql.errors = [
      {
        errorType: 'InvalidSignatureException',
        message: `The request signature we calculated does not match the signature you provided. The Canonical String for this request should have been 'POST\n/graphql\n\nhost:example.appsync-api.us-east-1.amazonaws.com\nx-amz-date:20261124T083002Z\nx-amz-security-token:${sessionToken}\n\nhost;x-amz-date;x-amz-security-token'`,
      },
    ];
    leaky.logs = [
      { timestamp: Date.parse(leaky.createdAt), message: `secretAccessKey=${secretKey} refresh ${refreshToken}` },
    ];
    const path = await file('leaky.json', JSON.stringify(leaky));
    for (const extra of [[], ['--json']]) {
      const run = await check(['--case', path, ...extra]);
      for (const secret of [sessionToken, secretKey, refreshToken]) expect(run.out + run.err).not.toContain(secret);
      expect(run.out + run.err).not.toContain(sessionToken.slice(0, 40));
    }
  });
});

describe('npm run check with pieces (offline, no AWS call)', () => {
  // The seed-shaped evidence, each piece in the form the customer of the seed case sent it (fixtures name sources).
  const fixture = (name: string) =>
    readFileSync(join(import.meta.dirname, '../src/chain/fixtures/forms', name), 'utf8').split(/\n---\n/, 2)[1] ?? '';
  const ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';

  async function pieces() {
    return {
      config: await file('amplify_outputs.json', JSON.stringify(seedOutputs)),
      error: await file('error.txt', fixture('amplify-v6-unauthorized.stringify.json.txt')),
      logs: await file('logs.txt', fixture('logs.cloudwatch-console.txt')),
      cloudtrail: await file('record.json', fixture('cloudtrail.lookup-events.json.txt')),
      policy: await file('policy.json', fixture('policy.get-role-policy.json.txt')),
    };
  }

  it('diagnoses the seed case from its pieces: proven, exit 1, one piece from standard input', async () => {
    const f = await pieces();
    const stdin = async () =>
      new Uint8Array(Buffer.from(`\ufeff${fixture('amplify-v6-unauthorized.stringify.json.txt')}`));
    const out: string[] = [];
    const code = await runCheck(
      [
        '--config',
        f.config,
        '--error',
        '-',
        '--logs',
        f.logs,
        '--cloudtrail',
        f.cloudtrail,
        '--policy',
        f.policy,
        '--role',
        ROLE,
        '--json',
      ],
      { out: (l) => out.push(l), err: () => undefined, stdin },
    );
    expect(code).toBe(1);
    const { verdict } = JSON.parse(out.join('\n')) as {
      verdict: { cause: string; confidence: string; fix: { policy: unknown } };
    };
    expect(verdict).toMatchObject({ cause: 'role-policy-resource-mismatch', confidence: 'proven' });
    expect(JSON.stringify(verdict.fix.policy)).toContain('types/Query/fields/listNotes');
  });

  it('without the record: likely, asking for the CloudTrail record', async () => {
    const f = await pieces();
    const run = await check([
      '--config',
      f.config,
      '--error',
      f.error,
      '--logs',
      f.logs,
      '--policy',
      f.policy,
      '--role',
      ROLE,
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('role-policy-resource-mismatch (likely)');
    expect(run.out).toContain('AssumeRoleWithWebIdentity');
    expect(run.err).toContain('the role you named');
  });

  it('names the flag of a bad piece, refuses two pieces on standard input, and files over the cap', async () => {
    const f = await pieces();
    const bad = await check(['--config', f.config, '--cloudtrail', await file('bad.json', '{"eventName": 1}')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--cloudtrail: Record 1 is not a CloudTrail record/);
    const two = await check(['--config', f.config, '--error', '-', '--logs', '-']);
    expect(two.err).toContain('Only one piece');
    const big = await file('big.txt', new Uint8Array(MAX_PIECE_BYTES + 1));
    const huge = await check(['--config', f.config, '--logs', big]);
    expect(huge.code).toBe(2);
    expect(huge.err).toContain('more than any evidence');
  });

  it('weighs a case, a HAR and a config before parsing them, and names the cap', async () => {
    const over = async (name: string, bytes: number) => {
      const path = await file(name, '{');
      await truncate(path, bytes);
      return path;
    };
    const bigCase = await check(['--case', await over('case.json', READ_CAPS.case + 1)]);
    expect(bigCase.code).toBe(2);
    expect(bigCase.err).toContain('Authtrace reads case files of at most 32 MB');
    const bigHar = await check(['--har', await over('big.har', READ_CAPS.har + 1)]);
    expect(bigHar.code).toBe(2);
    expect(bigHar.err).toContain('Authtrace reads HAR files of at most 64 MB');
    const bigConfig = await check(['--config', await over('c.json', READ_CAPS.config + 1), '--username', 'u'], {
      AUTHTRACE_PASSWORD: 'p',
    });
    expect(bigConfig.err).toContain('Authtrace reads config files of at most 20 MB');
  });

  it('exits 1 when AppSync did not recognise the signing key (a finding), 2 when the chain could not run', async () => {
    const text = 'The security token included in the request is invalid.';
    const refused = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeUnauthorized({
          errorType: 'UnrecognizedClientException',
          errors: [{ errorType: 'UnrecognizedClientException', message: text }],
          error: { name: 'UnrecognizedClientException', message: text },
          securityTokenSent: false,
        }),
      ],
    });
    const finding = await check(['--case', await file('refused.json', JSON.stringify(refused))]);
    expect(finding.code).toBe(1);
    expect(finding.out).toContain('credentials-not-recognized (proven)');
    const stopped = makeCase({
      steps: [
        makeSignIn({
          outcome: 'error',
          idToken: undefined,
          accessToken: undefined,
          error: { name: 'NotAuthorizedException', message: 'Incorrect username or password.' },
        }),
      ],
    });
    const inconclusive = await check(['--case', await file('stopped.json', JSON.stringify(stopped))]);
    expect(inconclusive.code).toBe(2);
    expect(inconclusive.out).toContain('inconclusive');
  });
});

describe('npm run check with the schema and the resolver (offline)', () => {
  const piece = (dir: string, name: string) =>
    readFileSync(join(import.meta.dirname, '../src/chain/fixtures', dir, name), 'utf8').split(/\n---\n/, 2)[1] ?? '';

  it('proves field-lacks-iam-directive from --schema, and reads --resolver from standard input', async () => {
    const config = await file('amplify_outputs.json', JSON.stringify(seedOutputs));
    const error = await file('error.json', piece('forms', 'field-refused.v5.json.txt'));
    const schema = await file('schema.graphql', piece('appsync', 'schema-without-iam.sdl.txt'));
    const proven = await check(['--config', config, '--error', error, '--schema', schema, '--json']);
    expect(proven.code).toBe(1);
    const { verdict } = JSON.parse(proven.out) as { verdict: { cause: string; confidence: string } };
    expect(verdict).toMatchObject({ cause: 'field-lacks-iam-directive', confidence: 'proven' });

    const withIam = await file('schema-iam.graphql', piece('appsync', 'schema-with-iam.sdl.txt'));
    const resolver = `${piece('appsync', 'get-resolver.pipeline.json.txt')}\n${piece('appsync', 'get-function.auth.json.txt')}`;
    const out: string[] = [];
    const code = await runCheck(
      ['--config', config, '--error', error, '--schema', withIam, '--resolver', '-', '--role', ROLE_ARN, '--json'],
      { out: (l) => out.push(l), err: () => undefined, stdin: async () => new Uint8Array(Buffer.from(resolver)) },
    );
    expect(code).toBe(1);
    const stale = JSON.parse(out.join('\n')) as { verdict: { cause: string; next?: { kind: string } } };
    expect(stale.verdict.cause).toBe('resolver-allow-list-stale');
    expect(stale.verdict.next?.kind).toBe('request-signer');
  });

  it('names --schema and --resolver when what they hold is not a schema or a resolver', async () => {
    const config = await file('amplify_outputs.json', JSON.stringify(seedOutputs));
    const bad = await check([
      '--config',
      config,
      '--schema',
      await file('intro.json', '{"data": {"__schema": {}}}'),
      '--resolver',
      await file('r.txt', 'hello'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--schema: This is JSON introspection/);
    expect(bad.err).toMatch(/--resolver: Expected `aws appsync get-resolver`/);
  });
});

const ROLE_ARN = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
