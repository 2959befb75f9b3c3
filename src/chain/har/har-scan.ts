/**
 * Finds the entries of a HAR without parsing the whole file: one pass over the text that skips strings with
 * `indexOf` (bodies are most of a HAR) and tracks only brackets, so a 15 MB capture costs slices, not a parsed tree.
 * Only the entries that may be AWS calls are parsed afterwards (`mayBeAwsCall`). The whole text's JSON syntax is
 * still checked at the level of structure: an unclosed bracket or string is a truncated file, a stray character a
 * syntax error, each with its position (never the text, which may hold a secret).
 */

export type ScanResult =
  | { ok: true; entries: string[] | undefined; version?: string; creator?: string }
  | { ok: false; truncated: boolean; at: number };

interface Frame {
  kind: '{' | '[';
  key?: string;
  expectKey: boolean;
  path: string;
}

const PRIMITIVE = /(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/y;

/** The end of the string starting at `start` (its closing quote), or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return -1;
    let slashes = 0;
    for (let j = i - 1; text.charCodeAt(j) === 0x5c; j -= 1) slashes += 1;
    if (slashes % 2 === 0) return i;
  }
}

export function scanHar(text: string): ScanResult {
  const stack: Frame[] = [];
  let entries: string[] | undefined;
  let entryStart = -1;
  let version: string | undefined;
  let creatorStart = -1;
  let creator: string | undefined;
  let done = false;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (done) return { ok: false, truncated: false, at: i };
    const top = stack[stack.length - 1];
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (end < 0) return { ok: false, truncated: true, at: n };
      if (top?.kind === '{' && top.expectKey) {
        // Only the first levels' keys matter (log, entries, version, creator): deeper ones are not even sliced.
        top.key = stack.length <= 2 ? text.slice(i + 1, end) : '';
        top.expectKey = false;
      } else if (top?.path === 'log' && top.key === 'version') version = text.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const name = top?.kind === '{' ? (top.key ?? '') : '#';
      // Paths are only spelled out down to an entry (log.entries.#); below it nothing is looked up.
      const path = !top ? '' : stack.length > 3 ? '…' : top.path ? `${top.path}.${name}` : name;
      if (path === 'log.entries.#' && c === 0x7b) entryStart = i;
      if (path === 'log.creator') creatorStart = i;
      if (path === 'log.entries' && c === 0x5b) entries = [];
      stack.push({ kind: c === 0x7b ? '{' : '[', expectKey: c === 0x7b, path });
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const frame = stack.pop();
      if (!frame || (frame.kind === '{') !== (c === 0x7d)) return { ok: false, truncated: false, at: i };
      if (frame.path === 'log.entries.#' && entryStart >= 0) {
        entries?.push(text.slice(entryStart, i + 1));
        entryStart = -1;
      }
      if (frame.path === 'log.creator' && creatorStart >= 0) creator = text.slice(creatorStart, i + 1);
      if (stack.length === 0) done = true;
      continue;
    }
    if (c === 0x3a /* : */ && top?.kind === '{' && !top.expectKey) continue;
    if (c === 0x2c /* , */ && top) {
      if (top.kind === '{') top.expectKey = true;
      continue;
    }
    PRIMITIVE.lastIndex = i;
    const match = top ? PRIMITIVE.exec(text) : null;
    if (!match) return { ok: false, truncated: false, at: i };
    i += match[0].length - 1;
  }
  if (!done) return { ok: false, truncated: true, at: n };
  let creatorName: string | undefined;
  try {
    const parsed = creator ? (JSON.parse(creator) as { name?: unknown }) : undefined;
    creatorName = typeof parsed?.name === 'string' ? parsed.name : undefined;
  } catch {
    return { ok: false, truncated: false, at: creatorStart };
  }
  return {
    ok: true,
    entries,
    ...(version !== undefined ? { version } : {}),
    ...(creatorName ? { creator: creatorName } : {}),
  };
}

// What an AWS call of the chain carries in its entry text; anything without these is never parsed.
const AWS_HINT = /x-amz-target|\/graphql|AssumeRoleWithWebIdentity/i;

export function mayBeAwsCall(entry: string): boolean {
  return AWS_HINT.test(entry);
}
