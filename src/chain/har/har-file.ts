import { mayBeAwsCall, scanHar } from './har-scan';

/**
 * Reads an HTTP Archive (HAR 1.2, http://www.softwareishard.com/blog/har-12-spec/, mirrored at
 * github.com/ahmadnassri/har-spec `versions/1.2.md`) as Chrome, Firefox and Safari export it, into plain entries.
 * Pure and bounded: one scan of the text (`har-scan.ts`), then a `JSON.parse` of only the entries that may be AWS
 * calls; no body is decoded here (the AWS calls' are, by `har-calls.ts`). Entries are checked field by field; a
 * malformed one is skipped and counted.
 */

/** What a HAR may weigh: far above a support capture (a 5,000-entry HAR with bodies is ~20 MB). */
export const MAX_HAR_CHARS = 64 * 1024 * 1024;
/** Entries read at most; a longer recording is refused with a message (record only the failing steps). */
export const MAX_HAR_ENTRIES = 50_000;

export class HarError extends Error {}

/** One HAR header, `{name, value}`; names compared lowercased (HTTP/2 sends them lowercased, HTTP/1.1 not). */
interface RawHeader {
  name: string;
  value: string;
}

/** One request/response pair, with its real start and end on the clock of the machine that recorded it. */
export interface HarEntry {
  index: number;
  /** `startedDateTime`, ms since the epoch. */
  start: number;
  /** `time`: total elapsed ms (−1 or absent when unknown: 0). */
  durationMs: number;
  method: string;
  url: string;
  requestHeaders: readonly RawHeader[];
  /** `request.postData.text`, as recorded (never stored: read by the call readers, which drop secrets). */
  requestBody?: string;
  status: number;
  responseHeaders: readonly RawHeader[];
  /** `response.content.text`, decoded when `encoding` is `base64` only when a reader asks (see `responseText`). */
  responseContent?: { text: string; encoding?: string };
}

export interface HarFile {
  creator: string;
  /** Entries in the file. */
  total: number;
  /** The entries that may be AWS calls (the others are never parsed). */
  entries: HarEntry[];
  /** Entries that were not HAR entries (no URL, no time): skipped, counted for a note. */
  skipped: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function headers(value: unknown): RawHeader[] {
  if (!Array.isArray(value)) return [];
  const out: RawHeader[] = [];
  for (const item of value as unknown[]) {
    if (isObject(item) && typeof item.name === 'string' && typeof item.value === 'string')
      out.push({ name: item.name, value: item.value });
  }
  return out;
}

/** The first header of that name (case-insensitive), or undefined. */
export function header(list: readonly RawHeader[], name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const h of list) if (h.name.toLowerCase() === wanted) return h.value;
  return undefined;
}

// `atob` yields a binary string; bodies are UTF-8 (JSON 1.1, XML, GraphQL).
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** The response body as text: `content.text`, base64-decoded when the export says so (Chrome does for x-amz-json-1.1). */
export function responseText(entry: HarEntry): string | undefined {
  const content = entry.responseContent;
  if (!content) return undefined;
  if (content.encoding !== 'base64') return content.text;
  try {
    const binary = atob(content.text.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function readEntry(value: unknown, index: number): HarEntry | undefined {
  if (!isObject(value) || !isObject(value.request) || !isObject(value.response)) return undefined;
  const { request, response } = value;
  const url = str(request.url);
  const start = Date.parse(str(value.startedDateTime) ?? '');
  if (!url || !Number.isFinite(start)) return undefined;
  const time = typeof value.time === 'number' && Number.isFinite(value.time) && value.time > 0 ? value.time : 0;
  const postData = isObject(request.postData) ? str(request.postData.text) : undefined;
  const content = isObject(response.content) ? response.content : undefined;
  const text = content ? str(content.text) : undefined;
  const encoding = content ? str(content.encoding) : undefined;
  return {
    index,
    start,
    durationMs: time,
    method: (str(request.method) ?? 'GET').toUpperCase(),
    url,
    requestHeaders: headers(request.headers),
    ...(postData !== undefined ? { requestBody: postData } : {}),
    // Chrome writes status 0 for a request that got no answer (blocked, aborted, CORS failure).
    status: typeof response.status === 'number' && Number.isInteger(response.status) ? response.status : 0,
    responseHeaders: headers(response.headers),
    ...(text !== undefined ? { responseContent: { text, ...(encoding ? { encoding } : {}) } } : {}),
  };
}

/** Reads a HAR export; throws `HarError` with what went wrong and what to do. */
export function readHarFile(text: string): HarFile {
  if (text.length > MAX_HAR_CHARS)
    throw new HarError(
      `The HAR file is ${Math.round(text.length / 1024 / 1024)} MB; Authtrace reads up to ${MAX_HAR_CHARS / 1024 / 1024} MB. Record again with only the failing steps (clear the Network panel first).`,
    );
  const trimmed = text.replace(/^\uFEFF/, '').trimStart(); // HAR 1.2 allows a byte order mark
  if (!trimmed.startsWith('{'))
    throw new HarError(
      'This is not a HAR file (it does not start with "{"): export the Network panel with "Save all as HAR" (Chrome, Safari) or "Save All As HAR" (Firefox).',
    );
  const scan = scanHar(trimmed);
  if (!scan.ok)
    throw new HarError(
      scan.truncated
        ? 'The HAR file ends too early (truncated JSON): export it again from the browser and send the whole file.'
        : `The file is not valid JSON (at character ${scan.at.toLocaleString('en-US')}): a HAR is the JSON file the browser's Network panel exports ("Save all as HAR").`,
    );
  if (!scan.entries)
    throw new HarError(
      'This JSON is not a HAR file: a HAR has a "log" object with "entries". Export it from the browser\'s Network panel.',
    );
  const version = scan.version ?? '';
  // HAR 1.1 and 1.2 (and the 1.3 proposal) share the fields read here; Chrome, Firefox and Safari write 1.2.
  if (version && !/^1\.[1-3]$/.test(version))
    throw new HarError(`This HAR says it is version ${version.slice(0, 20)}; Authtrace reads HAR 1.1 to 1.3.`);
  const raw = scan.entries;
  if (raw.length > MAX_HAR_ENTRIES)
    throw new HarError(
      `The HAR holds ${raw.length.toLocaleString('en-US')} requests; Authtrace reads up to ${MAX_HAR_ENTRIES.toLocaleString('en-US')}. Record again with only the failing steps.`,
    );
  // Only the entries that may be AWS calls are parsed: the rest (pages, scripts, images) is counted, never read.
  const entries: HarEntry[] = [];
  let skipped = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const text = raw[i] ?? '';
    if (!mayBeAwsCall(text)) continue;
    let entry: HarEntry | undefined;
    try {
      entry = readEntry(JSON.parse(text) as unknown, i);
    } catch {
      entry = undefined;
    }
    if (entry) entries.push(entry);
    else skipped += 1;
  }
  return { creator: (scan.creator ?? 'unknown').slice(0, 80), total: raw.length, entries, skipped };
}
