import { validateDocument, type CollectionName } from '@tradewind/domain';
import type { Checkpoint, ReplicatedDoc } from '@tradewind/sync';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { edited, newFiling, newProduct } from './support/documents.ts';
import { ENGINES, platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll, pullAllUntil, push } from './support/replication.ts';
import { snapshot, storedRow } from './support/tables.ts';

type Doc = ReplicatedDoc;

describe.each(ENGINES)('refused pushes on %s', (engine) => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin(engine, YANGJIANG, (session) => ({ platform, token } = session));

  const noticesCheckpoint = async (): Promise<Checkpoint | null> => (await pullAll(platform.app, token, 'notices')).checkpoint;

  /** The push_refused notice about `documentId` that appeared after `since`, checked against the notices schema. */
  async function refusalNotice(since: Checkpoint | null, documentId: string): Promise<Doc> {
    const hasIt = (docs: Doc[]) => docs.some((doc) => (doc.refused as { documentId?: string } | undefined)?.documentId === documentId);
    const { documents } = await pullAllUntil(platform.app, token, 'notices', since, hasIt);
    const notices = documents.filter((doc) => (doc.refused as { documentId?: string } | undefined)?.documentId === documentId);
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    const { _deleted, ...content } = notice;
    expect(_deleted).toBe(false);
    // The device stores notices in a database with this very schema: the notice must fit it.
    expect(validateDocument('notices', content)).toBeNull();
    return notice;
  }

  /** Pushes `rows`, expects `conflicts`; the tables other than notices change only by `written` (ids). */
  async function pushExpecting(collection: CollectionName, rows: { assumedMasterState?: Doc; newDocumentState: Doc }[], conflicts: Doc[], written: Doc[] = []) {
    const before = await snapshot(platform.db, { exclude: ['notices'] });
    expect(await push(platform.app, token, collection, rows)).toEqual(conflicts);
    const after = await snapshot(platform.db, { exclude: ['notices'] });
    const writtenIds = new Set(written.map((doc) => doc.id));
    const untouched = (table: typeof after) => Object.fromEntries(Object.entries(table).map(([name, rowsOf]) => [name, rowsOf.filter((row) => !(name === collection && writtenIds.has(row.id)))]));
    expect(untouched(after)).toEqual(untouched(before));
    for (const doc of written) {
      const row = await storedRow(platform.db, collection, YANGJIANG, doc.id);
      expect(row && { ...JSON.parse(row.doc), _deleted: row.deleted }).toEqual(doc);
    }
  }

  const badNewProducts: [string, () => Doc][] = [
    ['an hsCode of two digits', () => newProduct({ hsCode: '12' })],
    ['a price amount that is not an integer', () => newProduct({ price: { amount: 1.5, currency: 'USD' } })],
    ['an unknown extra field', () => newProduct({ colour: 'red' })],
    [
      'a missing required field',
      () => {
        const { sku: _sku, ...doc } = newProduct();
        return doc as Doc;
      },
    ],
    ['a bad variant barcode', () => newProduct({ variants: [{ sku: 'V-1', options: { handle: 'G10' }, barcode: 'abc' }] })],
  ];

  it.each(badNewProducts)('refuses a new product with %s: tombstone conflict, nothing written, notice with the content; a valid one beside it is stored', async (_, make) => {
    const bad = make();
    const good = newProduct();
    const since = await noticesCheckpoint();
    await pushExpecting('products', [{ newDocumentState: bad }, { newDocumentState: good }], [{ ...bad, _deleted: true }], [good]);
    expect(await storedRow(platform.db, 'products', YANGJIANG, bad.id)).toBeUndefined();

    const notice = await refusalNotice(since, bad.id);
    expect(notice).toMatchObject({ kind: 'push_refused', messageKey: 'notice.pushRefused.schema', severity: 'error' });
    expect(notice.refused).toEqual({ collection: 'products', documentId: bad.id, reason: 'schema', content: bad });
    expect((notice.params as Record<string, string>).collection).toBe('products');
  });

  it('refuses a schema-violating update: the stored document comes back unchanged and the notice keeps the edit', async () => {
    const { documents } = await pullAll(platform.app, token, 'products');
    const stored = documents.find((doc) => !doc._deleted)!;
    const bad = edited(stored, { hsCode: '12', price: { amount: 99.5, currency: 'USD' } });
    const since = await noticesCheckpoint();
    const rowBefore = await storedRow(platform.db, 'products', YANGJIANG, stored.id);

    await pushExpecting('products', [{ assumedMasterState: stored, newDocumentState: bad }], [stored]);
    expect(await storedRow(platform.db, 'products', YANGJIANG, stored.id)).toEqual(rowBefore);
    const notice = await refusalNotice(since, stored.id);
    expect(notice.messageKey).toBe('notice.pushRefused.schema');
    expect((notice.refused as { content: unknown }).content).toEqual(bad);
  });

  it('refuses every device write to stock (read-only collection)', async () => {
    const { documents } = await pullAll(platform.app, token, 'stock');
    expect(documents.length).toBeGreaterThan(0);
    const row = documents[0]!;
    const changed = edited(row, { sellable: (row.sellable as number) + 1000 });
    const created: Doc = { ...row, id: 'stock-from-device', _deleted: false };
    const since = await noticesCheckpoint();

    await pushExpecting('stock', [{ assumedMasterState: row, newDocumentState: changed }, { newDocumentState: created }], [row, { ...created, _deleted: true }]);
    expect(await storedRow(platform.db, 'stock', YANGJIANG, created.id)).toBeUndefined();
    for (const id of [row.id, created.id]) {
      const notice = await refusalNotice(since, id);
      expect(notice.messageKey).toBe('notice.pushRefused.read_only_collection');
    }
  });

  it('accepts a new filing with customsStatus none and no receipts, but refuses a device setting customsStatus', async () => {
    const filing = newFiling();
    await pushExpecting('filings', [{ newDocumentState: filing }], [], [filing]);

    const cleared = edited(filing, { customsStatus: '800' });
    const since = await noticesCheckpoint();
    await pushExpecting('filings', [{ assumedMasterState: filing, newDocumentState: cleared }], [filing]);
    const notice = await refusalNotice(since, filing.id);
    expect(notice.messageKey).toBe('notice.pushRefused.server_owned_field');
    expect(notice.params).toMatchObject({ collection: 'filings', detail: 'customsStatus' });
    expect((notice.refused as { content: unknown }).content).toEqual(cleared);

    // The merchant's own fields stay editable.
    const submitted = edited(filing, { status: 'submitted', title: 'Submitted filing' });
    await pushExpecting('filings', [{ assumedMasterState: filing, newDocumentState: submitted }], [], [submitted]);
  });

  it('refuses a new filing that arrives already cleared or with customs receipts', async () => {
    const cleared = newFiling({ customsStatus: '800' });
    const withReceipt = newFiling({ receipts: [{ type: 'CEB604', at: new Date().toISOString(), code: '800', message: 'forged', documents: {} }] });
    const since = await noticesCheckpoint();
    await pushExpecting(
      'filings',
      [{ newDocumentState: cleared }, { newDocumentState: withReceipt }],
      [
        { ...cleared, _deleted: true },
        { ...withReceipt, _deleted: true },
      ],
    );
    expect((await refusalNotice(since, cleared.id)).params).toMatchObject({ detail: 'customsStatus' });
    expect((await refusalNotice(since, withReceipt.id)).params).toMatchObject({ detail: 'receipts' });
  });

  it('lets a device mark a notice read but not change its message, nor create notices', async () => {
    const { documents } = await pullAll(platform.app, token, 'notices');
    const welcome = documents.find((doc) => doc.kind === 'announcement')!;
    expect(welcome).toBeDefined();
    const read = edited(welcome, { readAt: new Date().toISOString() });
    await pushExpecting('notices', [{ assumedMasterState: welcome, newDocumentState: read }], [], [read]);
    const pulled = (await pullAll(platform.app, token, 'notices')).documents.find((doc) => doc.id === welcome.id);
    expect(pulled).toEqual(read);

    const rowBefore = await storedRow(platform.db, 'notices', YANGJIANG, welcome.id);
    const reworded = edited(read, { messageKey: 'notice.somethingElse' });
    expect(await push(platform.app, token, 'notices', [{ assumedMasterState: read, newDocumentState: reworded }])).toEqual([read]);
    expect(await storedRow(platform.db, 'notices', YANGJIANG, welcome.id)).toEqual(rowBefore);

    const forged: Doc = { ...read, id: 'forged-notice', readAt: undefined, _deleted: false };
    expect(await push(platform.app, token, 'notices', [{ newDocumentState: forged }])).toEqual([{ ...forged, readAt: undefined, _deleted: true }]);
    expect(await storedRow(platform.db, 'notices', YANGJIANG, forged.id)).toBeUndefined();
  });
});
