import type { Case } from './case';
import { assumedRoleArn, chainSteps, issuedAccessKeyId, matchingStsRecord, recordIdentityId } from './evidence';
import type { LaneId, Link } from './links';
import { msg, type Message } from './messages/catalog';
import { offset, type Lang } from './messages/format';
import { pointer } from './proof';
import { claimString, claimTime } from './token';
import { appsyncAuthItem } from './timeline-appsync';

export type ItemStatus = 'ok' | 'error' | 'info';

/**
 * A key fact beside an item: its name in the viewer's language, its value as evidence (an id, a time, AWS's words)
 * or, when the product describes it, a message.
 */
export interface TimelineFact {
  name: Message;
  value: string | Message;
  copy?: boolean;
}

/** One thing on a lane: a point in time, or a validity bar from `start` to `end`. Times are epoch ms. */
export interface TimelineItem {
  id: string;
  lane: LaneId;
  start: number;
  end?: number;
  /** What the item is (the catalog's `timeline.*`): words live outside the domain. */
  label: Message;
  status: ItemStatus;
  /** Key facts shown beside the item (ids get copy buttons). */
  facts: TimelineFact[];
  /** JSON Pointer to the item's raw evidence in the case. */
  source: string;
}

export interface Lane {
  id: LaneId;
  title: Message;
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

const LANE_TITLES: Record<LaneId, Message> = {
  token: msg('timeline.lane.token'),
  credentials: msg('timeline.lane.credentials'),
  sts: msg('timeline.lane.sts'),
  appsync: msg('timeline.lane.appsync'),
};
const fact = (name: Message, value: string | Message, copy?: boolean): TimelineFact =>
  copy ? { name, value, copy } : { name, value };
const errorText = (error: { name: string; message: string }) => `${error.name}: ${error.message}`;

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
        signIn.outcome === 'ok'
          ? msg('timeline.signed-in', { flow: signIn.flow })
          : msg('timeline.sign-in-failed', { error: signIn.error?.name ?? '' }),
      status: signIn.outcome === 'ok' ? 'ok' : 'error',
      facts: [
        ...(signIn.username ? [fact(msg('fact.username'), signIn.username)] : []),
        ...(signIn.error ? [fact(msg('fact.error'), errorText(signIn.error))] : []),
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
        label: msg('timeline.id-token-valid'),
        status: 'ok',
        facts: [
          ...(['aud', 'iss', 'sub'] as const).map((claim) =>
            fact(msg('fact.claim', { claim }), claimString(signIn.idToken, claim) ?? '—', true),
          ),
          fact(msg('fact.claim', { claim: 'exp' }), exp.toISOString()),
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
          ? msg('timeline.credentials-issued')
          : msg('timeline.credentials-failed', { error: credentials.error?.name ?? '' }),
      status: credentials.outcome === 'ok' ? 'ok' : 'error',
      facts: [
        ...(credentials.identityId ? [fact(msg('fact.identity-id'), credentials.identityId, true)] : []),
        ...(credentials.accessKeyId ? [fact(msg('fact.access-key-id'), credentials.accessKeyId, true)] : []),
        ...(credentials.error ? [fact(msg('fact.error'), errorText(credentials.error))] : []),
      ],
      source: stepPointer(credentials),
    });
    if (credentials.expiration) {
      items.push({
        id: 'credentials-validity',
        lane: 'credentials',
        start: ms(credentials.at),
        end: ms(credentials.expiration),
        label: msg('timeline.credentials-valid'),
        status: 'ok',
        facts: [fact(msg('fact.expiration'), credentials.expiration)],
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
      label: failed
        ? msg('timeline.record-failed', { event: record.eventName, error: record.errorCode ?? '' })
        : record === matched
          ? msg('timeline.record-matched', { event: record.eventName })
          : msg('timeline.record', { event: record.eventName }),
      status: failed ? 'error' : record === matched ? 'ok' : 'info',
      facts: [
        fact(msg('fact.event-id'), record.eventID, true),
        ...(assumedRoleArn(record) ? [fact(msg('fact.role'), assumedRoleArn(record) ?? '', true)] : []),
        ...(recordIdentityId(record) ? [fact(msg('fact.principal'), recordIdentityId(record) ?? '', true)] : []),
        ...(issuedAccessKeyId(record) ? [fact(msg('fact.access-key-id'), issuedAccessKeyId(record) ?? '', true)] : []),
        ...(record.errorMessage ? [fact(msg('fact.error'), record.errorMessage)] : []),
      ],
      source: pointer('records', index),
    });
  });

  if (graphql) {
    items.push({
      id: 'graphql',
      lane: 'appsync',
      start: ms(graphql.at),
      label: msg('timeline.graphql', {
        status: graphql.status === undefined ? '—' : String(graphql.status),
        errorType: graphql.errorType ?? graphql.errors[0]?.errorType ?? '',
      }),
      status: graphql.outcome === 'ok' ? 'ok' : 'error',
      facts: [
        ...(graphql.requestId ? [fact(msg('fact.request-id'), graphql.requestId, true)] : []),
        fact(msg('fact.auth-mode'), graphql.authMode),
        fact(msg('fact.fields'), graphql.fields.map((f) => `${f.typeName}.${f.fieldName}`).join(', ')),
        ...(graphql.signedWithAccessKeyId ? [fact(msg('fact.signed-with'), graphql.signedWithAccessKeyId, true)] : []),
        ...(graphql.errors[0] ? [fact(msg('fact.message'), graphql.errors[0].message)] : []),
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
      label: msg('timeline.logs', { count: c.logs.length }),
      status: 'info',
      facts: c.logs.map((line, index) => fact(msg('fact.line', { n: index + 1 }), line.message)),
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

/** "+1.2 s", "−3 min 4 s" (en) or "+1.2秒", "−3分4秒" (ja) relative to the reference request. */
export function relativeTime(time: number, reference: number | undefined, lang: Lang = 'en'): string {
  if (reference === undefined) return '';
  return offset((time - reference) / 1000, lang);
}
