import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ProformaDocument } from '@tradewind/domain';
import { ProformaDocumentView } from '@tradewind/proforma-view';
import { chromium, type Browser } from 'playwright-core';
import { renderToStaticMarkup } from 'react-dom/server';

/** The PDF cannot be made here (no Chromium, or it would not start); the request fails with a notice. */
export class RendererUnavailable extends Error {}

export interface ProformaRenderer {
  pdf(doc: ProformaDocument): Promise<Buffer>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const css = () => readFileSync(createRequire(import.meta.url).resolve('@tradewind/proforma-view/proforma.css'), 'utf8');

/** The same view the device prints, as a page of its own with its styles inlined. */
export function proformaHtml(doc: ProformaDocument): string {
  const body = renderToStaticMarkup(<ProformaDocumentView doc={doc} />);
  return `<!doctype html><html lang="${doc.language}" dir="${doc.dir}"><head><meta charset="utf-8"><style>${css()}</style></head><body>${body}</body></html>`;
}

/**
 * Prints proformas with Chromium (`page.pdf`, A4, the stylesheet's own `@page` margins). The browser
 * starts on the first request and is shared; the page may load nothing from outside (the logo is a data URL).
 */
export function proformaRenderer(executablePath: string): ProformaRenderer {
  let browser: Promise<Browser> | undefined;
  const started = () => {
    browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((error: unknown) => {
      browser = undefined;
      throw new RendererUnavailable(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`);
    });
    return browser;
  };
  return {
    async pdf(doc) {
      const page = await (await started()).newPage().catch((error: unknown) => {
        throw new RendererUnavailable(`Chromium could not open a page: ${(error as Error).message.split('\n')[0]}`);
      });
      try {
        await page.route(/^(?!data:)/, (route) => route.abort());
        await page.setContent(proformaHtml(doc), { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      } catch (error) {
        throw new RendererUnavailable(`Chromium could not print the proforma: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    },
    async close() {
      const running = browser;
      browser = undefined;
      await running?.then((b) => b.close()).catch(() => undefined);
    },
  };
}
