// The bench's `harImport` figure (issue #9): a 5,000-entry HAR read into a case in under 1 s, with memory under 4×
// the file size. The reading runs in a fresh Node process so its peak memory is its own.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedOutputs from '@/chain/fixtures/app-config/seed-amplify-outputs.json' with { type: 'json' };
import { makeHar, noise, seedCalls } from '@/chain/fixtures/har';
import { buildHarCase } from '@/chain/har/build-har-case';

const ENTRIES = 5_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const appConfig = JSON.stringify(seedOutputs);

/** A support-sized capture: the seed chain among 4,995 unrelated requests with ~2 KB bodies. */
function largeHar(): string {
  const script = `/* bundle */ ${'export const x = () => 1;'.repeat(80)}`;
  const unrelated = noise(ENTRIES - 5, 0).map((call) => ({ ...call, responseBody: script }));
  return makeHar('chrome', [...unrelated.slice(0, 2500), ...seedCalls(), ...unrelated.slice(2500)]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** In the child: one reading for the memory peak (RSS over the process's own baseline), then timed readings. */
async function measure(path: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().rss;
  const first = buildHarCase(text, appConfig);
  const peakExtraBytes = process.resourceUsage().maxRSS * 1024 - baseline;
  if (!first.ok) throw new Error(first.error);
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    buildHarCase(text, appConfig);
    runsMs.push(Math.round(performance.now() - started));
  }
  console.log(
    JSON.stringify({ medianMs: median(runsMs), runsMs, peakExtraBytes, verdictSteps: first.case.steps.length }),
  );
}

/** Writes the HAR, reads it in a fresh process, and returns the figures. */
export async function harImportFigures() {
  const text = largeHar();
  const path = join(await mkdtemp(join(tmpdir(), 'authtrace-har-')), 'large.har');
  await writeFile(path, text);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['--tsconfig', 'tsconfig.node.json', 'scripts/har-bench.ts', path], {
      env: { ...process.env, NODE_OPTIONS: '--expose-gc' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`har-bench exited ${code}`))));
  });
  const measured = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
    medianMs: number;
    runsMs: number[];
    peakExtraBytes: number;
  };
  const fileBytes = Buffer.byteLength(text);
  return {
    entries: ENTRIES,
    fileBytes,
    medianMs: measured.medianMs,
    runsMs: measured.runsMs,
    // RSS is an upper bound of what the reading allocates (it also counts the heap V8 keeps after the read).
    peakExtraRssBytes: measured.peakExtraBytes,
    peakOverFileSize: Math.round((measured.peakExtraBytes / fileBytes) * 100) / 100,
  };
}

if (process.argv[2] && import.meta.url === `file://${process.argv[1]}`) await measure(process.argv[2]);
