// Where the browser tests find Chromium. Playwright's own browser download cannot be reached from these
// machines, so playwright-core drives Debian's `chromium` package (or any Chromium named by CHROMIUM_PATH).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_HINT =
  'No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** The Chromium binary to launch; throws a one-line hint when there is none (tests never skip silently). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.CHROMIUM_PATH;
  if (named !== undefined && named !== '') {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH=${named} does not exist. ${CHROMIUM_HINT}`);
    return named;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) throw new Error(CHROMIUM_HINT);
  return found;
}
