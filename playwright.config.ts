import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4610); // keep in step with e2e/sandbox.ts
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4673);
const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
const executablePath = chromiumPath();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx sandbox/main.ts --port ${SANDBOX_PORT} --quiet`,
      url: `${sandboxUrl}/__sandbox/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The built app served as teams run it (`npm run serve`: security headers and the AWS relay, which the tests
      // exercise); the sandbox URL is baked in at build time, and the relay forwards to that sandbox.
      command: `npx vite build --logLevel warn && npx tsx scripts/serve.ts --port ${APP_PORT} --sandbox ${sandboxUrl}`,
      url: `http://127.0.0.1:${APP_PORT}`,
      env: { VITE_SANDBOX_URL: sandboxUrl },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
