import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol.ts';
import { createClientFixture, INDEX_HTML, SECRET } from './client-fixture.ts';

const CSP = "default-src 'self'; connect-src 'self' http://127.0.0.1:8787";

let fixture: Awaited<ReturnType<typeof createClientFixture>>;
let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  fixture = await createClientFixture();
  handle = createAppProtocolHandler(fixture.clientDir, CSP);
});
afterAll(() => fixture.cleanup());

const get = (url: string) => handle(new Request(url));

describe('app:// protocol handler', () => {
  it('serves client files with their content type and the CSP', async () => {
    const response = await get('app://tradewind/assets/app.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers unknown routes with index.html', async () => {
    const response = await get('app://tradewind/orders/42');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it.each(['app://tradewind/../../secret.txt', 'app://tradewind/%2e%2e/secret.txt'])('never serves files outside the client folder: %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
  });

  it('refuses an encoded traversal with 403', async () => {
    const response = await get('app://tradewind/%2e%2e%2fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('Content-Security-Policy')).toBe(CSP);
  });

  it('explains a missing client build instead of failing silently', async () => {
    const missing = path.join(fixture.root, 'not-built');
    const response = await createAppProtocolHandler(missing, CSP)(new Request('app://tradewind/'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('npm run build -w @tradewind/client');
  });
});
