import * as z from 'zod/mini';

/**
 * Authtrace's same-origin AWS relay (scripts/aws-relay.ts, served by `npm run serve` and `npm start`). IAM and
 * AppSync's control plane answer no CORS (aws-sdk-js SERVICES.md; aws/aws-sdk-js #1957, #2041), so a browser reads
 * them only through it: the SDK signs for the real host, then the request goes to `<origin>/aws-relay/<host><path>`,
 * which forwards it unchanged. On a plain static host there is no relay and those reads fall back to the CLI and
 * the paste fields.
 */

export const RELAY_PATH = '/aws-relay';
const healthSchema = z.object({ relay: z.literal('authtrace-aws-relay') });

const found = new Map<string, Promise<string | undefined>>();

/**
 * The relay's base URL (`https://team.example/aws-relay`) when the page's origin serves one; once found, kept.
 * Node (the CLI) has no page and needs no relay: IAM is read directly there.
 */
export function findRelay(
  origin = typeof location === 'undefined' ? undefined : location.origin,
): Promise<string | undefined> {
  if (!origin || !/^https?:/.test(origin)) return Promise.resolve(undefined);
  const known = found.get(origin);
  if (known) return known;
  const asked = fetch(`${origin}${RELAY_PATH}/__health`, { cache: 'no-store', credentials: 'omit' })
    .then(async (response) => {
      // A static host answers its index.html (200, HTML) or a 404: only the relay's own JSON counts.
      if (!response.ok) return undefined;
      return healthSchema.safeParse(await response.json().catch(() => undefined)).success
        ? `${origin}${RELAY_PATH}`
        : undefined;
    })
    .catch(() => undefined);
  found.set(origin, asked);
  // Only a relay found is kept: a page whose relay did not answer (yet) asks again on its next run.
  void asked.then((relay) => {
    if (!relay) found.delete(origin);
  });
  return asked;
}

/** The part of a signed smithy `HttpRequest` the relay rewrites. */
interface SignedRequest {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
}

/** Where a request signed for `host` goes through the relay at `relayBase`. */
export function relayedRequest<R extends SignedRequest>(request: R, relayBase: string): R {
  const relay = new URL(relayBase);
  const host = `${request.hostname}${request.port ? `:${request.port}` : ''}`;
  return {
    ...request,
    protocol: relay.protocol,
    hostname: relay.hostname,
    port: relay.port ? Number(relay.port) : undefined,
    path: `${relay.pathname.replace(/\/$/, '')}/${host}${request.path.startsWith('/') ? '' : '/'}${request.path}`,
  };
}

type Middleware = (
  next: (args: { request: unknown }) => Promise<unknown>,
) => (args: { request: unknown }) => Promise<unknown>;

/**
 * Sends every request of an AWS SDK v3 client through the relay, after it is signed: the signature stays the real
 * host's (its `host` header is signed; the relay sets it again on the way out). Any v3 client of a service without
 * CORS can use it, e.g. AppSync's control plane: `relayThrough(new AppSyncClient({ region }), relay)`.
 */
export function relayThrough(
  client: { middlewareStack: { add: (...args: never[]) => void; addRelativeTo: (...args: never[]) => void } },
  relayBase: string,
): void {
  const addRelativeTo = client.middlewareStack.addRelativeTo as (
    middleware: Middleware,
    options: { relation: 'after'; toMiddleware: string; name: string },
  ) => void;
  addRelativeTo(
    (next) => (args) => {
      const request = args.request as Partial<SignedRequest>;
      if (typeof request.hostname !== 'string' || typeof request.path !== 'string') return next(args);
      return next({ ...args, request: relayedRequest(request as SignedRequest, relayBase) });
    },
    { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'authtraceAwsRelay' },
  );
  // The relay's own refusals and failures (JSON, not the service's format) become one clear error before the
  // service's deserializer reads them as a garbled AWS answer.
  const add = client.middlewareStack.add as (
    middleware: Middleware,
    options: { step: 'deserialize'; priority: 'low'; name: string },
  ) => void;
  add(
    (next) => async (args) => {
      const output = await next(args);
      const response = (output as { response?: { statusCode?: number; headers?: Record<string, string> } }).response;
      const answer = response?.headers?.[RELAY_ANSWER_HEADER];
      if (answer && answer !== 'ok' && (response?.statusCode ?? 0) >= 400) throw relayError(answer);
      return output;
    },
    { step: 'deserialize', priority: 'low', name: 'authtraceAwsRelayAnswer' },
  );
}

const RELAY_ANSWER_HEADER = 'x-authtrace-relay';

function relayError(answer: string): Error {
  const message =
    answer === 'upstream-failed'
      ? 'Authtrace’s relay could not reach AWS (or AWS did not answer in time).'
      : `Authtrace’s relay refused the request (${answer.slice(0, 40)}): it forwards only read-only IAM and AppSync control-plane calls to AWS hosts.`;
  return Object.assign(new Error(message), {
    name: answer === 'upstream-failed' ? 'RelayUpstreamFailed' : 'RelayRefused',
  });
}
