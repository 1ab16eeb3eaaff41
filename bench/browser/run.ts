/** Builds the bench page with Vite, serves it, and runs it in headless Chromium (Dexie on IndexedDB). */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import type { ClientBenchOptions, ClientBenchResult } from '../client-bench.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DIST = join(ROOT, 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function buildBenchPage(): Promise<void> {
  await build({ configFile: join(ROOT, 'vite.config.ts') });
}

function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? 'index.html' : path);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    const stream = createReadStream(file);
    stream.on('open', () => {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      stream.pipe(response);
    });
    stream.on('error', () => response.writeHead(404).end());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server })),
  );
}

export interface BrowserBench {
  /** One measurement in a fresh browser context (empty IndexedDB). */
  run(options: ClientBenchOptions): Promise<ClientBenchResult>;
  close(): Promise<void>;
}

export async function startBrowserBench(): Promise<BrowserBench> {
  const { url, server } = await serve(DIST);
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    async run(options) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') console.error(`  [page console] ${message.text()}`);
        });
        const query = new URLSearchParams({
          platform: options.baseUrl,
          token: options.token,
          batchSize: String(options.batchSize),
          expected: String(options.expected),
        });
        await page.goto(`${url}?${query}`);
        await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
        return await page.evaluate(() => window.runBench());
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
