import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { DashboardCatalog } from '@/chain/messages/catalog';
import { dashboardEn, loadDashboardCatalog } from '@/chain/messages/dashboard-catalog';
import type { Lang } from '@/chain/messages/format';
import { LanguageSwitch } from '@/components/language-switch';
import type { LoadedHar } from '@/chain/har/with-pieces';
import { makeWords, WordsProvider, type Words } from '@/components/words';
import { readHarFile } from '@/features/offline/read-har-file';
import { OfflinePage } from '@/features/offline/components/offline-page';
import { SharePanel } from '@/features/share/components/share-panel';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { VerdictCard } from '@/features/verdict/components/verdict-card';
import { Dashboard } from './dashboard';
import { deviceZone, initialLang, saveLang } from './language';
import { ThemeToggle } from './theme-toggle';

/** The catalog of the chosen language once loaded (Japanese is its own chunk); English, always there, meanwhile. */
function useShownCatalog(lang: Lang): { lang: Lang; catalog: DashboardCatalog } {
  const [loaded, setLoaded] = useState<Partial<Record<Lang, DashboardCatalog>>>({ en: dashboardEn });
  useEffect(() => {
    if (loaded[lang]) return;
    let live = true;
    void loadDashboardCatalog(lang).then(
      (catalog) => live && setLoaded((current) => ({ ...current, [lang]: catalog })),
    );
    return () => {
      live = false;
    };
  }, [lang, loaded]);
  const catalog = loaded[lang];
  return catalog ? { lang, catalog } : { lang: 'en', catalog: dashboardEn };
}

/**
 * A file dropped anywhere on the app, outside a drop zone of its own: the browser would open it in place of the app
 * and lose everything typed. Read as a HAR instead, and shown on the offline page, where HARs are read.
 */
function useHarDrop(t: Words['t']): { har?: LoadedHar; error?: string; seq: number } | undefined {
  const [dropped, setDropped] = useState<{ har?: LoadedHar; error?: string; seq: number }>();
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      // A drop zone of its own (the HAR input, a config file input) has taken it already.
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      void readHarFile(file, t).then((read) => {
        setDropped((previous) => ({ ...read, seq: (previous?.seq ?? 0) + 1 }));
        window.location.hash = '#/offline';
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [t]);
  return dropped;
}

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
  );
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const [lang, setLang] = useState(initialLang);
  const shown = useShownCatalog(lang);
  const words = useMemo(() => makeWords(shown.lang, shown.catalog, deviceZone()), [shown.lang, shown.catalog]);
  useEffect(() => {
    document.documentElement.lang = words.lang;
  }, [words.lang]);
  const offline = hash === '#/offline';
  const { say } = words;
  const dropped = useHarDrop(words.t);
  return (
    <QueryClientProvider client={queryClient}>
      <WordsProvider value={words}>
        <div className="min-h-screen">
          <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-950/80">
            <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <h1 className="text-lg font-semibold">Authtrace</h1>
                <p className="text-xs text-slate-600 dark:text-slate-400">{say('ui.app.tagline')}</p>
              </div>
              <nav className="flex flex-wrap items-center gap-3 text-sm">
                <a
                  href="#/"
                  aria-current={offline ? undefined : 'page'}
                  className={offline ? 'underline' : 'font-semibold'}
                >
                  {say('ui.nav.live')}
                </a>
                <a
                  href="#/offline"
                  aria-current={offline ? 'page' : undefined}
                  className={offline ? 'font-semibold' : 'underline'}
                >
                  {say('ui.nav.offline')}
                </a>
                <LanguageSwitch
                  value={lang}
                  onChange={(next) => {
                    setLang(next);
                    saveLang(next);
                  }}
                  label={say('ui.language')}
                />
                <ThemeToggle />
              </nav>
            </div>
          </header>
          <main className="mx-auto max-w-7xl p-4">
            {/* Both stay mounted, so switching never loses what was typed. */}
            <div hidden={!offline}>
              <OfflinePage
                {...(dropped ? { dropped } : {})}
                renderResult={(built, verdict, timeline) => (
                  <>
                    <VerdictCard verdict={verdict} />
                    <TimelineView timeline={timeline} evidence={built.case} />
                    <SharePanel evidence={built.case} verdict={verdict} />
                  </>
                )}
              />
            </div>
            <div hidden={offline}>
              <Dashboard />
            </div>
          </main>
        </div>
      </WordsProvider>
    </QueryClientProvider>
  );
}
