import { compilePolicySet, type Layer, type PolicySet, type PolicySource, type StatementRef } from './policy-set';
import { evaluateLayer, prepareLayer, type LayerResult, type RequestShape } from './prepared-layer';
import { requestResource } from './resource-match';

export type { Layer, PolicySource, StatementRef } from './policy-set';

export interface EvaluationRequest extends RequestShape {
  resource: string;
}

export type Decision = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'not-evaluated';

export interface Evaluation {
  decision: Decision;
  /** The statements that decide: the matching Deny(s), else the matching Allow(s). */
  decisive: StatementRef[];
  /** Why the decision is `not-evaluated`, or statements that were skipped as undecidable. */
  notEvaluated: { ref?: StatementRef; reason: string }[];
  /** For `implicit-deny`: the policy layers where no statement allows the request. */
  lacksAllow?: Layer[];
}

/** Whether a layer allows: `yes`, `no`, or `maybe` when an undecidable statement (or document) might. */
function allowsIn(layer: LayerResult): 'yes' | 'no' | 'maybe' {
  if (layer.allows.length > 0) return 'yes';
  return layer.undecided.some((u) => !u.ref || u.ref.effect === 'Allow') ? 'maybe' : 'no';
}

function decide(layers: LayerResult[]): Evaluation {
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

/**
 * The policy set's decision on a request, for any resource: Action and Condition are decided once, statements they
 * rule out are never looked at again, and each resource is compared only with the Resource entries whose text before
 * the first wildcard it starts with. A query's thousand field ARNs cost about one pass over the statements each.
 */
export function evaluatorFor(set: PolicySet, request: RequestShape): (resource: string) => Evaluation {
  const layers = set.layers.map(({ layer, sources }) => prepareLayer(layer, sources, request));
  return (resource) => {
    const parsed = requestResource(resource);
    return decide(layers.map((layer) => evaluateLayer(layer, parsed)));
  };
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
  return evaluatorFor(compilePolicySet(sources, boundary), request)(request.resource);
}
