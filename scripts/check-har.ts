// `npm run check -- --har <file|-> [--config <file>]`: a browser's HAR export read into a case (src/chain/har/).
import type { Case } from '@/chain/case';
import { buildHarCase } from '@/chain/har/build-har-case';
import { readCappedText } from './read-capped';

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
    // Weighed before it is read into memory: over the cap it is refused with a sentence naming the cap.
    return await readCappedText(path, 'HAR', 'har');
  } catch (error) {
    throw io.fail(error instanceof Error ? error.message : String(error));
  }
}

/** The case a HAR (with the app config, when given) holds; notes on how it was read go to standard error. */
export async function readHarCase(path: string, config: string | undefined, io: HarInput): Promise<Case> {
  const har = await readHarText(path, io);
  let configText: string | undefined;
  if (config) {
    try {
      configText = await readCappedText(config, 'config', 'config');
    } catch (error) {
      throw io.fail(error instanceof Error ? error.message : String(error));
    }
  }
  const built = buildHarCase(har, configText);
  if (!built.ok) throw io.fail(built.error);
  for (const note of built.notes) io.err(`Note: ${note}`);
  return built.case;
}
