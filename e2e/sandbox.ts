import { type ChildProcess, spawn } from 'node:child_process';

/** The sandbox the end-to-end tests drive; the built app is made for this URL (see playwright.config.ts). */
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4610);
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

/** Undefined when the sandbox answers its health check in time, else why not. */
export async function sandboxTrouble(timeoutMs = 3_000): Promise<string | undefined> {
  try {
    const response = await fetch(`${SANDBOX_URL}/__sandbox/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? undefined : `its health check answered ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return `its health check failed: ${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`;
  }
}

/**
 * Makes sure a sandbox answers at SANDBOX_URL before a test: one this worker started, or a new one. The sandbox is a
 * child of the worker with an IPC channel, so it ends with the worker (sandbox/main.ts leaves on disconnect); a
 * sandbox that stopped answering (killed, wedged) is replaced and the replacement is reported on stderr, so one lost
 * sandbox costs one test, not every test after it, and the log says what happened.
 */
export class SandboxKeeper {
  private child: ChildProcess | undefined;
  private output = '';

  async ensure(): Promise<void> {
    const trouble = await sandboxTrouble();
    if (!trouble) return;
    const owned = this.child;
    if (owned) {
      console.error(`[e2e] the sandbox at ${SANDBOX_URL} stopped answering (${trouble}); starting a new one.`);
      await this.stop();
    } else if (!trouble.includes('ECONNREFUSED')) {
      throw new Error(`Port ${SANDBOX_PORT} is taken by something that is not a working sandbox (${trouble}).`);
    }
    await this.start();
  }

  private async start(): Promise<void> {
    this.output = '';
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'sandbox/main.ts', '--port', String(SANDBOX_PORT), '--quiet'],
      { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] },
    );
    this.child = child;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-4_000);
      process.stderr.write(`[sandbox] ${chunk.toString()}`);
    });
    const deadline = Date.now() + 60_000;
    let trouble = await sandboxTrouble(1_000);
    while (trouble && running(child) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      trouble = await sandboxTrouble(1_000);
    }
    if (trouble)
      throw new Error(
        `The sandbox did not start at ${SANDBOX_URL} (${running(child) ? trouble : `it exited with ${child.exitCode ?? child.signalCode}`}).\n${this.output}`,
      );
  }

  /** Stops the sandbox this keeper started; false when it has none running. */
  async stop(): Promise<boolean> {
    const child = this.child;
    this.child = undefined;
    if (!child || !running(child)) return false;
    const exited = new Promise((resolve) => {
      child.once('exit', resolve);
      setTimeout(resolve, 5_000).unref();
    });
    child.kill('SIGKILL');
    await exited;
    return true;
  }
}

/** A child killed by a signal keeps `exitCode` null: it has ended when either code is set. */
function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
