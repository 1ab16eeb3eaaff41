import { v5 as uuidv5 } from 'uuid';
import type { OrderDoc, OrderLine, OrderStatus } from '../collections/orders.ts';
import type { ProductDoc } from '../collections/products.ts';
import { readCurrencyCode } from '../currency-input.ts';
import { toMinorUnits } from '../money.ts';
import { findByCode } from '../orders/product-lookup.ts';
import { parseDelimited } from './delimited.ts';
import { detectChannel, mapMarketplaceStatus, REPORT_COLUMNS, type MarketplaceChannel } from './reports.ts';

/** Fixed namespace: the same marketplace order always gets the same document id, on every device. */
const IMPORT_NAMESPACE = '6f1d3c9e-2b7a-4c1e-9a55-0d8e7f3b2a10';
/** Lines whose SKU is not in the catalogue. */
export const UNLINKED_PRODUCT_ID = 'unlinked';

export interface MarketplaceLine {
  key: string;
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
}

export interface MarketplaceOrder {
  channel: MarketplaceChannel;
  externalId: string;
  purchasedAt: string;
  status: OrderStatus;
  paid: boolean;
  currency: string;
  buyerName: string;
  country: string;
  shipping: number;
  lines: MarketplaceLine[];
}

export interface ParsedReport {
  channel: MarketplaceChannel;
  orders: MarketplaceOrder[];
  /** 1-based data rows that could not be read, with why. */
  skipped: { row: number; reason: 'no_order_id' | 'bad_quantity' | 'bad_price' | 'no_currency' }[];
}

export class UnknownReportError extends Error {
  constructor() {
    super('Not an Amazon, AliExpress or Shopee order report');
  }
}

/** "1,234.50", "1.234,50", "R$ 12,50" → 1234.5; NaN when there is no number. */
export function parseAmount(raw: string): number {
  const cleaned = raw.replace(/[^\d.,-]/g, '');
  if (!cleaned) return Number.NaN;
  const decimalComma = /,\d{1,2}$/.test(cleaned);
  return Number(decimalComma ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned.replace(/,/g, ''));
}

/** Report times without a zone are taken as UTC. */
function toIsoTime(raw: string): string {
  const value = raw.trim().replace(' ', 'T');
  const time = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? new Date(0).toISOString() : new Date(time).toISOString();
}

export function marketplaceRef(channel: MarketplaceChannel, externalId: string): string {
  return `${channel}:${externalId}`;
}

export function marketplaceOrderId(channel: MarketplaceChannel, externalId: string): string {
  return uuidv5(marketplaceRef(channel, externalId), IMPORT_NAMESPACE);
}

/**
 * Reads an order report of Amazon, AliExpress or Shopee (recognised by its columns) into
 * marketplace orders, one per marketplace order id. Shopee files carry no currency: pass the shop's.
 */
export function parseMarketplaceReport(text: string, options: { fallbackCurrency?: string } = {}): ParsedReport {
  const rows = parseDelimited(text);
  const channel = detectChannel(Object.keys(rows[0] ?? {}));
  if (!channel) throw new UnknownReportError();
  const columns = REPORT_COLUMNS[channel];
  const byId = new Map<string, MarketplaceOrder>();
  const skipped: ParsedReport['skipped'] = [];
  rows.forEach((row, index) => {
    const at = index + 1;
    const externalId = row[columns.orderId] ?? '';
    if (!externalId) return void skipped.push({ row: at, reason: 'no_order_id' });
    const currency = readCurrencyCode((columns.currency ? row[columns.currency] : '') || options.fallbackCurrency || '');
    if (!currency) return void skipped.push({ row: at, reason: 'no_currency' });
    const quantity = Number(row[columns.quantity]);
    if (!Number.isInteger(quantity) || quantity < 0) return void skipped.push({ row: at, reason: 'bad_quantity' });
    const price = parseAmount(row[columns.unitPrice ?? columns.lineTotal!] ?? '');
    if (Number.isNaN(price) && quantity > 0) return void skipped.push({ row: at, reason: 'bad_price' });
    let order = byId.get(externalId);
    if (!order) {
      const country = (columns.country ? row[columns.country] : '') ?? '';
      const city = (columns.city ? row[columns.city] : '') ?? '';
      order = {
        channel,
        externalId,
        purchasedAt: toIsoTime(row[columns.purchasedAt] ?? ''),
        ...mapMarketplaceStatus(row[columns.status] ?? ''),
        currency,
        buyerName: (columns.buyerName ? row[columns.buyerName] : '') || [channel, city].filter(Boolean).join(' · '),
        country: /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : '',
        shipping: 0,
        lines: [],
      };
      byId.set(externalId, order);
    }
    order.shipping += toMinorUnits(parseAmount(row[columns.shipping] ?? '') || 0, currency);
    if (quantity === 0) return;
    const sku = row[columns.sku] ?? '';
    const repeats = order.lines.filter((line) => line.key.startsWith(`${sku}#`)).length;
    const minor = toMinorUnits(price, currency);
    order.lines.push({
      key: `${sku}#${repeats}`,
      sku,
      name: row[columns.productName] ?? sku,
      quantity,
      unitPrice: columns.unitPrice ? minor : Math.round(minor / quantity),
    });
  });
  return { channel, orders: [...byId.values()], skipped };
}

/**
 * The order document of a marketplace order. Its id and line ids derive from the marketplace's
 * ids, so importing the same report again (on any device) finds the orders already there. The
 * marketplace collected the money: a paid order carries the whole amount as a balance payment.
 */
export function marketplaceOrderDoc(order: MarketplaceOrder, number: string, products: readonly ProductDoc[], now: string): OrderDoc {
  const ref = marketplaceRef(order.channel, order.externalId);
  const lines: OrderLine[] = order.lines.map((line) => {
    const pick = findByCode(products, line.sku);
    return {
      id: uuidv5(`${ref}:${line.key}`, IMPORT_NAMESPACE),
      productId: pick?.product.id ?? UNLINKED_PRODUCT_ID,
      sku: line.sku.slice(0, 64),
      name: line.name.slice(0, 200),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
    };
  });
  const total = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) + order.shipping;
  return {
    id: marketplaceOrderId(order.channel, order.externalId),
    updatedAt: now,
    createdAt: order.purchasedAt,
    number,
    buyerName: order.buyerName.slice(0, 200),
    buyerCountry: order.country,
    channel: order.channel,
    status: order.status,
    currency: order.currency,
    incoterm: 'DDP',
    lines,
    notes: '',
    depositPercent: 0,
    freight: order.shipping,
    payments: order.paid && total > 0 ? [{ id: uuidv5(`${ref}:payment`, IMPORT_NAMESPACE), kind: 'balance', amount: total, at: order.purchasedAt, reference: ref.slice(0, 100) }] : [],
    externalRef: ref.slice(0, 120),
  };
}
