import { readFile } from 'node:fs/promises';
import { makeTestCredentials } from '@tradewind/customs/signing';
import { newId } from '@tradewind/domain';
import { resourceUrl } from '@tradewind/resources';
import type { ReplicatedDoc, SyncStore } from '@tradewind/sync/server';
import { hashPassword } from '../auth/passwords.ts';
import type { Role } from '../auth/tokens.ts';
import { storeSigningCredentials } from '../customs/credentials.ts';
import type { Database } from '../db/database.ts';
import type { SecretStore } from '../secrets/store.ts';
import { storeWarehouseAccount, type WarehouseAccount } from '../warehouses/accounts.ts';
import { productIdsBySku } from '../warehouses/product-ids.ts';

const DEMO_DIR = resourceUrl('demo-park/');

interface ParkFile {
  password: string;
  staff: { username: string; displayName: string; role: Role }[];
  merchants: string[];
}

interface MerchantFile {
  tenant: { id: string; name: string; cluster: string; code: string };
  owner: { username: string; displayName: string };
  staff?: { username: string; displayName: string }[];
  merchant: Record<string, unknown>;
  products: Record<string, unknown>[];
  /** Stock documents (schema v1) without id, productId (found by SKU) and updatedAt; `ageHours` sets `asOf` back from the seed time. */
  stock: ({ sku: string; ageHours: number } & Record<string, unknown>)[];
  /** First-leg shipments with times as days before (events, creation) or after (ETA) the seed. */
  shipments?: ({ createdDaysAgo: number; etaInDays: number; events: { daysAgo: number; text: string; providerStatus?: string }[] } & Record<string, unknown>)[];
  /** Test signing credentials are made for the merchant with this algorithm (only the simulator trusts them). */
  signing: 'rsa-sha1' | 'sm2-sm3';
  /** Provider accounts whose credentials the warehouse simulator's demo seed knows (apps/simulators/seeds). */
  warehouseAccounts?: (Omit<WarehouseAccount, 'skus'> & { skus?: Record<string, string> })[];
  /** A draft filing without orders yet: the declaration facts the merchant usually ships with. */
  filing: Record<string, unknown>;
}

const HOUR_MS = 3_600_000;
const before = (from: number, hours: number) => new Date(from - hours * HOUR_MS).toISOString();

const readJson = async <T>(name: string): Promise<T> => JSON.parse(await readFile(new URL(name, DEMO_DIR), 'utf8')) as T;

/** Seeds the demo park (resources/demo-park) into an empty database; does nothing otherwise. */
export async function seedDemoPark(db: Database, store: SyncStore, secrets: SecretStore): Promise<boolean> {
  // One process claims the seed atomically, so platforms starting together seed it once.
  const claimed = await db.query(
    `INSERT INTO settings (key, value) SELECT 'demo_park_seeded', now()::text WHERE NOT EXISTS (SELECT 1 FROM users)
     ON CONFLICT (key) DO NOTHING RETURNING key`,
  );
  if (claimed.length === 0) return false;
  const park = await readJson<ParkFile>('park.json');
  const passwordHash = await hashPassword(park.password);
  const addUser = (tenantId: string | null, username: string, displayName: string, role: Role) =>
    db.query('INSERT INTO users (id, tenant_id, username, password_hash, role, display_name) VALUES ($1, $2, $3, $4, $5, $6)', [newId(), tenantId, username, passwordHash, role, displayName]);
  for (const person of park.staff) await addUser(null, person.username, person.displayName, person.role);
  for (const file of park.merchants) {
    const data = await readJson<MerchantFile>(file);
    const { tenant } = data;
    await db.query("INSERT INTO tenants (id, name, cluster, code, uscc, kind) VALUES ($1, $2, $3, $4, $5, 'demo')", [tenant.id, tenant.name, tenant.cluster, tenant.code, data.merchant.uscc]);
    await addUser(tenant.id, data.owner.username, data.owner.displayName, 'merchant_owner');
    for (const person of data.staff ?? []) await addUser(tenant.id, person.username, person.displayName, 'merchant_staff');
    const now = new Date().toISOString();
    const doc = (fields: Record<string, unknown>, id = newId()): ReplicatedDoc => ({ id, updatedAt: now, ...fields, _deleted: false });
    await store.transaction(tenant.id, async (tx) => {
      await tx.write('merchant', [doc({ ...data.merchant, approvedAt: now }, 'profile')]);
      const products = data.products.map((product) => doc({ archived: false, ...product }));
      const productIds = productIdsBySku(products);
      await tx.write('products', products);
      // Snapshots are dated from the seed time, so the stock screen's age reads true on a fresh park.
      const seededAt = Date.parse(now);
      await tx.write(
        'stock',
        data.stock.map(({ ageHours, ...row }) => doc({ ...row, productId: productIds.get(row.sku), asOf: before(seededAt, ageHours) })),
      );
      await tx.write(
        'shipments',
        (data.shipments ?? []).map(({ createdDaysAgo, etaInDays, events, ...shipment }) =>
          doc({
            ...shipment,
            createdAt: before(seededAt, createdDaysAgo * 24),
            eta: before(seededAt, -etaInDays * 24).slice(0, 10),
            events: events.map(({ daysAgo, ...event }) => ({ ...event, at: before(seededAt, daysAgo * 24) })),
          }),
        ),
      );
      await tx.write('filings', [doc({ status: 'draft', orderIds: [], payload: {}, createdAt: now, revision: 1, customsStatus: 'none', receipts: [], messages: [], ...data.filing })]);
      await tx.write('notices', [doc({ kind: 'announcement', severity: 'info', messageKey: 'notice.welcome', params: { park: tenant.cluster }, createdAt: now })]);
    });
    const credentials = makeTestCredentials(data.signing, { commonName: tenant.name });
    await storeSigningCredentials(db, secrets, tenant.id, credentials);
    for (const account of data.warehouseAccounts ?? []) await storeWarehouseAccount(db, secrets, tenant.id, { skus: {}, ...account });
  }
  return true;
}
