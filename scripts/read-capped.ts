// Every file `npm run check` reads is weighed before it is read into memory, let alone given to `JSON.parse`: a
// 2 GB "case" must get a sentence naming the cap, not an out-of-memory crash after minutes.
import { open, stat } from 'node:fs/promises';
import { decodeText } from './terminal-text';

const MB = 1024 * 1024;

/** What each kind of file may weigh, in bytes: far above real evidence, far below what would exhaust memory. */
export const READ_CAPS = {
  /** A case at every limit of `LIMITS` is about 8 MB of JSON. */
  case: 32 * MB,
  /** One offline piece (an error, log lines, a CloudTrail record, a policy). */
  piece: 20 * MB,
  /** An app config (amplify_outputs.json may carry the model introspection) or a credentials file. */
  config: 20 * MB,
  /** A browser's HAR export (`MAX_HAR_CHARS` characters; bytes counted here, before decoding). */
  har: 64 * MB,
} as const;

export type ReadCap = keyof typeof READ_CAPS;

const ADVICE: Record<ReadCap, string> = {
  case: 'Give the JSON export of the case, or the output of `npm run check -- --json`.',
  piece: 'Send only the evidence of the failing request.',
  config:
    "Give the app's amplify_outputs.json, amplifyconfiguration.json or aws-exports.js, or the credentials lines alone.",
  har: 'Record again with only the failing steps (clear the Network panel first).',
};

// What Node's error codes mean for a path the user typed, and what to do about it.
const CANNOT: Record<string, string> = {
  ENOENT: 'there is no such file: check the path (relative paths start from the folder you ran the command in)',
  EACCES: 'it is not readable by you: check its permissions',
  EPERM: 'it is not readable by you: check its permissions',
  EISDIR: 'it is a folder: give the file inside it',
  ENOTDIR: 'a part of the path is not a folder: check the path',
};

/** Why a file could not be read, in words, with what to do; the error code stays at the end for a search. */
export function cannotRead(what: string, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code ? CANNOT[code] : undefined;
  return why
    ? `Cannot read ${what} file ${path}: ${why} (${code}).`
    : `Cannot read ${what} file ${path}: ${code ?? String(error)}. Check the path and that the file is readable.`;
}

/** A file over its cap, or one that cannot be read: the message says which, and what the cap is. */
export class ReadCapError extends Error {}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

export function overCapMessage(what: string, source: string, size: number | undefined, cap: ReadCap): string {
  const limit = READ_CAPS[cap];
  const weight = size === undefined ? `over ${megabytes(limit)}` : megabytes(size);
  return `The ${what} ${source} is ${weight}: Authtrace reads ${what} files of at most ${megabytes(limit)} (no real one comes near), so it was not read. ${ADVICE[cap]}`;
}

/** A file's text (UTF-8 with or without a BOM, or UTF-16), refused before reading when it is over its cap. */
export async function readCappedText(path: string, what: string, cap: ReadCap): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new ReadCapError(cannotRead(what, path, error));
  }
  if (size > READ_CAPS[cap]) throw new ReadCapError(overCapMessage(what, `file ${path}`, size, cap));
  try {
    return await readUpTo(path, what, cap, size);
  } catch (error) {
    if (error instanceof ReadCapError) throw error;
    throw new ReadCapError(cannotRead(what, path, error));
  }
}

async function readUpTo(path: string, what: string, cap: ReadCap, size: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    // Read at most one byte past the cap: a file that grew after `stat` is refused too.
    const buffer = new Uint8Array(Math.min(size, READ_CAPS[cap]) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > READ_CAPS[cap]) throw new ReadCapError(overCapMessage(what, `file ${path}`, undefined, cap));
    return decodeText(buffer.subarray(0, filled));
  } finally {
    await handle.close();
  }
}

/** Standard input whole, stopping one chunk past the cap (then `over` is true and nothing should be parsed). */
export async function readCappedStream(
  input: NodeJS.ReadableStream,
  cap: ReadCap,
): Promise<{ bytes: Uint8Array; over: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    total += buffer.length;
    if (total > READ_CAPS[cap]) return { bytes: new Uint8Array(0), over: true };
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)), over: false };
}
