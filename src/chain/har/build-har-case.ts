import { parseAppConfig } from '../app-config';
import { assembleCase } from '../assemble';
import { targetSchema, type Case, type Target } from '../case';
import { restoreCase } from '../restore';
import { scrubText, scrubValue } from '../secrets';
import { readAwsCall, type AwsCall } from './har-calls';
import { readHarChain, type HarChain } from './har-chain';
import { HarError, readHarFile } from './har-file';

export type HarCaseResult = { ok: true; case: Case; notes: string[] } | { ok: false; error: string };

const TARGET_WORDS: Partial<Record<keyof Target, string>> = {
  region: 'the region',
  userPoolId: 'the user pool id (no sign-in or ID token in it)',
  userPoolClientId: 'the app client id (no sign-in or ID token in it)',
  identityPoolId: 'the identity pool id (no GetId call in it)',
  graphqlEndpoint: 'the GraphQL endpoint (no AppSync request in it)',
};

/** The target: the app config's when given (what the app is meant to call), else what the HAR's calls show. */
function targetOf(
  seen: HarChain['seen'],
  appConfig: string | undefined,
  notes: string[],
): { ok: true; target: Target } | { ok: false; error: string } {
  if (appConfig?.trim()) {
    const config = parseAppConfig(appConfig);
    if (!config.ok) return { ok: false, error: `The app config could not be read: ${config.error}` };
    const apiId = config.apiId ?? seen.apiId;
    const accountId = config.accountId ?? seen.accountId;
    const target: Target = {
      ...config.target,
      ...(apiId ? { apiId } : {}),
      ...(accountId && /^\d{12}$/.test(accountId) ? { accountId } : {}),
    };
    if (seen.identityPoolId && seen.identityPoolId !== target.identityPoolId)
      notes.push(`The app called identity pool ${seen.identityPoolId}; the config names ${target.identityPoolId}.`);
    if (seen.userPoolClientId && seen.userPoolClientId !== target.userPoolClientId)
      notes.push(
        `The app's ID token is for app client ${seen.userPoolClientId}; the config names ${target.userPoolClientId}.`,
      );
    return { ok: true, target };
  }
  const candidate = {
    region: seen.region,
    userPoolId: seen.userPoolId,
    userPoolClientId: seen.userPoolClientId,
    identityPoolId: seen.identityPoolId,
    graphqlEndpoint: seen.graphqlEndpoint,
    authMode: seen.authMode ?? 'iam',
    ...(seen.apiId ? { apiId: seen.apiId } : {}),
    ...(seen.accountId && /^\d{12}$/.test(seen.accountId) ? { accountId: seen.accountId } : {}),
  };
  const missing = (Object.keys(TARGET_WORDS) as (keyof Target)[]).filter(
    (key) => !candidate[key as keyof typeof candidate],
  );
  if (missing.length > 0)
    return {
      ok: false,
      error: `The HAR does not show ${missing.map((key) => TARGET_WORDS[key]).join(', ')}: add the app's config (amplify_outputs.json) beside it.`,
    };
  const parsed = targetSchema.safeParse(candidate);
  if (!parsed.success)
    return {
      ok: false,
      error: `What the HAR shows of the app is not a usable target (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}): add the app's config beside it.`,
    };
  notes.push('No app config was given: the user pool, identity pool and API are the ones the HAR’s calls went to.');
  return { ok: true, target: parsed.data };
}

/**
 * Builds a case from a browser's HAR export (Chrome, Firefox, Safari; full or sanitized), with the app config when
 * given. Nothing secret of the HAR reaches the case: readers drop secrets while reading and the case passes the one
 * secret policy before it is returned. Pure; never throws.
 */
export function buildHarCase(har: string, appConfig?: string, now: Date = new Date()): HarCaseResult {
  try {
    const file = readHarFile(har);
    const calls: AwsCall[] = [];
    for (const entry of file.entries) {
      const call = readAwsCall(entry);
      if (call) calls.push(call);
    }
    const chainCalls = calls.filter((c) => c.kind !== 'lookup');
    if (chainCalls.length === 0)
      return {
        ok: false,
        error: `The HAR holds ${file.total.toLocaleString('en-US')} requests, none to Cognito or AppSync: record while the app signs in and sends the failing request (open the Network panel, tick "Preserve log", then reproduce).`,
      };
    const configAuthMode = appConfig?.trim() ? parseAppConfig(appConfig) : undefined;
    const chain = readHarChain(calls, configAuthMode?.ok ? configAuthMode.target.authMode : undefined);
    const notes = [
      `Read from a ${file.creator} HAR: ${chainCalls.length} Cognito and AppSync calls among ${file.total.toLocaleString('en-US')} requests.`,
      ...(file.skipped > 0
        ? [`${file.skipped} entries were not HAR entries (no URL or start time) and were skipped.`]
        : []),
    ];
    const target = targetOf(chain.seen, appConfig, notes);
    if (!target.ok) return { ok: false, error: target.error };
    const evidence = assembleCase({
      createdAt: now.toISOString(),
      target: target.target,
      steps: [chain.steps.signIn, chain.steps.credentials, chain.steps.graphql],
      records: chain.records,
      logs: chain.logs,
    });
    // The one secret policy, then the same checks as any case that is opened (schema and limits).
    const restored = restoreCase(scrubValue(evidence));
    if (!restored.ok) return { ok: false, error: `The HAR's evidence does not make a case: ${restored.error}.` };
    return { ok: true, case: restored.case, notes: [...notes, ...chain.notes].map((note) => scrubText(note)) };
  } catch (error) {
    if (error instanceof HarError) return { ok: false, error: error.message };
    // Anything else is a bug or hostile input: say so without echoing the input (it may hold a secret).
    return {
      ok: false,
      error: `The HAR could not be read (${error instanceof Error ? error.name : 'error'}): export it again and retry.`,
    };
  }
}

/**
 * The HAR's case with the evidence pasted beside it (CloudTrail records, log lines, a policy): the HAR's steps and
 * target, the pasted case's records, logs and policies added (records once each).
 */
export function withPastedEvidence(fromHar: Case, pasted: Case): Case {
  const seen = new Set(fromHar.records.map((r) => r.eventID));
  return {
    ...fromHar,
    records: [...fromHar.records, ...pasted.records.filter((r) => !seen.has(r.eventID))],
    logs: [...fromHar.logs, ...pasted.logs],
    policies: [...fromHar.policies, ...pasted.policies],
    simulations: [...fromHar.simulations, ...pasted.simulations],
    ...(pasted.identityPool && !fromHar.identityPool ? { identityPool: pasted.identityPool } : {}),
    ...(pasted.expectedRoleArn && !fromHar.expectedRoleArn ? { expectedRoleArn: pasted.expectedRoleArn } : {}),
  };
}
