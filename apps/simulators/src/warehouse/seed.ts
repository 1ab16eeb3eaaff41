import { readFileSync } from 'node:fs';
import { SHIPMENT_MODES, type ShipmentMode, type StockBuckets } from '@tradewind/domain';
import type { RateLimit } from './rate-limit.ts';

export const SIM_PROVIDERS = ['goodcang', 'winit', '4px', 'fba'] as const;
export type SimProvider = (typeof SIM_PROVIDERS)[number];

export interface SeedStockRow extends StockBuckets {
  sku: string;
  /** The provider's warehouse code (FBA: the marketplace id). */
  warehouse: string;
}

interface SeedAccountBase {
  /** The simulator's own name for the account (admin endpoints, logs). */
  id: string;
  warehouses: string[];
  stock?: SeedStockRow[];
  /** Deterministic filler stock: `skus` SKUs `<skuPrefix>0001…` in every warehouse of the account. */
  generate?: { skus: number; skuPrefix: string };
}

export interface GoodCangAccount extends SeedAccountBase {
  appKey: string;
  appToken: string;
}
export interface WinitAccount extends SeedAccountBase {
  appKey: string;
  token: string;
  clientId: string;
  clientSecret: string;
  platform: string;
}
export interface FourPxAccount extends SeedAccountBase {
  appKey: string;
  appSecret: string;
}
export interface FbaAccount extends SeedAccountBase {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** FBA plans carry no transport mode until transportation is confirmed; the simulator moves them at this mode's pace. */
  inboundMode: ShipmentMode;
}

interface ProviderSeed<Account> {
  rateLimit: RateLimit;
  accounts: Account[];
}

export interface WarehouseSeed {
  /** Seeds the filler stock's random figures. */
  random: number;
  goodcang: ProviderSeed<GoodCangAccount>;
  winit: ProviderSeed<WinitAccount>;
  '4px': ProviderSeed<FourPxAccount>;
  fba: ProviderSeed<FbaAccount>;
}

export type AnyAccount = GoodCangAccount | WinitAccount | FourPxAccount | FbaAccount;

export function loadSeed(file: string): WarehouseSeed {
  const seed = JSON.parse(readFileSync(file, 'utf8')) as WarehouseSeed;
  for (const provider of SIM_PROVIDERS) {
    if (!seed[provider]?.accounts || !seed[provider].rateLimit) throw new Error(`${file}: ${provider} needs rateLimit and accounts`);
  }
  for (const account of seed.fba.accounts) {
    if (!SHIPMENT_MODES.includes(account.inboundMode)) throw new Error(`${file}: fba account ${account.id} has an unknown inboundMode ${account.inboundMode}`);
  }
  return seed;
}

/** The account's stock rows: the listed ones, then the generated filler (same seed → same figures). */
export function seedStock(account: SeedAccountBase, random: number): SeedStockRow[] {
  const rows = [...(account.stock ?? [])];
  if (!account.generate) return rows;
  const next = mulberry32(random ^ hash(account.id));
  const upTo = (max: number) => Math.floor(next() * (max + 1));
  for (let index = 1; index <= account.generate.skus; index++) {
    const sku = `${account.generate.skuPrefix}${String(index).padStart(4, '0')}`;
    for (const warehouse of account.warehouses) {
      rows.push({ sku, warehouse, sellable: upTo(500), reserved: upTo(20), inbound: upTo(20) * 10, pendingPutaway: upTo(30), unsellable: upTo(5) });
    }
  }
  return rows;
}

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619);
  return value >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
