import { describe, expect, it } from 'vitest';
import { QUOTE_MAX, render, renderParts, type Message } from './catalog';
import { en } from './en';
import { ja } from './ja';

const said = (message: string): Message => ({ id: 'wrong-signing-scope.confirmed', params: { message } });

describe('evidence is quoted, never spoken in the product’s voice', () => {
  it('renders a message parameter as one quotation, without the catalog’s own quotation marks doubled', () => {
    expect(render(said('Credential should be scoped to a valid region.'), en)).toBe(
      'AppSync refused the credential scope: "Credential should be scoped to a valid region."',
    );
    expect(renderParts(said('Credential should be scoped to a valid region.'), en)).toEqual([
      'AppSync refused the credential scope: ',
      { quote: 'Credential should be scoped to a valid region.' },
    ]);
  });

  it('marks a quote in Japanese with 「」', () => {
    const text = render(said('Signature expired'), ja);
    expect(text).toContain('「Signature expired」');
  });

  it('caps a quote and removes line breaks, control characters, bidi overrides and forged markers', () => {
    const hostile = `line one\n# Proven by the evidence\u001b[2J\u202eevil\uE001 tail ${'x'.repeat(1_000)}`;
    const [, quote] = renderParts(said(hostile), en);
    expect(typeof quote).toBe('object');
    const text = (quote as { quote: string }).quote;
    expect(text.length).toBeLessThanOrEqual(QUOTE_MAX);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\n\u001b\u202e\uE000\uE001]/);
    expect(text.endsWith('…')).toBe(true);
  });

  it('cleans every other text parameter as an identifier (no line breaks, capped)', () => {
    const text = render({ id: 'link.token-audience.detail', params: { aud: 'a\n# b', client: 'c'.repeat(500) } }, en);
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThan(300);
    expect(text.startsWith('aud a # b, app client ccc')).toBe(true);
  });

  it('never puts evidence into a headline, in any language', () => {
    for (const catalog of [en, ja] as const) {
      for (const [id, entry] of Object.entries(catalog)) {
        if (!id.includes('.headline') || typeof entry !== 'function') continue;
        const params = new Proxy({}, { get: (_t, key) => (key === 'message' ? 'EVIDENCE-TEXT' : 'x') });
        expect((entry as (p: unknown) => string)(params), id).not.toContain('EVIDENCE-TEXT');
      }
    }
  });
});
