/**
 * A subset of CloudWatch Logs filter pattern syntax ("Filter pattern syntax for metric filters, subscription
 * filters, filter log events"): an empty pattern matches everything; terms are ANDed; `"quoted phrases"` match
 * as written; `?term` terms are ORed; `-term` excludes; `{ $.key = value }` / `{ $.key != value }` test a
 * top-level field of a JSON event (strings may be quoted, `*` is a wildcard). Matching is case-sensitive.
 */
export function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
  const source = (pattern ?? '').trim();
  if (source === '') return () => true;
  const json = /^\{\s*\$\.([\w.]+)\s*(=|!=)\s*(.+?)\s*\}$/.exec(source);
  if (json) return jsonMatcher(json[1] ?? '', json[2] === '!=', json[3] ?? '');
  const terms = [...source.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].map((m) => ({
    prefix: m[1] ?? '',
    text: (m[2] ?? m[3] ?? '').replace(/\\"/g, '"'),
  }));
  const required = terms.filter((t) => t.prefix === '').map((t) => t.text);
  const optional = terms.filter((t) => t.prefix === '?').map((t) => t.text);
  const excluded = terms.filter((t) => t.prefix === '-').map((t) => t.text);
  return (message) =>
    required.every((t) => message.includes(t)) &&
    (optional.length === 0 || optional.some((t) => message.includes(t))) &&
    !excluded.some((t) => message.includes(t));
}

function jsonMatcher(path: string, negate: boolean, rawValue: string): (message: string) => boolean {
  const expected = rawValue.replace(/^"(.*)"$/, '$1');
  const wildcard = new RegExp(`^${expected.split('*').map(escapeRegExp).join('.*')}$`);
  return (message) => {
    let value: unknown;
    try {
      value = path
        .split('.')
        .reduce<unknown>(
          (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
          JSON.parse(message),
        );
    } catch {
      return false;
    }
    if (value === undefined || value === null || typeof value === 'object') return false;
    const matches = wildcard.test(String(value));
    return negate ? !matches : matches;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
