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
