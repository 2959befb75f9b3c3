import { CASE_VERSION, type Case, type Step } from './case';

export type CaseParts = Pick<Case, 'createdAt' | 'target'> &
  Partial<
    Pick<Case, 'records' | 'logs' | 'policies' | 'simulations' | 'lookups' | 'identityPool' | 'expectedRoleArn'>
  > & {
    steps: (Step | undefined)[];
  };

/** Puts what the adapters collected into one case. */
export function assembleCase(parts: CaseParts): Case {
  const { steps, expectedRoleArn, identityPool, ...rest } = parts;
  return {
    version: CASE_VERSION,
    records: [],
    logs: [],
    policies: [],
    simulations: [],
    lookups: [],
    ...rest,
    steps: steps.filter((step): step is Step => step !== undefined),
    ...(identityPool ? { identityPool } : {}),
    ...(expectedRoleArn ? { expectedRoleArn } : {}),
  };
}

/** Evidence one source answers: any part of a case. */
export type Evidence = Partial<
  Pick<Case, 'steps' | 'records' | 'policies' | 'simulations' | 'logs' | 'lookups' | 'identityPool' | 'expectedRoleArn'>
>;

/** The case with a source's answer added: lists appended in order, the identity pool's reading replaced. */
export function mergeEvidence(c: Case, e: Evidence): Case {
  return {
    ...c,
    steps: [...c.steps, ...(e.steps ?? [])],
    records: [...c.records, ...(e.records ?? [])],
    policies: [...c.policies, ...(e.policies ?? [])],
    simulations: [...c.simulations, ...(e.simulations ?? [])],
    logs: [...c.logs, ...(e.logs ?? [])],
    lookups: [...c.lookups, ...(e.lookups ?? [])],
    ...(e.identityPool ? { identityPool: e.identityPool } : {}),
    ...(e.expectedRoleArn ? { expectedRoleArn: e.expectedRoleArn } : {}),
  };
}
