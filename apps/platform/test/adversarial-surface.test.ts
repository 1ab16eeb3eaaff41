/**
 * Adversarial suite, part 5: what the platform serves and tells — security headers, CORS, the
 * health endpoint, and image bytes (type by signature, quota, upload rate). Each is refused or
 * answered as designed and changes the database only as designed (see `attackSuite`).
 */
import { createHash } from 'node:crypto';
import { describe, expect } from 'vitest';
import { IMAGE_QUOTA_BYTES } from '../src/images/routes.ts';
import { attack, type AttackContext, attackSuite } from './support/attacks.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { api } from './support/http.ts';
import { ENGINES } from './support/platform.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const png = (text: string) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)]);

async function upload(ctx: AttackContext, bytes: Buffer, contentType = 'image/png', deviceName?: string) {
  const token = deviceName ? (await ctx.session(YANGJIANG, deviceName)).accessToken : await ctx.token(YANGJIANG);
  const response = await ctx.app.inject({ method: 'POST', url: `/api/images/${sha256(bytes)}`, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, payload: bytes });
  return { status: response.statusCode, body: response.json() as unknown, headers: response.headers };
}

const storedImages = async (ctx: AttackContext) => Number((await ctx.db.query<{ n: string }>('SELECT count(*)::text AS n FROM image_blobs WHERE tenant_id = $1', [YANGJIANG]))[0]?.n);

const attacks = [
  attack({
    name: 'a page on another origin calls the platform (CORS)',
    request: 'GET /api/health with Origin: https://evil.example',
    postgres: true,
    run: (ctx) => api(ctx.app, 'GET', '/api/health', { headers: { origin: 'https://evil.example' } }),
    expect: { status: 200 },
    async verify(ctx, _, response) {
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      // The desktop app's origin is allowed.
      const desktop = await api(ctx.app, 'GET', '/api/health', { headers: { origin: 'app://tradewind' } });
      expect(desktop.headers['access-control-allow-origin']).toBe('app://tradewind');
    },
  }),
  attack({
    name: 'security headers on every answer',
    request: 'GET /api/health, GET /api/no-such-route',
    run: (ctx) => api(ctx.app, 'GET', '/api/no-such-route'),
    expect: { status: 404, code: 'not_found' },
    async verify(ctx, _, response) {
      for (const { headers } of [response, await api(ctx.app, 'GET', '/api/health')]) {
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
        expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
        expect(String(headers['content-security-policy'])).toContain("connect-src 'self';");
        expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      }
    },
  }),
  attack({
    name: 'anyone asks the platform its software version',
    request: 'GET /api/health without a token, then as park-admin',
    as: ['park-admin'],
    run: (ctx) => api(ctx.app, 'GET', '/api/health'),
    expect: (_, response) => {
      expect(response.body).toEqual({ status: 'ok', database: expect.any(String) });
      return { status: 200 };
    },
    async verify(ctx) {
      expect((await api(ctx.app, 'GET', '/api/health', { token: await ctx.token('park-admin') })).body).toMatchObject({ version: expect.any(String) });
    },
  }),
  attack({
    name: 'HTML bytes uploaded as image/png',
    request: 'POST /api/images/<sha256> as yangjiang-knives: content-type image/png, body <html><script>…',
    postgres: true,
    as: [YANGJIANG],
    run: (ctx) => upload(ctx, Buffer.from('<html><script>fetch("/api/devices")</script></html>')),
    expect: { status: 415, code: 'not_an_image' },
    async verify(ctx) {
      expect(await storedImages(ctx)).toBe(0);
    },
  }),
  attack({
    name: 'a real image served back is never sniffed as something else',
    request: 'POST then GET /api/images/<sha256> as yangjiang-knives',
    as: [YANGJIANG],
    setup: async (ctx) => {
      const bytes = png('served back');
      expect((await upload(ctx, bytes)).status).toBe(201);
      return sha256(bytes);
    },
    run: async (ctx, digest: string) => api(ctx.app, 'GET', `/api/images/${digest}`, { token: await ctx.token(YANGJIANG) }),
    expect: { status: 200 },
    async verify(_, __, response) {
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    },
  }),
  attack({
    name: 'uploads past the merchant’s picture quota',
    request: `POST /api/images/<sha256> as yangjiang-knives with ${IMAGE_QUOTA_BYTES / 1024 ** 3} GB already stored`,
    as: [YANGJIANG],
    ownPlatform: true,
    setup: async (ctx) => {
      // The quota counts the recorded lengths; one row stands for a full catalogue of pictures.
      await ctx.db.query("INSERT INTO image_blobs (tenant_id, digest, content_type, length, data) VALUES ($1, $2, 'image/png', $3, '\\x00')", [YANGJIANG, 'a'.repeat(64), IMAGE_QUOTA_BYTES - 10]);
    },
    run: (ctx) => upload(ctx, png('one picture too many')),
    expect: { status: 413, code: 'image_quota' },
  }),
  attack({
    name: 'a device floods image uploads',
    request: 'POST /api/images/<sha256> ×601 in a minute from one device (600 distinct small PNGs first)',
    as: [YANGJIANG],
    ownPlatform: true,
    setup: async (ctx) => {
      for (let i = 0; i < 600; i++) expect((await upload(ctx, png(`picture ${i}`), 'image/png', 'flood')).status).toBe(201);
    },
    run: (ctx) => upload(ctx, png('picture 600'), 'image/png', 'flood'),
    expect: { status: 429, code: 'rate_limited', retryAfter: true },
    async verify(ctx) {
      // Per device: the owner's other device still uploads.
      expect((await upload(ctx, png('from the desk'))).status).toBe(201);
    },
  }),
];

describe.each(ENGINES)('adversarial: what the platform serves and tells, on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
