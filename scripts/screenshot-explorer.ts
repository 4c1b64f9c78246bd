// npm run screenshot -- [URL] [--out docs/explorer.png] [--selector '#map-panel']: a PNG of the Explorer for the README, taken by
// Debian's Chromium through playwright-core against a running app (`npm start`), with every request that
// leaves the machine blocked (so the picture also shows that nothing remote is needed).
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/setup/chromium.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const out = option('--out') ?? 'docs/explorer.png';
const selector = option('--selector');
const url =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  `http://127.0.0.1:${process.env.PORT ?? 4000}/?sessions=12&org=GI-TOC`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === '127.0.0.1' || host === 'localhost') return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  for (const panel of ['map-panel', 'profile-panel', 'compare-panel', 'trends-panel']) {
    await page.waitForSelector(`#${panel}[data-state="ready"]`, { timeout: 60_000 });
  }
  if (selector) await page.locator(selector).screenshot({ path: out });
  else {
    // A viewport as tall as the page (instead of fullPage's temporary resize, which the map would not refit
    // to), then the map fitted as a visitor sees it on load.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1440, height });
    await page.evaluate(() => window.explorer?.map.cy.fit(undefined, 20));
    await page.screenshot({ path: out });
  }
  console.log(
    `${out} written${blocked.length ? `; blocked ${blocked.length} remote requests: ${blocked.join(' ')}` : ''}`,
  );
} finally {
  await browser.close();
}
