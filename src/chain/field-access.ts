import { fieldArn } from './arn';
import type { Case, GraphqlField, PolicyEvidence, Simulation } from './case';
import { chainSteps } from './evidence';
import { evaluatorFor, type Evaluation, type PolicySource } from './policy/evaluate';
import { compilePolicySet } from './policy/policy-set';

export interface FieldAccess {
  field: GraphqlField;
  arn: string;
  /** Our evaluation of the role's policies (when they are in the case). */
  evaluation?: Evaluation;
  /** AWS's own answer (`SimulatePrincipalPolicy`), when it was allowed. */
  simulation?: Simulation;
}

function sources(evidence: PolicyEvidence, kinds: string[]): PolicySource[] {
  return evidence.documents.filter((d) => kinds.includes(d.kind)).map((d) => ({ name: d.name, document: d.document }));
}

/** The role's decision on `appsync:GraphQL` for any field ARN, its policies read once. */
function evaluator(evidence: PolicyEvidence, region: string): (arn: string) => Evaluation {
  // A permissions boundary limits: allowed only when both allow; a Deny in either denies.
  const boundary = evidence.documents.some((d) => d.kind === 'boundary') ? sources(evidence, ['boundary']) : undefined;
  const set = compilePolicySet(sources(evidence, ['inline', 'managed']), boundary);
  const decide = evaluatorFor(set, { action: 'appsync:GraphQL', context: { 'aws:RequestedRegion': region } });
  // A query may name a field twice (aliases): each ARN is evaluated once.
  const decided = new Map<string, Evaluation>();
  return (arn) => {
    let evaluation = decided.get(arn);
    if (!evaluation) decided.set(arn, (evaluation = decide(arn)));
    return evaluation;
  };
}

// A case is a value, never changed once built: its role's policies are read once and each field ARN is decided once,
// however many rules (and renders of the customer view) ask. Held only as long as the policies themselves.
const evaluators = new WeakMap<PolicyEvidence, Map<string, (arn: string) => Evaluation>>();

function evaluatorOf(evidence: PolicyEvidence, region: string): (arn: string) => Evaluation {
  let byRegion = evaluators.get(evidence);
  if (!byRegion) evaluators.set(evidence, (byRegion = new Map()));
  let evaluate = byRegion.get(region);
  if (!evaluate) byRegion.set(region, (evaluate = evaluator(evidence, region)));
  return evaluate;
}

/** AWS's simulation of `appsync:GraphQL` for the role, by field ARN: the first one the case holds for each. */
function simulationsByArn(c: Case, roleArn: string): Map<string, Simulation> {
  const byArn = new Map<string, Simulation>();
  for (const s of c.simulations)
    if (s.roleArn === roleArn && s.action.toLowerCase() === 'appsync:graphql' && !byArn.has(s.resource))
      byArn.set(s.resource, s);
  return byArn;
}

/**
 * `appsync:GraphQL` on each field ARN the test request needs, for the role that signed it: evaluated from the
 * role's policies when the case holds them, and AWS's simulation when it does.
 */
export function fieldAccess(c: Case, roleArn: string | undefined, accountId: string | undefined): FieldAccess[] {
  const { graphql } = chainSteps(c);
  if (!graphql || !roleArn || !accountId || !c.target.apiId) return [];
  const evidence = c.policies.find((p) => p.roleArn === roleArn);
  const evaluate = evidence ? evaluatorOf(evidence, c.target.region) : undefined;
  const simulations = simulationsByArn(c, roleArn);
  return graphql.fields.map((field) => {
    const arn = fieldArn(c.target.region, accountId, c.target.apiId ?? '', field);
    const evaluation = evaluate?.(arn);
    const simulation = simulations.get(arn);
    return { field, arn, ...(evaluation ? { evaluation } : {}), ...(simulation ? { simulation } : {}) };
  });
}
