import { describe, expect, it } from 'vitest';
import { makeDeniedCase } from '../fixtures/cases';
import { decodeShareLink } from './share-decode';
import { parseShareHash, shareHash } from './share-hash';
import { encodePayload } from './share-link';

describe('share link language', () => {
  it('opens a link made before the language existed, with no preference', async () => {
    const payload = await encodePayload(makeDeniedCase(undefined));
    const parsed = parseShareHash(`#/share/${payload}`);
    expect(parsed).toEqual({ payload });
    expect(decodeShareLink(parsed.payload).ok).toBe(true);
  });

  it('carries the language outside the payload, so the evidence decodes the same', async () => {
    const payload = await encodePayload(makeDeniedCase(undefined));
    const hash = shareHash({ payload, lang: 'ja' });
    expect(hash).toBe(`#/share/${payload}?lang=ja`);
    const parsed = parseShareHash(hash);
    expect(parsed).toEqual({ payload, lang: 'ja' });
    expect(decodeShareLink(parsed.payload).ok).toBe(true);
    expect(shareHash({ payload })).toBe(`#/share/${payload}`);
  });

  it('ignores an unknown language or option rather than breaking the link', () => {
    expect(parseShareHash('#/share/1.abc?lang=fr&x=1')).toEqual({ payload: '1.abc' });
    expect(parseShareHash('#/share/1.abc?x=1&lang=en')).toEqual({ payload: '1.abc', lang: 'en' });
  });
});
