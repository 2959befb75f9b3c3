import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, RELAY_SIGNATURE, relayAwsRequest } from './aws-relay.ts';

/** What the fake upstream saw: the relay must forward only what it allows, and unchanged. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let upstream: Server;
let upstreamOrigin = '';
let elsewhere: Server;
let elsewhereHits = 0;
let relay: Server;
let relayPort = 0;
let seen: Seen[] = [];
let answer: { status: number; headers: Record<string, string>; body: string } = {
  status: 200,
  headers: {},
  body: '',
};

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

beforeAll(async () => {
  upstream = createServer((message, reply) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => {
      seen.push({
        method: message.method ?? '',
        url: message.url ?? '',
        headers: message.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      reply.writeHead(answer.status, answer.headers);
      reply.end(answer.body);
    });
  });
  upstreamOrigin = `http://127.0.0.1:${await listen(upstream)}`;
  elsewhere = createServer((_, reply) => {
    elsewhereHits += 1;
    reply.end('followed');
  });
  await listen(elsewhere);
  relay = createServer((message, reply) => {
    void relayAwsRequest(message, reply, {
      sandboxOrigin: upstreamOrigin,
      // Every AWS host connects to the fake upstream on loopback instead of https://<host>.
      connectTo: () => new URL(upstreamOrigin),
    });
  });
  relayPort = await listen(relay);
});

afterAll(async () => {
  for (const server of [relay, upstream, elsewhere]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

beforeEach(() => {
  seen = [];
  elsewhereHits = 0;
  answer = { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'r-1' }, body: '<ok/>' };
});

/** A raw request to the relay: the path is sent exactly as written (no URL normalisation). */
function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: relayPort, method: init.method ?? 'POST', path, headers: init.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
const iamCall = (host: string, action: string, extra = '') =>
  send(`/aws-relay/${host}/`, {
    headers: {
      ...FORM,
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/iam/aws4_request',
      'x-amz-date': '20260101T000000Z',
    },
    body: `Action=${action}&Version=2010-05-08${extra}`,
  });

function expectRefused(response: { status: number; headers: IncomingHttpHeaders; body: string }, reason?: string) {
  expect(response.status).toBe(403);
  const body = JSON.parse(response.body) as { relay: string; refused: string; message: string };
  expect(body.relay).toBe(RELAY_SIGNATURE);
  expect(body.message).toEqual(expect.any(String));
  if (reason) expect(body.refused).toBe(reason);
  expect(response.headers['x-authtrace-relay']).toBe(body.refused);
  expect(seen).toEqual([]);
}

