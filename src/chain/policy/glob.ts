/** A compiled wildcard pattern: whether it matches the whole value. */
export type Glob = (value: string) => boolean;

/** The literal runs between `*`s; `?` inside one matches any one character (one UTF-16 unit). */
interface Chunk {
  text: string;
  anyChar: boolean;
}

function matchesAt(chunk: Chunk, value: string, at: number): boolean {
  if (!chunk.anyChar) return value.startsWith(chunk.text, at);
  for (let i = 0; i < chunk.text.length; i += 1)
    if (chunk.text[i] !== '?' && chunk.text[i] !== value[at + i]) return false;
  return true;
}

/** The leftmost position from `from` where the chunk matches and ends by `end`, or -1. */
function find(chunk: Chunk, value: string, from: number, end: number): number {
  const last = end - chunk.text.length;
  if (!chunk.anyChar) {
    const at = value.indexOf(chunk.text, from);
    return at >= 0 && at <= last ? at : -1;
  }
  for (let at = from; at <= last; at += 1) if (matchesAt(chunk, value, at)) return at;
  return -1;
}

/** Runs of plain text between `*`s, the first anchored at the start and the last at the end. */
function plain(first: string, middle: string[], last: string, shortest: number): Glob {
  return (value) => {
    if (value.length < shortest || !value.startsWith(first) || !value.endsWith(last)) return false;
    const end = value.length - last.length;
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
  const chunks = pattern.split('*').map((text) => ({ text, anyChar: text.includes('?') }));
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
