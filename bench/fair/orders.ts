import { newId, type OrderDoc } from '@tradewind/domain';

const BUYERS = [
  'Cuchillería Toledo S.L.',
  'Hamburg Küchen GmbH',
  'Lone Star Cutlery LLC',
  'Al Noor Trading LLC',
  'ООО Ножи Сибири',
  'Lyon Coutellerie SARL',
  'Osaka Hamono KK',
  'São Paulo Utilidades Ltda',
];
const SKUS = ['LF-CH8-G10', 'LF-CH8-PAK', 'LF-CL21', 'LF-FK35-BLK', 'LF-FK35-OD', 'LF-TS10', 'LF-KS21-RED', 'LF-PR35D'];
const STATUSES: OrderDoc['status'][] = ['quote', 'confirmed', 'deposit_received', 'in_production', 'shipped', 'completed', 'cancelled'];
const CHANNELS: OrderDoc['channel'][] = ['fair', 'b2b', 'amazon', 'aliexpress', 'shopee'];
const CURRENCIES = ['USD', 'EUR', 'USD', 'GBP', 'RUB', 'AED'];

/** `count` realistic orders of one merchant over the last year, numbered like devices number them. */
export function makeOrders(count: number, prefix = 'YJ09'): OrderDoc[] {
  const start = Date.parse('2025-11-23T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + Math.floor((i / count) * 365 * 86_400_000)).toISOString();
    const lines = Array.from({ length: 1 + (i % 4) }, (_, j) => ({
      id: newId(),
      productId: newId(),
      sku: SKUS[(i + j) % SKUS.length]!,
      name: `刀具 ${SKUS[(i + j) % SKUS.length]}`,
      quantity: 100 * (1 + ((i + j) % 9)),
      unitPrice: 180 + ((i * 7 + j * 13) % 700),
    }));
    return {
      id: newId(),
      updatedAt: at,
      createdAt: at,
      number: `${prefix}-${String(i + 1).padStart(6, '0')}`,
      buyerName: `${BUYERS[i % BUYERS.length]} #${i % 997}`,
      buyerCountry: '',
      channel: CHANNELS[i % CHANNELS.length]!,
      status: STATUSES[i % STATUSES.length]!,
      currency: CURRENCIES[i % CURRENCIES.length]!,
      incoterm: 'FOB',
      lines,
      notes: '',
      depositPercent: 30,
      payments: [],
    };
  });
}
