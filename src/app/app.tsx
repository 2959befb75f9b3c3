import { useEffect, useState } from 'react';

const SANDBOX_URL = import.meta.env.VITE_SANDBOX_URL ?? 'http://127.0.0.1:4510';

type SandboxState = { status: 'checking' } | { status: 'up'; scenario: string } | { status: 'down' };

/** Placeholder dashboard: shows whether the local sandbox account is reachable. */
export function App() {
  const [sandbox, setSandbox] = useState<SandboxState>({ status: 'checking' });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`${SANDBOX_URL}/__sandbox/health`, { signal: controller.signal })
      .then((response) => response.json() as Promise<{ scenario: string }>)
      .then((body) => setSandbox({ status: 'up', scenario: body.scenario }))
      .catch(() => {
        if (!controller.signal.aborted) setSandbox({ status: 'down' });
      });
    return () => controller.abort();
  }, []);

  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">Authtrace</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">
        Why does AppSync answer <code>Unauthorized</code> after Cognito sign-in?
      </p>
      <p className="mt-6" role="status">
        {sandbox.status === 'checking' && 'Looking for the local sandbox account…'}
        {sandbox.status === 'up' && `Sandbox account ready at ${SANDBOX_URL} (scenario: ${sandbox.scenario}).`}
        {sandbox.status === 'down' && `No sandbox at ${SANDBOX_URL}. Start it with: npm start`}
      </p>
    </main>
  );
}
