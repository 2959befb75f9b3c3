import type { Case, Call } from './case';
import { assumedRoleArn, chainSteps, issuedAccessKeyId, matchingStsRecord } from './evidence';
import type { LinkStatus } from './links';
import { claimTime } from './token';

/**
 * The trace view's model (in the manner of Jaeger's waterfall): every recorded call as a span, the validity of the
 * token and the credentials as bars, CloudTrail records as one-second brackets, and connectors between the items a
 * link joins. Pure. All times are on AWS's clock: device times are shifted by the measured skew (the AppSync
 * response's `Date` header against the request's signing time), so a CloudTrail record never seems to precede the
 * call that caused it because the device clock is off.
 */
export interface TraceItem {
  id: string;
  kind: 'call' | 'validity' | 'record' | 'step';
  /** What the row says: the operation, or what is valid. */
  label: string;
  service: string;
  start: number;
  end: number;
  status: 'ok' | 'error' | 'info';
  /** HTTP status, error type, duration: shown beside the label. */
  detail: string;
  requestId?: string;
  /** CloudTrail `eventTime` has one-second precision: the bar is the whole second it names. */
  precision: 'ms' | 'second';
  /** The time was not measured (no recorded call): drawn dashed. */
  inferred: boolean;
}

export interface TraceConnector {
  from: string;
  to: string;
  label: string;
  status: LinkStatus;
}

export interface Trace {
  items: TraceItem[];
  connectors: TraceConnector[];
  /** The run: the calls and records, padded. */
  runDomain: [number, number];
  /** The run and every validity bar. */
  validityDomain: [number, number];
  /** Device clock minus AWS's, in seconds (positive: the device is ahead); 0 when not measured. */
  skewSeconds: number;
  reference?: number;
}

const ms = (iso: string) => Date.parse(iso);
const hhmm = (t: number) => new Date(t).toISOString().slice(11, 16);

/** "+59 min", "−2 h 5 min": how long after (or before) the reference something ends. */
export function offsetLabel(time: number, reference: number): string {
  const minutes = Math.round((time - reference) / 60_000);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return abs < 120 ? `${sign}${abs} min` : `${sign}${Math.floor(abs / 60)} h ${abs % 60} min`;
}

function callItem(call: Call, id: string, shift: number): TraceItem {
  const start = ms(call.at) - shift;
  const failed = call.errorType !== undefined || (call.status ?? 0) >= 400;
  return {
    id,
    kind: 'call',
    label: call.operation,
    service: call.service,
    start,
    end: start + call.durationMs,
    status: failed ? 'error' : 'ok',
    detail: [call.status, call.errorType, `${Math.round(call.durationMs)} ms`].filter(Boolean).join(' · '),
    ...(call.requestId ? { requestId: call.requestId } : {}),
    precision: 'ms',
    inferred: false,
  };
}

export function buildTrace(c: Case): Trace {
  const { signIn, credentials, graphql } = chainSteps(c);
  const skewSeconds = graphql?.clockSkewSeconds ?? 0;
  const shift = skewSeconds * 1000;
  const items: TraceItem[] = [];
  const connectors: TraceConnector[] = [];

  for (const step of c.steps) {
    if (step.calls.length === 0) {
      // No call recorded (an offline case): the step's time comes from elsewhere.
      const start = ms(step.at) - shift;
      items.push({
        id: `step-${step.kind}`,
        kind: 'step',
        label: step.kind === 'graphql' ? 'GraphQL request' : step.kind === 'sign-in' ? 'Sign-in' : 'Credentials',
        service: step.kind === 'graphql' ? 'appsync' : 'cognito',
        start,
        end: start + step.durationMs,
        status: step.outcome === 'ok' ? 'ok' : 'error',
        detail: step.outcome,
        precision: 'ms',
        inferred: true,
      });
    }
    step.calls.forEach((call, index) => items.push(callItem(call, `${step.kind}-${index}`, shift)));
  }

  const reference = graphql ? ms(graphql.at) - shift : undefined;
  const validity = (id: string, label: string, start: number, end: number, source: 'aws' | 'device') => {
    const s = source === 'device' ? start - shift : start;
    const e = end;
    items.push({
      id,
      kind: 'validity',
      label,
      service: id === 'id-token' ? 'cognito-idp' : 'cognito-identity',
      start: s,
      end: e,
      status: reference !== undefined && e < reference ? 'error' : 'ok',
      detail: `valid until ${hhmm(e)} UTC${reference !== undefined ? `, ${offsetLabel(e, reference)}` : ''}`,
      precision: 'ms',
      inferred: false,
    });
  };
  const iat = claimTime(signIn?.idToken, 'iat');
  const exp = claimTime(signIn?.idToken, 'exp');
  if (iat && exp) validity('id-token', 'ID token', iat.getTime(), exp.getTime(), 'aws');
  if (credentials?.expiration && credentials.outcome === 'ok')
    validity('credentials-validity', 'Credentials', ms(credentials.at), ms(credentials.expiration), 'device');

  const matched = matchingStsRecord(c, credentials?.accessKeyId);
  c.records.forEach((record) => {
    const start = ms(record.eventTime);
    items.push({
      id: `record-${record.eventID}`,
      kind: 'record',
      label: record.eventName,
      service: 'cloudtrail',
      start,
      end: start + 1000,
      status: record.errorCode ? 'error' : record === matched ? 'ok' : 'info',
      detail: [record.errorCode, assumedRoleArn(record)?.split('/').pop()].filter(Boolean).join(' · '),
      ...(typeof record.requestID === 'string' ? { requestId: record.requestID } : {}),
      precision: 'second',
      inferred: false,
    });
  });

  // key id → STS record → signed request: the items the links join.
  const credentialsCall = items.find((i) => i.kind === 'call' && i.label === 'GetCredentialsForIdentity');
  const appsyncCall = [...items].reverse().find((i) => i.service === 'appsync');
  if (credentialsCall && matched) {
    connectors.push({
      from: credentialsCall.id,
      to: `record-${matched.eventID}`,
      label: `STS issued ${issuedAccessKeyId(matched) ?? ''}`,
      status: 'holds',
    });
  }
  if ((matched || credentialsCall) && appsyncCall && graphql?.signedWithAccessKeyId) {
    const signedWithIt = graphql.signedWithAccessKeyId === credentials?.accessKeyId;
    connectors.push({
      from: matched ? `record-${matched.eventID}` : (credentialsCall?.id ?? ''),
      to: appsyncCall.id,
      label: `signed with ${graphql.signedWithAccessKeyId}`,
      status: credentials?.accessKeyId ? (signedWithIt ? 'holds' : 'broken') : 'unproven',
    });
  }

  const span = (list: TraceItem[]): [number, number] => {
    const starts = list.map((i) => i.start).filter(Number.isFinite);
    const ends = list.map((i) => i.end).filter(Number.isFinite);
    if (starts.length === 0) return [Date.parse(c.createdAt), Date.parse(c.createdAt) + 1000];
    const low = Math.min(...starts);
    const high = Math.max(...ends, low + 1);
    const pad = Math.max(200, (high - low) * 0.05);
    return [low - pad, high + pad];
  };
  return {
    items,
    connectors,
    runDomain: span(items.filter((i) => i.kind !== 'validity')),
    validityDomain: span(items),
    skewSeconds,
    ...(reference !== undefined ? { reference } : {}),
  };
}
