import type { Case, Step } from './case';

/** Escapes one JSON Pointer reference token (RFC 6901). */
function token(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function pointer(...path: (string | number)[]): string {
  return path.map((key) => `/${token(key)}`).join('');
}

/** A proof pointing at a field of one step of the case. */
export function stepProof<L>(
  c: Case,
  step: Step,
  path: (string | number)[],
  label: L,
  value: unknown,
): { label: L; pointer: string; value: string } {
  return { label, pointer: pointer('steps', c.steps.indexOf(step), ...path), value: String(value) };
}

/** A proof pointing into one CloudTrail record of the case. */
export function recordProof<L>(
  c: Case,
  record: Case['records'][number],
  path: (string | number)[],
  label: L,
  value: unknown,
): { label: L; pointer: string; value: string } {
  return { label, pointer: pointer('records', c.records.indexOf(record), ...path), value: String(value) };
}

/** Reads the value a JSON Pointer names (for rendering and for tests that check proofs really point at evidence). */
export function resolvePointer(root: unknown, ptr: string): unknown {
  if (ptr === '') return root;
  let node: unknown = root;
  for (const raw of ptr.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
