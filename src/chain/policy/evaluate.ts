import { evaluateOperator, type RequestContext, type Tri } from './conditions';
import { globMatch } from './glob';

export interface PolicySource {
  /** Where the document came from, e.g. `inline:appsync-access` or a managed policy ARN. */
  name: string;
  document: unknown;
}

export interface EvaluationRequest {
  action: string;
  resource: string;
  context?: RequestContext;
  /** Condition keys known to be absent from the request (others unknown to us make a condition undecidable). */
  absentKeys?: string[];
}

export interface StatementRef {
  policy: string;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  statement: Record<string, unknown>;
}

export type Decision = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'not-evaluated';

export interface Evaluation {
  decision: Decision;
  /** The statements that decide: the matching Deny(s), else the matching Allow(s). */
  decisive: StatementRef[];
  /** Why the decision is `not-evaluated`, or statements that were skipped as undecidable. */
  notEvaluated: { ref?: StatementRef; reason: string }[];
}

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function matchesAny(patterns: unknown[], value: string, ignoreCase: boolean): Tri {
  let result: Tri = false;
  for (const pattern of patterns) {
    if (typeof pattern !== 'string') return undefined;
    if (pattern.includes('${')) {
      result = undefined; // policy variables need the request's principal context: not evaluated
      continue;
    }
    if (globMatch(pattern, value, ignoreCase)) return true;
  }
  return result;
}

/** `appsync:GraphQL` vs `AppSync:graph*`: service prefix and action name are both case-insensitive. */
function actionMatches(patterns: unknown[], action: string): Tri {
  return matchesAny(patterns, action, true);
}

/** Resource ARNs compare case-sensitively with wildcards; `*` alone matches any resource. */
function resourceMatches(patterns: unknown[], resource: string): Tri {
  return matchesAny(patterns, resource, false);
}

function and(...values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

const negate = (value: Tri): Tri => (value === undefined ? undefined : !value);

function statementApplies(statement: Record<string, unknown>, request: EvaluationRequest): Tri | 'invalid' {
  const hasAction = 'Action' in statement;
  const hasResource = 'Resource' in statement;
  if (hasAction === 'NotAction' in statement || hasResource === 'NotResource' in statement) return 'invalid';
  const action = hasAction
    ? actionMatches(asList(statement.Action), request.action)
    : negate(actionMatches(asList(statement.NotAction), request.action));
  const resource = hasResource
    ? resourceMatches(asList(statement.Resource), request.resource)
    : negate(resourceMatches(asList(statement.NotResource), request.resource));
  if (action === false || resource === false) return false;
  const absent = new Set((request.absentKeys ?? []).map((k) => k.toLowerCase()));
  const definitive = (key: string) => absent.has(key.toLowerCase());
  const condition = statement.Condition;
  let conditions: Tri = true;
  if (condition !== undefined) {
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return 'invalid';
    conditions = and(
      ...Object.entries(condition).map(([operator, block]) =>
        evaluateOperator(operator, block, request.context ?? {}, definitive),
      ),
    );
  }
  return and(action, resource, conditions);
}

function statementsOf(source: PolicySource): { refs: StatementRef[]; problem?: string } {
  let document = source.document;
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document);
    } catch {
      return { refs: [], problem: `${source.name} is not valid JSON.` };
    }
  }
  if (!document || typeof document !== 'object' || !('Statement' in document))
    return { refs: [], problem: `${source.name} has no "Statement".` };
  const refs: StatementRef[] = [];
  for (const [index, raw] of asList(document.Statement).entries()) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return { refs, problem: `Statement ${index} of ${source.name} is not an object.` };
    const statement = raw as Record<string, unknown>;
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
      return { refs, problem: `Statement ${index} of ${source.name} has no Effect "Allow" or "Deny".` };
    refs.push({
      policy: source.name,
      index,
      sid: typeof statement.Sid === 'string' ? statement.Sid : undefined,
      effect: statement.Effect,
      statement,
    });
  }
  return { refs };
}

/**
 * Evaluates identity-based policies for one request as IAM does: an applicable Deny wins, else an applicable Allow
 * allows, else the request is implicitly denied. What it cannot decide (policy variables, unknown condition keys,
 * unsupported operators) makes the decision `not-evaluated` only when it could change the outcome.
 */
export function evaluatePolicies(sources: PolicySource[], request: EvaluationRequest): Evaluation {
  const allows: StatementRef[] = [];
  const denies: StatementRef[] = [];
  const undecided: { ref?: StatementRef; reason: string }[] = [];
  for (const source of sources) {
    const { refs, problem } = statementsOf(source);
    if (problem) undecided.push({ reason: problem });
    for (const ref of refs) {
      const applies = statementApplies(ref.statement, request);
      if (applies === 'invalid')
        undecided.push({
          ref,
          reason:
            'The statement must have exactly one of Action/NotAction and one of Resource/NotResource, and a Condition object.',
        });
      else if (applies === undefined)
        undecided.push({
          ref,
          reason: 'It uses a policy variable, condition key or operator this evaluator cannot decide.',
        });
      else if (applies) (ref.effect === 'Deny' ? denies : allows).push(ref);
    }
  }
  if (denies.length > 0) return { decision: 'explicit-deny', decisive: denies, notEvaluated: undecided };
  const undecidedDeny = undecided.some((u) => !u.ref || u.ref.effect === 'Deny');
  if (allows.length > 0)
    return { decision: undecidedDeny ? 'not-evaluated' : 'allowed', decisive: allows, notEvaluated: undecided };
  return { decision: undecided.length > 0 ? 'not-evaluated' : 'implicit-deny', decisive: [], notEvaluated: undecided };
}
