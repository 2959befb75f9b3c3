import type { Case } from './case';
import { assumedRoleArn, chainSteps, issuedAccessKeyId, matchingStsRecord, recordIdentityId } from './evidence';
import type { LaneId, Link } from './links';
import { pointer } from './proof';
import { claimString, claimTime } from './token';
import { appsyncAuthItem } from './timeline-appsync';

export type ItemStatus = 'ok' | 'error' | 'info';

/** One thing on a lane: a point in time, or a validity bar from `start` to `end`. Times are epoch ms. */
export interface TimelineItem {
  id: string;
  lane: LaneId;
  start: number;
  end?: number;
  label: string;
  status: ItemStatus;
  /** Key facts shown beside the item (ids get copy buttons). */
  facts: { name: string; value: string; copy?: boolean }[];
  /** JSON Pointer to the item's raw evidence in the case. */
  source: string;
}

export interface Lane {
  id: LaneId;
  title: string;
  items: TimelineItem[];
}

export interface Timeline {
  lanes: Lane[];
  links: Link[];
  /** Axis span (epoch ms): the run and its evidence, padded; validity bars may run past it. */
  domain: [number, number];
  /** The failing (or last) request, the zero of relative times. */
  reference?: number;
}

const LANE_TITLES: Record<LaneId, string> = {
  token: 'User pool token',
  credentials: 'Identity pool credentials',
  sts: 'STS event (CloudTrail)',
  appsync: 'AppSync request',
};

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/** Lays the case out on four lanes over one time axis. Pure; the UI only draws what this returns. */
export function buildTimeline(c: Case, links: Link[]): Timeline {
  const { signIn, credentials, graphql } = chainSteps(c);
  const items: TimelineItem[] = [];
  const stepPointer = (step: unknown) => pointer('steps', c.steps.indexOf(step as Case['steps'][number]));

  if (signIn) {
    items.push({
      id: 'sign-in',
      lane: 'token',
      start: ms(signIn.at),
      label:
        signIn.outcome === 'ok' ? `Signed in (${signIn.flow})` : `Sign-in failed: ${signIn.error?.name ?? 'error'}`,
      status: signIn.outcome === 'ok' ? 'ok' : 'error',
      facts: [
        ...(signIn.username ? [{ name: 'username', value: signIn.username }] : []),
        ...(signIn.error ? [{ name: 'error', value: `${signIn.error.name}: ${signIn.error.message}` }] : []),
      ],
      source: stepPointer(signIn),
    });
    const iat = claimTime(signIn.idToken, 'iat');
    const exp = claimTime(signIn.idToken, 'exp');
    if (iat && exp) {
      items.push({
        id: 'id-token',
        lane: 'token',
        start: iat.getTime(),
        end: exp.getTime(),
        label: 'ID token valid',
        status: 'ok',
        facts: [
          { name: 'aud', value: claimString(signIn.idToken, 'aud') ?? '—', copy: true },
          { name: 'iss', value: claimString(signIn.idToken, 'iss') ?? '—', copy: true },
          { name: 'sub', value: claimString(signIn.idToken, 'sub') ?? '—', copy: true },
          { name: 'exp', value: exp.toISOString() },
        ],
        source: `${stepPointer(signIn)}/idToken`,
      });
    }
  }

  if (credentials) {
    items.push({
      id: 'credentials',
      lane: 'credentials',
      start: ms(credentials.at),
      label:
        credentials.outcome === 'ok'
          ? 'Credentials issued'
          : `Credentials failed: ${credentials.error?.name ?? 'error'}`,
      status: credentials.outcome === 'ok' ? 'ok' : 'error',
      facts: [
        ...(credentials.identityId ? [{ name: 'identity id', value: credentials.identityId, copy: true }] : []),
        ...(credentials.accessKeyId ? [{ name: 'access key id', value: credentials.accessKeyId, copy: true }] : []),
        ...(credentials.error
          ? [{ name: 'error', value: `${credentials.error.name}: ${credentials.error.message}` }]
          : []),
      ],
      source: stepPointer(credentials),
    });
    if (credentials.expiration) {
      items.push({
        id: 'credentials-validity',
        lane: 'credentials',
        start: ms(credentials.at),
        end: ms(credentials.expiration),
        label: 'Credentials valid',
        status: 'ok',
        facts: [{ name: 'expiration', value: credentials.expiration }],
        source: `${stepPointer(credentials)}/expiration`,
      });
    }
  }

  const matched = matchingStsRecord(c, credentials?.accessKeyId);
  c.records.forEach((record, index) => {
    const failed = Boolean(record.errorCode);
    items.push({
      id: `record-${record.eventID}`,
      lane: 'sts',
      start: ms(record.eventTime),
      label: `${record.eventName}${failed ? ` failed: ${record.errorCode}` : record === matched ? ' (issued these credentials)' : ''}`,
      status: failed ? 'error' : record === matched ? 'ok' : 'info',
      facts: [
        { name: 'event id', value: record.eventID, copy: true },
        ...(assumedRoleArn(record) ? [{ name: 'role', value: assumedRoleArn(record) ?? '', copy: true }] : []),
        ...(recordIdentityId(record) ? [{ name: 'principal', value: recordIdentityId(record) ?? '', copy: true }] : []),
        ...(issuedAccessKeyId(record)
          ? [{ name: 'access key id', value: issuedAccessKeyId(record) ?? '', copy: true }]
          : []),
        ...(record.errorMessage ? [{ name: 'error', value: record.errorMessage }] : []),
      ],
      source: pointer('records', index),
    });
  });

  if (graphql) {
    items.push({
      id: 'graphql',
      lane: 'appsync',
      start: ms(graphql.at),
      label: `GraphQL ${graphql.status ?? '—'}${graphql.errorType ? ` ${graphql.errorType}` : graphql.errors[0]?.errorType ? ` ${graphql.errors[0].errorType}` : ''}`,
      status: graphql.outcome === 'ok' ? 'ok' : 'error',
      facts: [
        ...(graphql.requestId ? [{ name: 'request id', value: graphql.requestId, copy: true }] : []),
        { name: 'auth mode', value: graphql.authMode },
        { name: 'fields', value: graphql.fields.map((f) => `${f.typeName}.${f.fieldName}`).join(', ') },
        ...(graphql.signedWithAccessKeyId
          ? [{ name: 'signed with', value: graphql.signedWithAccessKeyId, copy: true }]
          : []),
        ...(graphql.errors[0] ? [{ name: 'message', value: graphql.errors[0].message }] : []),
      ],
      source: stepPointer(graphql),
    });
  }
  const afterIam = appsyncAuthItem(c);
  if (afterIam) items.push(afterIam);
  // A request's log lines arrive within milliseconds of each other: one item, every line among its facts.
  if (c.logs.length > 0) {
    const first = c.logs[0]?.timestamp ?? Number.NaN;
    items.push({
      id: 'logs',
      lane: 'appsync',
      start: first,
      label: `AppSync log (${c.logs.length} line${c.logs.length === 1 ? '' : 's'})`,
      status: 'info',
      facts: c.logs.map((line, index) => ({ name: `line ${index + 1}`, value: line.message })),
      source: pointer('logs'),
    });
  }

  const points = items.map((item) => item.start).filter((t) => Number.isFinite(t));
  const reference = graphql ? ms(graphql.at) : undefined;
  const low = points.length ? Math.min(...points) : Date.parse(c.createdAt);
  const high = points.length ? Math.max(...points) : low;
  const pad = Math.max(1000, (high - low) * 0.08);
  const lanes = (Object.keys(LANE_TITLES) as LaneId[]).map((id) => ({
    id,
    title: LANE_TITLES[id],
    items: items.filter((item) => item.lane === id),
  }));
  return { lanes, links, domain: [low - pad, high + pad], reference };
}

/** "+1.2 s", "−3 min 4 s" relative to the reference request. */
export function relativeTime(time: number, reference: number | undefined): string {
  if (reference === undefined) return '';
  const delta = (time - reference) / 1000;
  const sign = delta < 0 ? '−' : '+';
  const abs = Math.abs(delta);
  if (abs < 60) return `${sign}${abs.toFixed(abs < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(abs / 60);
  if (minutes < 120) return `${sign}${minutes} min ${Math.round(abs % 60)} s`;
  return `${sign}${Math.round(minutes / 60)} h`;
}
