import { createContext, type SandboxContext } from '../context.ts';
import type { SandboxRequest } from '../http.ts';
import type { Scenario } from '../scenario.ts';
import { mintTokens } from '../tokens.ts';

/** A context for `scenario` whose clock the test sets (`clock.now = …`). */
export function testContext(
  scenario: Scenario,
  start = Date.UTC(2026, 10, 24, 8, 30),
): { ctx: SandboxContext; clock: { now: number } } {
  const clock = { now: start };
  const ctx = createContext(scenario, 'http://127.0.0.1:4510');
  ctx.now = () => clock.now;
  return { ctx, clock };
}

/** An ID token for the scenario's test user, minted as the user pool service mints it. */
export async function idTokenFor(ctx: SandboxContext): Promise<string> {
  const { userPool, testUsername } = ctx.scenario;
  const user = userPool.users.find((u) => u.username === testUsername);
  const client = userPool.clients[0];
  if (!user || !client) throw new Error('scenario lacks a test user or app client');
  const tokens = await mintTokens(ctx, { user, client, authTime: Math.floor(ctx.now() / 1000), originJti: 'test' });
  return tokens.IdToken;
}

/** A JSON 1.1 request as the router hands it to a service. */
export function jsonRequest(operation: string, body: unknown): SandboxRequest {
  return {
    method: 'POST',
    path: '/',
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/x-amz-json-1.1' },
    body: Buffer.from(JSON.stringify(body)),
    operation,
  };
}

/** A query-protocol (STS) form POST. */
export function formRequest(params: Record<string, string>): SandboxRequest {
  return {
    method: 'POST',
    path: '/',
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'vitest' },
    body: Buffer.from(new URLSearchParams(params).toString()),
  };
}
