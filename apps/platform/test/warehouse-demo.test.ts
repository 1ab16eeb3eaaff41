import { validateDocument, type CollectionName } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { edited } from './support/documents.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';
import { storedRow } from './support/tables.ts';

const HOUR_MS = 3_600_000;

describe('demo park overseas warehouses (pglite)', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    platform = await startPlatform('pglite');
    for (const merchant of [YANGJIANG, SHAOXING]) tokens[merchant] = await login(platform.app, merchant);
  });
  afterAll(() => platform?.close());

  const pulled = async (merchant: string, collection: CollectionName): Promise<ReplicatedDoc[]> => {
    const { documents } = await pullAll(platform.app, tokens[merchant]!, collection);
    for (const { _deleted, ...doc } of documents) expect(validateDocument(collection, doc), `${collection}/${doc.id}`).toBeNull();
    return documents;
  };

  it('gives Yangjiang stock in GoodCang US, FBA US and WINIT UK, each snapshot dated by its provider', async () => {
    const stock = await pulled(YANGJIANG, 'stock');
    expect(new Set(stock.map((row) => `${row.warehouse}:${row.provider}`))).toEqual(new Set(['gc-us-west:goodcang', 'fba-us:fba', 'winit-uk:winit']));
    const chef = stock.find((row) => row.warehouse === 'gc-us-west' && row.sku === 'LF-CH8-G10')!;
    expect(chef).toMatchObject({ sellable: 1060, reserved: 180, inbound: 600, productId: expect.any(String) });
    const ageHours = (row: ReplicatedDoc) => Math.round((Date.parse(row.updatedAt as string) - Date.parse(row.asOf as string)) / HOUR_MS);
    expect(ageHours(chef)).toBe(2);
    expect(ageHours(stock.find((row) => row.warehouse === 'winit-uk')!)).toBe(30);
  });

  it('has a sea shipment of the inbound units underway to GoodCang US, with its track events', async () => {
    const [shipment] = await pulled(YANGJIANG, 'shipments');
    expect(shipment).toMatchObject({ mode: 'sea_lcl', warehouse: 'gc-us-west', status: 'in_transit', providerRef: 'RV0000123456' });
    const units = (shipment!.cartons as { lines: { quantity: number }[] }[]).flatMap((carton) => carton.lines).reduce((sum, line) => sum + line.quantity, 0);
    expect(units).toBe(600);
    expect(shipment!.events).toHaveLength(3);
    expect(Date.parse(`${shipment!.eta as string}T00:00:00Z`)).toBeGreaterThan(Date.now());
  });

  it('gives Shaoxing a 4PX Germany warehouse and none of Yangjiang’s shipments', async () => {
    const stock = await pulled(SHAOXING, 'stock');
    expect(new Set(stock.map((row) => row.warehouse))).toEqual(new Set(['4px-de']));
    expect(await pulled(SHAOXING, 'shipments')).toEqual([]);
  });

  it('keeps a shipment in its tenant: another merchant pushing the same id writes only its own', async () => {
    const [shipment] = await pulled(YANGJIANG, 'shipments');
    const copy = edited({ ...shipment!, status: 'submitted', events: [], providerRef: undefined, providerStatus: undefined } as ReplicatedDoc, { warehouse: '4px-de', provider: '4px' });
    const { providerRef: _ref, providerStatus: _status, ...clean } = copy;
    expect(await push(platform.app, tokens[SHAOXING]!, 'shipments', [{ newDocumentState: clean as ReplicatedDoc }])).toEqual([]);
    expect(JSON.parse((await storedRow(platform.db, 'shipments', YANGJIANG, shipment!.id))!.doc)).toMatchObject({ warehouse: 'gc-us-west', status: 'in_transit' });
    expect(JSON.parse((await storedRow(platform.db, 'shipments', SHAOXING, shipment!.id))!.doc)).toMatchObject({ warehouse: '4px-de', status: 'submitted' });
  });
});
