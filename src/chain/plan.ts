import { fieldArn } from './arn';
import type { Case, CredentialsStep, GraphqlField, Lookup } from './case';
import {
  accountIdOf,
  assumedRoleArn,
  chainSteps,
  failedStsRecords,
  issuedAccessKeyId,
  matchingStsRecord,
} from './evidence';
import { INVALID_CONFIG, STS_REFUSED } from './hypotheses/trust-policy-mismatch';
import { roleInQuestion } from './role-resolution';

/**
 * The investigation's planner: from the case so far, which evidence to ask for next. Pure; the executor
 * (`src/aws/investigate.ts`) runs the asks through the evidence sources and plans again with what came back. Every
 * caller (dashboard, CLI, bench, tests) runs the same loop, so the same case always leads to the same questions.
 */
export type Ask =
  | { kind: 'run-chain' }
  | { kind: 'sts-record'; accessKeyId?: string; identityId?: string; issuedAt: string }
  | { kind: 'signer-record'; accessKeyId: string; issuedAt: string }
  | { kind: 'identity-pool'; identityPoolId: string }
  | { kind: 'role-policies'; roleArn: string }
  | { kind: 'simulate-policy'; roleArn: string; action: 'appsync:GraphQL'; resources: string[] }
  | { kind: 'appsync-logs'; apiId: string; requestId: string; at: string }
  | { kind: 'appsync-auth'; apiId: string; fields: GraphqlField[] };

export type AskKind = Ask['kind'];

export interface PlanContext {
  /** The run can still be made (a live investigation; a pasted case has its steps already). */
  canRun: boolean;
  /** Read-only credentials are at hand; without them only what the run itself shows is collected. */
  canRead: boolean;
  /** Keep looking for a CloudTrail record that is not delivered yet until then (epoch ms). */
  recordDeadline: number;
  now: number;
}

export type Plan = { next: 'ask'; asks: Ask[] } | { next: 'wait'; until: number; asks: Ask[] } | { next: 'done' };

// CloudTrail delivers "about 5 minutes on average, not guaranteed" (FAILURE-MODES.md): look again every 15 s.
export const RECORD_POLL_MS = 15_000;
/** How long the dashboard keeps looking for an undelivered record. */
export const RECORD_DEADLINE_MS = 15 * 60_000;

const roleName = (roleArn: string) => roleArn.split('/').pop() ?? roleArn;
const asked = (c: Case, ask: Lookup['ask'], subject?: string) =>
  c.lookups.some((l) => l.ask === ask && (subject === undefined || l.subject === subject));

/**
 * When AWS issued the credentials, for the CloudTrail window: the `Date` of the identity pool's last answer (AWS's
 * clock, one-second precision like `eventTime`), else the browser's time of the step.
 */
export function issueTime(credentials: Pick<CredentialsStep, 'at' | 'calls'>): string {
  const answered = credentials.calls.filter(
    (call) => call.service === 'cognito-identity' && call.serverDate && Number.isFinite(Date.parse(call.serverDate)),
  );
  const serverDate = answered.at(-1)?.serverDate;
  return serverDate ? new Date(Date.parse(serverDate)).toISOString() : credentials.at;
}

type RecordSearch = { state: 'not-needed' | 'found' | 'given-up' } | { state: 'ask' | 'wait'; ask: Ask; at: number };

/** Where the search for the STS record stands: found, to ask now, to ask again later, or over. */
export function recordSearch(c: Case, context: PlanContext): RecordSearch {
  const { credentials } = chainSteps(c);
  const accessKeyId = credentials?.outcome === 'ok' ? credentials.accessKeyId : undefined;
  if (!context.canRead || !credentials || !(accessKeyId || credentials.identityId)) return { state: 'not-needed' };
  // With a key: the record that issued it. Without (credentials failed): the identity's failed STS call.
  if (accessKeyId ? matchingStsRecord(c, accessKeyId) : failedStsRecords(c, credentials.identityId).length > 0)
    return { state: 'found' };
  const ask: Ask = {
    kind: 'sts-record',
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(credentials.identityId ? { identityId: credentials.identityId } : {}),
    issuedAt: issueTime(credentials),
  };
  const rounds = c.lookups.filter((l) => l.source === 'cloudtrail');
  if (rounds.length === 0) return { state: 'ask', ask, at: context.now };
  if (rounds.some((l) => l.outcome === 'denied' || l.outcome === 'error')) return { state: 'given-up' };
  const next = Math.max(...rounds.map((l) => Date.parse(l.at))) + RECORD_POLL_MS;
  return next <= context.recordDeadline ? { state: 'wait', ask, at: next } : { state: 'given-up' };
}

/** How `findStsRecord` files the lookups for the record of a role session the request was signed with. */
export const SIGNER_SUBJECT = 'AssumeRole';

/**
 * A request signed with another key than the identity pool's (a function's or a script's role session): the STS
 * `AssumeRole` record that issued that key shows whose role it is. Asked once, after the first CloudTrail look.
 */
