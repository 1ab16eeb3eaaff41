import { validateDocument } from '@tradewind/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidProformaEmail, requestProformaEmail } from './proforma-email-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

describe('proforma e-mail requests', () => {
  it('records a queued request on the device, a valid document the platform will take', async () => {
    const request = await requestProformaEmail(store, { orderId: 'order-1', recipient: '  anna@nordic-kitchen.se ', language: 'en', note: ' See you in Stockholm. ' });
    expect(request).toMatchObject({ orderId: 'order-1', recipient: 'anna@nordic-kitchen.se', language: 'en', note: 'See you in Stockholm.', status: 'queued', createdAt: '2026-11-23T08:00:00.000Z' });
    expect(request.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(validateDocument('proformaEmails', request)).toBeNull();
    expect((await store.db.proformaEmails.findOne(request.id).exec())?.toJSON()).toMatchObject({ status: 'queued' });
  });

  it.each(['', 'anna', 'anna@', 'anna@kitchen', 'Anna <anna@kitchen.se>', 'anna@kitchen.se, bo@kitchen.se', 'an na@kitchen.se'])('refuses the recipient %j and records nothing', async (recipient) => {
    await expect(requestProformaEmail(store, { orderId: 'order-1', recipient, language: 'en' })).rejects.toBeInstanceOf(InvalidProformaEmail);
    expect(await store.db.proformaEmails.count().exec()).toBe(0);
  });

  it('refuses a note longer than the platform keeps', async () => {
    await expect(requestProformaEmail(store, { orderId: 'order-1', recipient: 'anna@kitchen.se', language: 'de', note: 'x'.repeat(1001) })).rejects.toMatchObject({ field: 'note' });
  });
});
