// Runs before `npm start` and `npm test`: installs the locked dependencies when node_modules is missing
// or older than package-lock.json, so a fresh clone needs nothing but Node, Java and Maven.
// `npm ci` is tried first. The lock lists every optional per-platform package (rollup's, esbuild's): npm 11's
// `npm ci` refuses a lock that misses any of them ("Missing: @rollup/rollup-android-arm-eabi from lock file"),
// which is what a lock pruned by hand or written on a partial tree looks like. `npm install` is only the
// fallback for a lock someone broke; it rewrites package-lock.json, and .ci/run fails on that.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies…');
  try {
    execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'pipe' });
  } catch {
    console.log(
      'npm ci refused package-lock.json; installing with npm install, which rewrites it. ' +
        'Commit the regenerated lock (npm install --package-lock-only) so that a fresh clone stays clean.',
    );
    execSync('npm install --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
  }
}