function signerSearch(c: Case): Ask | undefined {
  const { credentials, graphql } = chainSteps(c);
  const signed = graphql?.signedWithAccessKeyId;
  if (!signed || !credentials?.accessKeyId || signed === credentials.accessKeyId) return undefined;
  if (c.records.some((r) => issuedAccessKeyId(r) === signed)) return undefined;
  if (c.lookups.some((l) => l.source === 'cloudtrail' && l.subject?.startsWith(SIGNER_SUBJECT))) return undefined;
  const sts = graphql.calls.find((call) => call.service === 'sts' && call.serverDate);
  const issuedAt = sts?.serverDate && Number.isFinite(Date.parse(sts.serverDate)) ? sts.serverDate : graphql.at;
  return { kind: 'signer-record', accessKeyId: signed, issuedAt: new Date(Date.parse(issuedAt)).toISOString() };
}

/** The reads around a run, in the order a careful engineer makes them; each asked once (per role). */
function reads(c: Case): Ask[] {
  const asks: Ask[] = [];
  const { target } = c;
  const { graphql } = chainSteps(c);
  if (!asked(c, 'identity-pool')) asks.push({ kind: 'identity-pool', identityPoolId: target.identityPoolId });
  const roleRefused = refusedRole(c);
  if (roleRefused && !asked(c, 'role-policies', roleName(roleRefused)))
    asks.push({ kind: 'role-policies', roleArn: roleRefused });
  const failed = graphql && (graphql.outcome !== 'ok' || graphql.errors.length > 0);
  if (!graphql || !failed) return asks;
  if (graphql.requestId && target.apiId && !asked(c, 'appsync-logs', graphql.requestId))
    asks.push({ kind: 'appsync-logs', apiId: target.apiId, requestId: graphql.requestId, at: graphql.at });
  const refused = refusedAfterIam(c);
  if (refused.length > 0 && target.apiId && !asked(c, 'appsync-schema'))
    asks.push({ kind: 'appsync-auth', apiId: target.apiId, fields: refused });
  const signer = signerSearch(c);
  if (signer) asks.push(signer);
  // Which role failed depends on the pool's roles (or the STS record): read them first.
  const roleArn = asked(c, 'identity-pool') ? roleInQuestion(c) : undefined;
  if (!roleArn || graphql.authMode !== 'iam') return asks;
  const name = roleName(roleArn);
  if (!asked(c, 'role-policies', name)) return [...asks, { kind: 'role-policies', roleArn }];
  const accountId = accountIdOf(c);
  const readable = c.policies.some((p) => p.roleArn === roleArn);
  if (!readable && accountId && target.apiId && !asked(c, 'simulate-policy', name))
    asks.push({
      kind: 'simulate-policy',
      roleArn,
      action: 'appsync:GraphQL',
      resources: graphql.fields.map((field) => fieldArn(target.region, accountId, target.apiId ?? '', field)),
    });
  return asks;
}

/**
 * The role the identity pool could not assume (a failed STS record's, else the one the pool gives this user): its
 * trust policy, read with the role, decides trust-policy-mismatch, and its absence shows a role that does not exist.
 */
function refusedRole(c: Case): string | undefined {
  const { credentials } = chainSteps(c);
  if (credentials?.outcome !== 'error') return undefined;
  const tried = failedStsRecords(c, credentials.identityId)
    .map((record) => assumedRoleArn(record))
    .find((arn): arn is string => Boolean(arn));
  if (tried) return tried;
  // Cognito's answer when it cannot assume the role it chose, or STS's own text in the basic flow.
  const notAssumed = credentials.error?.name === INVALID_CONFIG || STS_REFUSED.test(credentials.error?.message ?? '');
  return notAssumed && asked(c, 'identity-pool') ? roleInQuestion(c) : undefined;
}

// AppSync's field-level refusal inside a 200, after IAM allowed the request ("Not Authorized to access X on type Y").
const FIELD_REFUSED = /^Not Authorized to access (\w+) on type (\w+)/;
// A response may refuse many fields; the resolvers of the first few decide (each is one or a few calls).
const MAX_RESOLVERS = 5;

/**
 * The fields AppSync refused after IAM allowed an IAM-signed request (200 with `Not Authorized to access…`): only
 * then are the schema and the resolvers worth reading (a 401 never reached them).
 */
export function refusedAfterIam(c: Case): GraphqlField[] {
  const { graphql } = chainSteps(c);
  if (!graphql || graphql.authMode !== 'iam' || (graphql.status !== undefined && graphql.status !== 200)) return [];
  const fields = new Map<string, GraphqlField>();
  for (const error of graphql.errors) {
    const match = FIELD_REFUSED.exec(error.message);
    if (match?.[1] && match[2]) fields.set(`${match[2]}.${match[1]}`, { typeName: match[2], fieldName: match[1] });
  }
  return [...fields.values()].slice(0, MAX_RESOLVERS);
}

export function planNext(c: Case, context: PlanContext): Plan {
  if (c.steps.length === 0) return context.canRun ? { next: 'ask', asks: [{ kind: 'run-chain' }] } : { next: 'done' };
  if (!context.canRead) return { next: 'done' };
  const record = recordSearch(c, context);
  // The first look for the record comes first: the role it shows decides which policies to read.
  if (record.state === 'ask' && !c.lookups.some((l) => l.source === 'cloudtrail'))
    return { next: 'ask', asks: [record.ask] };
  const more = reads(c);
  if (record.state === 'ask') more.unshift(record.ask);
  if (more.length > 0) return { next: 'ask', asks: more };
  if (record.state === 'wait') return { next: 'wait', until: record.at, asks: [record.ask] };
  return { next: 'done' };
}
