import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './dashboard';
import { ThemeToggle } from './theme-toggle';

export function App() {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
  );
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
            <ThemeToggle />
          </div>
        </header>
        <main className="mx-auto max-w-7xl p-4">
          <Dashboard />
        </main>
      </div>
    </QueryClientProvider>
  );
}
