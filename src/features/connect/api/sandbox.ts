import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { runVariantSchema } from '@/chain/connection';

/** The local sandbox account's admin API (not AWS): its scenarios and the active scenario's config. */
export const SANDBOX_URL = import.meta.env.VITE_SANDBOX_URL ?? 'http://127.0.0.1:4510';
/**
 * Whether this build is made for a sandbox (`npm start`, a build with VITE_SANDBOX_URL). A team's build for real AWS
 * neither trusts nor looks for one: its CSP would refuse the probe anyway.
 */
export const SANDBOX_CONFIGURED = Boolean(import.meta.env.VITE_SANDBOX_URL) || import.meta.env.DEV;

const scenariosSchema = z.object({
  active: z.string(),
  scenarios: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), expected: z.string() })),
});

export const sandboxConfigSchema = z.object({
  scenario: z.object({ id: z.string(), title: z.string(), expected: z.string() }),
  region: z.string(),
  accountId: z.string(),
  apiId: z.string(),
  amplifyOutputs: z.object({
    auth: z.object({
      aws_region: z.string(),
      user_pool_id: z.string(),
      user_pool_client_id: z.string(),
      identity_pool_id: z.string(),
    }),
    data: z.object({
      url: z.string(),
      aws_region: z.string(),
      default_authorization_type: z.string(),
      authorization_types: z.optional(z.array(z.string())),
    }),
  }),
  endpoints: z.object({
    cognitoIdp: z.string(),
    cognitoIdentity: z.string(),
    cloudtrail: z.string(),
    logs: z.string(),
    iam: z.string(),
    sts: z.optional(z.string()),
    appsyncControl: z.optional(z.string()),
  }),
  testUser: z.object({ username: z.string(), password: z.string() }),
  testQuery: z.string(),
  readOnlyCredentials: z.object({ accessKeyId: z.string(), secretAccessKey: z.string() }),
  /** How the scenario's app differs from the standard run (guest credentials, another auth mode, …). */
  testRun: z.optional(runVariantSchema),
});
export type SandboxConfig = z.infer<typeof sandboxConfigSchema>;

async function getJson<T>(path: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${SANDBOX_URL}${path}`, init);
  } catch {
    throw new Error(
      `The sandbox account at ${SANDBOX_URL} is not reachable. Start it with \`npm start\` (or \`npm run sandbox\`).`,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw new Error(
      `The sandbox answered ${response.status}: ${(body as { message?: string } | undefined)?.message ?? 'no details'}`,
    );
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new Error(`The sandbox at ${SANDBOX_URL} answered something unexpected (is it an older version?).`);
  return parsed.data;
}

export const sandboxScenariosQueryOptions = () =>
  queryOptions({
    queryKey: ['sandbox', SANDBOX_URL, 'scenarios'],
    queryFn: () => getJson('/__sandbox/scenarios', scenariosSchema),
    // `npm start` opens the page while the sandbox may still be starting: look a few times before saying there is none.
    retry: 2,
    retryDelay: 1_000,
    staleTime: Infinity,
  });

/** Switches the sandbox to a scenario (resetting its state) and returns that scenario's config. */
export function switchSandboxScenario(id: string): Promise<SandboxConfig> {
  return getJson('/__sandbox/scenario', sandboxConfigSchema, { method: 'POST', body: JSON.stringify({ id }) });
}
