// The real app (yoga server over the test Neo4j) listening on 127.0.0.1 for a browser, and a Chromium whose
// every request off 127.0.0.1 is aborted and recorded: the pages must work with the network cut off.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { findChromium } from '../setup/chromium.js';

export interface BrowserHarness {
  base: string;
  browser: Browser;
  context: BrowserContext;
  /** Every request the pages tried to send off the machine (aborted). */
  offsite: string[];
  close(): Promise<void>;
}

export async function startBrowserHarness(graph: Graph): Promise<BrowserHarness> {
  const yoga = createServer({ graph, config: loadConfig({ NODE_ENV: 'test' }), logger: createLogger('silent') });
  const server: Server = createHttpServer(yoga);
  // PORT when given (the engineer's own range), else a free port chosen by the system.
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 1000 } });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  return {
    base: `http://127.0.0.1:${port}`,
    browser,
    context,
    offsite,
    async close() {
      await context.close();
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
