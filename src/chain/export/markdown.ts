import type { Case } from '../case';
import type { Timeline } from '../timeline';
import { renderParts, type Catalog, type Message, type Part } from '../messages/catalog';
import { en } from '../messages/en';
import { lookupPurpose, renderVerdict } from '../messages/render-verdict';
import type { Verdict } from '../verdict';

// Everything printed comes from evidence or quotes it, so nothing in the export is left to Markdown: text is escaped
// (no headings, emphasis, links, images or HTML; no autolinks), evidence quotes become code spans, and table cells
// keep to one line.
const MD_SPECIAL = /[\\`*_[\]<>|~!&]/g;
const text = (value: string) =>
  value
    .replace(MD_SPECIAL, (ch) => `\\${ch}`)
    .replace(/^[#+\-=]/, (ch) => `\\${ch}`)
    .replace(/:\/\//g, ':\u200b//')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200b.`)
    .replace(/\r?\n/g, ' ');
const code = (value: string) => {
  const flat = value.replace(/\r?\n/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length)) + 1);
  return `${fence} ${flat} ${fence}`;
};
const parts = (list: readonly Part[]) =>
  list.map((part) => (typeof part === 'string' ? text(part) : code(part.quote))).join('');

/** A ticket-ready summary of an investigation: verdict, proofs, timeline table, fix, customer message. */
export function caseToMarkdown(
  c: Case,
  diagnosis: Verdict,
  timeline: Timeline,
  shareLink?: string,
  catalog: Catalog = en,
): string {
  const verdict = renderVerdict(diagnosis, catalog);
  const m = (message: Message) => parts(renderParts(message, catalog));
  const t = c.target;
  const lines: string[] = [
    `# Authtrace: ${text(verdict.cause)}`,
    '',
    `**${m(diagnosis.headline)}**`,
    '',
    m(diagnosis.explanation),
    '',
    `- Confidence: ${verdict.confidence === 'proven' ? 'proven by the evidence' : 'likely (not proven yet)'}`,
    `- Broken link: ${text(verdict.brokenLink ?? 'none')}`,
    `- Target: region ${code(t.region)}, user pool ${code(t.userPoolId)}, identity pool ${code(t.identityPoolId)}${t.apiId ? `, API ${code(t.apiId)}` : ''}`,
    `- Collected: ${text(c.createdAt)}`,
  ];
  if (shareLink) lines.push(`- Share link: ${code(shareLink)}`);
  if (diagnosis.proofs.length) {
    lines.push('', '## Proof', '');
    for (const proof of diagnosis.proofs) lines.push(`- ${m(proof.label)}: ${code(proof.value)}`);
  }
  if (diagnosis.misleading) lines.push('', `> Not the cause: ${m(diagnosis.misleading)}`);
  lines.push('', '## Timeline', '', '| time (UTC) | lane | event | details |', '|---|---|---|---|');
  const items = timeline.lanes
    .flatMap((lane) => lane.items.map((item) => ({ lane: lane.title, item })))
    .sort((a, b) => a.item.start - b.item.start);
  for (const { lane, item } of items) {
    const when = Number.isFinite(item.start) ? new Date(item.start).toISOString() : '—';
    lines.push(
      `| ${when} | ${m(lane)} | ${m(item.label)} | ${item.facts.map((f) => `${m(f.name)}: ${typeof f.value === 'string' ? text(f.value) : m(f.value)}`).join('; ')} |`,
    );
  }
  lines.push('', '## Links between lanes', '');
  for (const link of diagnosis.links)
    lines.push(
      `- ${link.status === 'holds' ? '✓' : link.status === 'broken' ? '✗' : '?'} ${m(link.label)} — ${m(link.detail)}`,
    );
  lines.push('', '## Fix', '', m(diagnosis.fix.summary));
  if (diagnosis.fix.policy) {
    const json = JSON.stringify(diagnosis.fix.policy, null, 2);
    const fence = '`'.repeat(Math.max(3, ...Array.from(json.matchAll(/`+/g), (x) => x[0].length + 1)));
    lines.push('', `${fence}json`, json, fence);
  }
  if (diagnosis.candidates.length > 1 || diagnosis.next) {
    lines.push('', '## Candidates', '');
    for (const candidate of verdict.candidates.map((rendered, i) => ({ rendered, source: diagnosis.candidates[i] })))
      lines.push(
        `- ${text(candidate.rendered.title)} (${candidate.rendered.status}): ${candidate.source ? m(candidate.source.reason) : ''}`,
      );
    if (diagnosis.next) lines.push('', `**The one piece of evidence that decides:** ${m(diagnosis.next.how)}`);
  }
  if (diagnosis.customerMessage.length)
    lines.push('', '## Message for the customer', '', diagnosis.customerMessage.map(m).join('\n\n'));
  if (c.lookups.length) {
    lines.push('', '## Lookups', '');
    for (const lookup of c.lookups)
      lines.push(
        `- ${text(lookupPurpose(lookup, catalog))}: ${lookup.calls} call(s), ${text(lookup.outcome)}${lookup.cli ? `\n  ${code(lookup.cli)}` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
