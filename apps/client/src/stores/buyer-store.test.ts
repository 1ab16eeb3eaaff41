import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBuyer } from './buyer-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

describe('buyer store', () => {
  it('stores a fair buyer trimmed, without a card photo when none was taken', async () => {
    const buyer = await createBuyer(store, {
      company: ' Cuchillería Toledo S.L. ',
      contactName: ' Ana ',
      email: ' ana@toledo.es ',
      phone: '',
      country: 'ES',
      address: '',
      metAt: ' Canton Fair ',
      notes: '',
      language: 'es',
      priceTier: 'wholesale',
      cardPhoto: undefined,
    });
    const stored = (await store.db.buyers.findOne(buyer.id).exec())!.toJSON();
    expect(stored).toMatchObject({ company: 'Cuchillería Toledo S.L.', contactName: 'Ana', email: 'ana@toledo.es', metAt: 'Canton Fair', createdAt: '2026-11-23T08:00:00.000Z' });
    expect('cardPhoto' in stored).toBe(false);
  });
});
