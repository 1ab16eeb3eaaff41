import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { pullUrl } from './support/replication.ts';

describe('pull compression (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startPlatform('pglite', { listen: true });
    token = await login(platform.app, YANGJIANG);
  });
  afterAll(() => platform?.close());

  const get = (url: string, encoding?: string) => platform.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...(encoding ? { 'accept-encoding': encoding } : {}) } });

  it('sends a page brotli- or gzip-compressed to a device that accepts it, with the same documents', async () => {
    const plain = await get(pullUrl('products', null, 100));
    expect(plain.headers['content-encoding']).toBeUndefined();
    const documents = JSON.parse(plain.body).documents as unknown[];
    expect(documents.length).toBeGreaterThan(1);

    const brotli = await get(pullUrl('products', null, 100), 'br, gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString())).toEqual(JSON.parse(plain.body));
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);

    const gzip = await get(pullUrl('products', null, 100), 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(JSON.parse(plain.body));
  });

  it('leaves a small answer plain: compressing it would cost more than it saves', async () => {
    const empty = await get(pullUrl('notices', null, 1), 'br, gzip');
    expect(empty.statusCode).toBe(200);
    expect(empty.rawPayload.length).toBeLessThan(1024);
    expect(empty.headers['content-encoding']).toBeUndefined();
  });

  it('keeps the live stream uncompressed, so every event reaches the device at once', async () => {
    const response = await fetch(`${platform.url}/api/sync/stream`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain(': connected');
    await reader.cancel();
  });
});
