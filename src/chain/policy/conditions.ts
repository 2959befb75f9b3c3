import { globMatch } from './glob';

export type ContextValue = string | string[];
/** Request context: condition key (case-insensitive) → value(s). */
export type RequestContext = Record<string, ContextValue>;

/** `true`/`false`, or `undefined` when this evaluator cannot decide (unsupported operator or unknown key). */
export type Tri = boolean | undefined;

type Comparator = (policyValue: string, requestValue: string) => Tri;

const str =
  (ignoreCase: boolean): Comparator =>
  (p, r) =>
    ignoreCase ? p.toLowerCase() === r.toLowerCase() : p === r;
const num: (cmp: (a: number, b: number) => boolean) => Comparator = (cmp) => (p, r) => {
  const a = Number(r);
  const b = Number(p);
  return Number.isNaN(a) || Number.isNaN(b) ? false : cmp(a, b);
};
const date: (cmp: (a: number, b: number) => boolean) => Comparator = (cmp) => (p, r) => {
  const toMs = (s: string) => (/^\d+$/.test(s) ? Number(s) * 1000 : Date.parse(s));
  const a = toMs(r);
  const b = toMs(p);
  return Number.isNaN(a) || Number.isNaN(b) ? false : cmp(a, b);
};
// ARN operators match segment by segment, with wildcards inside a segment (IAM condition operator reference).
const arnLike: Comparator = (p, r) => {
  const ps = p.split(':');
  const rs = r.split(':');
  if (ps.length < 6 || rs.length < 6) return false;
  const head = (parts: string[]) => [...parts.slice(0, 5), parts.slice(5).join(':')];
  const [ph, rh] = [head(ps), head(rs)];
  return ph.every((segment, i) => globMatch(segment, rh[i] ?? ''));
};

/** Positive base operators; `Not…` forms are their negation (see `evaluateOperator`). */
const OPERATORS: Record<string, Comparator> = {
  stringequals: str(false),
  stringequalsignorecase: str(true),
  stringlike: (p, r) => globMatch(p, r),
  numericequals: num((a, b) => a === b),
  numericlessthan: num((a, b) => a < b),
  numericlessthanequals: num((a, b) => a <= b),
  numericgreaterthan: num((a, b) => a > b),
  numericgreaterthanequals: num((a, b) => a >= b),
  dateequals: date((a, b) => a === b),
  datelessthan: date((a, b) => a < b),
  datelessthanequals: date((a, b) => a <= b),
  dategreaterthan: date((a, b) => a > b),
  dategreaterthanequals: date((a, b) => a >= b),
  bool: (p, r) => p.toLowerCase() === r.toLowerCase(),
  arnequals: arnLike,
  arnlike: arnLike,
};

const NEGATED: Record<string, string> = {
  stringnotequals: 'stringequals',
  stringnotequalsignorecase: 'stringequalsignorecase',
  stringnotlike: 'stringlike',
  numericnotequals: 'numericequals',
  datenotequals: 'dateequals',
  arnnotequals: 'arnequals',
  arnnotlike: 'arnlike',
};

function lookup(context: RequestContext, key: string): string[] | undefined {
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(context))
    if (name.toLowerCase() === wanted) return Array.isArray(value) ? value : [value];
  return undefined;
}

function policyValues(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : [raw];
  if (!list.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
  return list.map(String);
}

/**
 * One operator block (`"StringEquals": { key: value(s) }`): every key must match (AND), any of a key's values may
 * (OR). Handles `ForAnyValue:` / `ForAllValues:` set prefixes, `…IfExists`, `Null`, and negated operators.
 * Keys this evaluator does not know are `undefined` unless `knownKeys` says they are absent for sure.
 */
export function evaluateOperator(
  operator: string,
  block: unknown,
  context: RequestContext,
  definitive: (key: string) => boolean,
): Tri {
  if (!block || typeof block !== 'object' || Array.isArray(block)) return undefined;
  let name = operator.toLowerCase();
  let set: 'any' | 'all' | undefined;
  if (name.startsWith('foranyvalue:')) [set, name] = ['any', name.slice(12)];
  else if (name.startsWith('forallvalues:')) [set, name] = ['all', name.slice(13)];
  const ifExists = name.endsWith('ifexists');
  if (ifExists) name = name.slice(0, -8);

  let result: Tri = true;
  for (const [key, raw] of Object.entries(block)) {
    const values = policyValues(raw);
    if (!values) return undefined;
    const requestValues = lookup(context, key);
    let outcome: Tri;
    if (name === 'null') {
      if (!requestValues && !definitive(key)) return undefined;
      const isNull = !requestValues;
      outcome = values.some((v) => (v.toLowerCase() === 'true') === isNull);
    } else {
      const negatedBase = NEGATED[name];
      const compare = OPERATORS[negatedBase ?? name];
      if (!compare) return undefined;
      if (!requestValues) {
        if (!definitive(key)) return undefined;
        // Absent key: positive operators fail, negated ones and IfExists pass; ForAllValues passes, ForAnyValue fails.
        outcome = set === 'all' ? true : set === 'any' ? false : ifExists || Boolean(negatedBase);
      } else {
        const matchesOne = (rv: string): Tri => {
          const hits = values.map((pv) => compare(pv, rv));
          if (hits.includes(undefined)) return undefined;
          const any = hits.includes(true);
          return negatedBase ? !any : any;
        };
        const per = requestValues.map(matchesOne);
        if (per.includes(undefined)) return undefined;
        if (set === 'all') outcome = per.every(Boolean);
        else if (set === 'any') outcome = per.some(Boolean);
        else outcome = requestValues.length === 1 ? per[0] : per.some(Boolean);
      }
    }
    if (outcome === false) return false;
    if (outcome === undefined) result = undefined;
  }
  return result;
}
