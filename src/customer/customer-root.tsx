import { useEffect, useMemo, useState } from 'react';
import type { Catalog, Message, PlainMessageId } from '@/chain/messages/catalog';
import { render } from '@/chain/messages/catalog';
import { JAPAN_TIME_ZONE, inTimeZone, type Lang } from '@/chain/messages/format';
import { decodeShareLink } from '@/chain/share/share-decode';
import { parseShareHash, shareHash } from '@/chain/share/share-hash';
import { ErrorBoundary } from '@/components/error-boundary';
import { LanguageSwitch } from '@/components/language-switch';
import { ErrorNote } from '@/components/panel';
import { applyTheme, initialTheme } from '@/components/theme';
import { useCatalog } from '@/components/use-catalog';
import { makeWords, WordsProvider } from '@/components/words';
import { SharedCase } from './shared-case';

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const browserLang = (): Lang => (/^ja\b/i.test(navigator.language ?? '') ? 'ja' : 'en');

/** The words of the page in the viewer's language, dates in their zone. */
export interface Words {
  lang: Lang;
  zone: string;
  catalog: Catalog;
  t(message: Message): string;
  /** A message without parameters, by id. */
  say(id: PlainMessageId): string;
}

/**
 * What the customer sees from a share link: what to change, why, and the evidence, rebuilt in this browser from the
 * link alone, in the language the link asks for (switchable here). No AWS call, no sign-in.
 */
export function CustomerRoot() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => applyTheme(initialTheme()), []);
  const link = useMemo(() => parseShareHash(hash), [hash]);
  const decoded = useMemo(() => decodeShareLink(link.payload), [link.payload]);
  const [chosenLang, setChosenLang] = useState<Lang>();
  const lang = chosenLang ?? link.lang ?? browserLang();
  const [chosenZone, setChosenZone] = useState<string>();
  const zone = chosenZone ?? (lang === 'ja' ? JAPAN_TIME_ZONE : deviceZone());
  const catalog = useCatalog(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const switchLang = (next: Lang) => {
    setChosenLang(next);
    // The choice stays in the address, so a reload or a forwarded link opens in it.
    window.history.replaceState(null, '', shareHash({ payload: link.payload, lang: next }));
  };

  if (!catalog) return <p role="status" className="p-4 text-sm" aria-busy="true" />;
  const t = (m: Message) => inTimeZone(zone, () => render(m, catalog));
  const words: Words = { lang, zone, catalog, t, say: (id) => t({ id } as Message) };
  const zones = [...new Set([deviceZone(), JAPAN_TIME_ZONE, 'UTC'])];
  const zoneName = (z: string) =>
    z === deviceZone()
      ? t({ id: 'customer.zone.device', params: { zone: z } })
      : t({ id: z === 'UTC' ? 'customer.zone.utc' : 'customer.zone.japan' });

  return (
    <div className="min-h-screen [overflow-wrap:anywhere]">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-3xl flex-wrap items-start justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <p className="text-lg font-semibold">Authtrace</p>
            <p className="text-xs text-slate-700 dark:text-slate-300">{t({ id: 'customer.intro' })}</p>
          </div>
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <LanguageSwitch value={lang} onChange={switchLang} label={t({ id: 'customer.language' })} />
            <label className="flex items-center gap-1 text-slate-700 dark:text-slate-300">
              {t({ id: 'customer.time-zone' })}
              <select
                value={zone}
                onChange={(e) => setChosenZone(e.target.value)}
                className="max-w-44 rounded border border-slate-400 bg-white px-1 py-0.5 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
              >
                {zones.map((z) => (
                  <option key={z} value={z}>
                    {zoneName(z)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-4 p-4">
        {decoded.ok ? (
          // Shared pieces (copy buttons, quotations, error boundaries) speak the page's language too.
          <WordsProvider value={makeWords(lang, catalog, zone)}>
            <ErrorBoundary key={hash} what="Authtrace" hint={t({ id: 'customer.error.render' })}>
              <SharedCase shared={decoded.case} words={words} />
            </ErrorBoundary>
          </WordsProvider>
        ) : (
          <ErrorNote title={t({ id: 'customer.error.title' })}>
            <p lang="en">{decoded.error}</p>
            <p className="mt-1">{t({ id: 'customer.error.hint' })}</p>
          </ErrorNote>
        )}
      </main>
    </div>
  );
}
