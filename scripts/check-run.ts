// `npm run check`: the dashboard's investigation and diagnosis from the command line (Amplify runs in Node).
import { printable, terminalSafeJson } from './terminal-text';
import { cannotRead, ReadCapError, readCappedText, type ReadCap } from './read-capped';
import { readHarCase } from './check-har';
import { parseArgs } from 'node:util';
import { explainAwsError, renderExplanation } from '@/aws/errors';
import { investigate } from '@/aws/investigate';
import type { Case } from '@/chain/case';
import { endpointsAt, type Connection } from '@/chain/connection';
import { loopbackTrust, needsConfirmation, reviewEndpoints, type TrustContext } from '@/chain/endpoint-trust';
import { parseAppConfig } from '@/chain/app-config';
import { restoreCase } from '@/chain/restore';
import { diagnose } from '@/chain/diagnose';
import { awsEn } from '@/chain/messages/aws-en';
import { render, wordsMessage } from '@/chain/messages/catalog';
import { en } from '@/chain/messages/en';
import { lookupPurpose, renderVerdict } from '@/chain/messages/render-verdict';
import { parseReadOnlyCredentials } from '@/chain/read-only-credentials';
import { caseFromPieces, PieceError, PIECE_FLAGS, type PieceFlag } from './check-pieces';

/** The CLI speaks English: the shared catalog and the words about calling AWS. */
const CLI_WORDS = { ...en, ...awsEn };

export const USAGE = `Usage: AUTHTRACE_PASSWORD=… npm run check -- --config <file> --username <u>
         [--readonly-credentials <file>] [--endpoint <url>] [--query <graphql>] [--flow srp|password]
         [--wait <seconds>] [--json]
       npm run check -- --case <file> [--json]
       npm run check -- --config <file> [--error <f>] [--logs <f>] [--cloudtrail <f>] [--policy <f>]
         [--schema <f>] [--resolver <f>] [--role <arn>] [--query <graphql>] [--json]
       npm run check -- --har <file|-> [--config <file>] [--json]
  --case                  a saved case (the JSON export, the offline page's case, or --json output): diagnosed
                          as it is, without credentials or any AWS call
  --har                   a HAR the browser exported (Chrome, Firefox, Safari; sanitized or not), \`-\` for standard
                          input: read without any AWS call; --config, when given, names the app's target
  --config                amplify_outputs.json, amplifyconfiguration.json, aws-exports.js or a sandbox config document
  --readonly-credentials  output of \`aws configure export-credentials\` (JSON or env lines), for CloudTrail
  (password)              from AUTHTRACE_PASSWORD, else asked for (hidden) on a terminal; --password <p> works
                          but leaves it in the process list and the shell history
  --endpoint              one base URL for every AWS service (the local sandbox, e.g. http://127.0.0.1:4510)
  --trust-endpoints       send the run to the config's endpoints that are not AWS's own hosts (listed first);
                          the read-only credentials never go there
  --timeout               seconds each AWS call may take before it is given up (default 20)
  --wait                  how long to poll CloudTrail for the STS record (default 0: one look)
  Pieces (offline, without credentials or any AWS call; \`-\` reads one of them from standard input):
  --error                 the app's error: JSON, a console print, a \`Name: message\` line, an HTTP response dump
  --logs                  AppSync log lines: as copied from CloudWatch, filter-log-events JSON, Logs Insights export
  --cloudtrail            the AssumeRoleWithWebIdentity record: console JSON, lookup-events output, a trail file,
                          Athena results (CSV or get-query-results JSON)
  --policy                the role's permission policy, or get-role-policy / get-policy-version output
  --role                  the identity pool's authenticated role ARN (or @file with get-identity-pool-roles output)
  --schema                the API's schema with directives: \`aws appsync get-introspection-schema --format SDL
                          --include-directives\` output
  --resolver              the refused field's resolver: get-resolver and get-function JSON (one after another), or
                          its VTL or JavaScript code
Exit codes: 0 healthy, 1 chain broken, 2 usage or environment error (including a chain that could not be run).`;

export class UsageError extends Error {}

/** Where the CLI writes and asks: the terminal, or a test's buffers. */
export interface CheckOutput {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a secret without echoing it; absent when there is no terminal to ask on. */
  askSecret?(question: string): Promise<string>;
  /** The whole of standard input (`--har -`). */
  readStdin?(): Promise<string>;
  env?: Record<string, string | undefined>;
  /** Standard input, read whole, for a piece given as \`-\`. */
  stdin?(): Promise<Uint8Array>;
}

type Printer = CheckOutput & { json(value: unknown): void };

