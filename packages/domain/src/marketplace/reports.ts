import type { OrderStatus } from '../collections/orders.ts';

export const MARKETPLACE_CHANNELS = ['amazon', 'aliexpress', 'shopee'] as const;
export type MarketplaceChannel = (typeof MARKETPLACE_CHANNELS)[number];

/** Where each fact sits in a channel's order report. One row is one order item. */
export interface ReportColumns {
  /** A header only this report has: how an uploaded file is recognised. */
  signature: string;
  orderId: string;
  status: string;
  purchasedAt: string;
  sku: string;
  productName: string;
  quantity: string;
  /** Per-unit price, or `lineTotal` when the report gives the item's total. */
  unitPrice?: string;
  lineTotal?: string;
  /** Absent when the file does not say (Shopee: the shop's market decides). */
  currency?: string;
  shipping: string;
  buyerName?: string;
  city?: string;
  country?: string;
}

/**
 * The published columns of each report:
 * - Amazon Seller Central "All Orders Report" (flat file, tab-separated; `item-price` is the item's total).
 * - AliExpress Seller Center order export (English headers), one row per product.
 * - Shopee Seller Centre "My Orders → Export" (English headers, no currency column).
 */
export const REPORT_COLUMNS: Readonly<Record<MarketplaceChannel, ReportColumns>> = {
  amazon: {
    signature: 'amazon-order-id',
    orderId: 'amazon-order-id',
    status: 'order-status',
    purchasedAt: 'purchase-date',
    sku: 'sku',
    productName: 'product-name',
    quantity: 'quantity',
    lineTotal: 'item-price',
    currency: 'currency',
    shipping: 'shipping-price',
    city: 'ship-city',
    country: 'ship-country',
  },
  aliexpress: {
    signature: 'SKU Code',
    orderId: 'Order ID',
    status: 'Order Status',
    purchasedAt: 'Order Date',
    sku: 'SKU Code',
    productName: 'Product Name',
    quantity: 'Quantity',
    unitPrice: 'Unit Price',
    currency: 'Currency',
    shipping: 'Shipping Cost',
    buyerName: 'Buyer Name',
    country: 'Buyer Country',
  },
  shopee: {
    signature: 'SKU Reference No.',
    orderId: 'Order ID',
    status: 'Order Status',
    purchasedAt: 'Order Creation Date',
    sku: 'SKU Reference No.',
    productName: 'Product Name',
    quantity: 'Quantity',
    unitPrice: 'Deal Price',
    shipping: 'Buyer Paid Shipping Fee',
    buyerName: 'Receiver Name',
    city: 'City',
  },
};

/** Which channel's report these headers are, or null. */
export function detectChannel(headers: readonly string[]): MarketplaceChannel | null {
  return MARKETPLACE_CHANNELS.find((channel) => headers.includes(REPORT_COLUMNS[channel].signature)) ?? null;
}

/** A marketplace's status in words → where the order is in our lifecycle, and whether it is paid. */
export function mapMarketplaceStatus(status: string): { status: OrderStatus; paid: boolean } {
  const value = status.toLowerCase();
  if (/cancel|closed|refund/.test(value)) return { status: 'cancelled', paid: false };
  if (/unpaid|awaiting payment|pending payment|^pending$/.test(value)) return { status: 'confirmed', paid: false };
  if (/unshipped|to ship|awaiting shipment/.test(value)) return { status: 'confirmed', paid: true };
  if (/complete|delivered|finished/.test(value)) return { status: 'completed', paid: true };
  if (/shipped|shipping|to receive|in transit|buyer confirmation/.test(value)) return { status: 'shipped', paid: true };
  return { status: 'confirmed', paid: true };
}
