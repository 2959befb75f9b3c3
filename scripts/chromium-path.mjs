import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined
 * (Playwright's own downloaded browser, where one is installed).
 */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}