/** A file's text, weighed first: over its cap it is refused by a sentence naming the cap, before any parsing. */
async function readText(path: string, what: string, cap: ReadCap = 'config'): Promise<string> {
  try {
    return await readCappedText(path, what, cap);
  } catch (error) {
    if (error instanceof ReadCapError) throw new UsageError(error.message);
    throw new UsageError(cannotRead(what, path, error));
  }
}

/** Runs `npm run check` with these arguments; resolves to the exit code. */
export async function runCheck(args: string[], terminal: CheckOutput): Promise<number> {
  // Everything printed passes here: evidence may carry escape sequences (see terminal-text.ts).
  const io: Printer = {
    ...terminal,
    out: (line) => terminal.out(printable(line)),
    err: (line) => terminal.err(printable(line)),
    json: (value) => terminal.out(terminalSafeJson(value)),
  };
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        config: { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        'readonly-credentials': { type: 'string' },
        endpoint: { type: 'string' },
        'trust-endpoints': { type: 'boolean', default: false },
        query: { type: 'string' },
        flow: { type: 'string', default: 'srp' },
        wait: { type: 'string', default: '0' },
        timeout: { type: 'string', default: '20' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        case: { type: 'string' },
        error: { type: 'string' },
        logs: { type: 'string' },
        cloudtrail: { type: 'string' },
        policy: { type: 'string' },
        schema: { type: 'string' },
        resolver: { type: 'string' },
        role: { type: 'string' },
        har: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.case) return report(await readCase(values.case), values.json, io);
  if (values.har)
    return report(
      await readHarCase(values.har, values.config, { ...io, fail: (message) => new UsageError(message) }),
      values.json,
      io,
    );
  const files: Partial<Record<PieceFlag, string>> = {};
  for (const flag of Object.keys(PIECE_FLAGS) as PieceFlag[])
    if (values[flag] !== undefined) files[flag] = values[flag];
  if (values.config && !values.username && (Object.keys(files).length > 0 || values.role)) {
    let built;
    try {
      built = await caseFromPieces(
        {
          config: values.config,
          files,
          ...(values.role ? { role: values.role } : {}),
          ...(values.query ? { query: values.query } : {}),
        },
        terminal.stdin,
      );
    } catch (error) {
      if (error instanceof PieceError) throw new UsageError(error.message);
      throw error;
    }
    if (!values.json) for (const note of built.notes) io.err(`Note: ${note}`);
    return report(built.case, values.json, io);
  }
  if (!values.config || !values.username) throw new UsageError('--config and --username are required.');
  if (values.password !== undefined)
    io.err(
      'Note: --password leaves the password in the process list and the shell history; prefer AUTHTRACE_PASSWORD or the prompt.',
    );
  const password =
    values.password ?? io.env?.AUTHTRACE_PASSWORD ?? (await io.askSecret?.(`Password of ${values.username}: `));
  if (!password) throw new UsageError('No password: set AUTHTRACE_PASSWORD, or run on a terminal to be asked for it.');
  if (values.flow !== 'srp' && values.flow !== 'password') throw new UsageError('--flow must be srp or password.');
  const timeoutSeconds = Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 300)
    throw new UsageError('--timeout must be a number of seconds between 0 and 300.');
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw new UsageError('--wait must be a number of seconds.');

  const parsed = parseAppConfig(await readText(values.config, 'config'), values.config);
  if (!parsed.ok) throw new UsageError(`The config is not usable: ${parsed.error}`);
  const connection: Connection = {
    target: {
      ...parsed.target,
      ...(parsed.apiId ? { apiId: parsed.apiId } : {}),
      ...(parsed.accountId ? { accountId: parsed.accountId } : {}),
    },
    endpoints: values.endpoint ? endpointsAt(values.endpoint) : (parsed.endpoints ?? {}),
    // The API's additional modes: IAM among them makes the run fetch credentials, as in the dashboard.
    ...(parsed.apiAuthModes ? { apiAuthModes: parsed.apiAuthModes } : {}),
  };

  // Hosts that are not AWS's own: a sandbox on this machine's loopback is trusted; any other host is listed, and receives
  // the test user's password or tokens only with --trust-endpoints; the read-only credentials never go there.
  const trust: TrustContext = loopbackTrust({ ...connection.endpoints, graphql: connection.target.graphqlEndpoint });
  const reviews = reviewEndpoints(connection.endpoints, connection.target.graphqlEndpoint, trust);
  for (const review of reviews) {
    if (review.refused) throw new UsageError(render(wordsMessage(review.refused), CLI_WORDS));
    if (review.withheld) io.err(`Note: ${render(wordsMessage(review.withheld), CLI_WORDS)}`);
  }
  const unconfirmed = reviews.filter(needsConfirmation);
  if (unconfirmed.length > 0 && !values['trust-endpoints'])
    throw new UsageError(
      `The config sends the run to hosts that are not AWS: ${unconfirmed
        .map((r) => `${r.origin} (${r.service}: ${r.sends.filter((x) => x !== 'read-only-credentials').join(', ')})`)
        .join('; ')}. Check them, then pass --trust-endpoints to go on.`,
    );

  let readOnly;
  if (values['readonly-credentials']) {
    const credentials = parseReadOnlyCredentials(
      await readText(values['readonly-credentials'], 'read-only credentials'),
    );
    if (!credentials.ok)
      throw new UsageError(`Read-only credentials: ${render(wordsMessage(credentials.error), CLI_WORDS)}`);
    readOnly = credentials.credentials;
    if (credentials.warning) io.err(`Note: ${render(wordsMessage(credentials.warning), CLI_WORDS)}`);
  }

  const query = values.query ?? 'query ListNotes {\n  listNotes {\n    id\n  }\n}';
  // The same investigation as the dashboard, with the scenario's run variant when the config declares one.
  let evidence: Case | undefined;
  for await (const state of investigate({
    connection,
    username: values.username,
    password,
    flow: values.flow === 'srp' ? 'USER_SRP_AUTH' : 'USER_PASSWORD_AUTH',
    query,
    ...(parsed.testRun ? { testRun: parsed.testRun } : {}),
    ...(readOnly ? { readOnly } : {}),
    waitForRecordMs: waitSeconds * 1000,
    timeoutMs: timeoutSeconds * 1000,
    trust,
  })) {
    evidence = state.case;
    if (values.json) continue;
    if (state.phase === 'waiting')
      io.err(
        `CloudTrail has not delivered the record yet; looking again in ${Math.ceil((state.until - Date.now()) / 1000)} s…`,
      );
  }
  if (!evidence)
    throw new Error(
      'the investigation ended without a case: run the command again (with a larger --timeout if a call was slow), and report it with the command line if it repeats',
    );
  if (!values.json)
    for (const lookup of evidence.lookups.filter((l) => l.outcome === 'denied' || l.outcome === 'error')) {
      const { todo } = renderExplanation(explainAwsError(lookup.error ?? {}, { service: lookup.source }), CLI_WORDS);
      io.err(
        `Lookup ${lookupPurpose(lookup, en)} failed: ${lookup.error?.name ?? 'error'}: ${lookup.error?.message ?? ''} — ${todo}`,
      );
    }
  return report(evidence, values.json, io);
}

