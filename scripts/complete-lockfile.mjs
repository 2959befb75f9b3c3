// The npm registry this project's machines reach serves only the platform packages they can use (e.g. linux-x64),
// so `npm install` writes a lockfile without the other platforms' optional binaries, and `npm ci` then rejects it
// as out of sync. This adds those entries back as optional, platform-restricted stubs, which `npm ci` skips on
// platforms they are not for. Run it after `npm install` changes the lockfile: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = [
  [/android-arm64/, ['android'], ['arm64']],
  [/android-arm(-eabi)?$/, ['android'], ['arm']],
  [/darwin-arm64/, ['darwin'], ['arm64']],
  [/darwin-x64/, ['darwin'], ['x64']],
  [/darwin-universal/, ['darwin'], ['x64', 'arm64']],
  [/freebsd-x64/, ['freebsd'], ['x64']],
  [/freebsd-arm64/, ['freebsd'], ['arm64']],
  [/linux-arm-(gnueabihf|musleabihf)/, ['linux'], ['arm']],
  [/linux-(ppc64|powerpc64le|ppc64-gnu)/, ['linux'], ['ppc64']],
  [/linux-riscv64/, ['linux'], ['riscv64']],
  [/linux-s390x/, ['linux'], ['s390x']],
  [/linux-loong(arch)?64/, ['linux'], ['loong64']],
  [/linux-ia32/, ['linux'], ['ia32']],
  [/openharmony-arm64/, ['openharmony'], ['arm64']],
  [/netbsd-/, ['netbsd'], ['x64', 'arm64']],
  [/openbsd-/, ['openbsd'], ['x64', 'arm64']],
  [/sunos-/, ['sunos'], ['x64']],
  [/aix-/, ['aix'], ['ppc64']],
  [/win32-arm64/, ['win32'], ['arm64']],
  [/win32-ia32/, ['win32'], ['ia32']],
  [/win32-x64/, ['win32'], ['x64']],
  [/wasm32-wasi|wasi/, ['wasi-none-only'], ['wasm32']],
];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const candidates = [`${base}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => packages[candidate])) continue;
    const platform = PLATFORMS.find(([pattern]) => pattern.test(name));
    if (!platform) {
      console.warn(`no platform known for ${name}; left out`);
      continue;
    }
    packages[`node_modules/${name}`] = { version, dev: entry.dev, optional: true, os: platform[1], cpu: platform[2] };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform stub(s)`);
