import type { Case } from './case';
import { deriveFacts, type Facts } from './facts';
import { HYPOTHESES, type FailureModeId } from './failure-modes';
import { classifyAwsError, nextStepKind, type NextStepKind } from './error-taxonomy';
import { msg, type Message } from './messages/catalog';
import type { Assessment, Candidate, EvidenceNeed, RuledOut, Verdict } from './verdict';

interface Assessed {
  id: FailureModeId;
  assessment: Assessment;
}

/**
 * The differential diagnosis of a case: every failure mode is assessed against the same facts. Pure: the same case
 * always gives the same verdict. "Proven" needs one confirmed hypothesis and every other one ruled out.
 */
export function diagnose(c: Case): Verdict {
  const facts = deriveFacts(c);
  const assessed: Assessed[] = HYPOTHESES.map((h) => ({ id: h.id, assessment: h.assess(facts) }));
  return compose(facts, assessed);
}

/**
 * Confirmed before consistent, and consistent before speculative (open only for lack of evidence); within each, the
 * registry's chain order (the earliest broken link first).
 */
function rank(assessed: Assessed[]): Assessed[] {
  const order = ({ assessment: a }: Assessed) =>
    a.status === 'confirmed' ? 0 : a.status === 'consistent' ? (a.speculative ? 2 : 1) : 3;
  return [...assessed].sort((a, b) => order(a) - order(b));
}

/** The piece of evidence that decides the most open candidates; on a tie, the leading candidate's. */
export function bestSplit(candidates: Candidate[]): EvidenceNeed | undefined {
  const needs = candidates.flatMap((c) => (c.decidedBy ? [c.decidedBy] : []));
  let best: EvidenceNeed | undefined;
  let bestCount = 0;
  for (const need of needs) {
    const count = needs.filter((n) => n.kind === need.kind).length;
    if (count > bestCount) [best, bestCount] = [need, count];
  }
  return best;
}

export function compose(facts: Facts, assessed: Assessed[]): Verdict {
  const ranked = rank(assessed);
  const candidates: Candidate[] = [];
  const ruledOut: RuledOut[] = [];
  for (const { id, assessment: a } of ranked) {
    if (a.status === 'ruled-out') ruledOut.push({ id, reason: a.reason, proofs: a.proofs });
    else
      candidates.push({
        id,
        status: a.status,
        reason: a.reason,
        proofs: a.proofs,
        ...(a.status === 'consistent' ? { decidedBy: a.decidedBy } : {}),
        ...(a.status === 'consistent' && a.speculative ? { speculative: true as const } : {}),
      });
  }
  const lead = ranked[0];
  if (!lead || lead.assessment.status === 'ruled-out') return inconclusive(facts, ruledOut);
  const { finding, proofs } = lead.assessment;
  const proven = lead.assessment.status === 'confirmed' && candidates.length === 1;
  const next = proven ? undefined : bestSplit(candidates);
  return {
    cause: lead.id,
    confidence: proven ? 'proven' : 'likely',
    brokenLink: finding.brokenLink,
    headline: finding.headline,
    explanation: finding.explanation,
    proofs,
    fix: finding.fix,
    ...(finding.misleading ? { misleading: finding.misleading } : {}),
    customerMessage: next ? [finding.customerMessage, next.ask] : [finding.customerMessage],
    candidates,
    ruledOut,
    ...(next ? { next } : {}),
    links: facts.links,
  };
}

// What to do when the chain stops for a reason that is not one of the failure modes (bad input, no network): the
// error taxonomy classifies the error, the catalog words what to do.
const NEXT_STEP: Record<NextStepKind, Message> = {
  network: msg('inconclusive.todo.network'),
  'wrong-password': msg('inconclusive.todo.password'),
  'user-not-confirmed': msg('inconclusive.todo.user-not-confirmed'),
  'user-action-required': msg('inconclusive.todo.user-action-required'),
  'flow-not-enabled': msg('inconclusive.todo.flow-not-enabled'),
  'resource-not-found': msg('inconclusive.todo.resource-not-found'),
};

/** No failure mode fits: say where the chain stopped and what evidence is missing, not a generic sentence. */
function inconclusive({ steps, links }: Facts, ruledOut: RuledOut[]): Verdict {
  const failed = [steps.signIn, steps.credentials, steps.graphql].find((step) => step?.outcome === 'error');
  const base = {
    cause: 'inconclusive' as const,
    confidence: 'likely' as const,
    proofs: [],
    candidates: [],
    ruledOut,
    links,
  };
  if (!failed) {
    const summary = steps.graphql ? msg('inconclusive.todo.unknown') : msg('inconclusive.todo.run');
    return {
      ...base,
      brokenLink: null,
      headline: steps.graphql ? msg('inconclusive.headline.unexplained') : msg('inconclusive.headline.no-evidence'),
      explanation: steps.graphql ? msg('inconclusive.explanation.unexplained') : msg('inconclusive.explanation.no-run'),
      fix: { summary },
      customerMessage: [],
      ...(steps.graphql ? {} : { next: RUN_CHAIN }),
    };
  }
  const name = failed.error?.name ?? '';
  const next = failed.error
    ? nextStepKind(classifyAwsError(failed.error, { stage: failed.kind }), failed.kind)
    : undefined;
  const todo = next ? NEXT_STEP[next] : msg('inconclusive.todo.unknown');
  return {
    ...base,
    brokenLink: failed.kind === 'sign-in' ? 'sign-in' : failed.kind === 'credentials' ? 'credentials' : null,
    headline: msg('inconclusive.headline.stopped', { stage: failed.kind, name }),
    explanation: failed.error
      ? msg('inconclusive.explanation.error', { name: failed.error.name, message: failed.error.message })
      : msg('inconclusive.explanation.no-error', { stage: failed.kind }),
    fix: { summary: todo },
    customerMessage: [],
  };
}

const RUN_CHAIN: EvidenceNeed = {
  kind: 'run-chain',
  how: msg('need.run-chain.how'),
  ask: msg('need.run-chain.ask'),
};
