import { useId, useState } from 'react';
import { MAX_HAR_CHARS } from '@/chain/har/har-file';
import type { LoadedHar } from '@/chain/har/with-pieces';

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
  const id = useId();
  const [over, setOver] = useState(false);

  async function load(file: File | undefined) {
    if (!file) return;
    // The size is known before reading: a huge file is refused without ever being read into the tab.
    if (file.size > MAX_HAR_CHARS)
      return onLoad(
        undefined,
        `${file.name} is ${Math.round(file.size / MB)} MB; Authtrace reads HAR files up to ${MAX_HAR_CHARS / MB} MB. Record again with only the failing steps.`,
      );
    try {
      onLoad({ name: file.name, text: await file.text() });
    } catch {
      onLoad(undefined, `${file.name} could not be read: choose it again.`);
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        HAR file (optional)
      </label>
      <div
        role="group"
        aria-label="Drop or paste a HAR file"
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
            return onLoad(undefined, `The pasted text is over ${MAX_HAR_CHARS / MB} MB.`);
          onLoad({ name: 'pasted HAR', text });
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
            ? `${har.name} (${(har.text.length / MB).toFixed(1)} MB) is loaded: its Cognito and AppSync calls make the timeline.`
            : 'Drop the HAR the customer exported from the Network panel here, or focus here and paste it. Secrets in it (keys, session tokens, token signatures, refresh tokens, cookies) are dropped while it is read.'}
        </p>
        {har && (
          <button type="button" className="mt-1 underline" onClick={() => onLoad(undefined)}>
            Remove the HAR
          </button>
        )}
      </div>
      {error && <p className="text-xs text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
