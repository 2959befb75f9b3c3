import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { OfflinePage } from '@/features/offline/components/offline-page';
import { SharePanel } from '@/features/share/components/share-panel';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { VerdictCard } from '@/features/verdict/components/verdict-card';
import { Dashboard } from './dashboard';
import { ThemeToggle } from './theme-toggle';

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
  const offline = hash === '#/offline';
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen">
        <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-950/80">
          <div className="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
            <div>
              <h1 className="text-lg font-semibold">Authtrace</h1>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Why does AppSync answer Unauthorized after Cognito sign-in?
              </p>
            </div>
            <nav className="flex items-center gap-3 text-sm">
              <a
                href="#/"
                aria-current={offline ? undefined : 'page'}
                className={offline ? 'underline' : 'font-semibold'}
              >
                Live run
              </a>
              <a
                href="#/offline"
                aria-current={offline ? 'page' : undefined}
                className={offline ? 'font-semibold' : 'underline'}
              >
                Offline evidence
              </a>
              <ThemeToggle />
            </nav>
          </div>
        </header>
        <main className="mx-auto max-w-7xl p-4">
          {/* Both stay mounted, so switching never loses what was typed. */}
          <div hidden={!offline}>
            <OfflinePage
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
    </QueryClientProvider>
  );
}
