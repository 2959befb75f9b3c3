import type { Case } from './case';
import { accountIdOf, chainSteps } from './evidence';
import { checkLinks } from './links';
import { healthy } from './rules/healthy';
import { rolePolicyResourceMismatch } from './rules/role-policy-resource-mismatch';
import { trustPolicyMismatch } from './rules/trust-policy-mismatch';
import type { Rule, RuleInput, Verdict } from './verdict';

/** Rules in chain order: the earliest broken link is the cause, later symptoms follow from it. */
export const RULES: readonly Rule[] = [trustPolicyMismatch, rolePolicyResourceMismatch, healthy];

/** Names the broken link of a case, with proofs and a fix. Pure: the same case always gives the same verdict. */
export function diagnose(c: Case): Verdict {
  const input: RuleInput = { case: c, steps: chainSteps(c), links: checkLinks(c), accountId: accountIdOf(c) };
  for (const rule of RULES) {
    const finding = rule.evaluate(input);
    if (finding) return { ...finding, links: input.links };
  }
  return inconclusive(input);
}

function inconclusive({ steps, links }: RuleInput): Verdict {
  const failed = [steps.signIn, steps.credentials, steps.graphql].find((step) => step?.outcome === 'error');
  const where = failed
    ? { 'sign-in': 'sign-in', credentials: 'the identity pool credentials call', graphql: 'the AppSync request' }[
        failed.kind
      ]
    : undefined;
  return {
    cause: 'inconclusive',
    brokenLink: failed?.kind === 'sign-in' ? 'sign-in' : failed?.kind === 'credentials' ? 'credentials' : null,
    confidence: 'likely',
    headline: failed
      ? `The chain stopped at ${where}: ${failed.error?.name ?? 'error'}.`
      : 'Not enough evidence for a verdict yet.',
    explanation: failed?.error ? `${failed.error.name}: ${failed.error.message}` : 'Run the chain to collect evidence.',
    proofs: [],
    fix: {
      summary:
        failed?.kind === 'sign-in'
          ? 'Check the test user’s username and password, then run again.'
          : 'Collect the missing evidence and run again.',
    },
    links,
    customerMessage: { en: '', ja: '' },
  };
}
