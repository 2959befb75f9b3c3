import type { Case } from './case';
import type { ChainSteps } from './evidence';
import type { FailureModeId } from './failure-modes';
import type { Link, LinkId } from './links';

/** A pointer into the case (JSON Pointer, RFC 6901) and the value found there, shown as proof. */
export interface Proof {
  label: string;
  pointer: string;
  value: string;
}

export interface Fix {
  summary: string;
  /** A policy statement (or whole document) to add, when the fix is a policy change. */
  policy?: Record<string, unknown>;
}

export interface CustomerMessage {
  en: string;
  ja: string;
}

/** What one rule concludes from the evidence. */
export interface Finding {
  cause: FailureModeId;
  /** The first link that does not hold; null when the chain is healthy. */
  brokenLink: LinkId | 'sign-in' | 'credentials' | null;
  /** `proven`: the evidence decides. `likely`: consistent with the evidence, one document would decide. */
  confidence: 'proven' | 'likely';
  headline: string;
  explanation: string;
  proofs: Proof[];
  fix: Fix;
  /** What the timeline does not show yet, and the single piece of evidence that would decide. */
  missing?: string;
  /** Other causes the evidence cannot rule out yet. */
  alternatives?: FailureModeId[];
  /** Advice seen along the way that is not the cause (e.g. Amplify's authMode suggestion). */
  misleading?: string;
  customerMessage: CustomerMessage;
}

export interface Verdict extends Omit<Finding, 'cause'> {
  cause: FailureModeId | 'inconclusive';
  links: Link[];
}

/** What every rule receives: the case and the facts derived from it once. */
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
