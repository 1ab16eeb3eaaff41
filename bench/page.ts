/**
 * A bench page: a folder with a `main.ts` that sets `#status` to "ready" and puts its measuring
 * function on `window`. Vite builds it (the page's HTML is made here, so every page has the same
 * one) and serves the build on loopback.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type InlineConfig, type Plugin } from 'vite';
import { extensionsFor } from '../apps/client/platform-extensions.ts';

export interface ServedPage {
  url: string;
  close(): Promise<void>;
}

const pageHtml = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <p id="status">loading…</p>
    <script type="module" src="./main.ts"></script>
  </body>
</html>
`;

/** The page's index.html as a module Vite loads, not a file of its own. */
function htmlEntry(path: string, title: string): Plugin {
  return {
    name: 'bench-page-html',
    resolveId: (id) => (id === path ? path : null),
    load: (id) => (id === path ? pageHtml(title) : null),
  };
}

function pageConfig(dir: URL, title: string, target?: ClientTarget): InlineConfig {
  const root = fileURLToPath(dir);
  const html = join(root, 'index.html');
  return {
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [htmlEntry(html, title)],
    ...(target ? { resolve: { extensions: extensionsFor(target) } } : {}),
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8000, rollupOptions: { input: html } },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  };
}

/** Which of the client's platform modules a page that imports client code gets (`src/platform/index.<target>.ts`). */
type ClientTarget = Parameters<typeof extensionsFor>[0];

/** Builds the page in `dir` and serves the build on 127.0.0.1. */
export async function serveBenchPage(dir: URL, title: string, target?: ClientTarget): Promise<ServedPage> {
  await build(pageConfig(dir, title, target));
  const server = await preview(pageConfig(dir, title, target));
  return { url: server.resolvedUrls!.local[0]!, close: () => server.close() };
}
