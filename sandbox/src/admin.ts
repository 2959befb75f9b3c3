import type { SandboxContext } from './context.ts';
import type { ScenarioOverrides } from './server.ts';
import type { SandboxRequest, SandboxResponse } from './http.ts';
import { listScenarios } from '../scenarios/registry.ts';
import { sandboxConfig } from './config.ts';

interface AdminDeps {
  context(): SandboxContext;
  switchScenario(id: string, overrides?: ScenarioOverrides): SandboxContext;
}

function json(status: number, body: unknown): SandboxResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function badRequest(message: string): SandboxResponse {
  return json(400, { error: 'BadRequest', message });
}

/**
 * The sandbox's own admin API (not AWS): read the active scenario's config, list scenarios, switch scenario.
 * Switching resets all state (tokens, identities, credentials, CloudTrail, logs).
 */
export function handleAdmin(request: SandboxRequest, deps: AdminDeps): SandboxResponse {
  const route = `${request.method} ${request.path}`;
  switch (route) {
    case 'GET /__sandbox/health':
      return json(200, { ok: true, scenario: deps.context().scenario.id });
    case 'GET /__sandbox/config':
      return json(200, sandboxConfig(deps.context()));
    case 'GET /__sandbox/scenarios':
      return json(200, {
        active: deps.context().scenario.id,
        scenarios: listScenarios().map(({ id, title, description, expected }) => ({
          id,
          title,
          description,
          expected,
        })),
      });
    case 'POST /__sandbox/scenario': {
      let input: unknown;
      try {
        input = JSON.parse(request.body.toString('utf8'));
      } catch {
        return badRequest('Body must be JSON like {"id": "healthy"}.');
      }
      if (!input || typeof input !== 'object' || typeof (input as { id?: unknown }).id !== 'string') {
        return badRequest('Body must be JSON like {"id": "healthy"} (optionally "noiseEvents": <count>).');
      }
      const { id, noiseEvents } = input as { id: string; noiseEvents?: unknown };
      if (
        noiseEvents !== undefined &&
        (typeof noiseEvents !== 'number' || !Number.isInteger(noiseEvents) || noiseEvents < 0 || noiseEvents > 100_000)
      ) {
        return badRequest('"noiseEvents" must be a whole number from 0 to 100000.');
      }
      const known = listScenarios().map((s) => s.id);
      if (!known.includes(id)) return badRequest(`Unknown scenario "${id}". Known: ${known.join(', ')}.`);
      return json(200, sandboxConfig(deps.switchScenario(id, typeof noiseEvents === 'number' ? { noiseEvents } : {})));
    }
    default:
      return json(404, {
        error: 'NotFound',
        message: `No admin route ${route}. Try GET /__sandbox/config, GET /__sandbox/scenarios or POST /__sandbox/scenario.`,
      });
  }
}
