import type { SandboxContext } from './context.ts';
import type { ScenarioOverrides } from './server.ts';
import type { SandboxRequest, SandboxResponse } from './http.ts';
import { listScenarios } from '../scenarios/registry.ts';
import { sandboxConfig } from './config.ts';
import type { Unconfirmed } from './scenario.ts';

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
 * The sandbox's own admin API (not AWS): read the active scenario's config, list scenarios, switch scenario, and
 * apply a role policy (as the customer would apply a fix). Switching resets all state (tokens, identities,
 * credentials, CloudTrail, logs).
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
      const parsed = parseSwitch(input);
      if (typeof parsed === 'string') return badRequest(parsed);
      const known = listScenarios().map((s) => s.id);
      if (!known.includes(parsed.id)) return badRequest(`Unknown scenario "${parsed.id}". Known: ${known.join(', ')}.`);
      return json(200, sandboxConfig(deps.switchScenario(parsed.id, parsed.overrides)));
    }
    case 'POST /__sandbox/put-role-policy':
      return putRolePolicy(request, deps.context());
    default:
      return json(404, {
        error: 'NotFound',
        message: `No admin route ${route}. Try GET /__sandbox/config, GET /__sandbox/scenarios, POST /__sandbox/scenario or POST /__sandbox/put-role-policy.`,
      });
  }
}

const COUNTS = { noiseEvents: 100_000, deliveryDelaySeconds: 3600, lookupCallsPerSecond: 1000 } as const;

/** Validates `{ id, noiseEvents?, deliveryDelaySeconds?, lookupCallsPerSecond?, readOnlyDeny?, readOnlyAllow? }`; a string is the error. */
function parseSwitch(input: unknown): { id: string; overrides: ScenarioOverrides } | string {
  const usage =
    'Body must be JSON like {"id": "healthy"} (optional: "noiseEvents", "deliveryDelaySeconds", "lookupCallsPerSecond", "readOnlyDeny": ["cloudtrail:LookupEvents"], "readOnlyAllow": ["iam:GetRole"], "stsEndpoint": "global", "appsyncForwardedHost": "api.example.com", "unconfirmed": {"usernameSelectsIdentityId": false, "failedWebIdentityMessage": "not-authorized", "exposedHeaders": "none"}).';
  if (!input || typeof input !== 'object' || typeof (input as { id?: unknown }).id !== 'string') return usage;
  const body = input as Record<string, unknown>;
  const overrides: ScenarioOverrides = {};
  for (const [key, max] of Object.entries(COUNTS) as [keyof typeof COUNTS, number][]) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max)
      return `"${key}" must be a whole number from 0 to ${max}.`;
    overrides[key] = value;
  }
  if (body.readOnlyDeny !== undefined) {
    if (
      !Array.isArray(body.readOnlyDeny) ||
      !body.readOnlyDeny.every((a) => typeof a === 'string' && /^[a-z0-9-]+:[A-Za-z*]+$/.test(a))
    )
      return '"readOnlyDeny" must be a list of IAM actions like "cloudtrail:LookupEvents".';
    overrides.readOnlyDeny = body.readOnlyDeny as string[];
  }
  if (body.readOnlyAllow !== undefined) {
    if (
      !Array.isArray(body.readOnlyAllow) ||
      !body.readOnlyAllow.every((a) => typeof a === 'string' && /^[a-z0-9-]+:[A-Za-z*]+$/.test(a))
    )
      return '"readOnlyAllow" must be a list of IAM actions like "iam:GetRole".';
    overrides.readOnlyAllow = body.readOnlyAllow as string[];
  }
  if (body.stsEndpoint !== undefined) {
    if (body.stsEndpoint !== 'regional' && body.stsEndpoint !== 'global')
      return '"stsEndpoint" must be "regional" or "global".';
    overrides.stsEndpoint = body.stsEndpoint;
  }
  if (body.appsyncForwardedHost !== undefined) {
    if (
      typeof body.appsyncForwardedHost !== 'string' ||
      !/^[a-z0-9.-]{1,253}(:\d{1,5})?$/i.test(body.appsyncForwardedHost)
    )
      return '"appsyncForwardedHost" must be a host name like "api.example.com".';
    overrides.appsyncForwardedHost = body.appsyncForwardedHost;
  }
  if (body.unconfirmed !== undefined) {
    const parsed = parseUnconfirmed(body.unconfirmed);
    if (typeof parsed === 'string') return parsed;
    overrides.unconfirmed = parsed;
  }
  return { id: body.id as string, overrides };
}

