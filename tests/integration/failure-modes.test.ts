import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAILURE_MODES, HYPOTHESES } from '@/chain/failure-modes';
import { en } from '@/chain/messages/en';
import { listScenarios } from '../../sandbox/scenarios/registry.ts';

// The catalog the planners keep beside the repository (CI lays shared/ next to the clone).
const CATALOG = new URL('../../../shared/FAILURE-MODES.md', import.meta.url);

/** The ids in the catalog's first table: its rows start with | `id` |. */
function catalogIds(markdown: string): string[] {
  const table = markdown.slice(0, markdown.indexOf('Evidence facts to respect'));
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

  it.skipIf(!existsSync(CATALOG))('agrees with shared/FAILURE-MODES.md', () => {
    expect(catalogIds(readFileSync(CATALOG, 'utf8')).sort()).toEqual([...FAILURE_MODES].sort());
  });
});
