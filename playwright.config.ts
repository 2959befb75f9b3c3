import { defineConfig, devices } from '@playwright/test';
import { SANDBOX_URL as sandboxUrl } from './e2e/sandbox';
import { chromiumPath } from './scripts/chromium-path.mjs';

const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4673);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // In CI a failed test is tried once more: Playwright then reports it as flaky (in the list, by name), not as passed.
  retries: process.env.CI ? 1 : 0,
  // A run where everything fails the same way stops early, with its first failures in view.
  maxFailures: process.env.CI ? 12 : 0,
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
  // The sandbox is not a web server here: each test makes sure one answers (e2e/fixtures.ts, e2e/sandbox.ts), so a
  // sandbox that was lost is replaced instead of failing every test after it.
  webServer: [
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
