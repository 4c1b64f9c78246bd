// The Explorer's files, all served by the app (no CDN, no remote font): the page, its stylesheet, and one
// script bundled by esbuild from src/web/client/ together with Cytoscape.js and Chart.js from node_modules.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PUBLIC_DIR = join(HERE, 'public');
export const CLIENT_ENTRY = join(HERE, 'client', 'main.ts');

export interface Asset {
  body: string;
  contentType: string;
}

/** URL path → how to make the file. */
const ASSETS: Record<string, () => Promise<Asset>> = {
  '/': () => publicFile('index.html', 'text/html; charset=utf-8'),
  '/assets/explorer.css': () => publicFile('explorer.css', 'text/css; charset=utf-8'),
  '/assets/explorer.js': async () => ({ body: await bundleClient(), contentType: 'text/javascript; charset=utf-8' }),
};

const cache = new Map<string, Promise<Asset>>();

/** The asset at a URL path, made once per process (the bundle takes about a second), or null. */
export function asset(path: string): Promise<Asset> | null {
  const make = ASSETS[path];
  if (!make) return null;
  let made = cache.get(path);
  if (!made) {
    made = make();
    // A failed build is reported to this request and retried by the next one.
    made.catch(() => cache.delete(path));
    cache.set(path, made);
  }
  return made;
}

async function publicFile(name: string, contentType: string): Promise<Asset> {
  return { body: await readFile(join(PUBLIC_DIR, name), 'utf8'), contentType };
}

/** The browser code, type-checked by `npm run typecheck` like the rest, bundled in memory at first request. */
export async function bundleClient(): Promise<string> {
  const result = await build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
