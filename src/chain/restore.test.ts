import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_VERSION } from './case';
import { diagnose } from './diagnose';
import { restoreCase } from './restore';
import { decodeShareLink } from './share/share-link';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/v1/${name}`, import.meta.url), 'utf8');

describe('restoreCase', () => {
  it('opens a v1 case file, mapping each lookup’s English purpose to what it asked', () => {
    const restored = restoreCase(JSON.parse(fixture('seed-case.json')));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.migratedFrom).toBe(1);
    expect(restored.case.version).toBe(CASE_VERSION);
    expect(restored.case.lookups.map((l) => [l.ask, l.subject])).toEqual([
      ['sts-record-by-identity', undefined],
      ['identity-pool', undefined],
      ['role-policies', 'authtrace-demo-authenticated'],
      ['simulate-policy', 'authtrace-demo-authenticated'],
      ['appsync-logs', expect.stringMatching(/^[0-9a-f-]{36}$/)],
    ]);
    expect(JSON.stringify(restored.case)).not.toContain('"purpose"');
    expect(diagnose(restored.case).cause).toBe('role-policy-resource-mismatch');
  });

  it('opens a share link made by the v1 build', () => {
    const decoded = decodeShareLink(fixture('seed-link.txt').trim());
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.case.version).toBe(CASE_VERSION);
    expect(diagnose(decoded.case).cause).toBe('role-policy-resource-mismatch');
  });

  it('keeps a v2 case as it is, and says so when a case is newer than this build', () => {
    const v2 = restoreCase(JSON.parse(fixture('seed-case.json')));
    if (!v2.ok) throw new Error(v2.error);
    const again = restoreCase(JSON.parse(JSON.stringify(v2.case)));
    expect(again).toEqual({ ok: true, case: v2.case });
    expect(restoreCase({ ...v2.case, version: CASE_VERSION + 1 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer Authtrace'),
    });
    expect(restoreCase('text')).toMatchObject({ ok: false });
  });

  it('maps a v1 purpose it does not know to "other", keeping no prose', () => {
    const c = JSON.parse(fixture('seed-case.json')) as { lookups: { purpose: string }[] };
    c.lookups[0] = { ...c.lookups[0], purpose: 'Something a later v1 build asked' } as never;
    const restored = restoreCase(c);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.case.lookups[0]).toMatchObject({ ask: 'other' });
    expect(restored.case.lookups[0]).not.toHaveProperty('subject');
  });
});
