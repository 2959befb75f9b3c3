import { actionMatches } from './action-match';
import { evaluateOperator, type RequestContext } from './conditions';
import { resourceMatches } from './resource-match';
import { allOf, isUndecided, negate, undecided, type Tri } from './tri';

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
  /** Set when the statement is in the permissions boundary. */
  boundary?: true;
}

export type Decision = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'not-evaluated';

export type Layer = 'identity' | 'boundary';

export interface Evaluation {
  decision: Decision;
  /** The statements that decide: the matching Deny(s), else the matching Allow(s). */
  decisive: StatementRef[];
  /** Why the decision is `not-evaluated`, or statements that were skipped as undecidable. */
  notEvaluated: { ref?: StatementRef; reason: string }[];
  /** For `implicit-deny`: the policy layers where no statement allows the request. */
  lacksAllow?: Layer[];
}

interface LayerResult {
  layer: Layer;
  allows: StatementRef[];
  denies: StatementRef[];
  undecided: { ref?: StatementRef; reason: string }[];
}

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function statementApplies(statement: Record<string, unknown>, request: EvaluationRequest): Tri {
  const hasAction = 'Action' in statement;
  const hasResource = 'Resource' in statement;
  if (hasAction === 'NotAction' in statement || hasResource === 'NotResource' in statement)
    return undecided('The statement must have exactly one of Action/NotAction and one of Resource/NotResource.');
  const action = hasAction
    ? actionMatches(asList(statement.Action), request.action)
    : negate(actionMatches(asList(statement.NotAction), request.action));
  const resource = hasResource
    ? resourceMatches(asList(statement.Resource), request.resource)
    : negate(resourceMatches(asList(statement.NotResource), request.resource));
  if (action === false || resource === false) return false;
  const condition = statement.Condition;
  if (condition === undefined) return allOf([action, resource]);
  if (!condition || typeof condition !== 'object' || Array.isArray(condition))
    return undecided("The statement's Condition is not an object.");
  const absent = new Set((request.absentKeys ?? []).map((k) => k.toLowerCase()));
  const knownAbsent = (key: string) => absent.has(key.toLowerCase());
  const conditions = Object.entries(condition).map(([operator, block]) =>
    evaluateOperator(operator, block, request.context ?? {}, knownAbsent),
  );
  return allOf([action, resource, ...conditions]);
}

function statementsOf(source: PolicySource, boundary: boolean): { refs: StatementRef[]; problem?: string } {
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
    const sid = typeof statement.Sid === 'string' ? statement.Sid : undefined;
    refs.push({
      policy: source.name,
      index,
      sid,
      effect: statement.Effect,
      statement,
      ...(boundary ? { boundary } : {}),
    });
  }
  return { refs };
}

function evaluateLayer(sources: PolicySource[], request: EvaluationRequest, layer: Layer): LayerResult {
  const result: LayerResult = { layer, allows: [], denies: [], undecided: [] };
  for (const source of sources) {
    const { refs, problem } = statementsOf(source, layer === 'boundary');
    if (problem) result.undecided.push({ reason: problem });
    for (const ref of refs) {
      const applies = statementApplies(ref.statement, request);
      if (isUndecided(applies)) result.undecided.push({ ref, reason: applies.undecided });
      else if (applies) (ref.effect === 'Deny' ? result.denies : result.allows).push(ref);
    }
  }
  return result;
}

/** Whether a layer allows: `yes`, `no`, or `maybe` when an undecidable statement (or document) might. */
function allowsIn(layer: LayerResult): 'yes' | 'no' | 'maybe' {
  if (layer.allows.length > 0) return 'yes';
  return layer.undecided.some((u) => !u.ref || u.ref.effect === 'Allow') ? 'maybe' : 'no';
}

/**
 * Evaluates identity-based policies for one request as IAM does (policy evaluation logic): an applicable Deny wins,
 * else an applicable Allow allows, else the request is implicitly denied. With a permissions `boundary` (its
 * documents; `[]` is a boundary that allows nothing), the request also needs an Allow there, and a Deny there denies.
 * What it cannot decide (policy variables, unknown condition keys, unsupported operators, undocumented wildcard
 * shapes) makes the decision `not-evaluated` only when it could change the outcome.
 */
export function evaluatePolicies(
  sources: PolicySource[],
  request: EvaluationRequest,
  boundary?: PolicySource[],
): Evaluation {
  const layers = [evaluateLayer(sources, request, 'identity')];
  if (boundary) layers.push(evaluateLayer(boundary, request, 'boundary'));
  const denies = layers.flatMap((l) => l.denies);
  const allows = layers.flatMap((l) => l.allows);
  const notEvaluated = layers.flatMap((l) => l.undecided);
  if (denies.length > 0) return { decision: 'explicit-deny', decisive: denies, notEvaluated };
  const mayDeny = notEvaluated.some((u) => !u.ref || u.ref.effect === 'Deny');
  const lacksAllow = layers.filter((l) => allowsIn(l) === 'no').map((l) => l.layer);
  if (!mayDeny && lacksAllow.length > 0) return { decision: 'implicit-deny', decisive: [], notEvaluated, lacksAllow };
  const allowed = !mayDeny && layers.every((l) => allowsIn(l) === 'yes');
  return { decision: allowed ? 'allowed' : 'not-evaluated', decisive: allows, notEvaluated };
}
