import { parseArgs } from 'node:util';
import { listScenarios } from './scenarios/registry.ts';
import { startSandbox } from './src/server.ts';

/** `npm run sandbox -- --scenario <id> [--port <n>] [--noise <count>] [--quiet]` */
function usage(message: string): never {
  console.error(
    `${message}\nUsage: npm run sandbox -- --scenario <id> [--port <n>] [--noise <count>] [--quiet]\nScenarios: ${listScenarios()
      .map((s) => s.id)
      .join(', ')}`,
  );
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'role-policy-resource-mismatch' },
      port: { type: 'string', default: process.env.SANDBOX_PORT ?? '4510' },
      host: { type: 'string', default: '127.0.0.1' },
      noise: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`--port must be a port number, not "${values.port}".`);
const noise = values.noise === undefined ? undefined : Number(values.noise);
if (noise !== undefined && (!Number.isInteger(noise) || noise < 0))
  usage(`--noise must be a whole number, not "${values.noise}".`);
if (!listScenarios().some((s) => s.id === values.scenario)) usage(`Unknown scenario "${values.scenario}".`);

try {
  const sandbox = await startSandbox({
    scenarioId: values.scenario,
    port,
    host: values.host,
    overrides: noise === undefined ? {} : { noiseEvents: noise },
    log: values.quiet ? undefined : (line) => console.log(`[sandbox] ${line}`),
  });
  console.log(`[sandbox] ${sandbox.url} — scenario "${values.scenario}" (config: ${sandbox.url}/__sandbox/config)`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by a parent over IPC (the end-to-end tests): leave with the parent, never outlive it on the port.
  if (process.send) process.on('disconnect', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') usage(`Port ${port} is already in use: stop the other process or pass --port <n>.`);
  throw error;
}
