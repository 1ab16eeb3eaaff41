import type { BrowserWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { isAppUrl } from './app-url.ts';

export type PrintToPdfOutcome = 'saved' | 'cancelled';

/** What the handler needs from Electron and the file system (replaced in tests). */
export interface PrintToPdfDeps {
  windowOf(sender: unknown): BrowserWindow | null;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

interface PrintEvent {
  sender: { printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array> };
  senderFrame: { url: string } | null;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const REFUSED_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A plain file name ending in .pdf: no folders, no characters Windows or macOS refuse. */
export function safePdfName(name: unknown): string {
  const base = (typeof name === 'string' ? name : '').replace(REFUSED_IN_FILE_NAMES, '_').replace(/^\.+/, '').trim().slice(0, 120);
  const stem = base.replace(/\.pdf$/i, '') || 'Tradewind';
  return `${stem}.pdf`;
}

/**
 * Prints the asking page to PDF with Chromium's print engine (the page's print CSS and @page size
 * apply) and saves it where the user chooses. Only the app's own pages may ask.
 */
export function createPrintToPdfHandler(deps: PrintToPdfDeps) {
  return async (event: PrintEvent, fileName: unknown): Promise<PrintToPdfOutcome> => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) throw new Error('print-to-pdf is only for the app’s own pages');
    const window = deps.windowOf(event.sender);
    if (!window) throw new Error('print-to-pdf needs a window');
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const choice = await deps.showSaveDialog(window, { defaultPath: safePdfName(fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (choice.canceled || !choice.filePath) return 'cancelled';
    await deps.writeFile(choice.filePath, pdf);
    return 'saved';
  };
}
