import { runSimulation, type StatementExplain } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument, Role, Scenario } from './scenario.ts';

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export type PolicySource = 'inline' | 'managed' | 'boundary';

/** One identity policy of a principal, named the way IAM's simulator names it in MatchedStatements. */
export interface NamedPolicy {
  /** Inline policy name, or the managed policy's ARN (IAM's `SourcePolicyId`). */
  id: string;
  source: PolicySource;
  document: PolicyDocument;
}

export interface PrincipalPolicies {
  principalArn: string;
  accountId: string;
  identityPolicies: NamedPolicy[];
  boundary?: NamedPolicy;
}

export interface MatchedStatement {
  policyId: string;
  source: PolicySource;
  effect: 'Allow' | 'Deny';
  sid?: string;
}

export interface Evaluation {
  decision: Decision;
  /** The statements that decided: the Deny statements for explicitDeny, the Allow statements for allowed. */
  matchedStatements: MatchedStatement[];
}

/** The read-only principal's identity policy (one inline policy). */
export function readOnlyPolicies(scenario: Scenario): PrincipalPolicies {
  return {
    principalArn: scenario.readOnly.arn,
    accountId: scenario.accountId,
    identityPolicies: [{ id: 'support-readonly', source: 'inline', document: scenario.readOnly.policy }],
  };
}

/**
 * A role's inline + attached managed policies and its permissions boundary. `principalArn` is the session's
 * assumed-role ARN when given (what AWS evaluates for temporary credentials), else the role ARN.
 */
export function rolePolicies(scenario: Scenario, role: Role, principalArn = role.arn): PrincipalPolicies {
  const managed = (arn: string, source: PolicySource): NamedPolicy[] => {
    const policy = scenario.managedPolicies.find((p) => p.arn === arn);
    return policy ? [{ id: policy.arn, source, document: policy.document }] : [];
  };
  return {
    principalArn,
    accountId: accountOf(role.arn) ?? scenario.accountId,
    identityPolicies: [
      ...Object.entries(role.inlinePolicies).map(([id, document]): NamedPolicy => ({ id, source: 'inline', document })),
      ...role.attachedPolicyArns.flatMap((arn) => managed(arn, 'managed')),
    ],
    boundary: role.permissionsBoundaryArn ? managed(role.permissionsBoundaryArn, 'boundary')[0] : undefined,
  };
}

/**
 * Evaluates identity-based policies for one action on one resource, like IAM's policy evaluation logic for a
 * same-account request with no resource policy, SCP or session policy: an explicit Deny anywhere wins, then an
 * Allow is needed in the identity policies and (if set) in the permissions boundary.
 */
export async function evaluatePolicies(
  principal: PrincipalPolicies,
  action: string,
  resource: string,
  context: Record<string, string | string[]> = {},
): Promise<Evaluation> {
  const byId = new Map(principal.identityPolicies.map((p) => [p.id, p]));
  const response = await runSimulation(
    {
      request: {
        principal: principal.principalArn,
        action,
        resource: { resource, accountId: accountOf(resource) ?? principal.accountId },
        contextVariables: context,
      },
      identityPolicies: principal.identityPolicies.map((p) => ({ name: p.id, policy: p.document })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      ...(principal.boundary
        ? { permissionBoundaryPolicies: [{ name: principal.boundary.id, policy: principal.boundary.document }] }
        : {}),
    },
    { simulationMode: 'Strict' },
  );
  if (response.resultType === 'error') {
    throw new Error(`Policy simulation failed for ${action} on ${resource}: ${response.errors.message}`);
  }
  const analysis = response.resultType === 'single' ? response.result.analysis : response.results[0]?.analysis;
  const decision = toDecision(response.overallResult);
  const identity = analysis?.identityAnalysis;
  const boundary = analysis?.permissionBoundaryAnalysis;
  const statements =
    decision === 'explicitDeny'
      ? [...(identity?.denyStatements ?? []), ...(boundary?.denyStatements ?? [])]
      : decision === 'allowed'
        ? (identity?.allowStatements ?? [])
        : [];
  return {
    decision,
    matchedStatements: statements.map((s) => ({
      policyId: s.policyId,
      source: s.policyId === principal.boundary?.id ? 'boundary' : (byId.get(s.policyId)?.source ?? 'inline'),
      effect: s.statement.isDeny() ? 'Deny' : 'Allow',
      ...(sidOf(s.explain) ? { sid: sidOf(s.explain) } : {}),
    })),
  };
}

function toDecision(result: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied'): Decision {
  if (result === 'Allowed') return 'allowed';
  return result === 'ExplicitlyDenied' ? 'explicitDeny' : 'implicitDeny';
}

function sidOf(explain: StatementExplain): string | undefined {
  // The simulator names a statement by its Sid, or by its 1-based position when it has none.
  return /^\d+$/.test(explain.identifier) ? undefined : explain.identifier;
}

/** The account id field of an ARN (`arn:aws:service:region:ACCOUNT:…`), when it has one. */
function accountOf(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}
