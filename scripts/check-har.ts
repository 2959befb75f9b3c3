// `npm run check -- --har <file|-> [--config <file>]`: a browser's HAR export read into a case (src/chain/har/).
import { readFile, stat } from 'node:fs/promises';
import type { Case } from '@/chain/case';
import { buildHarCase } from '@/chain/har/build-har-case';
import { MAX_HAR_CHARS } from '@/chain/har/har-file';
import { decodeText } from './terminal-text';

/** What the HAR reading needs of the CLI: its errors, a way to read standard input, and where notes go. */
export interface HarInput {
  /** The whole of standard input, for `--har -`. */
  readStdin?(): Promise<string>;
  err(line: string): void;
  fail(message: string): Error;
}

async function readHarText(path: string, io: HarInput): Promise<string> {
  if (path === '-') {
    if (!io.readStdin) throw io.fail('--har -: standard input cannot be read here.');
    return io.readStdin();
  }
  try {
    // A HAR far over the limit is refused before it is read into memory.
    if ((await stat(path)).size > MAX_HAR_CHARS * 4)
      throw io.fail(
        `The HAR file ${path} is over ${MAX_HAR_CHARS / 1024 / 1024} MB: record again with only the failing steps.`,
      );
    return decodeText(await readFile(path));
  } catch (error) {
    if (error instanceof Error && !('code' in error)) throw error;
    throw io.fail(`Cannot read HAR file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The case a HAR (with the app config, when given) holds; notes on how it was read go to standard error. */
export async function readHarCase(path: string, config: string | undefined, io: HarInput): Promise<Case> {
  const har = await readHarText(path, io);
  let configText: string | undefined;
  if (config) {
    try {
      configText = decodeText(await readFile(config));
    } catch (error) {
      throw io.fail(`Cannot read config file ${config}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const built = buildHarCase(har, configText);
  if (!built.ok) throw io.fail(built.error);
  for (const note of built.notes) io.err(`Note: ${note}`);
  return built.case;
}
