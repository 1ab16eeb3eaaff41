import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientFixture } from './client-fixture.ts';
import { locateClientFile, resolveRequestPath } from './client-files.ts';

let fixture: Awaited<ReturnType<typeof createClientFixture>>;
beforeAll(async () => {
  fixture = await createClientFixture();
});
afterAll(() => fixture.cleanup());

describe('resolveRequestPath', () => {
  it('maps app://tradewind paths into the client folder', () => {
    expect(resolveRequestPath(fixture.clientDir, 'app://tradewind/assets/app.js?v=1#x')).toBe(path.join(fixture.clientDir, 'assets', 'app.js'));
  });

  it.each([
    'app://tradewind/%2e%2e%2fsecret.txt',
    'app://tradewind/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://tradewind/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://tradewind/%00index.html',
    'app://tradewind/%E0%A4%A',
    'app://evil/index.html',
    'https://tradewind/index.html',
  ])('refuses %s', (url) => {
    expect(resolveRequestPath(fixture.clientDir, url)).toBeNull();
  });
});

describe('locateClientFile', () => {
  it('returns existing files as they are', async () => {
    expect(await locateClientFile(fixture.clientDir, 'app://tradewind/assets/app.css')).toBe(path.join(fixture.clientDir, 'assets', 'app.css'));
  });

  it.each(['app://tradewind/', 'app://tradewind/orders/42', 'app://tradewind/assets', 'app://tradewind/missing.js'])('falls back to index.html for %s', async (url) => {
    expect(await locateClientFile(fixture.clientDir, url)).toBe(path.join(fixture.clientDir, 'index.html'));
  });

  it.each(['app://tradewind/../secret.txt', 'app://tradewind/%2e%2e/%2e%2e/etc/passwd', 'app://tradewind/a/../../../secret.txt'])(
    'keeps dot-segment traversal %s inside the client folder',
    async (url) => {
      const file = await locateClientFile(fixture.clientDir, url);
      expect(file).toBe(path.join(fixture.clientDir, 'index.html'));
    },
  );
});
