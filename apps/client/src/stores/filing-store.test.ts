import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFiling, setFilingStatus } from './filing-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

describe('filing store', () => {
  it('creates a draft with customs’ side empty', async () => {
    expect(await createFiling(store, 'export-9710', '  11 月 9710 报关  ')).toMatchObject({ title: '11 月 9710 报关', status: 'draft', customsStatus: 'none', receipts: [], orderIds: [] });
  });

  it('takes a filing through submitted and withdrawn back to draft', async () => {
    const { id } = await createFiling(store, 'export-9710', '9710');
    for (const to of ['submitted', 'withdrawn', 'draft'] as const) expect((await setFilingStatus(store, id, to)).status).toBe(to);
  });

  it('refuses a step the platform would refuse and writes nothing', async () => {
    const { id } = await createFiling(store, 'export-9710', '9710');
    store.setClock('2026-11-24T08:00:00.000Z');
    await expect(setFilingStatus(store, id, 'withdrawn')).rejects.toThrow(RangeError);
    expect((await store.db.filings.findOne(id).exec())!.toJSON()).toMatchObject({ status: 'draft', updatedAt: '2026-11-23T08:00:00.000Z' });
  });
});
