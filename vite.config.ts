import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { awsConnectSources } from './scripts/aws-hosts.ts';
import { awsRelayMiddleware } from './scripts/aws-relay.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * A strict Content-Security-Policy for the built app, as a `<meta>` first in `<head>`: scripts only from the app's
 * own files (no inline script, no eval), network only to AWS and the configured sandbox. React sets `style={…}`
 * through the CSSOM, which CSP does not restrict, so no 'unsafe-inline' is needed. `frame-ancestors` cannot be set
 * from a meta tag: send it as a header where the app is hosted. The dev server stays relaxed for HMR.
 * `AUTHTRACE_CSP_CONNECT` adds sources (space-separated), e.g. an AppSync custom domain.
 */
function contentSecurityPolicy(): Plugin {
  let policy = '';
  return {
    name: 'authtrace-csp',
    apply: 'build',
    configResolved(config) {
      const env = { ...loadEnv(config.mode, config.root, ['VITE_', 'AUTHTRACE_']), ...process.env };
      // AWS's own service hosts, one by one (scripts/aws-hosts.ts); the sandbox only in a build made for it.
      const sandbox = env.VITE_SANDBOX_URL ? [new URL(env.VITE_SANDBOX_URL).origin] : [];
      const connect = ["'self'", ...awsConnectSources(), ...sandbox];
      connect.push(...(env.AUTHTRACE_CSP_CONNECT ?? '').split(/\s+/));
      policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src ${connect.filter(Boolean).join(' ')}`,
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The same-origin AWS relay (scripts/aws-relay.ts, the module `npm run serve` uses) beside the dev server, so
 * `npm start` (and `npm run preview`) read IAM as the production server does. Both listen on 127.0.0.1 only; they
 * relay to the app's sandbox too.
 */
function awsRelay(): Plugin {
  const middleware = (config: { mode: string; root: string }) => {
    const env = { ...loadEnv(config.mode, config.root, ['VITE_', 'AUTHTRACE_']), ...process.env };
    const sandbox = env.AUTHTRACE_RELAY_SANDBOX ?? env.VITE_SANDBOX_URL ?? 'http://127.0.0.1:4510';
    return awsRelayMiddleware({ sandboxOrigin: new URL(sandbox).origin });
  };
  return {
    name: 'authtrace-aws-relay',
    configureServer: (server) => void server.middlewares.use(middleware(server.config)),
    configurePreviewServer: (server) => void server.middlewares.use(middleware(server.config)),
  };
}

// The built app runs on Preact's React-compatible runtime: the same components and hooks at a fraction of React's
// size, which keeps a share link's customer view within its budget (README, "Benchmarks"). Tests and the dev server
// run the same code on React.
const preact = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export default defineConfig(({ command }) => ({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), awsRelay()],
  resolve: { alias: [{ find: '@', replacement: src }, ...(command === 'build' ? preact : [])] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // No source maps in what is served: they would publish the sources next to the app (issue 13).
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // A fresh 2-core CI machine under load runs several times slower than a warm one: Vitest's 5 s default
          // failed a test that takes ~1 s quietly (measured at load 18). Fuzz and property tests state their own.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
}));
