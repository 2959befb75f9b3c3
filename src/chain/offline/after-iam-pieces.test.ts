import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';
import { buildOfflineCase, type OfflinePieces } from './build-case';

/**
 * A 200 "Not Authorized to access X on type Y" pasted with the schema and the resolver code: the same verdicts as a
 * live run that read them from AppSync's control plane.
 */
const fixture = (dir: string, name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures', dir, name), 'utf8').split(/\n---\n/, 2)[1] ?? '';
const BASE: OfflinePieces = {
  appConfig: JSON.stringify(seedOutputs),
  appError: fixture('forms', 'field-refused.v5.json.txt'),
};
const ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const RESOLVER = `${fixture('appsync', 'get-resolver.pipeline.json.txt')}\n${fixture('appsync', 'get-function.auth.json.txt')}`;

function verdictOf(pieces: Partial<OfflinePieces>) {
  const built = buildOfflineCase({ ...BASE, ...pieces }, new Date('2026-11-24T09:00:00Z'));
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return { case: built.case, verdict: diagnose(built.case) };
}

describe('the schema and the resolver, pasted', () => {
  it('keeps the refusal likely without them, asking for the schema', () => {
    const { verdict } = verdictOf({});
    expect(verdict.confidence).toBe('likely');
    expect(verdict.next?.kind).toBe('appsync-schema');
  });

  it('proves field-lacks-iam-directive from a pasted schema without @aws_iam', () => {
    const { case: c, verdict } = verdictOf({ schema: fixture('appsync', 'schema-without-iam.sdl.txt') });
    expect(c.appsync?.schema).toContain('listNotes: [Note] @aws_cognito_user_pools');
    expect([verdict.cause, verdict.confidence]).toEqual(['field-lacks-iam-directive', 'proven']);
    expect(verdict.proofs.some((p) => p.pointer === '/appsync/schema')).toBe(true);
  });

  it('narrows to the stale allow-list from the resolver code, confirming nothing until who signed is known', () => {
    const { case: c, verdict } = verdictOf({
      schema: fixture('appsync', 'schema-with-iam.sdl.txt'),
      resolver: RESOLVER,
      role: ROLE,
    });
    expect(c.appsync?.resolvers[0]?.functions).toHaveLength(1);
    expect(verdict.cause).toBe('resolver-allow-list-stale');
    // A pasted error does not say whether the app or a function signed: the check's rule fits the app's callers, and a
    // function's role is refused too, so neither is confirmed; the resolver's other rules are ruled out.
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => [x.id, x.status])).toEqual([
      ['resolver-allow-list-stale', 'consistent'],
      ['caller-role-not-admin', 'consistent'],
    ]);
    expect(verdict.next?.kind).toBe('request-signer');
  });

  it('names the bad piece: a JSON introspection schema, a resolver piece that is not one', () => {
    const built = buildOfflineCase({ ...BASE, schema: '{"data": {"__schema": {}}}', resolver: 'hello' });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.schema).toMatch(/SDL/);
    expect(built.errors.resolver).toMatch(/get-resolver/);
  });
});