describe('the AWS relay', () => {
  it('says it is there', async () => {
    const response = await send('/aws-relay/__health', { method: 'GET' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ relay: RELAY_SIGNATURE });
  });

  it('forwards an IAM read unchanged to the real host and streams the answer back', async () => {
    const body = 'Action=GetRole&RoleName=app-role&Version=2010-05-08';
    const response = await send('/aws-relay/iam.amazonaws.com/', {
      headers: {
        ...FORM,
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/iam/aws4_request, Signature=abc',
        'x-amz-date': '20260101T000000Z',
        'x-amz-security-token': 'session-token',
        cookie: 'team-session=1',
        origin: 'http://127.0.0.1',
        'sec-fetch-site': 'same-origin',
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.body).toBe('<ok/>');
    expect(response.headers['x-amzn-requestid']).toBe('r-1');
    expect(seen).toHaveLength(1);
    const [forwarded] = seen;
    expect(forwarded?.method).toBe('POST');
    expect(forwarded?.url).toBe('/');
    expect(forwarded?.body).toBe(body);
    expect(forwarded?.headers.host).toBe('iam.amazonaws.com');
    expect(forwarded?.headers.authorization).toMatch(/Signature=abc$/);
    expect(forwarded?.headers['x-amz-security-token']).toBe('session-token');
    expect(forwarded?.headers['content-type']).toBe(FORM['content-type']);
    // This origin's cookies and the browser's context stay here.
    expect(forwarded?.headers.cookie).toBeUndefined();
    expect(forwarded?.headers.origin).toBeUndefined();
    expect(forwarded?.headers['sec-fetch-site']).toBeUndefined();
  });

  it.each([
    'ListRolePolicies',
    'GetRolePolicy',
    'ListAttachedRolePolicies',
    'GetPolicyVersion',
    'SimulatePrincipalPolicy',
  ])('forwards iam:%s', async (action) => {
    expect((await iamCall('iam.amazonaws.com', action)).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('passes AWS error statuses through', async () => {
    answer = {
      status: 403,
      headers: { 'content-type': 'text/xml' },
      body: '<ErrorResponse>AccessDenied</ErrorResponse>',
    };
    const response = await iamCall('iam.amazonaws.com', 'GetRole');
    expect(response.status).toBe(403);
    expect(response.body).toContain('AccessDenied');
  });

  it('forwards AppSync control-plane reads', async () => {
    for (const path of [
      '/v1/apis/abc123',
      '/v1/apis/abc123/schema?format=SDL&includeDirectives=true',
      '/v1/apis/abc123/types/Query/resolvers',
      '/v1/apis/abc123/types/Query/resolvers/getNote',
      '/v1/apis/abc123/functions',
      '/v1/apis/abc123/functions/fn_1',
    ])
      expect((await send(`/aws-relay/appsync.eu-west-1.amazonaws.com${path}`, { method: 'GET' })).status).toBe(200);
    expect(seen.map((s) => s.url)).toContain('/v1/apis/abc123/schema?format=SDL&includeDirectives=true');
    expect(seen.every((s) => s.headers.host === 'appsync.eu-west-1.amazonaws.com')).toBe(true);
  });

  it('forwards to the configured sandbox over http, IAM reads only', async () => {
    const host = new URL(upstreamOrigin).host;
    expect((await iamCall(host, 'GetRole', '&RoleName=r')).status).toBe(200);
    expect(seen[0]?.headers.host).toBe(host);
    seen = [];
    expectRefused(await iamCall(host, 'DeleteRole', '&RoleName=r'), 'not-read-only');
    // STS on the sandbox answers CORS itself: not relayed.
    expectRefused(
      await send(`/aws-relay/${host}/`, { headers: FORM, body: 'Action=AssumeRoleWithWebIdentity&Version=2011-06-15' }),
    );
  });

  describe('refuses anything else (never an open proxy)', () => {
    it.each([
      ['the instance metadata address', '169.254.169.254/latest/meta-data/'],
      ['a localhost port', '127.0.0.1:22/'],
      ['localhost by name', 'localhost/'],
      ['an IPv6 literal', '[::1]/'],
      ['a decimal IP', '2852039166/'],
      ['userinfo', 'user@iam.amazonaws.com/'],
      ['a port on an AWS host', 'iam.amazonaws.com:8443/'],
      ['a look-alike suffix', 'iam.amazonaws.com.evil.example/'],
      ['a look-alike domain', 'iam.evilamazonaws.com/'],
      ['amazonaws.com itself', 'amazonaws.com/'],
      ['upper case', 'IAM.amazonaws.com/'],
      ['an encoded slash', 'iam.amazonaws.com%2F@evil.example/'],
      ['a trailing dot', 'iam.amazonaws.com./'],
      ['an empty label', 'iam..amazonaws.com/'],
      ['another host', 'example.com/'],
      ['another AWS service', 's3.amazonaws.com/'],
      ['a bucket host', 'iam.s3.amazonaws.com/'],
      ['the GraphQL data plane', 'abc.appsync-api.us-east-1.amazonaws.com/graphql'],
      ['a dot segment', 'iam.amazonaws.com/../'],
      ['a double slash', 'iam.amazonaws.com//evil.example/'],
      ['a backslash', 'iam.amazonaws.com/\\evil'],
      ['another sandbox port', `127.0.0.1:1/`],
    ])('%s', async (_, target) => {
      expectRefused(
        await send(`/aws-relay/${target}`, { headers: FORM, body: 'Action=GetRole&Version=2010-05-08&RoleName=r' }),
      );
    });

    it.each(['PutRolePolicy', 'DeleteRole', 'CreateAccessKey', 'AttachRolePolicy', 'UpdateAssumeRolePolicy'])(
      'the IAM write %s',
      async (action) => expectRefused(await iamCall('iam.amazonaws.com', action), 'not-read-only'),
    );

    it('a write hidden next to a read', async () => {
      expectRefused(await iamCall('iam.amazonaws.com', 'GetRole', '&Action=DeleteRole'));
      expectRefused(await iamCall('iam.amazonaws.com', 'GetRole', '&action=DeleteRole'));
      expectRefused(await iamCall('iam.amazonaws.com', 'GetRole', ';Action=DeleteRole'));
      expectRefused(
        await send('/aws-relay/iam.amazonaws.com/?Action=DeleteRole', {
          headers: FORM,
          body: 'Action=GetRole&Version=2010-05-08',
        }),
      );
      expectRefused(await send('/aws-relay/iam.amazonaws.com/?Action=DeleteRole&RoleName=r', { method: 'GET' }));
      expectRefused(
        await send('/aws-relay/iam.amazonaws.com/', {
          headers: { 'content-type': 'application/json' },
          body: 'Action=GetRole',
        }),
      );
    });

    it('AppSync control-plane writes and secrets', async () => {
      const host = 'appsync.us-east-1.amazonaws.com';
      expectRefused(await send(`/aws-relay/${host}/v1/apis`, { body: '{"name":"x"}' }));
      expectRefused(await send(`/aws-relay/${host}/v1/apis/abc123`, { method: 'DELETE' }));
      expectRefused(await send(`/aws-relay/${host}/v1/apis/abc123/schemacreation`, { body: '{}' }));
      expectRefused(await send(`/aws-relay/${host}/v1/apis/abc123/apikeys`, { method: 'GET' }));
      expectRefused(await send(`/aws-relay/${host}/v1/apis/abc123/environmentVariables`, { method: 'GET' }));
    });

    it('an oversized body', async () => {
      const big = `Action=GetRole&Version=2010-05-08&RoleName=${'a'.repeat(MAX_BODY_BYTES)}`;
      expectRefused(await send('/aws-relay/iam.amazonaws.com/', { headers: FORM, body: big }), 'body-too-large');
    });

    it('a request from another site', async () => {
      expectRefused(
        await send('/aws-relay/iam.amazonaws.com/', {
          headers: { ...FORM, 'sec-fetch-site': 'cross-site' },
          body: 'Action=GetRole&Version=2010-05-08',
        }),
        'cross-site',
      );
    });
  });

  it('returns a redirect without following it, and without its target', async () => {
    answer = {
      status: 302,
      headers: { location: `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/` },
      body: '',
    };
    const response = await iamCall('iam.amazonaws.com', 'GetRole');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBeUndefined();
    expect(elsewhereHits).toBe(0);
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const lonely = createServer((message, reply) => {
      void relayAwsRequest(message, reply, { connectTo: () => new URL(`http://127.0.0.1:${port}`) });
    });
    const lonelyPort = await listen(lonely);
    const response = await fetch(`http://127.0.0.1:${lonelyPort}/aws-relay/iam.amazonaws.com/`, {
      method: 'POST',
      headers: FORM,
      body: 'Action=GetRole&Version=2010-05-08',
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ relay: RELAY_SIGNATURE });
    lonely.closeAllConnections();
    await new Promise((resolve) => lonely.close(resolve));
  });
});
