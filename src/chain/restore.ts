import { CASE_VERSION, caseSchema, type Case, type LookupAsk } from './case';
import { fieldArnExcess, findExcess } from './limits';
import { scrubValue } from './secrets';
import { MAX_DEPTH, depthOf } from './share/plausible';

/**
 * Reads a case of any version Authtrace has written, migrating old ones on read (excalidraw's `restore`): a link or
 * a file sent before a format change still opens. Pure; never throws.
 */
export type RestoredCase =
  | { ok: true; case: Case; migratedFrom?: number }
  /** `tooLarge`: it holds more of something than Authtrace ever gathers (see `LIMITS`); the error says what. */
  | { ok: false; error: string; newer?: true; tooLarge?: true };

// v1 kept an English sentence per lookup; v2 keeps what was asked as an id and the value it was about.
const V1_PURPOSES: [RegExp, LookupAsk][] = [
  [/^STS event by identity id/, 'sts-record-by-identity'],
  [/^STS event by event name/, 'sts-record-by-event-name'],
  [/^Identity pool roles/, 'identity-pool'],
  [/^Policies of role (.+)$/, 'role-policies'],
  [/^Simulate \S+ for (.+)$/, 'simulate-policy'],
  [/^AppSync log lines of request (.+)$/, 'appsync-logs'],
];

function migrateLookupV1(lookup: unknown): unknown {
  if (!lookup || typeof lookup !== 'object' || !('purpose' in lookup)) return lookup;
  const { purpose, ...rest } = lookup as { purpose: unknown };
  const text = typeof purpose === 'string' ? purpose : '';
  for (const [pattern, ask] of V1_PURPOSES) {
    const match = pattern.exec(text);
    if (match) return { ...rest, ask, ...(match[1] ? { subject: match[1] } : {}) };
  }
  return { ...rest, ask: 'other' };
}

function migrate(json: Record<string, unknown>): Record<string, unknown> {
  if (json.version !== 1) return json;
  const lookups = Array.isArray(json.lookups) ? json.lookups.map(migrateLookupV1) : json.lookups;
  return { ...json, version: 2, lookups };
}

export function restoreCase(json: unknown): RestoredCase {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, error: 'case: expected an object with version, target and steps' };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > CASE_VERSION)
    return {
      ok: false,
      newer: true,
      error: `it was made by a newer Authtrace (case format ${version}; this one reads up to ${CASE_VERSION})`,
    };
  // Code that recurses (JSON.stringify for a proof's value, structuredClone) would overflow the stack on deeper.
  if (depthOf(json) > MAX_DEPTH)
    return { ok: false, tooLarge: true, error: `it is nested deeper than any AWS evidence (over ${MAX_DEPTH} levels)` };
  const migrated = migrate(json as Record<string, unknown>);
  const counted = findExcess(migrated);
  if (counted) return { ok: false, tooLarge: true, error: `it has ${counted.text}` };
  const parsed = caseSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'case'}: ${i.message}`);
    return { ok: false, error: issues.join('; ') };
  }
  const long = fieldArnExcess(parsed.data);
  if (long) return { ok: false, tooLarge: true, error: `it has ${long.text}` };
  // A case from a file or a link passes the one secret policy like evidence from any other source: whoever wrote it,
  // a secret AWS echoed into a text never reaches the screen, the terminal or a new link. (It only shortens texts and
  // drops secret-named keys, so the validated shape holds.)
  const clean = scrubValue(parsed.data) as Case;
  return { ok: true, case: clean, ...(version !== CASE_VERSION ? { migratedFrom: Number(version) } : {}) };
}
