import { CURRENCIES, MARKET_CURRENCIES, newId } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { edited, newBuyer, newOrder } from './support/documents.ts';
import { api } from './support/http.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';

let platform: TestPlatform;
let token: string;
platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session));

describe('exchange rates', () => {
  it('answers the latest dated table to a signed-in device, in units per US dollar', async () => {
    const response = await api<{ date: string; base: string; rates: Record<string, number> }>(platform.app, 'GET', '/api/rates', { token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ date: '2026-11-20', base: 'USD', rates: { CNY: 7.118, EUR: 0.863 } });
    expect(Object.keys(response.body.rates).sort()).toEqual(CURRENCIES.filter((currency) => currency !== 'USD').sort());
  });

  it('prices every market a listing can go to', async () => {
    const { rates } = (await api<{ rates: Record<string, number> }>(platform.app, 'GET', '/api/rates', { token })).body;
    for (const currency of Object.values(MARKET_CURRENCIES).filter((code) => code !== 'USD')) expect(rates[currency], currency).toBeGreaterThan(0);
  });

  it('needs a token', async () => {
    expect((await api(platform.app, 'GET', '/api/rates')).status).toBe(401);
  });
});

describe('buyers and orders on push', () => {
  it('stores a captured buyer', async () => {
    const buyer = newBuyer({
      company: 'Hamburg Küchen GmbH',
      contactName: 'Jana Fischer',
      email: 'einkauf@hk.de',
      phone: '+49 40 1234 5678',
      country: 'DE',
      metAt: 'Canton Fair 2026',
      language: 'de',
      priceTier: 'wholesale',
    });
    expect(await push(platform.app, token, 'buyers', [{ newDocumentState: buyer }])).toEqual([]);
    expect((await pullAll(platform.app, token, 'buyers')).documents).toEqual([buyer]);
  });

  it('refuses a lifecycle jump with a notice naming the reason, and keeps the stored order', async () => {
    const order = newOrder();
    expect(await push(platform.app, token, 'orders', [{ newDocumentState: order }])).toEqual([]);
    const jumped = edited(order, { status: 'completed' });
    expect(await push(platform.app, token, 'orders', [{ assumedMasterState: order, newDocumentState: jumped }])).toEqual([order]);
    const notices = (await pullAll(platform.app, token, 'notices')).documents;
    expect(notices.find((n) => (n.refused as { documentId?: string } | undefined)?.documentId === order.id)).toMatchObject({
      messageKey: 'notice.pushRefused.order_transition',
      params: { collection: 'orders', detail: 'quote → completed' },
    });
  });

  it('accepts a deposit recorded with "deposit received" in one write', async () => {
    const order = newOrder({ status: 'confirmed', number: 'YJ01-000002' });
    await push(platform.app, token, 'orders', [{ newDocumentState: order }]);
    const paid = edited(order, { status: 'deposit_received', payments: [{ id: newId(), kind: 'deposit', amount: 39_000, at: new Date().toISOString() }] });
    expect(await push(platform.app, token, 'orders', [{ assumedMasterState: order, newDocumentState: paid }])).toEqual([]);
  });
});
