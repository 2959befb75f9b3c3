/** A compiled wildcard pattern: whether it matches the whole value. */
export type Glob = (value: string) => boolean;

/**
 * A run of text between `*`s, where `?` matches any one character (one UTF-16 unit): its plain pieces and where
 * each starts, compared natively rather than character by character.
 */
interface Chunk {
  text: string;
  anyChar: boolean;
  pieces: { text: string; offset: number }[];
  /** The longest piece, which the search looks for first. */
  anchor?: { text: string; offset: number };
}

function chunkOf(text: string): Chunk {
  const pieces: Chunk['pieces'] = [];
  let offset = 0;
  for (const piece of text.split('?')) {
    if (piece) pieces.push({ text: piece, offset });
    offset += piece.length + 1;
  }
  const anchor = pieces.reduce<Chunk['anchor']>(
    (best, p) => (p.text.length > (best?.text.length ?? 0) ? p : best),
    undefined,
  );
  return { text, anyChar: text.includes('?'), pieces, anchor };
}

/** `value.startsWith(text, at)`, which V8 compares character by character: a slice compared whole is many times faster. */
const hasAt = (value: string, text: string, at: number) => value.slice(at, at + text.length) === text;

/** Whether the chunk matches at `at` (the caller has checked that it fits). */
const matchesAt = (chunk: Chunk, value: string, at: number): boolean =>
  chunk.pieces.every((piece) => hasAt(value, piece.text, at + piece.offset));

/** The leftmost position from `from` where the chunk matches and ends by `end`, or -1. */
function find(chunk: Chunk, value: string, from: number, end: number): number {
  const last = end - chunk.text.length;
  const { anchor } = chunk;
  if (!anchor) return from <= last ? from : -1;
  // Only where the longest piece is can the chunk start: try those places, leftmost first.
  for (let start = from; start <= last; start += 1) {
    const hit = value.indexOf(anchor.text, start + anchor.offset);
    if (hit < 0 || hit - anchor.offset > last) return -1;
    start = hit - anchor.offset;
    if (matchesAt(chunk, value, start)) return start;
  }
  return -1;
}

/** Runs of plain text between `*`s, the first anchored at the start and the last at the end. */
function plain(first: string, middle: string[], last: string, shortest: number): Glob {
  return (value) => {
    const end = value.length - last.length;
    if (value.length < shortest || !hasAt(value, first, 0) || !hasAt(value, last, end)) return false;
    let at = first.length;
    for (const chunk of middle) {
      const found = value.indexOf(chunk, at);
      if (found < 0 || found + chunk.length > end) return false;
      at = found + chunk.length;
    }
    return true;
  };
}

function build(pattern: string): Glob {
  if (!/[*?]/.test(pattern)) return (value) => value === pattern;
  const chunks = pattern.split('*').map(chunkOf);
  const first = chunks[0] as Chunk;
  if (chunks.length === 1) return (value) => value.length === pattern.length && matchesAt(first, value, 0);
  const last = chunks[chunks.length - 1] as Chunk;
  const middle = chunks.slice(1, -1).filter((chunk) => chunk.text.length > 0);
  const shortest = chunks.reduce((sum, chunk) => sum + chunk.text.length, 0);
  // The first run is anchored at the start, the last at the end, and each one between matched leftmost: an earlier
  // place never leaves less room for the runs after it, so this decides in one pass without backtracking.
  if (!chunks.some((chunk) => chunk.anyChar))
    return plain(
      first.text,
      middle.map((chunk) => chunk.text),
      last.text,
      shortest,
    );
  return (value) => {
    if (value.length < shortest || !matchesAt(first, value, 0)) return false;
    const end = value.length - last.text.length;
    if (!matchesAt(last, value, end)) return false;
    let at = first.text.length;
    for (const chunk of middle) {
      const found = find(chunk, value, at, end);
      if (found < 0) return false;
      at = found + chunk.text.length;
    }
    return true;
  };
}

// Policies repeat their patterns across statements and requests; the cache is cleared, not grown, past this size.
const MAX_CACHED = 20_000;
const cache = new Map<string, Glob>();

/**
 * IAM wildcard matching, compiled once per pattern: `*` any run of characters, `?` any one character (IAM policy
 * grammar). The caller chooses case sensitivity: actions compare case-insensitively, resource ARNs and most condition
 * values do not. One pass over the value, no backtracking, no regular expression built from policy text.
 */
export function compileGlob(pattern: string, ignoreCase = false): Glob {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let glob = cache.get(key);
  if (!glob) {
    if (cache.size >= MAX_CACHED) cache.clear();
    const exact = build(ignoreCase ? pattern.toLowerCase() : pattern);
    glob = ignoreCase ? (value) => exact(value.toLowerCase()) : exact;
    cache.set(key, glob);
  }
  return glob;
}

export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  return compileGlob(pattern, ignoreCase)(value);
}
