import { describe, expect, it } from 'vitest';
import { scanHar } from './har-scan';

describe('scanHar', () => {
  it('finds each entry, whatever its strings hold (quotes, brackets, escapes)', () => {
    const entries = [
      { request: { url: 'https://a/"x"', postData: { text: '{"a": [1, {"b": "}]"}]}\\' } } },
      { response: { content: { text: 'line\n"quoted" \\\\' } }, n: [-1.5e3, true, false, null] },
    ];
    const text = JSON.stringify({ log: { version: '1.2', creator: { name: 'Firefox' }, pages: [{}], entries } });
    const scan = scanHar(text);
    expect(scan).toEqual({
      ok: true,
      entries: entries.map((e) => JSON.stringify(e)),
      version: '1.2',
      creator: 'Firefox',
    });
  });

  it.each([
    ['{"log": {"entries": [{"a": 1}', true],
    ['{"log": {"entries": [{"a": "unclosed', true],
    ['{"log": {"entries": [}]}}', false],
    ['{"log": {"entries": [secret]}}', false],
    ['{"log": {"entries": []}} trailing', false],
  ])('%s: an error with its position (truncated: %s)', (text, truncated) => {
    expect(scanHar(text)).toMatchObject({ ok: false, truncated });
  });

  it('a JSON document that is not a HAR has no entries', () => {
    expect(scanHar('{"Records": [{"entries": []}]}')).toEqual({ ok: true, entries: undefined });
  });
});
