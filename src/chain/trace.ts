import type { Case, Call } from './case';
import { assumedRoleArn, chainSteps, issuedAccessKeyId, matchingStsRecord } from './evidence';
import type { LinkStatus } from './links';
import { msg, type Message } from './messages/catalog';
import { offset, type Lang } from './messages/format';
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
  /** What the row says: the operation (AWS's name), or what is valid (the catalog's `trace.*`). */
  label: Message;
  service: string;
  start: number;
  end: number;
  status: 'ok' | 'error' | 'info';
  /** HTTP status, error type, duration, or how long something stays valid: shown beside the label. */
  detail: Message;
  requestId?: string;
  /** CloudTrail `eventTime` has one-second precision: the bar is the whole second it names. */
  precision: 'ms' | 'second';
  /** The time was not measured (no recorded call): drawn dashed. */
  inferred: boolean;
}

export interface TraceConnector {
  from: string;
  to: string;
  label: Message;
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

/** "+59 min", "−2 h 5 min" (en), "+59分" (ja): how long after (or before) the reference something ends. */
export function offsetLabel(time: number, reference: number, lang: Lang = 'en'): string {
  return offset((time - reference) / 1000, lang, 'minutes');
}

/** The AWS operation a call row stands for (its label's parameter). */
function operationOf(item: TraceItem): string | undefined {
  return item.label.id === 'trace.operation' ? item.label.params.operation : undefined;
}

function callItem(call: Call, id: string, shift: number): TraceItem {
  const start = ms(call.at) - shift;
  const failed = call.errorType !== undefined || (call.status ?? 0) >= 400;
  return {
    id,
    kind: 'call',
    label: msg('trace.operation', { operation: call.operation }),
    service: call.service,
    start,
    end: start + call.durationMs,
    status: failed ? 'error' : 'ok',
    detail: msg('trace.call', {
      status: call.status === undefined ? '' : String(call.status),
      errorType: call.errorType ?? '',
      ms: call.durationMs,
    }),
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
        label: msg(`trace.step.${step.kind}`),
        service: step.kind === 'graphql' ? 'appsync' : 'cognito',
        start,
        end: start + step.durationMs,
        status: step.outcome === 'ok' ? 'ok' : 'error',
        detail: msg(step.outcome === 'ok' ? 'trace.step.ok' : 'trace.step.failed'),
        precision: 'ms',
        inferred: true,
      });
    }
    step.calls.forEach((call, index) => items.push(callItem(call, `${step.kind}-${index}`, shift)));
  }

  const reference = graphql ? ms(graphql.at) - shift : undefined;
  const validity = (id: string, label: Message, start: number, end: number, source: 'aws' | 'device') => {
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
      detail: msg('trace.valid-until', { until: e, ...(reference !== undefined ? { reference } : {}) }),
      precision: 'ms',
      inferred: false,
    });
  };
  const iat = claimTime(signIn?.idToken, 'iat');
  const exp = claimTime(signIn?.idToken, 'exp');
  if (iat && exp) validity('id-token', msg('trace.id-token'), iat.getTime(), exp.getTime(), 'aws');
  if (credentials?.expiration && credentials.outcome === 'ok')
    validity(
      'credentials-validity',
      msg('trace.credentials'),
      ms(credentials.at),
      ms(credentials.expiration),
      'device',
    );

  const matched = matchingStsRecord(c, credentials?.accessKeyId);
  c.records.forEach((record) => {
    const start = ms(record.eventTime);
    items.push({
      id: `record-${record.eventID}`,
      kind: 'record',
      label: msg('trace.operation', { operation: record.eventName }),
      service: 'cloudtrail',
      start,
      end: start + 1000,
      status: record.errorCode ? 'error' : record === matched ? 'ok' : 'info',
      detail: msg('trace.record', {
        errorCode: record.errorCode ?? '',
        role: assumedRoleArn(record)?.split('/').pop() ?? '',
      }),
      ...(typeof record.requestID === 'string' ? { requestId: record.requestID } : {}),
      precision: 'second',
      inferred: false,
    });
  });

  // key id → STS record → signed request: the items the links join.
  const credentialsCall = items.find((i) => i.kind === 'call' && operationOf(i) === 'GetCredentialsForIdentity');
  const appsyncCall = [...items].reverse().find((i) => i.service === 'appsync');
  if (credentialsCall && matched) {
    connectors.push({
      from: credentialsCall.id,
      to: `record-${matched.eventID}`,
      label: msg('trace.connector.issued', { accessKeyId: issuedAccessKeyId(matched) ?? '' }),
      status: 'holds',
    });
  }
  if ((matched || credentialsCall) && appsyncCall && graphql?.signedWithAccessKeyId) {
    const signedWithIt = graphql.signedWithAccessKeyId === credentials?.accessKeyId;
    connectors.push({
      from: matched ? `record-${matched.eventID}` : (credentialsCall?.id ?? ''),
      to: appsyncCall.id,
      label: msg('trace.connector.signed', { accessKeyId: graphql.signedWithAccessKeyId }),
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
