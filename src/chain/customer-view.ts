import type { Case } from './case';
import { assumedRoleArn, chainSteps, matchingStsRecord } from './evidence';
import type { Link } from './links';
import { modeTitle, msg, type Message } from './messages/catalog';
import { roleInQuestion } from './role-resolution';
import type { Verdict } from './verdict';

/** How the customer page opens: a change to make, a likely one to confirm, nothing to do, or questions first. */
export type CustomerStatus = 'fix' | 'confirm' | 'healthy' | 'unknown';

/** What the fix's document is, so the page can say what to do with it. */
export type StatementKind = 'permission' | 'deny' | 'trust' | 'setting';

/** A value from the evidence as the customer sees it: a time (epoch ms, shown in their zone) or plain text. */
export type ShownValue = { time: number } | { text: string };

export interface CustomerEvent {
  at: number;
  ok: boolean;
  message: Message;
}

/** The customer's page, in message ids: what to change first, then why, then the evidence. Pure. */
export interface CustomerView {
  status: CustomerStatus;
  title: Message;
  steps: Message[];
  statement?: { kind: StatementKind; document: Record<string, unknown> };
  /** The evidence to send when the verdict is not proven. */
  confirm?: Message;
  /** The finding, in the customer's words (the verdict's customer message without the ask). */
  why: Message[];
  detail: Message;
  links: Link[];
  events: CustomerEvent[];
  proofs: { label: Message; value: ShownValue }[];
}

const PERMISSION = new Set(['role-policy-resource-mismatch', 'role-policy-missing-action', 'group-role-selected']);

/** `arn:aws:iam::1111:role/path/Name` → `Name` (what the IAM console lists). */
export function roleName(arn: string | undefined): string {
  return arn?.split('/').pop() || arn || '';
}

function statementKind(cause: Verdict['cause']): StatementKind {
  if (PERMISSION.has(cause)) return 'permission';
  if (cause === 'explicit-deny') return 'deny';
  if (cause === 'trust-policy-mismatch') return 'trust';
  return 'setting';
}

function fixSteps(v: Verdict, kind: StatementKind, role: string): Message[] {
  const retry = msg('customer.step.retry');
  if (kind === 'permission' && role)
    return [msg('customer.step.open-role', { role }), msg('customer.step.add-statement'), retry];
  if (kind === 'deny' && role)
    return [msg('customer.step.open-role', { role }), msg('customer.step.remove-deny'), retry];
  if (kind === 'trust' && role)
    return [msg('customer.step.open-trust', { role }), msg('customer.step.edit-trust'), retry];
  return [v.fix.summary, ...(v.fix.policy ? [msg('customer.step.apply-setting')] : []), retry];
}

// Token times are epoch seconds (RFC 7519 NumericDate); CloudTrail and the case write ISO 8601.
const EPOCH_CLAIM = /\/(exp|iat|auth_time|nbf)$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A proof's value as the customer reads it: token claims and ISO times become dates, never a raw epoch number. */
export function shownValue(pointer: string, value: string): ShownValue {
  if (EPOCH_CLAIM.test(pointer) && /^\d{9,11}$/.test(value)) return { time: Number(value) * 1000 };
  if (ISO.test(value) && !Number.isNaN(Date.parse(value))) return { time: Date.parse(value) };
  return { text: value };
}

function events(c: Case): CustomerEvent[] {
  const { signIn, credentials, graphql } = chainSteps(c);
  const out: CustomerEvent[] = [];
  const add = (at: string | undefined, ok: boolean, message: Message) => {
    const time = at ? Date.parse(at) : Number.NaN;
    if (Number.isFinite(time)) out.push({ at: time, ok, message });
  };
  const yes = (ok: boolean) => (ok ? 'yes' : 'no');
  if (signIn)
    add(signIn.at, signIn.outcome === 'ok', msg('customer.event.sign-in', { ok: yes(signIn.outcome === 'ok') }));
  if (credentials) {
    const ok = credentials.outcome === 'ok';
    add(credentials.at, ok, msg('customer.event.credentials', { ok: yes(ok) }));
  }
  const record = matchingStsRecord(c, credentials?.accessKeyId);
  const role = record ? assumedRoleArn(record) : undefined;
  if (record && role) add(record.eventTime, true, msg('customer.event.sts', { role: roleName(role) }));
  if (graphql) {
    const error = graphql.errorType ?? graphql.errors[0]?.errorType;
    const status = `HTTP ${graphql.status ?? '—'}${error ? ` ${error}` : ''}`;
    add(graphql.at, graphql.outcome === 'ok', msg('customer.event.request', { status }));
  }
  // CloudTrail's whole-second times sort by the chain's order within a second (DESIGN.md, "Lanes and links").
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
}

/** Lays the verdict out for the customer. Never names a failure-mode id or a link id. */
export function customerView(c: Case, v: Verdict): CustomerView {
  const role = roleName(roleInQuestion(c));
  const healthy = v.cause === 'healthy';
  const known = v.cause !== 'inconclusive';
  const status: CustomerStatus = healthy
    ? 'healthy'
    : !known
      ? 'unknown'
      : v.confidence === 'proven'
        ? 'fix'
        : 'confirm';
  const kind = statementKind(v.cause);
  const ask = v.next?.ask;
  const steps = healthy ? [msg('customer.step.none')] : known ? fixSteps(v, kind, role) : ask ? [ask] : [];
  const why = v.customerMessage.filter((m) => m !== ask);
  return {
    status,
    title: known && v.cause !== 'inconclusive' ? modeTitle(v.cause) : v.headline,
    steps,
    ...(known && !healthy && v.fix.policy ? { statement: { kind, document: v.fix.policy } } : {}),
    ...(known && ask ? { confirm: ask } : {}),
    why: why.length ? why : [v.headline],
    detail: v.explanation,
    links: v.links,
    events: events(c),
    proofs: v.proofs.map((p) => ({ label: p.label, value: shownValue(p.pointer, p.value) })),
  };
}

/** The customer message as a letter: the paragraphs, with the catalog's opening and closing lines when wanted. */
export function customerLetter(paragraphs: Message[], courtesy: boolean): Message[] {
  return courtesy ? [msg('customer.greeting'), ...paragraphs, msg('customer.closing')] : paragraphs;
}
