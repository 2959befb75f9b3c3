// TRANSITION ONLY: adapts a first-match rule (English prose inline) to a hypothesis until it is rewritten.
// Deleted once every failure mode is a hypothesis of its own.
import type { Case } from '../case';
import type { ChainSteps } from '../evidence';
import type { Facts } from '../facts';
import type { FailureModeId } from '../failure-modes';
import type { Link, LinkId } from '../links';
import { msg } from '../messages/catalog';
import type { Hypothesis, Proof as MessageProof } from '../verdict';

export interface Proof {
  label: string;
  pointer: string;
  value: string;
}
export interface Finding {
  cause: FailureModeId;
  brokenLink: LinkId | 'sign-in' | 'credentials' | null;
  confidence: 'proven' | 'likely';
  headline: string;
  explanation: string;
  proofs: Proof[];
  fix: { summary: string; policy?: Record<string, unknown> };
  missing?: string;
  alternatives?: FailureModeId[];
  misleading?: string;
  customerMessage: { en: string; ja: string };
}
export interface RuleInput {
  case: Case;
  steps: ChainSteps;
  links: Link[];
  accountId?: string;
}
export interface Rule {
  id: FailureModeId;
  evaluate(input: RuleInput): Finding | null;
}

const text = (value: string) => msg('legacy.text', { text: value });
const proofs = (list: Proof[]): MessageProof[] => list.map((p) => ({ ...p, label: text(p.label) }));

export function fromRule(rule: Rule): Hypothesis {
  return {
    id: rule.id,
    assess(facts: Facts) {
      const f = rule.evaluate(facts);
      if (!f) return { status: 'ruled-out', reason: text('Its symptoms are absent.'), proofs: [] };
      const finding = {
        brokenLink: f.brokenLink,
        headline: text(f.headline),
        explanation: text(f.explanation),
        fix: { summary: text(f.fix.summary), ...(f.fix.policy ? { policy: f.fix.policy } : {}) },
        ...(f.misleading ? { misleading: text(f.misleading) } : {}),
        customerMessage: msg('legacy.customer', f.customerMessage),
      };
      if (f.confidence === 'proven')
        return { status: 'confirmed', reason: text(f.headline), proofs: proofs(f.proofs), finding };
      return {
        status: 'consistent',
        reason: text(f.headline),
        proofs: proofs(f.proofs),
        finding,
        decidedBy: { kind: 'role-policies', how: text(f.missing ?? ''), ask: text(f.missing ?? '') },
      };
    },
  };
}
