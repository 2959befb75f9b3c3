import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRelay, relayedRequest } from './relay';

describe('relayedRequest', () => {
  const signed: { method: string; protocol: string; hostname: string; port?: number; path: string; headers: object } = {
    method: 'POST',
    protocol: 'https:',
    hostname: 'iam.amazonaws.com',
    path: '/',
    headers: { host: 'iam.amazonaws.com', authorization: 'AWS4-HMAC-SHA256 …' },
  };

  it('sends a request signed for the real host to <relay>/<host><path>, headers untouched', () => {
    const relayed = relayedRequest(signed, 'https://authtrace.example/aws-relay');
    expect(relayed).toMatchObject({
      protocol: 'https:',
      hostname: 'authtrace.example',
      path: '/aws-relay/iam.amazonaws.com/',
    });
    expect(relayed.port).toBeUndefined();
    expect(relayed.headers).toBe(signed.headers);
    expect(signed.hostname).toBe('iam.amazonaws.com'); // the signed request itself is not changed
  });

  it('keeps the signed host’s port (the sandbox) and the relay’s', () => {
    const relayed = relayedRequest(
      { ...signed, protocol: 'http:', hostname: '127.0.0.1', port: 4510, path: '/v1/apis/abc/schema' },
      'http://127.0.0.1:4173/aws-relay/',
    );
    expect(relayed).toMatchObject({
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4173,
      path: '/aws-relay/127.0.0.1:4510/v1/apis/abc/schema',
    });
  });
});

describe('findRelay', () => {
  let relay: Server;
  let staticHost: Server;
  const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  beforeAll(async () => {
    relay = createServer((message, reply) => {
      reply.writeHead(message.url === '/aws-relay/__health' ? 200 : 404, { 'content-type': 'application/json' });
      reply.end(JSON.stringify({ relay: 'authtrace-aws-relay' }));
    });
    // A plain static host answers every path with the app's index.html.
    staticHost = createServer((_, reply) => {
      reply.writeHead(200, { 'content-type': 'text/html' });
      reply.end('<!doctype html><div id="root"></div>');
    });
    for (const server of [relay, staticHost])
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const server of [relay, staticHost]) await new Promise((resolve) => server.close(resolve));
  });

  it('finds the relay where the origin serves one', async () => {
    expect(await findRelay(origin(relay))).toBe(`${origin(relay)}/aws-relay`);
  });

  it('asks again after a miss (a relay that was not up yet), keeps a relay once found', async () => {
    let up = false;
    let asked = 0;
    const late = createServer((_, reply) => {
      asked += 1;
      reply.writeHead(up ? 200 : 503, { 'content-type': 'application/json' });
      reply.end(JSON.stringify({ relay: 'authtrace-aws-relay' }));
    });
    await new Promise<void>((resolve) => late.listen(0, '127.0.0.1', resolve));
    expect(await findRelay(origin(late))).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0)); // the miss is forgotten after it settles
    up = true;
    expect(await findRelay(origin(late))).toBe(`${origin(late)}/aws-relay`);
    expect(await findRelay(origin(late))).toBe(`${origin(late)}/aws-relay`);
    expect(asked).toBe(2);
    late.closeAllConnections();
    await new Promise((resolve) => late.close(resolve));
  });

  it('finds none on a static host, on an unreachable origin, or without a page', async () => {
    expect(await findRelay(origin(staticHost))).toBeUndefined();
    expect(await findRelay('http://127.0.0.1:9')).toBeUndefined();
    expect(await findRelay(undefined)).toBeUndefined();
    expect(await findRelay('file://')).toBeUndefined();
  });
});
