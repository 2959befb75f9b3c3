import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  checkAppSyncControlRequest,
  checkIamRequest,
  checkSandboxRequest,
  parseRelayTarget,
  type Refusal,
} from './aws-relay-rules.ts';

/**
 * The same-origin AWS relay, one module for `npm run serve` (scripts/serve.ts) and `npm start` (the Vite plugin in
 * vite.config.ts). The browser signs a request for the real AWS host and sends it to `/aws-relay/<host>/<path>` on
 * its own origin; this forwards the signed bytes unchanged to `https://<host>/<path>` and streams the answer back.
 * It never signs, never stores or logs anything of a request (credentials, tokens, bodies), follows no redirect,
 * and forwards only read-only operations of the services without CORS (aws-relay-rules.ts).
 */

export const RELAY_PREFIX = '/aws-relay/';
export const RELAY_HEALTH = '/aws-relay/__health';
/** What `GET /aws-relay/__health` answers: the dashboard looks for it to know the relay is there. */
export const RELAY_SIGNATURE = 'authtrace-aws-relay';

/** Large enough for a SimulatePrincipalPolicy over a thousand field ARNs; IAM reads are far smaller. */
export const MAX_BODY_BYTES = 1024 * 1024;
const TIMEOUT_MS = 30_000;

export interface RelayOptions {
  /** The local sandbox's origin (`http://127.0.0.1:4510`): the one non-AWS host forwarded to, over http. */
  sandboxOrigin?: string;
  /** Tests only: where to connect for an AWS host instead of `https://<host>` (a fake upstream on loopback). */
  connectTo?: (host: string) => URL;
  maxBodyBytes?: number;
  timeoutMs?: number;
}

// Not forwarded: hop-by-hop headers, this origin's cookies and browser context, proxy headers. Everything the SDK
// signed (host, x-amz-*, content-type, authorization…) goes on unchanged; `host` is set to the target host.
const DROPPED_REQUEST = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
  'cookie',
  'origin',
  'referer',
  'forwarded',
  'via',
  'content-length',
]);
const DROPPED_RESPONSE = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  // A 3xx is passed back, not followed, and without its target: the browser must not follow it either.
  'location',
]);

/** Header of every answer the relay writes itself (not AWS's): the SDK middleware in src/aws/relay.ts reads it. */
export const RELAY_ANSWER_HEADER = 'x-authtrace-relay';

function send(
  reply: ServerResponse,
  status: number,
  body: { relay: string; refused?: string; message?: string; services?: string[] },
): void {
  if (reply.headersSent) {
    reply.destroy();
    return;
  }
  reply.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // A fixed token (refusal reason or failure), never request text: safe as a header value.
    [RELAY_ANSWER_HEADER]: body.refused ?? (status === 200 ? 'ok' : 'upstream-failed'),
  });
  reply.end(JSON.stringify(body));
}

function refuseWith(reply: ServerResponse, refusal: Refusal): void {
  send(reply, 403, { relay: RELAY_SIGNATURE, refused: refusal.reason, message: refusal.message });
}

/** Reads the body up to the limit; `undefined` when it is larger (nothing of it is kept). */
async function readBody(message: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(message.headers['content-length'] ?? 0);
  if (declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function forwardedHeaders(message: IncomingMessage, host: string, body: Buffer): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined || DROPPED_REQUEST.has(name) || name.startsWith('sec-') || name.startsWith('x-forwarded-'))
      continue;
    headers[name] = value;
  }
  headers.host = host;
  if (body.length > 0 || message.method === 'POST') headers['content-length'] = String(body.length);
  return headers;
}

/**
 * Handles one request under `/aws-relay/`. Refusals are HTTP 403 with a JSON body saying why; an upstream that
 * cannot be reached is 502, one that does not answer in time 504.
 */
export async function relayAwsRequest(
  message: IncomingMessage,
  reply: ServerResponse,
  options: RelayOptions = {},
): Promise<void> {
  const rawUrl = message.url ?? '';
  const method = message.method ?? 'GET';
  if (rawUrl === RELAY_HEALTH && method === 'GET') {
    send(reply, 200, { relay: RELAY_SIGNATURE, services: ['iam', 'appsync-control'] });
    return;
  }
  const done = (refusal: Refusal) => {
    refuseWith(reply, refusal);
    message.resume();
  };
  // Only this origin's own pages: a page of another site may not make a visitor's browser relay for it.
  if (message.headers['sec-fetch-site'] === 'cross-site')
    return done({ ok: false, reason: 'cross-site', message: "The relay serves this origin's own pages only." });
  const sandbox = options.sandboxOrigin ? new URL(options.sandboxOrigin) : undefined;
  const target = parseRelayTarget(rawUrl, RELAY_PREFIX, sandbox?.host);
  if (!target.ok) return done(target);
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const body = await readBody(message, limit);
  if (!body)
    return done({ ok: false, reason: 'body-too-large', message: `The request body is larger than ${limit} bytes.` });
  const contentType = message.headers['content-type'] ?? '';
  const refusal =
    target.service === 'iam'
      ? checkIamRequest(method, target.path, contentType, body)
      : target.service === 'appsync-control'
        ? checkAppSyncControlRequest(method, target.path, body)
        : checkSandboxRequest(method, target.path, contentType, body);
  if (refusal) return done(refusal);

  const base =
    target.service === 'sandbox' && sandbox
      ? sandbox
      : (options.connectTo?.(target.host) ?? new URL(`https://${target.host}`));
  const secure = base.protocol === 'https:';
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  await new Promise<void>((resolve) => {
    const upstream = (secure ? httpsRequest : httpRequest)(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port || (secure ? 443 : 80),
        method,
        path: target.path,
        headers: forwardedHeaders(message, target.host, body),
        ...(secure ? { servername: target.host } : {}),
        timeout: timeoutMs,
      },
      (answer) => {
        const headers: OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers))
          if (value !== undefined && !DROPPED_RESPONSE.has(name)) headers[name] = value;
        reply.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(reply);
        answer.on('end', resolve);
        answer.on('error', () => {
          reply.destroy();
          resolve();
        });
      },
    );
    upstream.on('timeout', () => {
      upstream.destroy();
      send(reply, 504, { relay: RELAY_SIGNATURE, message: `${target.host} did not answer in time.` });
      resolve();
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (!reply.writableEnded)
        send(reply, 502, {
          relay: RELAY_SIGNATURE,
          message: `Could not reach ${target.host}${error.code ? ` (${error.code})` : ''}.`,
        });
      resolve();
    });
    reply.on('close', () => upstream.destroy());
    upstream.end(body);
  });
}

/** Connect-style middleware (Vite's dev server, `npm start`): handles `/aws-relay/…`, passes the rest on. */
export function awsRelayMiddleware(options: RelayOptions = {}) {
  return (message: IncomingMessage, reply: ServerResponse, next: () => void): void => {
    if (!(message.url ?? '').startsWith(RELAY_PREFIX)) return next();
    relayAwsRequest(message, reply, options).catch(() => send(reply, 502, { relay: RELAY_SIGNATURE }));
  };
}
