import { globMatch } from './glob';
import { undecided, type Tri } from './tri';

/** Compares one policy value with one request value. */
type Comparator = (policyValue: string, requestValue: string) => Tri;

interface Operator {
  compare: Comparator;
  /** `StringNotEquals` & co.: true when the request value matches none of the policy values. */
  negated: boolean;
}

const exact: Comparator = (p, r) => p === r;
const ignoringCase: Comparator = (p, r) => p.toLowerCase() === r.toLowerCase();
const like: Comparator = (p, r) => globMatch(p, r);

const NUMBER = /^-?\d+(\.\d+)?$/;
const numeric =
  (test: (request: number, policy: number) => boolean): Comparator =>
  (p, r) =>
    NUMBER.test(p) && NUMBER.test(r) ? test(Number(r), Number(p)) : undecided(`"${r}" or "${p}" is not a number.`);

// Date condition values are W3C ISO 8601 dates (with a time zone when they have a time) or epoch seconds.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const toMs = (s: string) => (/^\d+$/.test(s) ? Number(s) * 1000 : ISO_DATE.test(s) ? Date.parse(s) : NaN);
const date =
  (test: (request: number, policy: number) => boolean): Comparator =>
  (p, r) => {
    const [request, policy] = [toMs(r), toMs(p)];
    return Number.isNaN(request) || Number.isNaN(policy)
      ? undecided(`"${r}" or "${p}" is not a date.`)
      : test(request, policy);
  };

const BOOLEAN = /^(true|false)$/i;
const bool: Comparator = (p, r) =>
  BOOLEAN.test(p) && BOOLEAN.test(r)
    ? p.toLowerCase() === r.toLowerCase()
    : undecided(`"${r}" or "${p}" is not a boolean.`);

/** ARN operators check each of the six colon-separated components on its own, with wildcards, case-sensitively. */
const arn: Comparator = (p, r) => {
  const [ps, rs] = [p.split(':'), r.split(':')];
  if (ps.length < 6 || rs.length < 6 || ps[0] !== 'arn' || rs[0] !== 'arn')
    return undecided(`"${r}" or "${p}" is not an ARN.`);
  const six = (parts: string[]) => [...parts.slice(0, 5), parts.slice(5).join(':')];
  const rsSix = six(rs);
  return six(ps).every((segment, i) => globMatch(segment, rsSix[i] ?? ''));
};

const sameNumber = numeric((r, p) => r === p);
const sameDate = date((r, p) => r === p);

const pair = (positive: string, negative: string, compare: Comparator): [string, Operator][] => [
  [positive, { compare, negated: false }],
  [negative, { compare, negated: true }],
];

/**
 * The condition operators this evaluator supports, by their documented spelling (IAM JSON policy elements: Condition
 * operators). `IpAddress`, `BinaryEquals` and anything else are undecided, never guessed.
 */
export const OPERATORS = new Map<string, Operator>([
  ...pair('StringEquals', 'StringNotEquals', exact),
  ...pair('StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', ignoringCase),
  ...pair('StringLike', 'StringNotLike', like),
  ...pair('NumericEquals', 'NumericNotEquals', sameNumber),
  ['NumericLessThan', { compare: numeric((r, p) => r < p), negated: false }],
  ['NumericLessThanEquals', { compare: numeric((r, p) => r <= p), negated: false }],
  ['NumericGreaterThan', { compare: numeric((r, p) => r > p), negated: false }],
  ['NumericGreaterThanEquals', { compare: numeric((r, p) => r >= p), negated: false }],
  ...pair('DateEquals', 'DateNotEquals', sameDate),
  ['DateLessThan', { compare: date((r, p) => r < p), negated: false }],
  ['DateLessThanEquals', { compare: date((r, p) => r <= p), negated: false }],
  ['DateGreaterThan', { compare: date((r, p) => r > p), negated: false }],
  ['DateGreaterThanEquals', { compare: date((r, p) => r >= p), negated: false }],
  ['Bool', { compare: bool, negated: false }],
  ...pair('ArnEquals', 'ArnNotEquals', arn),
  ...pair('ArnLike', 'ArnNotLike', arn),
]);
