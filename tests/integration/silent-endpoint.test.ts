import { writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/check-run.ts';
import { startTestSandbox } from './support/sandbox.ts';
import { tempDir } from '../../scripts/test-temp.ts';

/** An endpoint that accepts connections and never answers (a black-holed proxy, a dead load balancer). */
describe('an endpoint that never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let port = 0;
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
  });

  it('ends the CLI run with a message naming it and the deadline, as a run that could not happen', async () => {
    const { sandbox, config } = await startTestSandbox('healthy');
    await sandbox.close();
    const file = join(await tempDir('authtrace-silent-'), 'config.json');
    await writeFile(file, JSON.stringify(config));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCheck(
      [
        '--config',
        file,
        '--username',
        config.testUser.username,
        '--endpoint',
        `http://127.0.0.1:${port}`,
        '--timeout',
        '2',
      ],
      { out: (l) => out.push(l), err: (l) => err.push(l), env: { AUTHTRACE_PASSWORD: config.testUser.password } },
    );
    const said = [...out, ...err].join('\n');
    expect(code).toBe(2);
    expect(said).toContain(`127.0.0.1:${port} did not answer within 2 s`);
  }, 30_000); // the guard: a run that waited on the silent endpoint would exceed it
});
