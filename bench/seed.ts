/** Realistic `products` documents for the benchmark tenant, written straight through the sync store. */
import { newId, validateDocument, type ProductDoc } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import type { Database } from '../apps/platform/src/db/database.ts';
import { createSqlSyncStore } from '../apps/platform/src/sync/sql-sync-store.ts';

/** Every bench SKU starts with this, so a re-run on a kept PostgreSQL database can clear them first. */
export const BENCH_SKU_PREFIX = 'LFB-';

const KINDS = [
  { name: '不锈钢厨师刀', nameEn: 'stainless steel chef knife', category: 'knives.kitchen', hsCode: '8211920000' },
  { name: '中式切片刀', nameEn: 'Chinese slicing cleaver', category: 'knives.kitchen', hsCode: '8211920000' },
  { name: '日式三德刀', nameEn: 'Japanese santoku knife', category: 'knives.kitchen', hsCode: '8211920000' },
  { name: '户外折叠刀', nameEn: 'outdoor folding knife', category: 'knives.folding', hsCode: '8211930000' },
  { name: '裁缝剪', nameEn: 'tailor scissors', category: 'scissors.tailor', hsCode: '8213000000' },
  { name: '多用途厨房剪', nameEn: 'multi-purpose kitchen shears', category: 'scissors.kitchen', hsCode: '8213000000' },
] as const;
const STEELS = ['5Cr15MoV', '3Cr13', '7Cr17MoV', 'VG10 大马士革 Damascus', '4Cr13'];
const HANDLES = ['G10 黑色 Black G10', 'PAKKA 木 Pakkawood', 'ABS 红色 Red ABS', '橄榄木 Olive wood', '不锈钢一体 Full steel'];
const FINISHES = ['镜面 Mirror', '拉丝 Satin', '石洗 Stonewash', '黑钛 Black titanium'];

/** Deterministic pseudo-random product number `i` (about 1 KB of JSON, two or three variants). */
export function makeProduct(i: number, now: string): ProductDoc {
  const kind = KINDS[i % KINDS.length]!;
  const steel = STEELS[i % STEELS.length]!;
  const inches = 5 + (i % 6);
  const sku = `${BENCH_SKU_PREFIX}${String(i).padStart(6, '0')}`;
  const variantCount = 2 + (i % 2);
  return {
    id: newId(),
    updatedAt: now,
    name: `${inches} 英寸${kind.name} ${steel}`,
    nameEn: `${inches}-inch ${kind.nameEn}, ${steel}`,
    description:
      `${steel} 钢材，硬度 ${54 + (i % 5)}±2 HRC，刃长 ${inches * 25} mm，刃厚 ${(1.8 + (i % 7) / 10).toFixed(1)} mm，` +
      `手工开刃，可接触食品，符合 LFGB 与 FDA 要求。彩盒包装，每箱 ${24 + (i % 4) * 12} 把，外箱五层瓦楞纸。` +
      `Hand-sharpened ${steel} blade, food-safe, LFGB/FDA compliant; gift box, ${24 + (i % 4) * 12} pcs per carton.`,
    category: kind.category,
    hsCode: kind.hsCode,
    origin: 'CN',
    brand: 'LIFENG',
    sku,
    price: { amount: 300 + (i % 1700), currency: 'USD' },
    moq: 100 * (1 + (i % 10)),
    unit: 'pc',
    variants: Array.from({ length: variantCount }, (_, v) => ({
      sku: `${sku}-${v + 1}`,
      options: { handle: HANDLES[(i + v) % HANDLES.length]!, finish: FINISHES[(i + v) % FINISHES.length]! },
      barcode: `692123${String(i * 3 + v).padStart(7, '0')}`,
      price: { amount: 300 + (i % 1700) + v * 40, currency: 'USD' },
    })),
    archived: false,
  };
}

export function makeProducts(count: number): ProductDoc[] {
  const now = new Date().toISOString();
  const products = Array.from({ length: count }, (_, i) => makeProduct(i, now));
  for (const product of products) {
    const problem = validateDocument('products', product);
    if (problem) throw new Error(`bench product ${product.sku} is invalid: ${problem.path} ${problem.message}`);
  }
  return products;
}

/** Writes the products in transactions of `batchSize`; returns the elapsed milliseconds. */
export async function seedProducts(db: Database, tenantId: string, products: ProductDoc[], batchSize = 2_000): Promise<number> {
  await db.query(`DELETE FROM doc_products WHERE tenant_id = $1 AND doc->>'sku' LIKE $2`, [tenantId, `${BENCH_SKU_PREFIX}%`]);
  const store = createSqlSyncStore(db);
  const started = performance.now();
  for (let i = 0; i < products.length; i += batchSize) {
    const batch = products.slice(i, i + batchSize).map((product): ReplicatedDoc => ({ ...product, _deleted: false }));
    await store.transaction(tenantId, (tx) => tx.write('products', batch));
  }
  return performance.now() - started;
}

/** Live products of the tenant as the platform will hand them out. */
export async function countProducts(db: Database, tenantId: string): Promise<number> {
  const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM doc_products WHERE tenant_id = $1 AND NOT deleted', [tenantId]);
  return row!.count;
}
