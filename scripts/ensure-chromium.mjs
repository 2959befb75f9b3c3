// Makes sure a Chromium is there for the end-to-end tests, installing Debian's when we can, or says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (found) {
  console.log(`[ensure-chromium] using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log("[ensure-chromium] Chromium is missing: installing Debian's chromium package (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && chromiumPath()) {
    console.log(`[ensure-chromium] installed ${execFileSync(chromiumPath(), ['--version']).toString().trim()}`);
    process.exit(0);
  }
  console.error('[ensure-chromium] apt-get could not install chromium (see its output above).');
}

console.error(`[ensure-chromium] No Chromium found for the end-to-end tests. Do one of:
  - Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium
  - any system: point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm test
  - with internet access: npx playwright install chromium (and unset CHROMIUM_PATH)`);
process.exit(existsSync(`${process.env.HOME}/.cache/ms-playwright`) ? 0 : 1);
