/** The sandbox the Playwright web server starts (see playwright.config.ts). */
export const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 4610}`;
