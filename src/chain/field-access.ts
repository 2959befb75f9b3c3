import { fieldArn } from './arn';
import type { Case, GraphqlField, PolicyEvidence, Simulation } from './case';
import { chainSteps } from './evidence';
import { evaluatePolicies, type Evaluation, type PolicySource } from './policy/evaluate';

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

/**
 * `appsync:GraphQL` on each field ARN the test request needs, for the role that signed it: evaluated from the
 * role's policies when the case holds them, and AWS's simulation when it does.
 */
export function fieldAccess(c: Case, roleArn: string | undefined, accountId: string | undefined): FieldAccess[] {
  const { graphql } = chainSteps(c);
  if (!graphql || !roleArn || !accountId || !c.target.apiId) return [];
  const evidence = c.policies.find((p) => p.roleArn === roleArn);
  return graphql.fields.map((field) => {
    const arn = fieldArn(c.target.region, accountId, c.target.apiId ?? '', field);
    const request = { action: 'appsync:GraphQL', resource: arn, context: { 'aws:RequestedRegion': c.target.region } };
    // A permissions boundary limits: allowed only when both allow; a Deny in either denies.
    const boundary = evidence?.documents.some((d) => d.kind === 'boundary')
      ? sources(evidence, ['boundary'])
      : undefined;
    const evaluation = evidence
      ? evaluatePolicies(sources(evidence, ['inline', 'managed']), request, boundary)
      : undefined;
    const simulation = c.simulations.find(
      (s) => s.roleArn === roleArn && s.resource === arn && s.action.toLowerCase() === 'appsync:graphql',
    );
    return { field, arn, ...(evaluation ? { evaluation } : {}), ...(simulation ? { simulation } : {}) };
  });
}
