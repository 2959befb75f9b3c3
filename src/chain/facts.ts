import type { Case } from './case';
import { accountIdOf, chainSteps, type ChainSteps } from './evidence';
import { iamDenial, type IamDenial } from './hypotheses/iam-denial';
import { checkLinks, type Link } from './links';

/**
 * Everything the hypotheses read, derived from the case once (jaeger-ui's trace facade): the chain's steps, the
 * links, the account, and the IAM denial that several hypotheses share. Lazy where it costs.
 */
export interface Facts {
  case: Case;
  steps: ChainSteps;
  links: Link[];
  accountId?: string;
  /** The request was signed with the issued credentials and AppSync's IAM check refused it; null otherwise. */
  readonly iamDenial: IamDenial | null;
}

export function deriveFacts(c: Case): Facts {
  const base = { case: c, steps: chainSteps(c), links: checkLinks(c), accountId: accountIdOf(c) };
  let denial: IamDenial | null | undefined;
  return {
    ...base,
    get iamDenial() {
      if (denial === undefined) denial = iamDenial(base);
      return denial;
    },
  };
}
