import { CASE_VERSION, type Case, type Step } from './case';

export type CaseParts = Pick<Case, 'createdAt' | 'target'> &
  Partial<
    Pick<
      Case,
      'records' | 'logs' | 'policies' | 'simulations' | 'lookups' | 'identityPool' | 'expectedRoleArn' | 'appsync'
    >
  > & {
    steps: (Step | undefined)[];
  };

/** Puts what the adapters collected into one case. */
export function assembleCase(parts: CaseParts): Case {
  const { steps, expectedRoleArn, identityPool, appsync, ...rest } = parts;
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
    ...(appsync ? { appsync } : {}),
    ...(expectedRoleArn ? { expectedRoleArn } : {}),
  };
}

/** Evidence one source answers: any part of a case. */
export type Evidence = Partial<
  Pick<
    Case,
    | 'steps'
    | 'records'
    | 'policies'
    | 'simulations'
    | 'logs'
    | 'lookups'
    | 'identityPool'
    | 'expectedRoleArn'
    | 'appsync'
  >
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
    ...(e.appsync ? { appsync: mergeAppSync(c.appsync, e.appsync) } : {}),
  };
}

/** AppSync readings add up: the latest schema and modes, resolvers by field (a field read again is replaced). */
function mergeAppSync(old: Case['appsync'], next: NonNullable<Case['appsync']>): NonNullable<Case['appsync']> {
  const key = (r: { typeName: string; fieldName: string }) => `${r.typeName}.${r.fieldName}`;
  const fresh = new Set(next.resolvers.map(key));
  return {
    ...old,
    ...next,
    resolvers: [...(old?.resolvers ?? []).filter((r) => !fresh.has(key(r))), ...next.resolvers],
  };
}
