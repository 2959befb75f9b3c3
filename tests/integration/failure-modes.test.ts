import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAILURE_MODES, HYPOTHESES } from '@/chain/failure-modes';
import { en } from '@/chain/messages/en';
import { listScenarios } from '../../sandbox/scenarios/registry.ts';

// The catalog the planners keep beside the repository (CI lays shared/ next to the clone).
const CATALOG = new URL('../../../shared/FAILURE-MODES.md', import.meta.url);
// Ids built here and proposed to the planners (shared/ is read-only to developers): docs/FAILURE-MODES-PROPOSED.md.
const PROPOSED = new URL('../../docs/FAILURE-MODES-PROPOSED.md', import.meta.url);

/** The ids in the catalog's first table: its rows start with | `id` |. */
function catalogIds(markdown: string): string[] {
  const end = markdown.indexOf('Evidence facts to respect');
  const table = end === -1 ? markdown : markdown.slice(0, end);
  return [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe('one list of failure modes', () => {
  it('has one hypothesis, one title and one sandbox scenario per id, and nothing else', () => {
    const ids = [...FAILURE_MODES].sort();
    expect(HYPOTHESES.map((h) => h.id).sort()).toEqual(ids);
    expect(new Set(HYPOTHESES.map((h) => h.id)).size).toBe(HYPOTHESES.length);
    expect([...new Set(listScenarios().map((s) => s.expected))].sort()).toEqual(ids);
    for (const id of ids) expect(Object.keys(en)).toContain(`mode.${id}`);
  });

  // Outside CI a clone may lack shared/: the check is then skipped, and says so. In CI (which lays shared/ beside the
  // clone) a missing catalog fails rather than passing unchecked.
  const catalogHere = existsSync(CATALOG);
  const skip = !catalogHere && !process.env.CI;
  if (skip) console.warn(`[failure-modes] ${CATALOG.pathname} is not beside the clone: the catalog check is skipped.`);
  it.skipIf(skip)('agrees with shared/FAILURE-MODES.md and the ids proposed to it', () => {
    if (!catalogHere)
      throw new Error(`${CATALOG.pathname} is missing: copy the planners' shared/ folder next to the clone (CI does).`);
    const shared = catalogIds(readFileSync(CATALOG, 'utf8'));
    // A proposed id that the planners have folded in is simply listed twice until the proposal is trimmed.
    const proposed = catalogIds(readFileSync(PROPOSED, 'utf8')).filter((id) => !shared.includes(id));
    expect([...shared, ...proposed].sort()).toEqual([...FAILURE_MODES].sort());
  });
});
