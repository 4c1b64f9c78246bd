// Runs before `npm start` and `npm test`: installs the locked dependencies when node_modules is missing
// or older than package-lock.json, so a fresh clone needs nothing but Node, Java and Maven.
// `npm ci` is tried first; with `omit-lockfile-registry-resolved` (set on some machines) npm 11 judges the
// lock's optional per-platform packages "missing" and refuses, so `npm install` (same lock) is the fallback.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies…');
  try {
    execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'pipe' });
  } catch {
    console.log('npm ci refused the lock file; installing with npm install instead');
    execSync('npm install --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
  }
}
