import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConflictLog } from '../db/conflict-log.ts';
import { createBuyer } from './buyer-store.ts';
import { restoreConflict } from './conflict-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

describe('conflict store', () => {
  it('puts the device’s losing value back as a new edit and drops the record', async () => {
    const log = createConflictLog(store.db);
    const buyer = await createBuyer(store, { company: 'Toledo', contactName: '', email: '', phone: '', country: 'ES', address: '', metAt: '', notes: 'theirs', language: 'es', priceTier: 'list' });
    const record = { id: 'c1', collection: 'buyers', documentId: buyer.id, at: '2026-11-23T08:00:00.000Z', conflicts: [{ field: 'notes', localValue: 'mine', serverValue: 'theirs' }] };
    await log.record(record);
    store.setClock('2026-11-23T10:00:00.000Z');
    await restoreConflict(store, log, record);
    expect((await store.db.buyers.findOne(buyer.id).exec())!.toJSON()).toMatchObject({ notes: 'mine', updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(await firstValueFrom(log.all$)).toEqual([]);
  });
});
