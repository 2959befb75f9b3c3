import { OPERATORS } from './operators';
import { allOf, anyOf, negate, undecided, type Tri } from './tri';

export type ContextValue = string | string[];
/** Request context: condition key (case-insensitive) → value, or values for a multivalued key. */
export type RequestContext = Record<string, ContextValue>;

function lookup(context: RequestContext, key: string): string[] | string | undefined {
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(context)) if (name.toLowerCase() === wanted) return value;
  return undefined;
}

function policyValues(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
  return list.map(String);
}

interface ParsedOperator {
  set?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  base: string;
}

function parseOperator(operator: string): ParsedOperator {
  const match = /^(?:(ForAnyValue|ForAllValues):)?(.*?)(IfExists)?$/.exec(operator);
  const set = match?.[1] === 'ForAnyValue' || match?.[1] === 'ForAllValues' ? match[1] : undefined;
  return { set, ifExists: Boolean(match?.[3]), base: match?.[2] ?? operator };
}

/**
 * One operator block (`"StringEquals": { key: value(s) }`): every key must match (AND), any of a key's values may
 * (OR), as IAM's condition evaluation logic says. `knownAbsent(key)` tells whether a key missing from `context` is known
 * to be absent from the request; otherwise a missing key leaves the block undecided.
 */
export function evaluateOperator(
  operator: string,
  block: unknown,
  context: RequestContext,
  knownAbsent: (key: string) => boolean,
): Tri {
  if (!block || typeof block !== 'object' || Array.isArray(block))
    return undecided(`The "${operator}" block is not an object of condition keys.`);
  const parsed = parseOperator(operator);
  const isNull = parsed.base === 'Null';
  if (isNull && (parsed.set || parsed.ifExists)) return undecided(`"${operator}" is not a valid condition operator.`);
  if (!isNull && !OPERATORS.has(parsed.base))
    return undecided(`The condition operator "${operator}" is not supported by this evaluator.`);
  return allOf(
    Object.entries(block).map(([key, raw]) => {
      const values = policyValues(raw);
      if (!values) return undecided(`The values of "${key}" under "${operator}" are not strings.`);
      if (values.some((v) => v.includes('${')))
        return undecided(
          `The condition on "${key}" uses a policy variable, which needs the request's principal context.`,
        );
      const request = lookup(context, key);
      if (request === undefined && !knownAbsent(key))
        return undecided(`Whether the request carries "${key}" is not known here.`);
      return isNull ? nullCheck(values, request !== undefined) : compareKey(parsed, values, request);
    }),
  );
}

/** `Null: true` means the key must be absent, `false` that it must be present. */
function nullCheck(values: string[], present: boolean): Tri {
  return anyOf(
    values.map((v) =>
      /^(true|false)$/i.test(v) ? (v.toLowerCase() === 'true') !== present : undecided(`"${v}" is not a boolean.`),
    ),
  );
}

function compareKey(
  { set, ifExists, base }: ParsedOperator,
  values: string[],
  request: string | string[] | undefined,
): Tri {
  const operator = OPERATORS.get(base);
  if (!operator) return undecided(`The condition operator "${base}" is not supported by this evaluator.`);
  if (request === undefined) {
    // A missing key: positive operators fail, negated ones pass, ...IfExists passes (condition operators reference);
    // ForAllValues passes and ForAnyValue fails (set operators for multivalued context keys).
    if (set === 'ForAnyValue')
      return ifExists ? undecided('ForAnyValue with IfExists on a missing key is not documented.') : false;
    return set === 'ForAllValues' || ifExists || operator.negated;
  }
  if (Array.isArray(request) && !set)
    return undecided(`"${base}" without ForAnyValue/ForAllValues on a multivalued key is not documented.`);
  const one = (requestValue: string): Tri => {
    const hit = anyOf(values.map((policyValue) => operator.compare(policyValue, requestValue)));
    return operator.negated ? negate(hit) : hit;
  };
  const perValue = (Array.isArray(request) ? request : [request]).map((v) => one(String(v)));
  return set === 'ForAllValues' ? allOf(perValue) : anyOf(perValue);
}
