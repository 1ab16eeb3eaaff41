import { randomUUID } from 'node:crypto';
import { startCustomsSimulator, type RunningCustomsSimulator } from '../../apps/simulators/src/customs/process.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';

const MERCHANT = 'yangjiang-knives';
const CUSTOMS_CODE = '4417960B2C';

export interface CustomsPark {
  platform: RunningPlatform;
  simulator: RunningCustomsSimulator;
  stop(): Promise<void>;
}

interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

async function merchantApi(platformUrl: string): Promise<Api> {
  const call = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${platformUrl}${path}`, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const { accessToken } = await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, { username: MERCHANT, password: 'tradewind-demo', deviceName: 'e2e customs set-up' });
  return { get: (path) => call('GET', path, accessToken), post: (path, body) => call('POST', path, accessToken, body) };
}

/**
 * The demo park with its single window: the simulator as its own process, the platform's customs
 * gateway pointed at it (receipts fetched every 200 ms), the Yangjiang merchant's certificate
 * registered there as `npm start` does (scripts/demo-simulators.mjs).
 */
export async function startCustomsPark(): Promise<CustomsPark> {
  const simulator = await startCustomsSimulator();
  const platform = await startPlatform({ TRADEWIND_CUSTOMS_GATEWAY: `single-window-http ${simulator.url}`, TRADEWIND_CUSTOMS_POLL_MS: '200' });
  const api = await merchantApi(platform.url);
  const { certificate } = await api.get<{ certificate: string }>('/api/customs/credentials');
  await simulator.registerCertificate(CUSTOMS_CODE, certificate);
  return { platform, simulator, stop: async () => void (await Promise.all([platform.stop(), simulator.stop()])) };
}

type Doc = Record<string, unknown> & { id: string };
interface DemoProduct extends Doc {
  sku: string;
  name: string;
  variants: { sku: string; barcode?: string }[];
}

export interface SeedOrder {
  number: string;
  channel: 'amazon' | 'fair';
  buyerName: string;
  buyerCountry: string;
  lines: { sku: string; quantity: number; unitPrice: number }[];
}

/**
 * What the merchant already has before the scene: a bread knife entered without its HS code (the
 * all-zero stand-in) and the given orders, written through the replication endpoints as another
 * of the merchant's devices would.
 */
export async function seedOrders(platformUrl: string, orders: SeedOrder[]): Promise<void> {
  const api = await merchantApi(platformUrl);
  const now = new Date().toISOString();
  const { documents } = await api.get<{ documents: DemoProduct[] }>('/api/sync/products/pull?checkpoint=null&batchSize=1000');
  const chef = documents.find((product) => product.sku === 'LF-CH8')!;
  const { images: _images, translations: _translations, ...chefFields } = chef;
  const breadKnife: DemoProduct = {
    ...chefFields,
    id: randomUUID(),
    updatedAt: now,
    sku: 'LF-BK20',
    name: '8 英寸面包刀',
    nameEn: '8-inch bread knife',
    hsCode: '0000000000',
    variants: [{ sku: 'LF-BK20', options: {} } as DemoProduct['variants'][number]],
  };
  const refused = await api.post<unknown[]>('/api/sync/products/push', [{ newDocumentState: breadKnife }]);
  if (refused.length > 0) throw new Error(`bread knife refused: ${JSON.stringify(refused)}`);
  const products = [...documents, breadKnife];
  const productOf = (sku: string) => products.find((product) => product.sku === sku || product.variants.some((variant) => variant.sku === sku))!;
  const docs = orders.map((order) => ({
    newDocumentState: {
      id: randomUUID(),
      updatedAt: now,
      createdAt: now,
      number: order.number,
      buyerName: order.buyerName,
      buyerCountry: order.buyerCountry,
      channel: order.channel,
      _deleted: false,
      status: 'confirmed',
      currency: 'USD',
      incoterm: order.channel === 'fair' ? 'FOB' : 'DDP',
      notes: '',
      depositPercent: 0,
      payments: [],
      lines: order.lines.map((line) => ({ id: randomUUID(), productId: productOf(line.sku).id, sku: line.sku, name: productOf(line.sku).name, quantity: line.quantity, unitPrice: line.unitPrice })),
    },
  }));
  const conflicts = await api.post<unknown[]>('/api/sync/orders/push', docs);
  if (conflicts.length > 0) throw new Error(`orders refused: ${JSON.stringify(conflicts)}`);
}
