import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_SIGNATURE } from './aws-relay.ts';
import { startServe } from './serve.ts';

const CSP = "default-src 'self'; script-src 'self'; connect-src 'self' https://*.amazonaws.com";
let dir = '';
let server: Server;
let url = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'authtrace-serve-'));
  await mkdir(join(dir, 'dist', 'assets'), { recursive: true });
  await writeFile(
    join(dir, 'dist', 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP.replace(/'/g, '&#39;')}"></head><body><div id="root"></div></body></html>`,
  );
  await writeFile(join(dir, 'dist', 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside dist');
  ({ server, url } = await startServe({ dist: join(dir, 'dist'), port: 0 }));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** A raw GET: the path goes out exactly as written. */
const get = (path: string, method = 'GET') =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const { port } = new URL(url);
    const outgoing = request({ host: '127.0.0.1', port, path, method }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });

describe('npm run serve', () => {
  it('serves the app with the security headers as HTTP headers', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves hashed assets with their type and a long cache', async () => {
    const asset = await get('/assets/index-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers the app for page paths and 404 for missing files', async () => {
    expect((await get('/offline')).body).toContain('<div id="root">');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside dist', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/.env'])
      expect((await get(path)).body).not.toContain('outside dist');
  });

  it('refuses writes to static files', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('carries the AWS relay, which refuses everything but AWS reads', async () => {
    expect(JSON.parse((await get('/aws-relay/__health')).body)).toMatchObject({ relay: RELAY_SIGNATURE });
    const refused = await get('/aws-relay/169.254.169.254/latest/meta-data/');
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ refused: 'bad-host' });
  });
});
