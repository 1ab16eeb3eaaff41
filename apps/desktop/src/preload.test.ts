import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const exposeInMainWorld = vi.hoisted(() => vi.fn());
const invoke = vi.hoisted(() => vi.fn(async () => 'saved'));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } }));

const originalArgv = process.argv;
beforeEach(() => {
  vi.resetModules();
  exposeInMainWorld.mockClear();
});
afterEach(() => {
  process.argv = originalArgv;
});

describe('preload', () => {
  it('exposes the typed bridge built from the arguments main passed', async () => {
    process.argv = ['/electron', '--type=renderer', '--tradewind-platform-url=https://trade.example.com/api?tenant=a=b'];
    await import('./preload.ts');
    expect(exposeInMainWorld).toHaveBeenCalledExactlyOnceWith('tradewind', {
      kind: 'electron',
      platformUrl: 'https://trade.example.com/api?tenant=a=b',
      printToPdf: expect.any(Function),
      secrets: { seal: expect.any(Function), open: expect.any(Function) },
    });
  });

  it('asks main to print the page to PDF over IPC', async () => {
    process.argv = ['/electron', '--tradewind-platform-url=https://trade.example.com'];
    await import('./preload.ts');
    const bridge = exposeInMainWorld.mock.calls[0]![1] as { printToPdf(name: string): Promise<string> };
    expect(await bridge.printToPdf('Proforma-YJ03-000127-ar.pdf')).toBe('saved');
    expect(invoke).toHaveBeenCalledWith('tradewind:print-to-pdf', 'Proforma-YJ03-000127-ar.pdf');
  });

  it('fails loudly when main did not pass the platform URL', async () => {
    process.argv = ['/electron'];
    await expect(import('./preload.ts')).rejects.toThrow(/tradewind-platform-url/);
    expect(exposeInMainWorld).not.toHaveBeenCalled();
  });
});
