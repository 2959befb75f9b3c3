import type { Case } from '../case';
import type { Timeline } from '../timeline';
import { render, type Catalog } from '../messages/catalog';
import { en } from '../messages/en';
import { lookupPurpose, renderVerdict } from '../messages/render-verdict';
import type { Verdict } from '../verdict';

// Markdown tables and inline code break on pipes, backticks and newlines in evidence: neutralise them.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, 'ˋ')}\``;

/** A ticket-ready summary of an investigation: verdict, proofs, timeline table, fix, customer message. */
export function caseToMarkdown(
  c: Case,
  diagnosis: Verdict,
  timeline: Timeline,
  shareLink?: string,
  catalog: Catalog = en,
): string {
  const verdict = renderVerdict(diagnosis, catalog);
  const lines: string[] = [
    `# Authtrace: ${verdict.cause}`,
    '',
    `**${verdict.headline}**`,
    '',
    verdict.explanation,
    '',
    `- Confidence: ${verdict.confidence === 'proven' ? 'proven by the evidence' : 'likely (not proven yet)'}`,
    `- Broken link: ${verdict.brokenLink ?? 'none'}`,
    `- Target: region ${c.target.region}, user pool ${c.target.userPoolId}, identity pool ${c.target.identityPoolId}${c.target.apiId ? `, API ${c.target.apiId}` : ''}`,
    `- Collected: ${c.createdAt}`,
  ];
  if (shareLink) lines.push(`- Share link: ${shareLink}`);
  if (verdict.proofs.length) {
    lines.push('', '## Proof', '');
    for (const proof of verdict.proofs) lines.push(`- ${proof.label}: ${code(proof.value)}`);
  }
  if (verdict.misleading) lines.push('', `> Not the cause: ${verdict.misleading}`);
  lines.push('', '## Timeline', '', '| time (UTC) | lane | event | details |', '|---|---|---|---|');
  const items = timeline.lanes
    .flatMap((lane) => lane.items.map((item) => ({ lane: lane.title, item })))
    .sort((a, b) => a.item.start - b.item.start);
  for (const { lane, item } of items) {
    const when = Number.isFinite(item.start) ? new Date(item.start).toISOString() : '—';
    lines.push(
      `| ${when} | ${cell(lane)} | ${cell(item.label)} | ${cell(item.facts.map((f) => `${f.name}: ${f.value}`).join('; '))} |`,
    );
  }
  lines.push('', '## Links between lanes', '');
  for (const link of diagnosis.links)
    lines.push(
      `- ${link.status === 'holds' ? '✓' : link.status === 'broken' ? '✗' : '?'} ${render(link.label, catalog)} — ${render(link.detail, catalog)}`,
    );
  lines.push('', '## Fix', '', verdict.fix.summary);
  if (verdict.fix.policy) lines.push('', '```json', JSON.stringify(verdict.fix.policy, null, 2), '```');
  if (verdict.candidates.length > 1 || verdict.next) {
    lines.push('', '## Candidates', '');
    for (const candidate of verdict.candidates)
      lines.push(`- ${candidate.title} (${candidate.status}): ${candidate.reason}`);
    if (verdict.next) lines.push('', `**The one piece of evidence that decides:** ${verdict.next.how}`);
  }
  if (verdict.customerMessage) lines.push('', '## Message for the customer', '', verdict.customerMessage);
  if (c.lookups.length) {
    lines.push('', '## Lookups', '');
    for (const lookup of c.lookups)
      lines.push(
        `- ${lookupPurpose(lookup, catalog)}: ${lookup.calls} call(s), ${lookup.outcome}${lookup.cli ? `\n  ${code(lookup.cli)}` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
