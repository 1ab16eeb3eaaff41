import { describe, expect, it, vi } from 'vitest';
import { createPrintToPdfHandler, safePdfName } from './print-to-pdf.ts';

const pdf = new Uint8Array([37, 80, 68, 70]);
function setup(choice: { canceled: boolean; filePath?: string }) {
  const window = { id: 1 };
  const deps = {
    windowOf: vi.fn(() => window as never),
    showSaveDialog: vi.fn(async () => ({ canceled: choice.canceled, filePath: choice.filePath ?? '' })),
    writeFile: vi.fn(async () => {}),
  };
  const sender = { printToPDF: vi.fn(async () => pdf) };
  return { deps, sender, window, handler: createPrintToPdfHandler(deps) };
}

describe('print to PDF', () => {
  it('prints the app page on A4 with its print CSS and saves it where the user chose', async () => {
    const { deps, sender, window, handler } = setup({ canceled: false, filePath: '/home/lin/Proforma-YJ03-000127-es.pdf' });
    expect(await handler({ sender, senderFrame: { url: 'app://tradewind/orders/1/proforma?lang=es' } }, 'Proforma-YJ03-000127-es.pdf')).toBe('saved');
    expect(sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(window, { defaultPath: 'Proforma-YJ03-000127-es.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/lin/Proforma-YJ03-000127-es.pdf', pdf);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const { deps, sender, handler } = setup({ canceled: true });
    expect(await handler({ sender, senderFrame: { url: 'app://tradewind/index.html' } }, 'x.pdf')).toBe('cancelled');
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses pages that are not the app’s own', async () => {
    const { sender, handler } = setup({ canceled: false, filePath: '/tmp/x.pdf' });
    await expect(handler({ sender, senderFrame: { url: 'https://evil.example/' } }, 'x.pdf')).rejects.toThrow(/own pages/);
    await expect(handler({ sender, senderFrame: null }, 'x.pdf')).rejects.toThrow(/own pages/);
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });

  it('offers a plain file name, never a path', () => {
    expect(safePdfName('../../etc/passwd')).toBe('_.._etc_passwd.pdf');
    expect(safePdfName('Fair summary 2026-11-23.PDF')).toBe('Fair summary 2026-11-23.pdf');
    expect(safePdfName(42)).toBe('Tradewind.pdf');
  });
});
