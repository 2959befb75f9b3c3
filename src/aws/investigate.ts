import { assembleCase, mergeEvidence, type Evidence } from '@/chain/assemble';
import type { Case, Lookup } from '@/chain/case';
import type { Connection, ReadOnlyCredentials } from '@/chain/connection';
import { loopbackTrust, readOnlyCredentialsMayGo, type Service, type TrustContext } from '@/chain/endpoint-trust';
import { planNext, SIGNER_SUBJECT, type Ask, type AskKind } from '@/chain/plan';
import { scrubValue } from '@/chain/secrets';
import type { ChainRunInput } from './amplify-chain';
import type { SearchProgress } from './cloudtrail';
import { SOURCES, type SourceEnv, type Sources } from './sources';

export interface InvestigationInput extends ChainRunInput {
  /** The engineer's read-only credentials; without them only what the run itself shows is collected. */
  readOnly?: ReadOnlyCredentials;
  /** How long to keep looking for a CloudTrail record that is not delivered yet (ms; 0: one look). */
  waitForRecordMs?: number;
  /** Stops the investigation (between asks, and while it waits for CloudTrail). */
  signal?: AbortSignal;
  onSearchProgress?: (progress: SearchProgress) => void;
  /**
   * Which non-AWS origins may receive the read-only credentials: the configured sandbox. Without it, only a sandbox
   * on this machine's loopback (the CLI's and the tests' default; the dashboard always states its sandbox).
   */
  trust?: TrustContext;
  /** Called when the investigation starts waiting for CloudTrail, with a function that ends that wait now. */
  onWait?: (lookNow: () => void) => void;
}

/** Where an investigation stands: the case so far, and what it is doing now. */
export type InvestigationState =
  | { phase: 'asking'; case: Case; asking: AskKind[] }
  | { phase: 'waiting'; case: Case; until: number; waitingFor: AskKind[] }
  | { phase: 'done'; case: Case };

// A guard against a source that records nothing (the planner would ask it again): far above 15 min of polling.
const MAX_ROUNDS = 200;

function sleep(ms: number, signal?: AbortSignal, onWait?: (lookNow: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, Math.max(0, ms));
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    onWait?.(() => (clearTimeout(timer), resolve()));
  });
}

/** The service each read goes to with the read-only credentials, and how its lookup is filed. */
const READS: Partial<Record<AskKind, { service: Service; source: Lookup['source']; ask: Lookup['ask'] }>> = {
  'sts-record': { service: 'cloudtrail', source: 'cloudtrail', ask: 'sts-record-by-identity' },
  'signer-record': { service: 'cloudtrail', source: 'cloudtrail', ask: 'sts-record-by-event-name' },
  'identity-pool': { service: 'cognitoIdentity', source: 'cognito-identity', ask: 'identity-pool' },
  'role-policies': { service: 'iam', source: 'iam', ask: 'role-policies' },
  'simulate-policy': { service: 'iam', source: 'iam', ask: 'simulate-policy' },
  'appsync-logs': { service: 'logs', source: 'logs', ask: 'appsync-logs' },
  'appsync-auth': { service: 'appsyncControl', source: 'appsync', ask: 'appsync-schema' },
};

const subjectOf = (ask: Ask): string | undefined =>
  ask.kind === 'role-policies' || ask.kind === 'simulate-policy'
    ? (ask.roleArn.split('/').pop() ?? ask.roleArn)
    : ask.kind === 'appsync-logs'
      ? ask.requestId
      : ask.kind === 'signer-record'
        ? SIGNER_SUBJECT
        : undefined;

/** A read whose endpoint is not AWS's own host (nor the sandbox): the credentials stay home, the case says why. */
function withheld(ask: Ask, env: SourceEnv, trust: TrustContext): Evidence | undefined {
  const read = READS[ask.kind];
  if (!read) return undefined;
  const url = env.connection.endpoints[read.service as keyof Connection['endpoints']];
  if (readOnlyCredentialsMayGo(read.service, url, trust)) return undefined;
  const subject = subjectOf(ask);
  return {
    lookups: [
      {
        source: read.source,
        ask: read.ask,
        ...(subject !== undefined ? { subject } : {}),
        query: {},
        calls: 0,
        outcome: 'error',
        error: {
          name: 'EndpointNotTrusted',
          message: `Not sent: the config points ${read.service} at ${url}, which is not AWS's own host; read-only credentials go only to AWS or the sandbox.`,
        },
        cli: '',
        at: new Date().toISOString(),
      },
    ],
  };
}

function fetchFrom(sources: Sources, ask: Ask, env: SourceEnv, c: Case) {
  // Each source is typed for its own ask kind; the planner's union is narrowed by `kind`.
  const source = sources[ask.kind] as Sources[AskKind] & {
    fetch(a: Ask, e: SourceEnv, c: Case): ReturnType<Sources[AskKind]['fetch']>;
  };
  return source.fetch(ask, env, c);
}

/**
 * The one investigation every caller runs (dashboard, CLI, bench, tests): plan (pure, `src/chain/plan.ts`), ask
 * the sources, merge what they answer into the case, and plan again, until nothing is left to ask. Yields the case
 * after every step so a screen can show each piece as it arrives.
 */
export async function* investigate(
  input: InvestigationInput,
  sources: Sources = SOURCES,
  start: Case = assembleCase({ createdAt: new Date().toISOString(), target: input.connection.target, steps: [] }),
): AsyncGenerator<InvestigationState> {
  const { connection, readOnly, signal, onSearchProgress, onWait, waitForRecordMs = 0, trust, ...run } = input;
  const trusted = trust ?? loopbackTrust(connection.endpoints);
  const env: SourceEnv = {
    connection,
    ...(readOnly ? { readOnly } : {}),
    run,
    ...(onSearchProgress ? { onSearchProgress } : {}),
  };
  const recordDeadline = Date.now() + waitForRecordMs;
  let c = start;
  for (let round = 0; round < MAX_ROUNDS && !signal?.aborted; round += 1) {
    const plan = planNext(c, { canRun: true, canRead: Boolean(readOnly), recordDeadline, now: Date.now() });
    if (plan.next === 'done') break;
    if (plan.next === 'wait') {
      yield { phase: 'waiting', case: c, until: plan.until, waitingFor: plan.asks.map((a) => a.kind) };
      await sleep(plan.until - Date.now(), signal, onWait);
      if (signal?.aborted) break;
    }
    yield { phase: 'asking', case: c, asking: plan.asks.map((a) => a.kind) };
    const answers = await Promise.all(
      plan.asks.map((ask) => withheld(ask, env, trusted) ?? fetchFrom(sources, ask, env, c)),
    );
    // Every source's answer passes the one secret policy before it joins the case (AWS echoes secrets in texts).
    for (const evidence of answers) c = mergeEvidence(c, scrubValue(evidence) as Evidence);
  }
  yield { phase: 'done', case: c };
}

/** Runs the whole investigation and returns the final case: what the CLI, the bench and the tests use. */
export async function collectCase(input: InvestigationInput, sources?: Sources): Promise<Case> {
  let last: Case | undefined;
  for await (const state of investigate(input, sources)) last = state.case;
  if (!last) throw new Error('The investigation ended without a case.');
  return last;
}