/** A case saved as JSON: a case itself, or `--json` output (`{"case": …, "verdict": …}`). */
async function readCase(path: string): Promise<Case> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(path, 'case', 'case'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`The case file ${path} is not valid JSON (${error instanceof Error ? error.message : ''}).`);
  }
  const wrapped = json && typeof json === 'object' && !('version' in json) && 'case' in json;
  const restored = restoreCase(wrapped ? (json as { case: unknown }).case : json);
  if (!restored.ok && restored.tooLarge)
    throw new UsageError(`The case file ${path} ${restored.error.replace(/^it /, '')}: it was not made by Authtrace.`);
  if (!restored.ok) throw new UsageError(`The case file ${path} is not an Authtrace case (${restored.error}).`);
  return restored.case;
}

function report(evidence: Case, json: boolean, io: Printer): number {
  const verdict = renderVerdict(diagnose(evidence), en);
  if (json) {
    io.json({ case: evidence, verdict });
  } else {
    io.out(`${verdict.cause} (${verdict.confidence})\n${verdict.headline}\n\n${verdict.explanation}`);
    for (const proof of verdict.proofs) io.out(`  - ${proof.label}: ${proof.value}`);
    io.out(`\nFix: ${verdict.fix.summary}`);
    if (verdict.fix.policy) io.out(JSON.stringify(verdict.fix.policy, null, 2));
    if (verdict.candidates.length > 1)
      io.out(`\nCandidates:\n${verdict.candidates.map((c) => `  - ${c.id} (${c.status}): ${c.reason}`).join('\n')}`);
    if (verdict.next) io.out(`\nThe one piece of evidence that decides: ${verdict.next.how}`);
  }
  // Inconclusive means the chain could not be run through (bad input, no network): not a verdict on the chain.
  if (verdict.cause === 'inconclusive') {
    if (!json) io.err(`\n${verdict.headline} ${verdict.fix.summary}`);
    return 2;
  }
  return verdict.cause === 'healthy' ? 0 : 1;
}
