// `npm run bench`: the figures the issues ask for, as JSON. Benchmarks, not tests: nothing here asserts.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { collectCase } from '@/aws/investigate';
import { parseAppConfig } from '@/chain/app-config';
import { DEFAULT_REDACTION, redact } from '@/chain/share/redact';
import { encodeShareLink } from '@/chain/share/share-link';
import { startSandbox } from '../sandbox/src/server.ts';
import { chromiumPath } from './chromium-path.mjs';
import { lookupCalls } from './bench-lookup';
import { customerViewMs, worstCaseFigures } from './worst-case';
import { harImportFigures } from './har-bench';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

interface SandboxConfigLike {
  testUser: { username: string; password: string };
  testQuery: string;
  readOnlyCredentials: { accessKeyId: string; secretAccessKey: string };
}
const SANDBOX_PORT = 4710;
const APP_PORT = 4773;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** Gzip size of the JS the built page loads before any interaction: entry script plus its modulepreloads. */
async function initialJsGzip(): Promise<{ bytes: number; files: string[] }> {
  const html = await readFile('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(`dist/${file}`)).length;
  return { bytes, files };
}

async function totalJsGzip(): Promise<number> {
  let bytes = 0;
  for (const file of await readdir('dist/assets'))
    if (file.endsWith('.js')) bytes += gzipSync(await readFile(`dist/assets/${file}`)).length;
  return bytes;
}

/** The seed scenario's share link (default redaction): its length, and the case for the customer-view figure. */
async function seedShareLink(): Promise<{ payload: string; length: number; dropped: string[] }> {
  const sandbox = await startSandbox({ scenarioId: 'role-policy-resource-mismatch', port: 0 });
  try {
    const config = (await (await fetch(`${sandbox.url}/__sandbox/config`)).json()) as SandboxConfigLike;
    const parsed = parseAppConfig(JSON.stringify(config));
    if (!parsed.ok) throw new Error(parsed.error);
    const evidence = await collectCase({
      connection: {
        target: { ...parsed.target, apiId: parsed.apiId, accountId: parsed.accountId },
        endpoints: parsed.endpoints ?? {},
      },
      username: config.testUser.username,
      password: config.testUser.password,
      flow: 'USER_SRP_AUTH',
      query: config.testQuery,
      readOnly: config.readOnlyCredentials,
    });
    const prefix = `http://127.0.0.1:${APP_PORT}/#/share/`;
    const shared = await encodeShareLink(redact(evidence, DEFAULT_REDACTION), prefix.length);
    return { payload: shared.payload, length: prefix.length + shared.payload.length, dropped: shared.dropped };
  } finally {
    await sandbox.close();
  }
}

/** Gzip of every script a share URL makes the browser download (the customer view must not load Amplify or the SDK). */
async function customerViewJs(page: Page, payload: string): Promise<{ gzipBytes: number; files: string[] }> {
  const files: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) files.push(path.slice(1));
  });
  await page.goto(`http://127.0.0.1:${APP_PORT}/#/share/${payload}`);
  await page.getByTestId('verdict-cause').waitFor();
  let gzipBytes = 0;
  for (const file of new Set(files)) gzipBytes += gzipSync(await readFile(`dist/${file}`)).length;
  return { gzipBytes, files: [...new Set(files)] };
}

/**
 * Click "Run the chain" → verdict shown, in real Chromium against the built app and the sandbox (seed case); then the
 * customer view of the seed's share link, and of the worst case's (1,000 fields × 1,000 statements).
 */
async function clickToVerdict(
  sharePayload: string,
  worstPayload: string,
): Promise<{
  medianMs: number;
  runsMs: number[];
  stsMatchMedianMs: number;
  customerView: { gzipBytes: number; files: string[] };
  worstCaseView: { medianMs: number; runsMs: number[] };
}> {
  const children: ChildProcess[] = [];
  const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
  children.push(
    spawn('node_modules/.bin/tsx', ['sandbox/main.ts', '--port', String(SANDBOX_PORT), '--quiet'], { stdio: 'ignore' }),
  );
  children.push(
    spawn('node_modules/.bin/vite', ['preview', '--port', String(APP_PORT), '--strictPort'], { stdio: 'ignore' }),
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await waitFor(`${sandboxUrl}/__sandbox/health`);
    await waitFor(`http://127.0.0.1:${APP_PORT}`);
    const page = await browser.newPage();
    const runsMs: number[] = [];
    const stsMs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await page.goto(`http://127.0.0.1:${APP_PORT}/`);
      await page.getByLabel('Sandbox scenario').selectOption('role-policy-resource-mismatch');
      await page.getByRole('button', { name: 'Use sandbox account' }).click();
      await page.getByLabel('Test user').and(page.locator(':not([value=""])')).waitFor();
      const started = Date.now();
      await page.getByRole('button', { name: 'Run the chain' }).click();
      await page.getByTestId('verdict-cause').waitFor();
      runsMs.push(Date.now() - started);
      await page.getByRole('group', { name: 'STS event (CloudTrail)' }).getByText('issued these credentials').waitFor();
      stsMs.push(Date.now() - started);
    }
    const customerView = await customerViewJs(await browser.newPage(), sharePayload);
    const worstCaseView = await customerViewMs(await browser.newPage(), `http://127.0.0.1:${APP_PORT}`, worstPayload);
    return { medianMs: median(runsMs), runsMs, stsMatchMedianMs: median(stsMs), customerView, worstCaseView };
  } finally {
    await browser.close();
    for (const child of children) child.kill('SIGTERM');
  }
}

await run('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
  VITE_SANDBOX_URL: `http://127.0.0.1:${SANDBOX_PORT}`,
});
const initial = await initialJsGzip();
const share = await seedShareLink();
// In Node before the browser starts, so nothing else competes for the CPU.
const { payload: worstPayload, ...worstCase } = await worstCaseFigures();
const harImport = await harImportFigures();
const { customerView, worstCaseView, ...clicks } = await clickToVerdict(share.payload, worstPayload);
const figures = {
  measuredAt: new Date().toISOString(),
  machine: `${process.platform} ${process.arch}, node ${process.version}`,
  clickToVerdict: clicks,
  shareLink: { seedScenarioLength: share.length, droppedToFit: share.dropped },
  customerView: { initialJsGzipBytes: customerView.gzipBytes, files: customerView.files },
  lookupEventsCalls: await lookupCalls(),
  bundle: { initialJsGzipBytes: initial.bytes, initialJsFiles: initial.files, allJsGzipBytes: await totalJsGzip() },
  worstCase: { ...worstCase, customerView: worstCaseView },
  harImport,
};
console.log(JSON.stringify(figures, null, 2));
