import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const exposeInMainWorld = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld } }));

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
    process.argv = [
      '/electron',
      '--type=renderer',
      '--tradewind-platform-url=https://trade.example.com/api?tenant=a=b',
      '--tradewind-app-version=2.0.1',
    ];
    await import('./preload.ts');
    expect(exposeInMainWorld).toHaveBeenCalledExactlyOnceWith('tradewind', {
      kind: 'electron',
      platformUrl: 'https://trade.example.com/api?tenant=a=b',
      appVersion: '2.0.1',
    });
  });

  it('fails loudly when main did not pass the platform URL', async () => {
    process.argv = ['/electron', '--tradewind-app-version=2.0.1'];
    await expect(import('./preload.ts')).rejects.toThrow(/tradewind-platform-url/);
    expect(exposeInMainWorld).not.toHaveBeenCalled();
  });
});
