import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markNoticeRead } from './notice-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

describe('notice store', () => {
  it('marks a notice from the platform read at the device time', async () => {
    await store.db.notices.insert({
      id: 'n1',
      updatedAt: '2026-11-22T08:00:00.000Z',
      createdAt: '2026-11-22T08:00:00.000Z',
      kind: 'push_refused',
      severity: 'warning',
      messageKey: 'notice.pushRefused.too_large',
      params: {},
    });
    store.setClock('2026-11-23T09:00:00.000Z');
    expect((await markNoticeRead(store, 'n1')).readAt).toBe('2026-11-23T09:00:00.000Z');
  });
});
