import { compileGlob, type Glob } from './glob';
import { undecided, type Tri } from './tri';

const WILDCARD = /[*?]/;
const PART = /[:/]/;

/** A request's resource, split once however many patterns it is compared with. */
export interface RequestResource {
  arn: string;
  segments: string[];
  /** `arn:…` with at least six segments. */
  isArn: boolean;
  /** Its parts between `:` and `/`. */
  parts: Set<string>;
  /** Partition, service, region and account lowercased; the resource part keeps its case. */
  folded: { segments: string[]; joined: string; parts: Set<string> };
}

export function requestResource(arn: string): RequestResource {
  const segments = arn.split(':');
  const folded = foldPrefix(segments);
  const joined = folded.join(':');
  return {
    arn,
    segments,
    isArn: segments[0] === 'arn' && segments.length >= 6,
    parts: new Set(arn.split(PART)),
    folded: { segments: folded, joined, parts: new Set(joined.split(PART)) },
  };
}

/** One `Resource`/`NotResource` entry, compiled. */
export interface ResourcePattern {
  /** Whether the entry covers the resource. */
  match(resource: RequestResource): Tri;
  /**
   * The ARN parts (between `:` and `/`) the entry spells out whole, as written and with its prefix lowercased. An ARN
   * the entry does not rule out (`false`) has all of the first among its parts, or all of the second among the parts
   * of the ARN with its prefix lowercased. Absent when any ARN might be matched.
   */
  parts?: { exact: string[]; folded: string[] };
  /** For an entry without wildcards, itself as written and with its prefix lowercased: the only ARNs it can match. */
  text?: { exact: string; folded: string };
}

/**
 * Compiles a `Resource`/`NotResource` entry. AWS documents wildcards *within* the colon-separated ARN segments, a `*`
 * that ends a segment "can expand to match beyond the colon boundaries", and no wildcard in the service segment or in
 * the resource type (`user/`, `apis/`) (IAM JSON policy elements: Resource; IAM identifiers: ARNs). We decide only
 * where every reading of that text agrees, and say so where it does not.
 */
export function compileResourcePattern(pattern: unknown): ResourcePattern {
  if (typeof pattern !== 'string') return constant(undecided('A Resource entry is not a string.'));
  if (pattern.includes('${'))
    return constant(
      undecided(`The resource "${pattern}" uses a policy variable, which needs the request's principal context.`),
    );
  if (pattern === '*') return constant(true);
  const p = pattern.split(':');
  const problem = patternProblem(pattern, p);
  if (problem) {
    const always = undecided(problem);
    return {
      match: (resource) =>
        resource.isArn ? always : undecided(`The request resource "${resource.arn}" is not an ARN.`),
    };
  }
  const exact = compileSegments(p);
  const foldedSegments = foldPrefix(p);
  const foldedText = foldedSegments.join(':');
  const folded = foldedText === pattern ? exact : compileSegments(foldedSegments);
  const parts = wholeParts(pattern);
  return {
    ...(WILDCARD.test(pattern)
      ? { parts: { exact: parts, folded: foldedText === pattern ? parts : wholeParts(foldedText) } }
      : { text: { exact: pattern, folded: foldedText } }),
    match(resource) {
      if (!resource.isArn) return undecided(`The request resource "${resource.arn}" is not an ARN.`);
      const match = exact(resource.segments, resource.arn);
      const foldedMatch =
        folded === exact && resource.folded.joined === resource.arn
          ? match
          : folded(resource.folded.segments, resource.folded.joined);
      if (match !== foldedMatch)
        return undecided(`The resource "${pattern}" matches "${resource.arn}" only if ARN prefixes ignore case.`);
      if (match === 'span')
        return undecided(
          `The resource "${pattern}" matches "${resource.arn}" only if a wildcard spans ARN segments (":").`,
        );
      return match === 'match';
    },
  };
}

/**
 * The parts a wildcard cannot stand in for: within a run of text between wildcards, those with a `:` or `/` (or the
 * start or end of the entry) on both sides. Whatever the wildcards match, an ARN the entry matches has each of them
 * among its own parts.
 */
function wholeParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  // A part starts after a `:`/`/` or at the entry's start, and is cut short (not whole) by a wildcard.
  let whole = true;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (char === '*' || char === '?') whole = false;
    else if (char === ':' || char === '/' || char === undefined) {
      if (whole && i > start) parts.push(text.slice(start, i));
      start = i + 1;
      whole = true;
    }
  }
  return parts;
}

const constant = (value: Tri): ResourcePattern => ({ match: () => value });

/** What makes the entry undecidable whatever the resource, in the order IAM's grammar is checked. */
function patternProblem(pattern: string, p: string[]): string | undefined {
  if (p[0] !== 'arn' || (p.length < 6 && !pattern.endsWith('*')))
    return `The resource "${pattern}" is not a complete ARN.`;
  if (p.length < 3 || WILDCARD.test(p[2] ?? ''))
    return `The resource "${pattern}" has a wildcard in the service segment, which IAM does not allow.`;
  const type = resourceType(p);
  if (type !== undefined && WILDCARD.test(type) && p[2]?.toLowerCase() !== 's3')
    return `The resource "${pattern}" has a wildcard in the resource type "${type}", which IAM does not allow.`;
  return undefined;
}

type Comparison = 'match' | 'no' | 'span';

/**
 * `match` when every wildcard stays inside its segment except a final `*` (documented to expand); `no` when not even
 * a wildcard free to cross colons matches; `span` in between, where AWS's wording leaves the answer open. A segment
 * by segment match is also a match of the whole text, so the whole text is tried first: most entries fail there.
 */
function compileSegments(p: string[]): (a: string[], joined: string) => Comparison {
  const whole = compileGlob(p.join(':'));
  let segments: Glob[] | undefined;
  const lastStar = p[p.length - 1]?.endsWith('*') ?? false;
  return (a, joined) => {
    if (!whole(joined)) return 'no';
    const segmentsMatch = p.length === a.length || (p.length < a.length && lastStar);
    segments ??= p.map((segment) => compileGlob(segment));
    return segmentsMatch && segments.every((glob, i) => glob(a[i] ?? '')) ? 'match' : 'span';
  };
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
