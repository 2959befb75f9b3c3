import { useId, useState } from 'react';
import { MAX_HAR_CHARS } from '@/chain/har/har-file';
import type { LoadedHar } from '@/chain/har/with-pieces';
import { useWords } from '@/components/words';
import { readHarFile } from '../read-har-file';

const MB = 1024 * 1024;

/** Drop, choose or paste a HAR export (Chrome, Firefox, Safari; sanitized or not). Files over the limit are not read. */
export function HarInput({
  har,
  error,
  onLoad,
}: {
  har?: LoadedHar;
  error?: string;
  onLoad(har: LoadedHar | undefined, error?: string): void;
}) {
  const { t, say } = useWords();
  const id = useId();
  const [over, setOver] = useState(false);

  async function load(file: File | undefined) {
    if (!file) return;
    const read = await readHarFile(file, t);
    onLoad(read.har, read.error);
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        {say('ui.har.label')}
      </label>
      <div
        role="group"
        aria-label={say('ui.har.drop')}
        tabIndex={0}
        className={`rounded-md border border-dashed p-2 text-xs ${over ? 'border-sky-500 bg-sky-50 dark:bg-sky-950' : 'border-slate-300 dark:border-slate-600'}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          void load(event.dataTransfer.files[0]);
        }}
        onPaste={(event) => {
          const text = event.clipboardData.getData('text');
          if (!text) return;
          event.preventDefault();
          if (text.length > MAX_HAR_CHARS)
            return onLoad(undefined, t({ id: 'ui.har.paste-too-big', params: { max: MAX_HAR_CHARS / MB } }));
          onLoad({ name: say('ui.har.pasted'), text });
        }}
      >
        <input
          id={id}
          type="file"
          accept=".har,application/json"
          className="block w-full text-xs"
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void load(event.target.files?.[0])}
        />
        <p id={`${id}-hint`} className="mt-1 text-slate-600 dark:text-slate-400">
          {har
            ? t({ id: 'ui.har.loaded', params: { file: har.name, mb: (har.text.length / MB).toFixed(1) } })
            : say('ui.har.hint')}
        </p>
        {har && (
          <button type="button" className="mt-1 underline" onClick={() => onLoad(undefined)}>
            {say('ui.har.remove')}
          </button>
        )}
      </div>
      {error && <p className="text-xs text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
