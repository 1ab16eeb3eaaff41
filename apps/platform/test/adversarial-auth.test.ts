/**
 * Adversarial suite, part 2: credentials. Forged, tampered and expired access tokens, refresh-token
 * theft, revoked devices, self-registration abuse and brute-force logins. Every attack is refused
 * with the right status and changes the database only as designed (see `attackSuite`).
 */
import { randomBytes } from 'node:crypto';
import { refreshProofMessage } from '@tradewind/contract';
import { newId, usccCheckCharacter } from '@tradewind/domain';
import { SignJWT } from 'jose';
import { describe, expect } from 'vitest';
import { createTokenSigner } from '../src/auth/tokens.ts';
import { attack, type AttackContext, attackSuite, type KeyedSession } from './support/attacks.ts';
import { DEMO_PASSWORD, SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { newDeviceKey, refreshChallenge, refreshSession, type DeviceKey } from './support/device-key.ts';
import { newProduct } from './support/documents.ts';
import { api, type ApiResponse, loginAs, type Session } from './support/http.ts';
import { ENGINES } from './support/platform.ts';
import { pullUrl } from './support/replication.ts';

const STAFF = 'yangjiang-fair';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

async function signingKey(ctx: AttackContext): Promise<Uint8Array> {
  const [row] = await ctx.db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'jwt_signing_key'");
  return Buffer.from(row!.value, 'base64');
}

/** A token with the real key, claims of `username`'s device, and `change` applied. */
async function signed(ctx: AttackContext, username: string, change: (jwt: SignJWT) => SignJWT, claims: Record<string, unknown> = {}, alg = 'HS256'): Promise<string> {
  const genuine = claimsOf(await ctx.token(username));
  const jwt = new SignJWT({ tid: genuine.tid, role: genuine.role, did: genuine.did, ...claims }).setProtectedHeader({ alg }).setSubject(String(genuine.sub)).setIssuedAt();
  return change(jwt).sign(await signingKey(ctx));
}

/**
 * The same credentials against every authenticated endpoint — pull, push of a valid product (were
 * it accepted, the snapshot would show it), stream, devices, revoke, audit, rates, park console:
 * all must answer the same refusal. Returns the push's answer.
 */
async function everyEndpoint(ctx: AttackContext, authorization: string | undefined): Promise<ApiResponse> {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const own = (await ctx.session(YANGJIANG)).deviceId;
  const responses = [
    await api(ctx.app, 'GET', pullUrl('products'), { headers }),
    await api(ctx.app, 'GET', '/api/sync/stream', { headers }),
    await api(ctx.app, 'GET', '/api/devices', { headers }),
    await api(ctx.app, 'POST', `/api/devices/${own}/revoke`, { headers }),
    await api(ctx.app, 'GET', '/api/audit', { headers }),
    await api(ctx.app, 'GET', '/api/rates', { headers }),
    await api(ctx.app, 'GET', '/api/admin/registrations', { headers }),
    await api(ctx.app, 'POST', '/api/sync/products/push', { headers, body: [{ newDocumentState: newProduct() }] }),
  ];
  const push = responses.at(-1)!;
  for (const response of responses) expect({ status: response.status, body: response.body }).toEqual({ status: push.status, body: push.body });
  return push;
}

function tokenAttack(name: string, request: string, authorization: (ctx: AttackContext) => Promise<string | undefined>, options: { code?: string; postgres?: boolean } = {}) {
  return attack<string | undefined>({
    name,
    request: `${request} → pull, push, stream, devices, revoke, audit, rates, admin`,
    postgres: options.postgres,
    as: [YANGJIANG],
    setup: authorization,
    run: (ctx, header) => everyEndpoint(ctx, header),
    expect: { status: 401, code: options.code ?? 'unauthorized' },
  });
}

/** `actor` tries to revoke a device of `owner`: refused as `expected`, and the owner's device still pulls. */
function revokeRefused(name: string, { actor, owner, ownerName }: { actor: string; owner: string; ownerName: string }, expected: { status: number; code: string }) {
  return attack({
    name,
    request: `POST /api/devices/<${ownerName} device>/revoke as ${actor}`,
    as: [owner, actor],
    run: async (ctx) => api(ctx.app, 'POST', `/api/devices/${(await ctx.session(owner)).deviceId}/revoke`, { token: await ctx.token(actor) }),
    expect: expected,
    async verify(ctx) {
      expect((await api(ctx.app, 'GET', pullUrl('merchant'), { token: await ctx.token(owner) })).status).toBe(200);
    },
  });
}

/** A refresh as a device makes it (challenge, then the signed refresh), with `key` — a fresh one unless given. */
const refresh = async (ctx: AttackContext, refreshToken: string, key?: DeviceKey) => refreshSession(ctx.app, refreshToken, key ?? (await newDeviceKey()));

/** Device "device-b" of the owner, revoked by the owner from their main device. */
const revokedDevice = (ctx: AttackContext) =>
  ctx.once('revoked device', async () => {
    const deviceB = await ctx.session(YANGJIANG, 'device-b');
    const revoked = await api(ctx.app, 'POST', `/api/devices/${deviceB.deviceId}/revoke`, { token: await ctx.token(YANGJIANG) });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    return deviceB;
  });

let registrationsMade = 0;

/** A self-registration body; `uscc` valid and the order-number prefix (AA, AB, …) its own unless given. */
function registration(fields: Record<string, unknown> = {}) {
  const first17 = `91440300MA5F${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
  const n = registrationsMade++;
  return {
    companyName: '阳江测试刀具有限公司',
    uscc: first17 + usccCheckCharacter(first17),
    cluster: 'yangjiang-knives',
    code: String.fromCharCode(65 + Math.floor(n / 26), 65 + (n % 26)),
    contactName: '测试',
    username: `adv-${newId().slice(-8).toLowerCase()}`,
    password: 'correct horse battery',
    ...fields,
  };
}

/** A self-registration refused for the `fields` it carries; `shown` is how the attack report writes them. */
function registrationRefused(name: string, shown: string, fields: Record<string, unknown>, expected: { status: number; code: string }, options: { postgres?: boolean } = {}) {
  return attack({
    name,
    request: `POST /api/registrations ${shown}`,
    postgres: options.postgres,
    run: (ctx) => api(ctx.app, 'POST', '/api/registrations', { body: registration(fields) }),
    expect: expected,
  });
}

/** A registration waiting for the park administrator. */
const pendingRegistration = (ctx: AttackContext) =>
  ctx.once('pending registration', async () => {
    const body = registration();
    const response = await api<{ tenantId: string }>(ctx.app, 'POST', '/api/registrations', { body });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    return { ...body, tenantId: response.body.tenantId };
  });

const attacks = [
  // Access tokens.
  tokenAttack("tampered token: tenant claim changed to another merchant's, signature kept", 'Bearer <shaoxing token with tid=yangjiang-knives>', async (ctx) => {
    const [header, , signature] = (await ctx.token(SHAOXING)).split('.');
    return `Bearer ${header}.${b64url({ ...claimsOf(await ctx.token(SHAOXING)), tid: YANGJIANG })}.${signature}`;
  }),
  tokenAttack('tampered token: staff role raised to owner, signature kept', 'Bearer <staff token with role=merchant_owner>', async (ctx) => {
    const [header, , signature] = (await ctx.token(STAFF)).split('.');
    return `Bearer ${header}.${b64url({ ...claimsOf(await ctx.token(STAFF)), role: 'merchant_owner' })}.${signature}`;
  }),
  tokenAttack('expired token signed with the real key', 'Bearer <HS256, real key, exp 1 minute ago>', async (ctx) => {
    const now = Math.floor(Date.now() / 1000);
    return `Bearer ${await signed(ctx, YANGJIANG, (jwt) => jwt.setIssuedAt(now - 3600).setExpirationTime(now - 60))}`;
  }),
  tokenAttack('unsigned token (alg none)', 'Bearer <{"alg":"none"}.owner claims.>', async (ctx) => `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claimsOf(await ctx.token(YANGJIANG)))}.`, {
    postgres: true,
  }),
  tokenAttack('alg none header on a genuine token (signature kept)', 'Bearer <{"alg":"none"}.owner claims.original signature>', async (ctx) => {
    const [, payload, signature] = (await ctx.token(YANGJIANG)).split('.');
    return `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`;
  }),
  tokenAttack('token signed with another key', 'Bearer <HS256 with a random key, owner claims>', async (ctx) => {
    const claims = claimsOf(await ctx.token(YANGJIANG));
    return `Bearer ${await createTokenSigner(randomBytes(32)).sign({ userId: String(claims.sub), tenantId: YANGJIANG, role: 'merchant_owner', deviceId: String(claims.did) })}`;
  }),
  tokenAttack(
    'token with another algorithm (HS512, real key)',
    'Bearer <HS512, real key, owner claims>',
    async (ctx) => `Bearer ${await signed(ctx, YANGJIANG, (jwt) => jwt.setExpirationTime('5m'), {}, 'HS512')}`,
  ),
  tokenAttack(
    'genuine key but a device that does not exist',
    'Bearer <HS256, real key, did=<random>>',
    async (ctx) => `Bearer ${await signed(ctx, YANGJIANG, (jwt) => jwt.setExpirationTime('5m'), { did: newId() })}`,
    {
      code: 'device_revoked',
    },
  ),
  tokenAttack('no token', '(no Authorization header)', async () => undefined),
  tokenAttack('garbage bearer token', 'Bearer garbage', async () => 'Bearer garbage'),
  tokenAttack('empty bearer token', 'Bearer (empty)', async () => 'Bearer '),
  tokenAttack('password as Basic credentials', 'Basic base64(yangjiang-knives:tradewind-demo)', async () => `Basic ${Buffer.from(`${YANGJIANG}:${DEMO_PASSWORD}`).toString('base64')}`),
  tokenAttack('refresh token presented as an access token', 'Bearer <refresh token>', async (ctx) => `Bearer ${(await ctx.session(YANGJIANG)).refreshToken}`),

  // Refresh tokens.
  attack<{ stolen: string; rotated: string }>({
    name: 'refresh-token reuse revokes the whole family',
    request: 'POST /api/auth/refresh with a refresh token already rotated once',
    async setup(ctx) {
      const session = await ctx.session(YANGJIANG, 'refresh-reuse');
      const first = await refresh(ctx, session.refreshToken, session.deviceKey);
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(session.refreshToken);
      return { stolen: session.refreshToken, rotated: first.body.refreshToken };
    },
    run: async (ctx, { stolen }) => refresh(ctx, stolen, (await ctx.session(YANGJIANG, 'refresh-reuse')).deviceKey),
    expect: {
      status: 401,
      code: 'bad_refresh_token',
      // Both tokens of the family are spent: the reused one and the one the legitimate rotation made.
      changes: [
        'refresh_tokens ~ yangjiang-knives/refresh-reuse: unused, live → yangjiang-knives/refresh-reuse: used, expired',
        'refresh_tokens ~ yangjiang-knives/refresh-reuse: used, live → yangjiang-knives/refresh-reuse: used, expired',
      ],
    },
    async verify(ctx, { rotated }) {
      const response = await refresh(ctx, rotated, (await ctx.session(YANGJIANG, 'refresh-reuse')).deviceKey);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ error: { code: 'bad_refresh_token' } });
    },
  }),
  attack({
    name: 'made-up refresh token',
    request: 'POST /api/auth/refresh {"refreshToken": "<random 32 bytes>"}',
    run: (ctx) => refresh(ctx, randomBytes(32).toString('base64url')),
    expect: { status: 401, code: 'bad_refresh_token' },
  }),
  attack({
    name: 'access token presented as a refresh token',
    request: 'POST /api/auth/refresh {"refreshToken": "<access token>"}',
    as: [YANGJIANG],
    run: async (ctx) => refresh(ctx, await ctx.token(YANGJIANG)),
    // A JWT is longer than any refresh token: the body schema refuses it.
    expect: { status: 400, code: 'bad_request' },
  }),

  // A revoked device.
  ...(
    [
      ['pulls', (ctx: AttackContext, token: string) => api(ctx.app, 'GET', pullUrl('products'), { token }), 'GET /api/sync/products/pull'],
      ['pushes', (ctx: AttackContext, token: string) => api(ctx.app, 'POST', '/api/sync/products/push', { token, body: [{ newDocumentState: newProduct() }] }), 'POST /api/sync/products/push'],
      ['opens the change stream', (ctx: AttackContext, token: string) => api(ctx.app, 'GET', '/api/sync/stream', { token }), 'GET /api/sync/stream'],
      ['lists devices', (ctx: AttackContext, token: string) => api(ctx.app, 'GET', '/api/devices', { token }), 'GET /api/devices'],
    ] as const
  ).map(([what, call, request]) =>
    attack<Session>({
      name: `revoked device ${what}`,
      request: `${request} with the access token of a revoked device`,
      setup: revokedDevice,
      run: (ctx, deviceB) => call(ctx, deviceB.accessToken),
      expect: { status: 401, code: 'device_revoked' },
    }),
  ),
  attack<KeyedSession>({
    name: 'revoked device refreshes its session',
    request: 'POST /api/auth/refresh/challenge with the refresh token of a revoked device (its own key at hand)',
    setup: revokedDevice,
    run: (ctx, deviceB) => refresh(ctx, deviceB.refreshToken, deviceB.deviceKey),
    expect: { status: 401, code: 'device_revoked' },
  }),
  attack<Session>({
    name: "revoked device retaliates by revoking the owner's device",
    request: "POST /api/devices/<owner's device>/revoke with a revoked device's token",
    as: [YANGJIANG],
    setup: revokedDevice,
    run: async (ctx, deviceB) => api(ctx.app, 'POST', `/api/devices/${(await ctx.session(YANGJIANG)).deviceId}/revoke`, { token: deviceB.accessToken }),
    expect: { status: 401, code: 'device_revoked' },
  }),
  revokeRefused("staff revokes the owner's device", { actor: STAFF, owner: YANGJIANG, ownerName: "owner's" }, { status: 403, code: 'forbidden' }),
  revokeRefused("owner revokes another merchant's device", { actor: YANGJIANG, owner: SHAOXING, ownerName: "shaoxing's" }, { status: 404, code: 'unknown_device' }),
  attack({
    name: 'injection-shaped device id to revoke',
    request: "POST /api/devices/x' OR '1'='1/revoke as yangjiang-knives",
    as: [YANGJIANG],
    run: async (ctx) => api(ctx.app, 'POST', `/api/devices/${encodeURIComponent("x' OR '1'='1")}/revoke`, { token: await ctx.token(YANGJIANG) }),
    expect: { status: 404, code: 'unknown_device' },
  }),

  // Self-registration and the park administrator's approval.
  registrationRefused('registration with an invalid USCC check character', '{uscc: 91440300MA5FXT0010 (wrong check character)}', { uscc: '91440300MA5FXT0010' }, { status: 400, code: 'invalid_uscc' }),
  attack<Record<string, unknown>>({
    name: 'registration that sets its own status and role (mass assignment)',
    request: 'POST /api/registrations {…, status: "active", role: "park_admin"}',
    setup: async () => registration({ status: 'active', role: 'park_admin' }),
    run: (ctx, body) => api(ctx.app, 'POST', '/api/registrations', { body }),
    // The schema strips unknown fields (Fastify's Ajv removeAdditional): the registration is an
    // ordinary pending one, its user an owner — nothing of the injected status or role survives.
    expect: (body, response) => {
      const { tenantId } = response.body as { tenantId: string };
      return {
        status: 202,
        body: { tenantId, status: 'pending' },
        changes: [`tenants + ${tenantId}: pending, 0 devices`, `users + ${String(body.username)} (merchant_owner of ${tenantId})`],
      };
    },
  }),
  registrationRefused("registration taking an existing user's username", '{username: "yangjiang-knives"}', { username: YANGJIANG }, { status: 409, code: 'already_registered' }),
  // Regression (apps/platform/src/seed/demo-park.ts, the tenants INSERT): the demo merchants are
  // seeded without `tenants.uscc`, so the duplicate check in park/registrations.ts cannot see them
  // and anyone can register a second tenant under Yangjiang Lifeng's USCC. Fix: seed
  // `uscc = data.merchant.uscc` (and keep USCCs unique: `CREATE UNIQUE INDEX ON tenants (uscc)`).
  registrationRefused("registration under an existing merchant's USCC", '{uscc: "91441700MA4UQ8RX3R" (yangjiang-knives)}', { uscc: '91441700MA4UQ8RX3R' }, { status: 409, code: 'already_registered' }),
  attack<{ tenantId: string }>({
    name: 'merchant owner approves a pending registration',
    request: 'POST /api/admin/registrations/<pending>/approve as yangjiang-knives',
    as: [YANGJIANG],
    setup: pendingRegistration,
    run: async (ctx, { tenantId }) => api(ctx.app, 'POST', `/api/admin/registrations/${tenantId}/approve`, { token: await ctx.token(YANGJIANG) }),
    expect: { status: 403, code: 'forbidden' },
  }),
  attack<{ username: string; password: string }>({
    name: 'login before the registration is approved',
    request: 'POST /api/auth/login as a pending registration (right password)',
    setup: pendingRegistration,
    run: (ctx, { username, password }) => loginAs(ctx.app, username, password),
    expect: { status: 403, code: 'pending_approval' },
  }),
  attack<{ username: string; password: string; tenantId: string }>({
    name: 'control: the park administrator approves, then the owner logs in',
    request: 'POST /api/admin/registrations/<pending>/approve as park-admin, then POST /api/auth/login',
    as: ['park-admin'],
    setup: pendingRegistration,
    async run(ctx, { tenantId, username, password }) {
      const approved = await api(ctx.app, 'POST', `/api/admin/registrations/${tenantId}/approve`, { token: await ctx.token('park-admin') });
      expect(approved.status).toBe(200);
      return loginAs(ctx.app, username, password, 'first device');
    },
    expect: ({ tenantId, username }) => ({
      status: 200,
      changes: [
        // The approval is a console action: audited under the merchant, field names only.
        `audit_log + ${tenantId} park-admin update console.registrations/${tenantId}`,
        `devices + ${username}/first device: active`,
        `doc_merchant + ${tenantId}/profile`,
        `refresh_tokens + ${username}/first device: unused, live`,
        `tenants ~ ${tenantId}: pending, 0 devices → ${tenantId}: active, 1 devices`,
      ],
    }),
  }),

  attack({
    name: 'username enumeration by timing: an unknown user answers as slowly as a wrong password',
    request: 'POST /api/auth/login for an unknown user; then ×4 park-admin/trainer with wrong passwords and ×4 unknown users, medians compared',
    ownPlatform: true,
    run: (ctx) => loginAs(ctx.app, 'nobody-else', 'not-the-password'),
    expect: { status: 401, code: 'bad_credentials', changes: ['login_failures + nobody-else'] },
    async verify(ctx) {
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const timed = async (username: string) => {
        const start = performance.now();
        expect((await loginAs(ctx.app, username, 'not-the-password')).status).toBe(401);
        return performance.now() - start;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 4; i++) {
        known.push(await timed(i % 2 ? 'park-admin' : 'trainer'));
        unknown.push(await timed(`nobody-${i}`));
      }
      // Both pay for one scrypt (tens of ms); before the fix an unknown user answered in a tenth of the time.
      expect(median(unknown), `unknown ${median(unknown).toFixed(1)} ms vs known ${median(known).toFixed(1)} ms`).toBeGreaterThan(median(known) * 0.5);
    },
  }),

  // Round two (issue 13): sessions can be ended.
  attack<KeyedSession>({
    name: 'the refresh token of a device that logged out',
    request: 'POST /api/auth/logout as yangjiang-knives/logout-desk, then POST /api/auth/refresh/challenge with its refresh token',
    postgres: true,
    as: [YANGJIANG],
    setup: async (ctx) => {
      const session = await ctx.session(YANGJIANG, 'logout-desk');
      expect((await api(ctx.app, 'POST', '/api/auth/logout', { token: session.accessToken })).status).toBe(200);
      return session;
    },
    run: (ctx, session) => refresh(ctx, session.refreshToken, session.deviceKey),
    expect: { status: 401, code: 'device_revoked' },
    async verify(ctx, session) {
      expect((await api(ctx.app, 'GET', pullUrl('products'), { token: session.accessToken })).body).toMatchObject({ error: { code: 'device_revoked' } });
      // Only that device: the owner's other device still syncs.
      expect((await api(ctx.app, 'GET', pullUrl('products'), { token: await ctx.token(YANGJIANG) })).status).toBe(200);
    },
  }),
  // Round two (issue 13, item 7): a refresh token alone does not mint sessions; the device key must sign.
  attack<KeyedSession>({
    name: 'stolen refresh token (a vault opened by guessing its PIN) used from another client',
    request: 'POST /api/auth/refresh/challenge with the stolen token, then POST /api/auth/refresh signed by the thief’s own key',
    postgres: true,
    setup: (ctx) => ctx.session(YANGJIANG, 'stolen-vault'),
    run: (ctx, victim) => refresh(ctx, victim.refreshToken),
    // The challenge the thief was given is spent by the refused attempt: nothing stays behind.
    expect: { status: 401, code: 'bad_proof' },
    async verify(ctx, victim) {
      // The device that holds the key still refreshes with the same token.
      expect((await refresh(ctx, victim.refreshToken, victim.deviceKey)).status).toBe(200);
    },
  }),
  attack<{ replayed: Record<string, string> }>({
    name: 'a refresh proof replayed (captured request sent again)',
    request: 'POST /api/auth/refresh with the body {refreshToken, nonce, signature} of a refresh that already succeeded',
    postgres: true,
    async setup(ctx) {
      const session = await ctx.session(YANGJIANG, 'replayed-proof');
      const { nonce } = (await refreshChallenge(ctx.app, session.refreshToken)).body;
      const replayed = { refreshToken: session.refreshToken, nonce, signature: await session.deviceKey.sign(refreshProofMessage(nonce, session.refreshToken)) };
      expect((await api(ctx.app, 'POST', '/api/auth/refresh', { body: replayed })).status).toBe(200);
      return { replayed };
    },
    run: (ctx, { replayed }) => api(ctx.app, 'POST', '/api/auth/refresh', { body: replayed }),
    // A spent token shown again was copied: its family ends, the device logs in again.
    expect: {
      status: 401,
      code: 'bad_refresh_token',
      changes: [
        'refresh_tokens ~ yangjiang-knives/replayed-proof: unused, live → yangjiang-knives/replayed-proof: used, expired',
        'refresh_tokens ~ yangjiang-knives/replayed-proof: used, live → yangjiang-knives/replayed-proof: used, expired',
      ],
    },
  }),
  attack<{ token: string; oldProof: { nonce: string; signature: string } }>({
    name: 'a genuine signature over an earlier challenge sent with a new one',
    request: 'POST /api/auth/refresh {refreshToken, nonce: <fresh>, signature: <device signature over an older nonce>}',
    async setup(ctx) {
      const session = await ctx.session(YANGJIANG, 'old-signature');
      const { nonce } = (await refreshChallenge(ctx.app, session.refreshToken)).body;
      return { token: session.refreshToken, oldProof: { nonce, signature: await session.deviceKey.sign(refreshProofMessage(nonce, session.refreshToken)) } };
    },
    async run(ctx, { token, oldProof }) {
      const fresh = await refreshChallenge(ctx.app, token);
      return api(ctx.app, 'POST', '/api/auth/refresh', { body: { refreshToken: token, nonce: fresh.body.nonce, signature: oldProof.signature } });
    },
    expect: { status: 401, code: 'bad_proof' },
  }),
  attack({
    name: 'a session enrolled without a device key is refreshed',
    request: 'POST /api/auth/login without devicePublicKey, then POST /api/auth/refresh/challenge with its refresh token',
    async setup(ctx) {
      const response = await loginAs(ctx.app, YANGJIANG, DEMO_PASSWORD, 'keyless');
      expect(response.status).toBe(200);
      return response.body.refreshToken;
    },
    run: (ctx, token) => refreshChallenge(ctx.app, token as string),
    expect: { status: 401, code: 'device_key_required' },
  }),
  attack({
    name: 'enrolment with a device key that is not a point on P-256',
    request: 'POST /api/auth/login {devicePublicKey: {kty: EC, crv: P-256, x: <random>, y: <random>}}',
    run: (ctx) => loginAs(ctx.app, YANGJIANG, DEMO_PASSWORD, 'bad-key', { kty: 'EC', crv: 'P-256', x: randomBytes(32).toString('base64url'), y: randomBytes(32).toString('base64url') }),
    expect: { status: 400, code: 'bad_device_key' },
  }),
  attack<Session>({
    name: 'the park administrator revokes a device of their own that was lost',
    request: 'GET /api/devices and POST /api/devices/:id/revoke as park-admin/lost-laptop, from park-admin/office',
    as: ['park-admin'],
    setup: async (ctx) => {
      await ctx.session('park-admin', 'office');
      return ctx.session('park-admin', 'lost-laptop');
    },
    run: async (ctx, lost) => api(ctx.app, 'POST', `/api/devices/${lost.deviceId}/revoke`, { token: (await ctx.session('park-admin', 'office')).accessToken }),
    expect: {
      status: 200,
      changes: ['devices ~ park-admin/lost-laptop: active → park-admin/lost-laptop: revoked', 'refresh_tokens ~ park-admin/lost-laptop: unused, live → park-admin/lost-laptop: unused, expired'],
    },
    async verify(ctx, lost) {
      const listed = await api<{ name: string; revokedAt: string | null }[]>(ctx.app, 'GET', '/api/devices', { token: (await ctx.session('park-admin', 'office')).accessToken });
      expect(listed.body.map((device) => [device.name, device.revokedAt !== null]).sort()).toEqual(
        expect.arrayContaining([
          ['lost-laptop', true],
          ['office', false],
        ]),
      );
      expect((await api(ctx.app, 'GET', '/api/admin/registrations', { token: lost.accessToken })).body).toMatchObject({ error: { code: 'device_revoked' } });
    },
  }),

  // Round two (issue 13): registration abuse.
  registrationRefused(
    'a second merchant registers with an order-number prefix already in use',
    '{code: "YJ"} (yangjiang-knives numbers its orders YJ01-…)',
    { code: 'YJ' },
    { status: 409, code: 'code_taken' },
    { postgres: true },
  ),
  attack({
    name: 'registrations copying a merchant’s name or posing as the park are flagged to the administrator',
    request: 'POST /api/registrations {companyName: "阳江市利锋刀剪制品有限公司"} and {username: "park-admin2", contactName: "园区管理员"}; GET /api/admin/registrations',
    as: ['park-admin'],
    ownPlatform: true,
    setup: async (ctx) => {
      for (const body of [registration({ companyName: '阳江市利锋刀剪制品有限公司' }), registration({ username: 'park-admin2', contactName: '园区管理员' })]) {
        expect((await api(ctx.app, 'POST', '/api/registrations', { body })).status).toBe(202);
      }
    },
    run: async (ctx) => api(ctx.app, 'GET', '/api/admin/registrations', { token: await ctx.token('park-admin') }),
    expect: (_, response) => {
      const warnings = (response.body as { username: string; warnings: unknown[] }[]).map((row) => row.warnings);
      expect(warnings).toEqual([
        [{ kind: 'same_name', merchant: '阳江市利锋刀剪制品有限公司' }],
        [
          { kind: 'park_role', field: 'username' },
          { kind: 'park_role', field: 'contactName' },
        ],
      ]);
      return { status: 200 };
    },
  }),
  attack({
    name: 'a script registers merchants in a loop',
    request: 'POST /api/registrations ×11 from one address within an hour',
    ownPlatform: true,
    setup: async (ctx) => {
      for (let i = 0; i < 10; i++) expect((await api(ctx.app, 'POST', '/api/registrations', { body: registration() })).status).toBe(202);
    },
    run: (ctx) => api(ctx.app, 'POST', '/api/registrations', { body: registration() }),
    expect: { status: 429, code: 'too_many_attempts', retryAfter: true },
  }),

  // Brute force, each on a platform of its own (the per-address limiter lives in its memory).
  attack({
    name: 'brute force: the 6th login after 5 wrong passwords, even with the right one',
    request: 'POST /api/auth/login as yangjiang-knives ×5 wrong password, then the right one',
    ownPlatform: true,
    async setup(ctx) {
      for (let i = 0; i < 5; i++) expect((await loginAs(ctx.app, YANGJIANG, `guess-${i}`)).status).toBe(401);
    },
    run: (ctx) => loginAs(ctx.app, YANGJIANG, DEMO_PASSWORD),
    expect: { status: 429, code: 'locked_out', retryAfter: true },
    async verify(ctx) {
      // Only that username is locked: another merchant logs in fine.
      expect((await loginAs(ctx.app, SHAOXING, DEMO_PASSWORD)).status).toBe(200);
    },
  }),
  attack({
    name: 'password spraying: the 31st login attempt in a minute from one address',
    request: 'POST /api/auth/login ×30 (other usernames), then yangjiang-knives with the right password',
    ownPlatform: true,
    async setup(ctx) {
      for (let i = 0; i < 30; i++) expect((await loginAs(ctx.app, `nobody-${i}`, 'Password1!')).status).toBe(401);
    },
    run: (ctx) => loginAs(ctx.app, YANGJIANG, DEMO_PASSWORD),
    expect: { status: 429, code: 'too_many_attempts', retryAfter: true },
  }),
  attack({
    name: 'injection-shaped username',
    request: `POST /api/auth/login {username: "' OR '1'='1' --", password: "x"}`,
    run: (ctx) => loginAs(ctx.app, "' OR '1'='1' --", 'x'),
    // Counted like any wrong login.
    expect: { status: 401, code: 'bad_credentials', changes: ["login_failures + ' OR '1'='1' --"] },
  }),
  attack({
    name: 'oversized password',
    request: 'POST /api/auth/login {password: <100,000 characters>}',
    run: (ctx) => loginAs(ctx.app, YANGJIANG, 'x'.repeat(100_000)),
    expect: { status: 400, code: 'bad_request' },
  }),
];

describe.each(ENGINES)('adversarial: credentials on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
