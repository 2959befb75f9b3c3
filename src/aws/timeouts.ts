/**
 * Every AWS call has a deadline: an endpoint that accepts the connection and never answers would otherwise hold a
 * run for minutes (Node's fetch waits 300 s, and clients retry). 20 s is far above any AWS answer in the chain.
 */
export const AWS_TIMEOUT_MS = 20_000;

/** The SDK v3 clients' request handler settings for a deadline (browser fetch and Node http handlers both read them). */
export const requestHandlerFor = (timeoutMs: number = AWS_TIMEOUT_MS) => ({
  requestTimeout: timeoutMs,
  connectionTimeout: timeoutMs,
});
