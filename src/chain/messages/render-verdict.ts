import type { Lookup } from '../case';
import type { Verdict } from '../verdict';
import { modeTitle, render, type Catalog } from './catalog';

/** A verdict in one language: what the screens, the exports and the CLI print. */
export function renderVerdict(v: Verdict, catalog: Catalog) {
  const t = (m: Parameters<typeof render>[0]) => render(m, catalog);
  const title = (id: Verdict['cause']) => (id === 'inconclusive' ? t(v.headline) : t(modeTitle(id)));
  return {
    cause: v.cause,
    confidence: v.confidence,
    title: title(v.cause),
    brokenLink: v.brokenLink,
    headline: t(v.headline),
    explanation: t(v.explanation),
    proofs: v.proofs.map((p) => ({ ...p, label: t(p.label) })),
    fix: { summary: t(v.fix.summary), ...(v.fix.policy ? { policy: v.fix.policy } : {}) },
    ...(v.misleading ? { misleading: t(v.misleading) } : {}),
    customerMessage: v.customerMessage.map(t).join('\n\n'),
    candidates: v.candidates.map((c) => ({ id: c.id, status: c.status, title: title(c.id), reason: t(c.reason) })),
    ruledOut: v.ruledOut.map((r) => ({ id: r.id, title: title(r.id), reason: t(r.reason) })),
    ...(v.next ? { next: { kind: v.next.kind, how: t(v.next.how), ask: t(v.next.ask) } } : {}),
    links: v.links,
  };
}
export type RenderedVerdict = ReturnType<typeof renderVerdict>;

/** What a lookup asked, in a catalog's language. */
export function lookupPurpose(lookup: Pick<Lookup, 'ask' | 'subject'>, catalog: Catalog): string {
  const id = `lookup.${lookup.ask}` as const;
  return render(
    id === 'lookup.role-policies' ||
      id === 'lookup.simulate-policy' ||
      id === 'lookup.appsync-logs' ||
      id === 'lookup.appsync-resolver'
      ? { id, params: lookup.subject === undefined ? {} : { subject: lookup.subject } }
      : { id },
    catalog,
  );
}
