// `npm run check`: the dashboard's collection and diagnosis from the command line (Amplify runs in Node).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { collectCase } from '@/aws/collect';
import type { Connection, Endpoints } from '@/aws/connection';
import { parseAppConfig } from '@/chain/app-config';
import type { Case } from '@/chain/case';
import { restoreCase } from '@/chain/restore';
import { diagnose } from '@/chain/diagnose';
import { en } from '@/chain/messages/en';
import { renderVerdict } from '@/chain/messages/render-verdict';
import { parseReadOnlyCredentials } from '@/chain/read-only-credentials';

const USAGE = `Usage: npm run check -- --config <file> --username <u> --password <p>
         [--readonly-credentials <file>] [--endpoint <url>] [--query <graphql>] [--flow srp|password]
         [--wait <seconds>] [--json]
       npm run check -- --case <file> [--json]
  --case                  a saved case (the JSON export, the offline page's case, or --json output): diagnosed
                          as it is, without credentials or any AWS call
  --config                amplify_outputs.json, amplifyconfiguration.json, aws-exports.js or a sandbox config document
  --readonly-credentials  output of \`aws configure export-credentials\` (JSON or env lines), for CloudTrail
  --endpoint              one base URL for every AWS service (the local sandbox, e.g. http://127.0.0.1:4510)
  --wait                  how long to poll CloudTrail for the STS record (default 0: one look)
Exit codes: 0 healthy, 1 chain broken, 2 usage or environment error (including a chain that could not be run).`;

class UsageError extends Error {}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        config: { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        'readonly-credentials': { type: 'string' },
        endpoint: { type: 'string' },
        query: { type: 'string' },
        flow: { type: 'string', default: 'srp' },
        wait: { type: 'string', default: '0' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        case: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.case) return report(await readCase(values.case), values.json);
  if (!values.config || !values.username || !values.password)
    throw new UsageError('--config, --username and --password are required.');
  if (values.flow !== 'srp' && values.flow !== 'password') throw new UsageError('--flow must be srp or password.');
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw new UsageError('--wait must be a number of seconds.');

  const parsed = parseAppConfig(await readText(values.config, 'config'), values.config);
  if (!parsed.ok) throw new UsageError(`The config is not usable: ${parsed.error}`);
  const endpoint = values.endpoint;
  const endpoints: Endpoints = endpoint
    ? { cognitoIdp: endpoint, cognitoIdentity: endpoint, cloudtrail: endpoint, logs: endpoint, iam: endpoint }
    : (parsed.endpoints ?? {});
  const target = {
    ...parsed.target,
    ...(parsed.apiId ? { apiId: parsed.apiId } : {}),
    ...(parsed.accountId ? { accountId: parsed.accountId } : {}),
  };
  const connection: Connection = { target, endpoints };

  let readOnly;
  if (values['readonly-credentials']) {
    const credentials = parseReadOnlyCredentials(
      await readText(values['readonly-credentials'], 'read-only credentials'),
    );
    if (!credentials.ok) throw new UsageError(`Read-only credentials: ${credentials.error}`);
    readOnly = credentials.credentials;
  }

  const query = values.query ?? 'query ListNotes {\n  listNotes {\n    id\n  }\n}';
  const evidence = await collectCase({
    connection,
    username: values.username,
    password: values.password,
    flow: values.flow === 'srp' ? 'USER_SRP_AUTH' : 'USER_PASSWORD_AUTH',
    query,
    readOnly,
    waitForRecordMs: waitSeconds * 1000,
    onLookupError: (error) => {
      if (!values.json)
        console.error(
          `CloudTrail lookup failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
    },
  });
  return report(evidence, values.json);
}

/** A case saved as JSON: a case itself, or `--json` output (`{"case": …, "verdict": …}`). */
async function readCase(path: string): Promise<Case> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(path, 'case'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`The case file ${path} is not valid JSON (${error instanceof Error ? error.message : ''}).`);
  }
  const wrapped = json && typeof json === 'object' && !('version' in json) && 'case' in json;
  const restored = restoreCase(wrapped ? (json as { case: unknown }).case : json);
  if (!restored.ok) throw new UsageError(`The case file ${path} is not an Authtrace case (${restored.error}).`);
  return restored.case;
}

function report(evidence: Case, json: boolean): number {
  const verdict = renderVerdict(diagnose(evidence), en);
  if (json) {
    console.log(JSON.stringify({ case: evidence, verdict }, null, 2));
  } else {
    console.log(`${verdict.cause} (${verdict.confidence})\n${verdict.headline}\n\n${verdict.explanation}`);
    for (const proof of verdict.proofs) console.log(`  - ${proof.label}: ${proof.value}`);
    console.log(`\nFix: ${verdict.fix.summary}`);
    if (verdict.fix.policy) console.log(JSON.stringify(verdict.fix.policy, null, 2));
    if (verdict.candidates.length > 1)
      console.log(
        `\nCandidates:\n${verdict.candidates.map((c) => `  - ${c.id} (${c.status}): ${c.reason}`).join('\n')}`,
      );
    if (verdict.next) console.log(`\nThe one piece of evidence that decides: ${verdict.next.how}`);
  }
  // Inconclusive means the chain could not be run through (bad input, no network): not a verdict on the chain.
  if (verdict.cause === 'inconclusive') {
    if (!json) console.error(`\n${verdict.headline} ${verdict.fix.summary}`);
    return 2;
  }
  return verdict.cause === 'healthy' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else console.error(`check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
