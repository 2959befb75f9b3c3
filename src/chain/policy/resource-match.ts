import { globMatch } from './glob';
import { anyOf, undecided, type Tri } from './tri';

const WILDCARD = /[*?]/;

/**
 * Whether any `Resource`/`NotResource` entry covers the resource ARN. AWS documents wildcards *within* the
 * colon-separated ARN segments, a `*` that ends a segment "can expand to match beyond the colon boundaries", and no
 * wildcard in the service segment or in the resource type (`user/`, `apis/`) (IAM JSON policy elements: Resource;
 * IAM identifiers: ARNs). We decide only where every reading of that text agrees, and say so where it does not.
 */
export function resourceMatches(patterns: unknown[], resource: string): Tri {
  return anyOf(patterns.map((pattern) => matchOne(pattern, resource)));
}

function matchOne(pattern: unknown, resource: string): Tri {
  if (typeof pattern !== 'string') return undecided('A Resource entry is not a string.');
  if (pattern.includes('${'))
    return undecided(`The resource "${pattern}" uses a policy variable, which needs the request's principal context.`);
  if (pattern === '*') return true;
  const p = pattern.split(':');
  const a = resource.split(':');
  if (a[0] !== 'arn' || a.length < 6) return undecided(`The request resource "${resource}" is not an ARN.`);
  if (p[0] !== 'arn' || (p.length < 6 && !pattern.endsWith('*')))
    return undecided(`The resource "${pattern}" is not a complete ARN.`);
  if (p.length < 3 || WILDCARD.test(p[2] ?? ''))
    return undecided(`The resource "${pattern}" has a wildcard in the service segment, which IAM does not allow.`);
  const type = resourceType(p);
  if (type !== undefined && WILDCARD.test(type) && p[2]?.toLowerCase() !== 's3')
    return undecided(
      `The resource "${pattern}" has a wildcard in the resource type "${type}", which IAM does not allow.`,
    );
  const exact = compare(p, a);
  if (exact !== compare(foldPrefix(p), foldPrefix(a)))
    return undecided(`The resource "${pattern}" matches "${resource}" only if ARN prefixes ignore case.`);
  if (exact === 'span')
    return undecided(`The resource "${pattern}" matches "${resource}" only if a wildcard spans ARN segments (":").`);
  return exact === 'match';
}

/**
 * `match` when every wildcard stays inside its segment except a final `*` (documented to expand); `no` when not even
 * a wildcard free to cross colons matches; `span` in between, where AWS's wording leaves the answer open.
 */
function compare(p: string[], a: string[]): 'match' | 'no' | 'span' {
  const lastStar = p[p.length - 1]?.endsWith('*') ?? false;
  const segmentsMatch = p.length === a.length || (p.length < a.length && lastStar);
  if (segmentsMatch && p.every((segment, i) => globMatch(segment, a[i] ?? ''))) return 'match';
  return globMatch(p.join(':'), a.join(':')) ? 'span' : 'no';
}

/** The resource type: what precedes the first `/` or `:` of the resource part, when there is one. */
function resourceType(p: string[]): string | undefined {
  if (p.length < 6) return undefined;
  const part = p.slice(5).join(':');
  const end = part.search(/[/:]/);
  return end === -1 ? undefined : part.slice(0, end);
}

/** Partition, service, region and account lowercased; the resource part keeps its case. */
const foldPrefix = (segments: string[]) => segments.map((s, i) => (i < 5 ? s.toLowerCase() : s));
