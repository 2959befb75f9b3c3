import { MAX_HAR_CHARS } from '@/chain/har/har-file';
import type { LoadedHar } from '@/chain/har/with-pieces';
import type { Words } from '@/components/words';

const MB = 1024 * 1024;

/**
 * A HAR file dropped or chosen, read into memory: refused by its size before it is read (a huge file never enters the
 * tab), or by a read failure; either way a sentence for the page.
 */
export async function readHarFile(
  file: File,
  t: Words['t'],
): Promise<{ har: LoadedHar; error?: undefined } | { har?: undefined; error: string }> {
  if (file.size > MAX_HAR_CHARS)
    return {
      error: t({
        id: 'ui.har.too-big',
        params: { file: file.name, mb: Math.round(file.size / MB), max: MAX_HAR_CHARS / MB },
      }),
    };
  try {
    return { har: { name: file.name, text: await file.text() } };
  } catch {
    return { error: t({ id: 'ui.har.unreadable', params: { file: file.name } }) };
  }
}
