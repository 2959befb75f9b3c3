// `npm start`: the sandbox account and the dashboard side by side, the dashboard pointed at the sandbox.
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4510);
const appPort = Number(process.env.PORT ?? 5173);
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const appUrl = `http://127.0.0.1:${appPort}`;
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

const children = [
  spawn(bin('tsx'), ['sandbox/main.ts', '--port', String(sandboxPort), ...process.argv.slice(2)], { stdio: 'inherit' }),
  spawn(bin('vite'), ['--port', String(appPort), '--strictPort', '--clearScreen', 'false', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_SANDBOX_URL: sandboxUrl },
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[start] ${child.spawnargs[1] ?? 'a process'} exited (${code}); stopping.`);
      stop(code || 1);
    }
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url) {
  for (let i = 0; i < 120 && !stopping; i += 1) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await delay(250);
  }
  return false;
}

if ((await waitFor(`${sandboxUrl}/__sandbox/health`)) && (await waitFor(appUrl))) {
  console.log(
    `\n  Authtrace dashboard: ${appUrl}\n  Sandbox AWS account: ${sandboxUrl} (switch scenarios in the dashboard)\n  Stop with Ctrl+C.\n`,
  );
}
