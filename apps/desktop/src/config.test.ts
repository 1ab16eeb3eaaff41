import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const dev = { isPackaged: false, resourcesPath: '/opt/tradewind/resources', moduleDir: '/repo/apps/desktop/dist' };

describe('readConfig', () => {
  it('defaults to the local platform and the sibling client build', () => {
    expect(readConfig({}, dev)).toEqual({
      clientDir: path.resolve('/repo/apps/client/dist-electron'),
      platformUrl: 'http://127.0.0.1:8787',
      platformOrigin: 'http://127.0.0.1:8787',
    });
  });

  it('uses the packaged resources folder when packaged', () => {
    expect(readConfig({}, { ...dev, isPackaged: true }).clientDir).toBe(path.join('/opt/tradewind/resources', 'client'));
  });

  it('honours TRADEWIND_CLIENT_DIR and TRADEWIND_PLATFORM_URL', () => {
    const config = readConfig({ TRADEWIND_CLIENT_DIR: 'build/client', TRADEWIND_PLATFORM_URL: 'https://trade.example.com/api/' }, { ...dev, isPackaged: true });
    expect(config.clientDir).toBe(path.resolve('build/client'));
    expect(config.platformUrl).toBe('https://trade.example.com/api');
    expect(config.platformOrigin).toBe('https://trade.example.com');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'not a url'])('rejects TRADEWIND_PLATFORM_URL=%s', (url) => {
    expect(() => readConfig({ TRADEWIND_PLATFORM_URL: url }, dev)).toThrow(/TRADEWIND_PLATFORM_URL/);
  });
});
