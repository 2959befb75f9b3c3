// `npm run serve [-- --port N] [--host H] [--sandbox URL]`: the production server for the build in dist/. Static
// files with the security headers as HTTP headers, and the same-origin AWS relay (scripts/aws-relay.ts).
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RELAY_PREFIX, relayAwsRequest, type RelayOptions } from './aws-relay.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The headers every answer carries. The CSP is the build's own (the `<meta>` vite.config.ts puts in index.html)
 * plus `frame-ancestors 'none'`, which only works as a header (CSP Level 3, "frame-ancestors").
 */
export function securityHeaders(indexHtml: string): Record<string, string> {
  const meta = indexHtml.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i)?.[1];
  if (!meta) throw new Error('dist/index.html has no Content-Security-Policy: build it with `npm run build`.');
  const policy = meta
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return {
    'content-security-policy': `${policy}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    // A share link's case lives in the URL fragment; no Referer ever leaves the page.
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

export interface ServeOptions {
  dist: string;
  port?: number;
  host?: string;
  relay?: RelayOptions;
}

export async function startServe(options: ServeOptions): Promise<{ url: string; server: Server }> {
  const root = resolve(options.dist);
  const index = await readFile(join(root, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No build in ${root}: run \`npm run build\` first.`);
  });
  const headers = securityHeaders(index);

  const answer = (reply: ServerResponse, status: number, type: string, body: Buffer | string, extra = {}) => {
    reply.writeHead(status, { ...headers, 'content-type': type, ...extra });
    reply.end(body);
  };

  const serveStatic = async (message: IncomingMessage, reply: ServerResponse) => {
    if (message.method !== 'GET' && message.method !== 'HEAD')
      return answer(reply, 405, 'text/plain; charset=utf-8', 'Method not allowed.', { allow: 'GET, HEAD' });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(message.url ?? '/', 'http://serve.invalid').pathname);
    } catch {
      return answer(reply, 400, 'text/plain; charset=utf-8', 'Bad path.');
    }
    const file = normalize(join(root, pathname));
    const inside = file === root || file.startsWith(root + sep);
    if (!inside || pathname.includes('\0') || /(^|\/)\./.test(pathname))
      return answer(reply, 404, 'text/plain; charset=utf-8', 'Not found.');
    const found = await stat(file).catch(() => undefined);
    if (found?.isFile()) {
      const body = await readFile(file);
      // Vite names assets by content hash: they never change under their name.
      const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return answer(
        reply,
        200,
        TYPES[extname(file)] ?? 'application/octet-stream',
        message.method === 'HEAD' ? '' : body,
        {
          'cache-control': cache,
        },
      );
    }
    // The app routes in the URL fragment (#/share/…, #/offline): any page path gets the app, a missing file a 404.
    if (extname(pathname) === '')
      return answer(reply, 200, TYPES['.html'] ?? 'text/html', message.method === 'HEAD' ? '' : index, {
        'cache-control': 'no-cache',
      });
    return answer(reply, 404, 'text/plain; charset=utf-8', 'Not found.');
  };

  const server = createServer((message, reply) => {
    const work = (message.url ?? '').startsWith(RELAY_PREFIX)
      ? relayAwsRequest(message, reply, options.relay)
      : serveStatic(message, reply);
    work.catch(() => {
      if (!reply.headersSent) answer(reply, 500, 'text/plain; charset=utf-8', 'Internal error.');
      else reply.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 4173, host, done);
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, server };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      sandbox: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: not a port number.`);
  // The sandbox is relayed only when asked for (`npm start` and the e2e tests do): a team server relays AWS only.
  const sandboxOrigin = values.sandbox ?? process.env.AUTHTRACE_RELAY_SANDBOX;
  const { url } = await startServe({
    dist: values.dist ?? fileURLToPath(new URL('../dist', import.meta.url)),
    port,
    ...(values.host ? { host: values.host } : {}),
    relay: sandboxOrigin ? { sandboxOrigin: new URL(sandboxOrigin).origin } : {},
  });
  console.log(
    `Authtrace: ${url} (AWS relay at ${RELAY_PREFIX}${sandboxOrigin ? `, and to the sandbox at ${sandboxOrigin}` : ''})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  });
}
