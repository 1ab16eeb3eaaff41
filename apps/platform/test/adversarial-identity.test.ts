/**
 * Adversarial suite, part 6 (issue 13, item 5): the merchant's registered name and USCC print on
 * proformas and go into declarations, so only the park changes them, through
 * POST /api/admin/merchants/:id/identity — audited, checked like a registration, and delivered to
 * the merchant's devices by sync.
 */
import { usccCheckCharacter } from '@tradewind/domain';
import { describe, expect } from 'vitest';
import { attack, type AttackContext, attackSuite } from './support/attacks.ts';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { api } from './support/http.ts';
import { ENGINES } from './support/platform.ts';
import { pullAll } from './support/replication.ts';

const PARK = 'park-admin';
const STAFF = 'yangjiang-fair';
const NEW_NAME = '阳江市新锋刀剪有限公司';
const first17 = '91441700MA4UQ9XX1';
const NEW_USCC = first17 + usccCheckCharacter(first17);

const changeIdentity = async (ctx: AttackContext, as: string, body: unknown, tenant = YANGJIANG) =>
  api(ctx.app, 'POST', `/api/admin/merchants/${tenant}/identity`, { token: await ctx.token(as), body });

const profileOf = async (ctx: AttackContext, username: string) => (await pullAll(ctx.app, await ctx.token(username), 'merchant')).documents[0]!;

const refusedAs = (as: string, who: string) =>
  attack({
    name: `${who} changes their own registered name and USCC through the park endpoint`,
    request: `POST /api/admin/merchants/yangjiang-knives/identity as ${as}`,
    postgres: as === YANGJIANG,
    as: [as],
    run: (ctx) => changeIdentity(ctx, as, { name: NEW_NAME, uscc: NEW_USCC }),
    expect: { status: 403, code: 'forbidden' },
  });

const attacks = [
  refusedAs(YANGJIANG, 'the merchant owner'),
  refusedAs(STAFF, 'fair staff'),
  attack({
    name: 'the park sets a USCC whose check character is wrong',
    request: 'POST /api/admin/merchants/yangjiang-knives/identity {uscc: <17 characters + wrong check character>}',
    as: [PARK],
    run: (ctx) => changeIdentity(ctx, PARK, { uscc: first17 + (usccCheckCharacter(first17) === '0' ? '1' : '0') }),
    expect: { status: 400, code: 'invalid_uscc' },
  }),
  attack<string>({
    name: "the park gives a merchant another merchant's USCC",
    request: "POST /api/admin/merchants/yangjiang-knives/identity {uscc: <shaoxing-textile's USCC>}",
    as: [PARK, SHAOXING],
    setup: async (ctx) => String((await profileOf(ctx, SHAOXING)).uscc),
    run: (ctx, uscc) => changeIdentity(ctx, PARK, { uscc }),
    expect: { status: 409, code: 'uscc_taken' },
  }),
  attack({
    name: 'the park sets a name holding a bidi override',
    request: 'POST /api/admin/merchants/yangjiang-knives/identity {name: "阳江\\u202E司公限有"}',
    as: [PARK],
    run: (ctx) => changeIdentity(ctx, PARK, { name: '阳江\u202E司公限有' }),
    expect: { status: 400, code: 'bad_identity' },
  }),
  attack({
    name: 'the park changes an unknown merchant',
    request: 'POST /api/admin/merchants/no-such-merchant/identity',
    as: [PARK],
    run: (ctx) => changeIdentity(ctx, PARK, { name: NEW_NAME }, 'no-such-merchant'),
    expect: { status: 404, code: 'unknown_merchant' },
  }),
  attack({
    name: 'an empty identity change',
    request: 'POST /api/admin/merchants/yangjiang-knives/identity {}',
    as: [PARK],
    run: (ctx) => changeIdentity(ctx, PARK, {}),
    expect: { status: 400, code: 'bad_request' },
  }),
  attack<number>({
    name: 'control: the park changes the registered name and USCC; the merchant’s device pulls them',
    request: `POST /api/admin/merchants/yangjiang-knives/identity {name: "${NEW_NAME}", uscc: "${NEW_USCC}"}`,
    postgres: true,
    as: [PARK, YANGJIANG],
    setup: async (ctx) => (await ctx.db.query<{ n: number }>('SELECT devices_registered AS n FROM tenants WHERE id = $1', [YANGJIANG]))[0]!.n,
    run: (ctx) => changeIdentity(ctx, PARK, { name: NEW_NAME, uscc: NEW_USCC }),
    expect: (devices) => ({
      status: 200,
      body: { tenantId: YANGJIANG, name: NEW_NAME, uscc: NEW_USCC },
      changes: [
        `tenants ~ ${YANGJIANG}: active, ${devices} devices → ${YANGJIANG}: active, ${devices} devices`,
        `doc_merchant ~ ${YANGJIANG}/profile`,
        `audit_log + ${YANGJIANG} ${PARK} update merchant/profile`,
      ],
    }),
    async verify(ctx) {
      expect(await profileOf(ctx, YANGJIANG)).toMatchObject({ name: NEW_NAME, uscc: NEW_USCC });
      const listed = await api(ctx.app, 'GET', '/api/admin/merchants', { token: await ctx.token(PARK) });
      expect(listed.body).toContainEqual({ tenantId: YANGJIANG, name: NEW_NAME, uscc: NEW_USCC, cluster: 'yangjiang-knives' });
      const [audit] = await ctx.db.query<{ fields: string[] }>("SELECT fields FROM audit_log WHERE tenant_id = $1 AND collection = 'merchant' ORDER BY id DESC LIMIT 1", [YANGJIANG]);
      expect(audit!.fields).toEqual(['name', 'uscc']);
    },
  }),
];

describe.each(ENGINES)('adversarial: merchant identity on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
