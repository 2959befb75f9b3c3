import { describe, expect, it } from 'vitest';
import { compareVerdicts } from './compare';
import { diagnose } from './diagnose';
import { FIELD_ARN, allowOn, makeCase, makeDeniedCase } from './fixtures/cases';

const broken = () =>
  diagnose(
    makeDeniedCase([
      { name: 'p', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:999999999999:apis/old/*') },
    ]),
  );
const healthy = () => diagnose(makeCase());

describe('compareVerdicts', () => {
  it('shows the seed failure turning healthy: the verdict and the AppSync link changed', () => {
    const comparison = compareVerdicts(broken(), healthy());
    expect(comparison.before.cause).toBe('role-policy-resource-mismatch');
    expect(comparison.after).toEqual({ cause: 'healthy', confidence: 'proven', brokenLink: null });
    expect(comparison.verdictChanged).toBe(true);
    expect(comparison.fixed).toBe(true);
    expect(comparison.links).toContainEqual({ id: 'appsync-authorized', before: 'broken', after: 'holds' });
    expect(comparison.links.map((l) => l.id)).not.toContain('token-audience');
  });

  it('reports nothing changed between two runs with the same outcome', () => {
    const comparison = compareVerdicts(broken(), broken());
    expect(comparison).toMatchObject({ verdictChanged: false, fixed: false, links: [] });
  });

  it('is not "fixed" when a healthy run turns broken', () => {
    const comparison = compareVerdicts(
      healthy(),
      diagnose(
        makeDeniedCase([{ name: 'p', kind: 'inline', document: allowOn(FIELD_ARN.replace('listNotes', 'getNote')) }]),
      ),
    );
    expect(comparison.fixed).toBe(false);
    expect(comparison.verdictChanged).toBe(true);
  });
});
