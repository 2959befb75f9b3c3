// `npm run check -- --config <f> --error <f> --logs <f> …`: the offline page's pieces from files, diagnosed offline.
import { stat } from 'node:fs/promises';
import type { Case } from '@/chain/case';
import { buildOfflineCase, type OfflinePiece, type OfflinePieces } from '@/chain/offline/build-case';
import { decodeText } from './terminal-text';
import { cannotRead, overCapMessage, READ_CAPS, ReadCapError, readCappedStream, readCappedText } from './read-capped';

/** The piece flags, the offline page's piece each fills, and what the file holds. */
export const PIECE_FLAGS = {
  error: { piece: 'appError', what: "the app's error" },
  logs: { piece: 'logLines', what: 'AppSync log lines' },
  cloudtrail: { piece: 'cloudTrail', what: 'CloudTrail record' },
  policy: { piece: 'policy', what: "the role's policy" },
  schema: { piece: 'schema', what: 'the schema (SDL)' },
  resolver: { piece: 'resolver', what: 'the resolver code' },
} as const satisfies Record<string, { piece: OfflinePiece; what: string }>;
export type PieceFlag = keyof typeof PIECE_FLAGS;

/** No evidence file is this large: the cap is checked before anything is read into memory or parsed. */
export const MAX_PIECE_BYTES = READ_CAPS.piece;
const MB = 1024 * 1024;

export class PieceError extends Error {}

async function readCapped(path: string, what: string, stdin?: () => Promise<Uint8Array>): Promise<string> {
  if (path === '-') {
    if (!stdin)
      throw new PieceError(`Nothing to read ${what} from: standard input is not available here; give a file path.`);
    return decodeText(await stdin());
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new PieceError(cannotRead(what, path, error));
  }
  if (size > MAX_PIECE_BYTES)
    throw new PieceError(
      `The ${what} file ${path} is ${(size / MB).toFixed(0)} MB: more than any evidence (${MAX_PIECE_BYTES / MB} MB at most). Send only the evidence of the failing request.`,
    );
  try {
    return await readCappedText(path, what, 'piece');
  } catch (error) {
    throw error instanceof ReadCapError ? new PieceError(error.message) : error;
  }
}

/** Standard input whole for a piece given as `-`; past the cap it is refused unread. */
export async function readStdin(input: NodeJS.ReadableStream): Promise<Uint8Array> {
  const { bytes, over } = await readCappedStream(input, 'piece');
  if (over) throw new PieceError(overCapMessage('piece', 'on standard input', undefined, 'piece'));
  return bytes;
}

export interface PieceArgs {
  config: string;
  files: Partial<Record<PieceFlag, string>>;
  role?: string;
  query?: string;
}

/**
 * Builds the case from piece files with the offline page's builder. Every bad piece is named with its flag;
 * `-` reads one piece from standard input.
 */
export async function caseFromPieces(
  args: PieceArgs,
  stdin?: () => Promise<Uint8Array>,
): Promise<{ case: Case; notes: string[] }> {
  const dashes = Object.values(args.files).filter((path) => path === '-').length + (args.config === '-' ? 1 : 0);
  if (dashes > 1) throw new PieceError('Only one piece can come from standard input (-).');
  const pieces: OfflinePieces = { appConfig: await readCapped(args.config, 'config', stdin) };
  for (const [flag, path] of Object.entries(args.files) as [PieceFlag, string | undefined][]) {
    if (path === undefined) continue;
    const { piece, what } = PIECE_FLAGS[flag];
    pieces[piece] = await readCapped(path, what, stdin);
  }
  if (args.role) pieces.role = args.role.startsWith('@') ? await readCapped(args.role.slice(1), 'role') : args.role;
  if (args.query) pieces.query = args.query;
  const built = buildOfflineCase(pieces);
  if (!built.ok) {
    const flagOf = (piece: string) =>
      piece === 'appConfig'
        ? '--config'
        : piece === 'role' || piece === 'query'
          ? `--${piece}`
          : `--${Object.entries(PIECE_FLAGS).find(([, v]) => v.piece === piece)?.[0] ?? piece}`;
    throw new PieceError(
      Object.entries(built.errors)
        .map(([piece, message]) => `${flagOf(piece)}: ${message ?? ''}`)
        .join('\n'),
    );
  }
  return { case: built.case, notes: built.notes };
}
