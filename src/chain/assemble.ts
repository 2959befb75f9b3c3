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

/** Evidence read around a run (identity pool, policies, simulations, log lines) and the lookups that read it. */
export type GatheredEvidence = Pick<Case, 'policies' | 'simulations' | 'logs' | 'lookups'> &
  Pick<Partial<Case>, 'identityPool' | 'expectedRoleArn'>;

/** The case with gathered evidence added (lookups appended after the CloudTrail ones). */
export function withEvidence(c: Case, gathered: GatheredEvidence): Case {
  return {
    ...c,
    policies: [...c.policies, ...gathered.policies],
    simulations: [...c.simulations, ...gathered.simulations],
    logs: [...c.logs, ...gathered.logs],
    lookups: [...c.lookups, ...gathered.lookups],
    ...(gathered.identityPool ? { identityPool: gathered.identityPool } : {}),
    ...(gathered.expectedRoleArn ? { expectedRoleArn: gathered.expectedRoleArn } : {}),
  };
}
