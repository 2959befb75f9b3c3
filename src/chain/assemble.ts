import { CASE_VERSION, type Case, type CloudTrailRecord, type Lookup, type Step, type Target } from './case';

export interface CaseParts {
  createdAt: string;
  target: Target;
  steps: (Step | undefined)[];
  records?: CloudTrailRecord[];
  lookups?: Lookup[];
  expectedRoleArn?: string;
}

/** Puts what the adapters collected into one case. */
export function assembleCase(parts: CaseParts): Case {
  return {
    version: CASE_VERSION,
    createdAt: parts.createdAt,
    target: parts.target,
    steps: parts.steps.filter((step): step is Step => step !== undefined),
    records: parts.records ?? [],
    logs: [],
    policies: [],
    lookups: parts.lookups ?? [],
    ...(parts.expectedRoleArn ? { expectedRoleArn: parts.expectedRoleArn } : {}),
  };
}
