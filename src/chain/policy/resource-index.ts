import type { RequestResource, ResourcePattern } from './resource-match';

/**
 * A layer's Resource entries by one ARN part each (the rarest of those they spell out whole), so a resource is
 * compared only with the entries whose part it has: an entry naming one field ARN is not tried on the others.
 */
export interface ResourceIndex {
  /** For each entry (by id), the layer's statement it belongs to (by position), and how many statements there are. */
  owners: number[];
  statements: number;
  /** Entries that may match whatever the resource (`*`, policy variables, entries that are not ARNs). */
  always: number[];
  /** By a part of the entry as written, and of the entry with its ARN prefix lowercased. */
  exact: Map<string, number[]>;
  folded: Map<string, number[]>;
  /** Entries without wildcards, by their whole text as written and with the ARN prefix lowercased. */
  texts: { exact: Map<string, number[]>; folded: Map<string, number[]> };
}

function add(index: Map<string, number[]>, key: string, id: number) {
  const ids = index.get(key);
  if (ids) ids.push(id);
  else index.set(key, [id]);
}

/** Each entry under its rarest part among the entries; on a tie the longest, which fewer ARNs are likely to have. */
function byRarestPart(entries: { id: number; parts: string[] }[]): Map<string, number[]> {
  const count = new Map<string, number>();
  for (const { parts } of entries) for (const part of parts) count.set(part, (count.get(part) ?? 0) + 1);
  const rarity = (part: string) => (count.get(part) ?? 0) - part.length / (part.length + 1);
  const index = new Map<string, number[]>();
  for (const { id, parts } of entries)
    add(
      index,
      parts.reduce((best, part) => (rarity(part) < rarity(best) ? part : best)),
      id,
    );
  return index;
}

/** Indexes the entries of the statements; an entry's id is its position in `patterns`. */
export function indexResourcePatterns(
  patterns: ResourcePattern[],
  owners: number[],
  statements: number,
): ResourceIndex {
  const always: number[] = [];
  const exact: { id: number; parts: string[] }[] = [];
  const folded: { id: number; parts: string[] }[] = [];
  const texts = { exact: new Map<string, number[]>(), folded: new Map<string, number[]>() };
  patterns.forEach(({ parts, text }, id) => {
    if (text) {
      add(texts.exact, text.exact, id);
      return add(texts.folded, text.folded, id);
    }
    if (!parts || parts.exact.length === 0 || parts.folded.length === 0) return always.push(id);
    exact.push({ id, parts: parts.exact });
    folded.push({ id, parts: parts.folded });
  });
  const byExact = byRarestPart(exact);
  // Entries whose ARN prefix is lowercase already (most) index the same both ways.
  const same = patterns.every(({ parts }) => !parts || parts.folded === parts.exact);
  return { owners, statements, always, exact: byExact, folded: same ? byExact : byRarestPart(folded), texts };
}

/** The entries that may match a resource (marked 1; every other one surely does not), and their statements. */
export interface Candidates {
  entries: Uint8Array;
  statements: Uint8Array;
}

export function candidatesFor(index: ResourceIndex, resource: RequestResource): Candidates {
  const candidates = {
    entries: new Uint8Array(index.owners.length),
    statements: new Uint8Array(index.statements),
  };
  // Every entry has something to say about a resource that is not an ARN.
  if (!resource.isArn) {
    candidates.entries.fill(1);
    candidates.statements.fill(1);
    return candidates;
  }
  const mark = (id: number) => {
    candidates.entries[id] = 1;
    candidates.statements[index.owners[id] ?? 0] = 1;
  };
  for (const id of index.always) mark(id);
  for (const id of index.texts.exact.get(resource.arn) ?? []) mark(id);
  for (const id of index.texts.folded.get(resource.folded.joined) ?? []) mark(id);
  for (const part of resource.parts) for (const id of index.exact.get(part) ?? []) mark(id);
  if (index.folded !== index.exact || resource.folded.joined !== resource.arn)
    for (const part of resource.folded.parts) for (const id of index.folded.get(part) ?? []) mark(id);
  return candidates;
}