/**
 * Test-only: `{ roleName, policyName, policyDocument }` adds (or, for the same name, replaces) an inline policy of a
 * role in the active scenario, with IAM PutRolePolicy's semantics ("Adds or updates an inline policy document that
 * is embedded in the specified IAM role", IAM API Reference, PutRolePolicy) but none of its checks (no SigV4, no
 * policy grammar validation, no quotas). It changes only the running scenario: the tokens, credentials, CloudTrail
 * and logs so far are kept, and switching scenario restores the file's policies. This is how a test (or the demo)
 * applies the customer's fix and re-runs the chain against the same account.
 */
function putRolePolicy(request: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  const usage =
    'Body must be JSON like {"roleName": "authtrace-demo-authenticated", "policyName": "fix", "policyDocument": {"Version": "2012-10-17", "Statement": [...]}}.';
  let input: unknown;
  try {
    input = JSON.parse(request.body.toString('utf8'));
  } catch {
    return badRequest(usage);
  }
  const body = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const { roleName, policyName, policyDocument } = body;
  if (typeof roleName !== 'string' || typeof policyName !== 'string' || !/^[\w+=,.@-]{1,128}$/.test(policyName))
    return badRequest(usage);
  const document = policyDocument as { Statement?: unknown } | undefined;
  if (!document || typeof document !== 'object' || document.Statement === undefined) return badRequest(usage);
  const role = ctx.scenario.roles.find((r) => r.name === roleName);
  if (!role)
    return badRequest(
      `No role "${roleName}" in scenario ${ctx.scenario.id}. Roles: ${ctx.scenario.roles.map((r) => r.name).join(', ')}.`,
    );
  role.inlinePolicies[policyName] = document as (typeof role.inlinePolicies)[string];
  return json(200, { ok: true, role: role.name, inlinePolicies: Object.keys(role.inlinePolicies) });
}

/**
 * `{ usernameSelectsIdentityId?: boolean, failedWebIdentityMessage?: 'unknown-error' | 'not-authorized',
 * exposedHeaders?: 'listed' | 'none' }`.
 */
function parseUnconfirmed(input: unknown): Partial<Unconfirmed> | string {
  const usage =
    '"unconfirmed" must be an object like {"usernameSelectsIdentityId": false, "failedWebIdentityMessage": "not-authorized", "exposedHeaders": "none"}.';
  if (!input || typeof input !== 'object' || Array.isArray(input)) return usage;
  const { usernameSelectsIdentityId, failedWebIdentityMessage, exposedHeaders, ...rest } = input as Record<
    string,
    unknown
  >;
  if (Object.keys(rest).length > 0) return usage;
  const out: Partial<Unconfirmed> = {};
  if (usernameSelectsIdentityId !== undefined) {
    if (typeof usernameSelectsIdentityId !== 'boolean') return usage;
    out.usernameSelectsIdentityId = usernameSelectsIdentityId;
  }
  if (failedWebIdentityMessage !== undefined) {
    if (failedWebIdentityMessage !== 'unknown-error' && failedWebIdentityMessage !== 'not-authorized') return usage;
    out.failedWebIdentityMessage = failedWebIdentityMessage;
  }
  if (exposedHeaders !== undefined) {
    if (exposedHeaders !== 'listed' && exposedHeaders !== 'none') return usage;
    out.exposedHeaders = exposedHeaders;
  }
  return out;
}
