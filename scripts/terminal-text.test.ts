/* eslint-disable no-control-regex -- these tests look for control characters */
import { describe, expect, it } from 'vitest';
import { decodeText, printable, terminalSafeJson } from './terminal-text';

describe('terminal text', () => {
  it('prints no escape sequence or control character that evidence carries', () => {
    const hostile =
      'AccessDenied\u001b[2J\u001b[H\u001b[32mhealthy (proven)\u001b[0m\u001b]0;title\u0007\u009b2J\rok\u0000';
    const shown = printable(hostile);
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(shown).toContain('AccessDenied');
    expect(shown).toContain('healthy (proven)');
    expect(printable('line one\n\tline two')).toBe('line one\n\tline two');
  });

  it('keeps JSON valid and the same data, with C1 controls escaped', () => {
    const value = { message: 'a\u009b2Jb\u001b[31m', n: 1 };
    const json = terminalSafeJson(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('reads UTF-8 with a BOM and UTF-16 in either byte order', () => {
    const json = '{"a":"é"}';
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...json].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = new Uint8Array([
      0xfe,
      0xff,
      ...[...json].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    for (const bytes of [utf8Bom, le, be, new TextEncoder().encode(json)])
      expect(JSON.parse(decodeText(bytes))).toEqual({ a: 'é' });
  });
});
