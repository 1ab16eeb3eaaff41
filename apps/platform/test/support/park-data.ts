import { newId, type CollectionName, type DeclarationMode } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { writeDocumentsIn } from '../../src/sync/sql-sync-store.ts';
import { newFiling, newOrder, newProduct } from './documents.ts';
import { login, type ApiResponse } from './http.ts';
import { startPlatform, type Engine, type TestPlatform } from './platform.ts';

/** Park console test data: merchants, their products, orders and declarations, written as the platform stores them. */

let codes = 0;

export async function addMerchant(db: Database, fields: { cluster: string; kind?: 'merchant' | 'training' | 'demo'; registeredAt?: string }): Promise<string> {
  const id = newId();
  const n = codes++;
  const code = String.fromCharCode(81 + Math.floor(n / 26), 65 + (n % 26));
  await db.query(`INSERT INTO tenants (id, name, cluster, code, status, kind, registered_at) VALUES ($1, $2, $3, $4, 'active', $5, $6)`, [
    id,
    `测试商户 ${code}`,
    fields.cluster,
    code,
    fields.kind ?? 'merchant',
    fields.registeredAt ?? '2026-10-05T08:00:00Z',
  ]);
  return id;
}

/** Writes documents into a tenant's tables as the platform does (the park triggers run). */
export function store(db: Database, tenantId: string, collection: CollectionName, docs: ReplicatedDoc[]): Promise<void> {
  return db.transaction((q) => writeDocumentsIn(q, tenantId, (tx) => tx.write(collection, docs)));
}

export const aProduct = (hsCode: string) => newProduct({ hsCode });

/** An order of the given lines ([product, quantity, unit price in minor units]). */
export function anOrder(fields: { currency: string; market: string; channel: string; status?: string }, lines: [ReplicatedDoc, number, number][]): ReplicatedDoc {
  return newOrder({
    currency: fields.currency,
    buyerCountry: fields.market,
    channel: fields.channel,
    status: fields.status ?? 'shipped',
    lines: lines.map(([product, quantity, unitPrice]) => ({ id: newId(), productId: product.id, sku: String(product.sku), name: 'line', quantity, unitPrice })),
  });
}

/** A submitted declaration of `orders` as customs left it: sent at `sentAt`, with its status and, when released, the 800 receipt. */
export function aDeclaration(
  orders: ReplicatedDoc[],
  fields: { mode: DeclarationMode; exportDate: string; customsStatus: string; sentAt?: string; releasedAt?: string; cancelRequested?: boolean },
): ReplicatedDoc {
  const sentAt = fields.sentAt ?? `${fields.exportDate}T01:00:00.000Z`;
  return newFiling({
    kind: fields.mode === '9610' ? 'ceb603-inventory' : `export-${fields.mode}`,
    status: 'submitted',
    orderIds: orders.map((order) => order.id),
    declaration: {
      mode: fields.mode,
      statisticsFlag: 'A',
      customsCode: '5165',
      portCode: '5165',
      exportDate: fields.exportDate,
      logistics: { carrierCode: 'C1', carrierName: 'Carrier', waybillNos: {}, trafMode: '5', wrapType: '2', packages: 1 },
    },
    customsStatus: fields.customsStatus,
    messages: [{ type: 'CEB603', guid: newId(), copNo: 'C1', orderNo: 'O1', appType: '1', revision: 1, sentAt }],
    receipts: fields.releasedAt ? [{ type: 'CEB604', code: '800', at: fields.releasedAt, message: '放行', documents: {} }] : [],
    ...(fields.cancelRequested ? { cancelRequest: { reason: 'test', at: sentAt } } : {}),
  });
}

/** One order of one line of `product`, declared under 9610 on `exportDate`: stored with its declaration. */
export async function declareExport(
  db: Database,
  tenantId: string,
  product: ReplicatedDoc,
  fields: { quantity: number; unitPrice: number; exportDate: string; customsStatus?: string; currency?: string },
): Promise<void> {
  const order = anOrder({ currency: fields.currency ?? 'USD', market: 'GB', channel: 'amazon' }, [[product, fields.quantity, fields.unitPrice]]);
  const customsStatus = fields.customsStatus ?? '800';
  await store(db, tenantId, 'orders', [order]);
  await store(db, tenantId, 'filings', [
    {
      ...aDeclaration([order], { mode: '9610', exportDate: fields.exportDate, customsStatus, ...(customsStatus === '800' ? { releasedAt: `${fields.exportDate}T06:00:00.000Z` } : {}) }),
      customsStatusAt: `${fields.exportDate}T06:00:00.000Z`,
    },
  ]);
}

/** A demo-seeded platform and the park administrator's token. */
export async function parkPlatform(engine: Engine): Promise<{ platform: TestPlatform; admin: string }> {
  const platform = await startPlatform(engine);
  return { platform, admin: await login(platform.app, 'park-admin') };
}

/** The body of an answer that must be 200. */
export async function ok<T>(answer: Promise<ApiResponse<T>>): Promise<T> {
  const response = await answer;
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}
