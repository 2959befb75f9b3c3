import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { READ_CAPS, ReadCapError, readCappedStream, readCappedText } from './read-capped';
import { tempDir } from './test-temp.ts';

async function sparse(name: string, bytes: number): Promise<string> {
  const path = join(await tempDir('authtrace-cap-'), name);
  await writeFile(path, '{');
  await truncate(path, bytes); // a sparse file: its size is what `stat` sees, nothing is written
  return path;
}

describe('files weighed before they are read', () => {
  it('refuses a file one byte over its cap, naming the cap and what to do', async () => {
    const path = await sparse('case.json', READ_CAPS.case + 1);
    const refused = readCappedText(path, 'case', 'case');
    await expect(refused).rejects.toBeInstanceOf(ReadCapError);
    await expect(refused).rejects.toThrow(/The case file .* is 32 MB: Authtrace reads case files of at most 32 MB/);
    await expect(refused).rejects.toThrow(/JSON export/);
  });

  it('reads a file at its cap, BOM and UTF-16 decoded', async () => {
    const dir = await tempDir('authtrace-cap-');
    const utf16 = join(dir, 'c.json');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]));
    expect(await readCappedText(utf16, 'config', 'config')).toBe('{"a":1}');
    await expect(readCappedText(join(dir, 'missing.json'), 'config', 'config')).rejects.toThrow(
      /Cannot read config file .*missing\.json: there is no such file: check the path/,
    );
    await expect(readCappedText(dir, 'config', 'config')).rejects.toThrow(/it is a folder: give the file inside it/);
  });

  it('stops reading standard input past the cap, and keeps what is under it', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const over = await readCappedStream(Readable.from(Array.from({ length: 65 }, () => chunk)), 'har');
    expect(over).toEqual({ bytes: new Uint8Array(0), over: true });
    const under = await readCappedStream(Readable.from([Buffer.from('{}')]), 'har');
    expect(under.over).toBe(false);
    expect(Buffer.from(under.bytes).toString()).toBe('{}');
  });
});
