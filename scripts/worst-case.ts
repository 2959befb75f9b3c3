// The bench's `worstCase` figures (issue: a 6 KB link froze the customer view): the 1,000 fields × 1,000 statements
// case diagnosed in Node, through `check --case` and through its share link, and the largest case the limits accept.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { diagnose } from '@/chain/diagnose';
import { makeLargeCase } from '@/chain/fixtures/large-case';
import { AT_THE_LIMITS, makeCaseHolding } from '@/chain/fixtures/limit-case';
import { restoreCase } from '@/chain/restore';
import { redact } from '@/chain/share/redact';
import { decodeShareLink } from '@/chain/share/share-decode';
import { encodeShareLink } from '@/chain/share/share-link';
import { buildTimeline } from '@/chain/timeline';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (ms: number) => Math.round(ms);

/** Median time of `work` over `runs` runs, each on fresh input (nothing cached from one run to the next). */
async function timed<T>(prepare: () => T, work: (input: T) => unknown, runs = RUNS) {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const input = prepare();
    const started = performance.now();
    await work(input);
    runsMs.push(performance.now() - started);
  }
  return { medianMs: round(median(runsMs)), runsMs: runsMs.map(round) };
}

/** Restores a case from its JSON text as the CLI and the customer view do: a new object each time. */
function restored(json: string) {
  const result = restoreCase(JSON.parse(json));
  if (!result.ok) throw new Error(`the bench case is refused: ${result.error}`);
  return result.case;
}

function diagnoseAndLayOut(c: ReturnType<typeof restored>) {
  buildTimeline(c, diagnose(c).links);
}

/** `npm run check -- <args>` spawned like the CLI, to its exit (0 healthy, 1 chain broken). */
function checkRun(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['--tsconfig', 'tsconfig.node.json', 'scripts/check.ts', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`check exited ${code}`))));
  });
}

export async function worstCaseFigures() {
  const json = JSON.stringify(makeLargeCase(1_000, 1_000));
  const file = join(await mkdtemp(join(tmpdir(), 'authtrace-bench-')), 'case-1000x1000.json');
  await writeFile(file, json);
  const { payload } = await encodeShareLink(redact(restored(json)));
  const largest = JSON.stringify(makeCaseHolding(AT_THE_LIMITS));
  const cliRuns = Math.min(RUNS, 3);
  return {
    case: '1,000 GraphQL fields × 1,000 statements (11 documents, Action/Resource lists, wildcards, conditions)',
    diagnoseAndTimeline: await timed(() => restored(json), diagnoseAndLayOut),
    checkCase: await timed(
      () => undefined,
      () => checkRun(['--case', file]),
      cliRuns,
    ),
    /** The CLI's start (tsx, Amplify, the SDK): what `checkCase` costs before it reads the case. */
    checkHelp: await timed(
      () => undefined,
      () => checkRun(['--help']),
      cliRuns,
    ),
    link: {
      length: payload.length,
      decodeDiagnoseAndTimeline: await timed(
        () => payload,
        (p) => {
          const decoded = decodeShareLink(p);
          if (!decoded.ok) throw new Error(decoded.error);
          diagnoseAndLayOut(decoded.case);
        },
      ),
    },
    largestAccepted: {
      holding: AT_THE_LIMITS,
      jsonBytes: largest.length,
      restore: await timed(
        () => largest,
        (text) => restored(text),
      ),
      diagnoseAndTimeline: await timed(() => restored(largest), diagnoseAndLayOut),
    },
    payload,
  };
}

/** Opening the case's share link in the built customer view until the verdict shows, in real Chromium. */
export async function customerViewMs(page: Page, appUrl: string, payload: string) {
  return timed(
    () => undefined,
    async () => {
      await page.goto('about:blank');
      await page.goto(`${appUrl}/#/share/${payload}`);
      await page.getByTestId('verdict-cause').waitFor();
    },
    Math.min(RUNS, 5),
  );
}
