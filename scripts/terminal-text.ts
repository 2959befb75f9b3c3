/**
 * What the CLI prints comes from evidence (AWS texts, pasted pieces, a case file someone sent): a case could hold
 * escape sequences that clear the screen or paint a fake "healthy (proven)". Terminal output keeps printable text
 * only; JSON output keeps the data and escapes what a terminal would act on.
 */

// ESC-introduced sequences (CSI, OSC, single-character), then any other C0 control but tab and newline, DEL and C1.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SEQUENCES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function printable(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, (c) => (c === '\r' ? '' : '�'));
}

/** JSON.stringify escapes C0 controls already; C1 controls (e.g. U+009B, a one-byte CSI) are escaped here too. */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Text files as people save them: UTF-8 with or without a BOM, or UTF-16 (Windows tools) marked by its BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
