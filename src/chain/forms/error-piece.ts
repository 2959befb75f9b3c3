import { findLooseValue, MAX_PIECE_CHARS, parseLoose } from './loose-literal';

/**
 * The app's error in whatever form it was pasted, turned into a value the error taxonomy reads
 * (src/chain/error-taxonomy.ts), with what the envelope around it said: a raw HTTP response's status line and
 * `x-amzn-ErrorType` / `x-amzn-RequestId` headers, or the status in Amplify v5's "Request failed with status code
 * 401". Forms: JSON, a console-printed object, `Name: message` lines with any name (and their stack and
 * properties), a bare string, an HTTP response dump (`curl -i`, `curl -v`, DevTools "Copy response").
 */
export interface ErrorPiece {
  thrown: unknown;
  status?: number;
  requestId?: string;
  errorType?: string;
}

const HTTP_STATUS = /^HTTP\/[\d.]+\s+(\d{3})\b/;
// Amplify v5 (axios) and Apollo's messages for a non-2xx answer without a readable error.
const STATUS_IN_MESSAGE = /(?:Request failed with status code|Received status code|status code) (\d{3})\b/i;

const isBag = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** `curl -v` prefixes response lines with `< ` and request lines with `> ` (which may carry credentials: dropped). */
function responseLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (!lines.some((line) => line.startsWith('< '))) return lines;
  return lines
    .filter((line) => !line.startsWith('> ') && !line.startsWith('* '))
    .map((line) => line.replace(/^< ?/, ''));
}

function readHttpDump(text: string): ErrorPiece | undefined {
  const lines = responseLines(text);
  const first = lines.findIndex((line) => HTTP_STATUS.test(line.trim()));
  if (first < 0 || first > 40) return undefined;
  const status = Number(HTTP_STATUS.exec((lines[first] ?? '').trim())?.[1]);
  const headers: Record<string, string> = {};
  let index = first + 1;
  for (; index < lines.length && index < first + 200; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') break;
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = lines
    .slice(index + 1)
    .join('\n')
    .trim();
  let thrown: unknown = {};
  if (body) {
    try {
      thrown = parseLoose(body);
    } catch {
      thrown = { message: body.slice(0, 2_000) };
    }
  }
  const errorType = headers['x-amzn-errortype']?.split(':')[0];
  const requestId = headers['x-amzn-requestid'] ?? headers['x-amz-request-id'];
  return {
    thrown,
    ...(status ? { status } : {}),
    ...(requestId ? { requestId } : {}),
    ...(errorType ? { errorType } : {}),
  };
}

/** What a message says of the HTTP status when nothing else does: Amplify v5's axios text. */
function statusFromMessages(thrown: unknown): number | undefined {
  const messages: string[] = [];
  if (typeof thrown === 'string') messages.push(thrown);
  if (isBag(thrown)) {
    if (typeof thrown.message === 'string') messages.push(thrown.message);
    const errors = thrown.errors;
    if (Array.isArray(errors))
      for (const e of errors.slice(0, 5)) if (isBag(e) && typeof e.message === 'string') messages.push(e.message);
  }
  for (const message of messages) {
    const match = STATUS_IN_MESSAGE.exec(message.slice(0, 500));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Reads the app's error piece; throws a message for people when it starts like an object but does not read as one. */
export function readErrorPiece(input: string): ErrorPiece {
  if (input.length > MAX_PIECE_CHARS)
    throw new Error(`The error is ${input.length.toLocaleString('en-US')} characters: paste the error alone.`);
  const text = input.trim();
  const dump = readHttpDump(text);
  if (dump) return { ...dump, ...(dump.status ? {} : withStatus(dump.thrown)) };
  let thrown: unknown;
  try {
    thrown = parseLoose(text);
  } catch (error) {
    if (/^[{[]/.test(text)) throw error;
    thrown = text;
  }
  // A label before the object (`Failed to load notes: { errors: … }`).
  if (typeof thrown === 'string') thrown = findLooseValue(text) ?? thrown;
  // `Error: {"errors": …}`: a wrapper whose message is the object the app meant.
  if (isBag(thrown) && typeof thrown.message === 'string' && /^\s*[{[]/.test(thrown.message)) {
    const inner = findLooseValue(thrown.message);
    if (isBag(inner) && ['errors', 'message', 'name', '__type', 'code', 'errorType'].some((key) => key in inner))
      thrown = inner;
  }
  // A bare word or sentence (`Unauthorized`, `No current user`): Amplify and apps reject with plain strings.
  if (typeof thrown === 'string' || typeof thrown === 'number') thrown = { message: String(thrown) };
  return { thrown, ...withStatus(thrown) };
}

function withStatus(thrown: unknown): { status?: number } {
  const status = statusFromMessages(thrown);
  return status ? { status } : {};
}
