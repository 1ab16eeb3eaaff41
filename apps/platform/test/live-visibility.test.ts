/**
 * Live updates never wait for the 60 s safety net: a change announced while an older transaction
 * is still open (here another merchant's, whose own commit is announced only to that merchant)
 * reaches the device as soon as a pull can see it. PGlite runs one transaction at a time, so an
 * older open transaction cannot exist there; this needs PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newProduct } from './support/documents.ts';
import { openStream } from './support/events.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { push } from './support/replication.ts';
import { sleep } from './support/sleep.ts';
import { openTestDevice } from './sync-device.ts';

describe('live updates behind an older open transaction (PostgreSQL)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startPlatform('postgres', { listen: true });
  });
  afterAll(() => platform?.close());

  it('delivers a change committed while an older transaction is open, once that one ends', async () => {
    const writer = await login(platform.app, YANGJIANG, 'writer');
    const device = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, 'reader'));
    const has = (id: string) => async () => (await device.products.findOne(id).exec()) !== null;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let began!: () => void;
    const open = new Promise<void>((resolve) => (began = resolve));
    try {
      await device.engine.awaitInSync();
      await device.waitFor(async () => device.engine.status$.value.connected);
      // An unrelated transaction with an id, older than the write below.
      const older = platform.db.transaction(async (q) => {
        await q.query('SELECT pg_current_xact_id()');
        began();
        await held;
      });
      await open;
      const product = newProduct({ name: 'committed behind an open transaction' });
      expect(await push(platform.app, writer, 'products', [{ newDocumentState: product }])).toEqual([]);
      // Long enough for any pull the announcement triggered to have come back empty.
      await sleep(700);
      release();
      await older;
      expect(await device.waitFor(has(product.id), 3000)).toBe(true);
    } finally {
      release();
      await device.close();
    }
  });

  it("does not announce a device's own push to that device, and does to the tenant's other devices", async () => {
    const mine = await login(platform.app, YANGJIANG, 'pusher');
    const other = await login(platform.app, YANGJIANG, 'watcher');
    const own = await openStream(platform.url!, mine);
    const theirs = await openStream(platform.url!, other);
    try {
      expect(await push(platform.app, mine, 'products', [{ newDocumentState: newProduct() }])).toEqual([]);
      expect(await theirs.waitFor((event) => event.event === 'change', 2000)).toBe(true);
      expect(await own.waitFor((event) => event.event === 'change', 500)).toBe(false);
      // A refusal's notice is news to the pusher too.
      expect(await push(platform.app, mine, 'products', [{ newDocumentState: newProduct({ hsCode: '12' }) }])).toHaveLength(1);
      expect(await own.waitFor((event) => event.event === 'change' && JSON.parse(event.data!).collection === 'notices', 2000)).toBe(true);
      expect(own.events.filter((event) => event.event === 'change').map((event) => JSON.parse(event.data!).collection)).toEqual(['notices']);
    } finally {
      await own.close();
      await theirs.close();
    }
  });
});
