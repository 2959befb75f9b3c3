import type { Facts } from './facts';
import type { FailureModeId } from './failure-modes';
import type { Link, LinkId } from './links';
import type { Message } from './messages/catalog';

/** A pointer into the case (JSON Pointer, RFC 6901) and the value found there, shown as proof. */
export interface Proof {
  label: Message;
  pointer: string;
  value: string;
}

export interface Fix {
  summary: Message;
  /** A policy statement (or whole document) to add, when the fix is a policy change. */
  policy?: Record<string, unknown>;
}

/** Where the chain breaks if this failure mode is the cause, and what to do about it. */
export interface Finding {
  /** The first link that does not hold; null when the chain is healthy. */
  brokenLink: LinkId | 'sign-in' | 'credentials' | null;
  headline: Message;
  explanation: Message;
  fix: Fix;
  /** Advice seen along the way that is not the cause (e.g. Amplify's authMode suggestion). */
  misleading?: Message;
  /** What to tell the customer; it never asks for evidence itself (the verdict adds the one ask). */
  customerMessage: Message;
}

/**
 * Evidence that would confirm or rule out a hypothesis: what it is (`kind`, compared across hypotheses to find the
 * piece that splits the most), how the engineer gets it (console path, AWS CLI), and how to ask the customer.
 */
export type EvidenceKind =
  | 'role-policies'
  | 'sts-record'
  | 'identity-pool-roles'
  | 'identity-pool-config'
  | 'trust-policy'
  | 'api-id'
  | 'api-auth-modes'
  | 'appsync-schema'
  | 'appsync-logs'
  | 'app-call-code'
  | 'request-signer'
  | 'device-clock'
  | 'run-chain';

export interface EvidenceNeed {
  kind: EvidenceKind;
  how: Message;
  ask: Message;
}

/** What one hypothesis concludes from the evidence. Proofs support it, or (ruled out) show what excludes it. */
export type Assessment =
  | { status: 'confirmed'; reason: Message; proofs: Proof[]; finding: Finding }
  | {
      status: 'consistent';
      reason: Message;
      proofs: Proof[];
      finding: Finding;
      decidedBy: EvidenceNeed;
      /**
       * Nothing in the case points to it: it is open only because the evidence that would exclude it was not
       * collected (e.g. guest credentials on a pasted 401 with no run and no pool roles). Ranked after the consistent
       * hypotheses the evidence does point to, so that it never leads them; it still blocks "proven".
       */
      speculative?: true;
    }
  | { status: 'ruled-out'; reason: Message; proofs: Proof[] };

export type AssessmentStatus = Assessment['status'];

/** A failure mode as a hypothesis: a pure function of the facts derived once from the case. */
export interface Hypothesis {
  id: FailureModeId;
  assess(facts: Facts): Assessment;
}

export interface Candidate {
  id: FailureModeId;
  status: 'confirmed' | 'consistent';
  reason: Message;
  proofs: Proof[];
  decidedBy?: EvidenceNeed;
  speculative?: true;
}

export interface RuledOut {
  id: FailureModeId;
  reason: Message;
  proofs: Proof[];
}

/**
 * The differential diagnosis. `proven` only when exactly one hypothesis is confirmed and every other is ruled out;
 * otherwise `likely`: the candidates in order and the one next piece of evidence that best splits them.
 */
export interface Verdict {
  cause: FailureModeId | 'inconclusive';
  confidence: 'proven' | 'likely';
  brokenLink: Finding['brokenLink'];
  headline: Message;
  explanation: Message;
  proofs: Proof[];
  fix: Fix;
  misleading?: Message;
  /** Paragraphs for the customer: the finding, then (when not proven) the one piece of evidence to send. */
  customerMessage: Message[];
  candidates: Candidate[];
  ruledOut: RuledOut[];
  next?: EvidenceNeed;
  links: Link[];
}
