import { buyersSchema, type BuyerDoc } from './buyers.ts';
import { filingMigrations, filingsSchema, type FilingDoc } from './filings.ts';
import { listingsSchema, type ListingDoc } from './listings.ts';
import { merchantMigrations, merchantSchema, type MerchantDoc } from './merchant.ts';
import { noticesSchema, type NoticeDoc } from './notices.ts';
import { orderMigrations, ordersSchema, type OrderDoc } from './orders.ts';
import { productsSchema, type ProductDoc } from './products.ts';
import { PROFORMA_EMAIL_SERVER_OWNED, proformaEmailsSchema, type ProformaEmailDoc } from './proforma-emails.ts';
import { SHIPMENT_SERVER_OWNED, shipmentsSchema, type ShipmentDoc } from './shipments.ts';
import { stockEventsSchema, type StockEventDoc } from './stock-events.ts';
import type { Migrations } from './migrations.ts';
import { stockMigrations, stockSchema, type StockDoc } from './stock.ts';

export * from './buyers.ts';
export * from './common.ts';
export * from './filings.ts';
export * from './listings.ts';
export * from './merchant.ts';
export * from './migrations.ts';
export * from './notices.ts';
export * from './orders.ts';
export * from './products.ts';
export * from './proforma-emails.ts';
export * from './shipments.ts';
export * from './stock-events.ts';
export * from './stock.ts';

/**
 * Who may write what. `serverOwned: 'all'` means devices only read the collection. Otherwise it
 * maps each field only the platform writes to the value a document created on a device must
 * carry there (`undefined`: absent); a device's change to such a field is refused.
 * `migrations` holds one step per schema version above 0 (see migrations.ts).
 */
export interface CollectionDefinition {
  schema: { title: string; version: number; properties: Record<string, unknown>; required: readonly string[] };
  serverOwned: 'all' | Readonly<Record<string, unknown>>;
  migrations?: Migrations;
}

export const COLLECTIONS = {
  // Who the merchant is, as the park registered it: printed on proformas, sent in declarations.
  merchant: { schema: merchantSchema, serverOwned: { approvedAt: undefined, uscc: undefined, name: undefined }, migrations: merchantMigrations },
  products: { schema: productsSchema, serverOwned: {} },
  listings: { schema: listingsSchema, serverOwned: {} },
  orders: { schema: ordersSchema, serverOwned: {}, migrations: orderMigrations },
  buyers: { schema: buyersSchema, serverOwned: {} },
  stock: { schema: stockSchema, serverOwned: 'all', migrations: stockMigrations },
  shipments: { schema: shipmentsSchema, serverOwned: SHIPMENT_SERVER_OWNED },
  // Append-only (see rules/stock-rules.ts); the platform marks an event folded into stock.
  stockEvents: { schema: stockEventsSchema, serverOwned: { foldedAt: undefined } },
  filings: { schema: filingsSchema, serverOwned: { customsStatus: 'none', customsStatusAt: undefined, receipts: [], messages: [] }, migrations: filingMigrations },
  // Requests the platform e-mails a proforma for; append-only (see rules/proforma-email-rules.ts), delivery fields the platform's.
  proformaEmails: { schema: proformaEmailsSchema, serverOwned: PROFORMA_EMAIL_SERVER_OWNED },
  // Devices only mark notices read; they cannot create them (every created field is server-owned).
  notices: {
    schema: noticesSchema,
    serverOwned: { kind: undefined, severity: undefined, messageKey: undefined, params: undefined, refused: undefined, createdAt: undefined },
  },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The collections whose documents a collection's documents point at and the platform acts on when
 * they arrive: a filing is declared from its orders, products and the merchant's profile; an e-mail
 * request prints its order for its buyer. A device pushes these first, so its own changes reach the
 * platform in the order it made them (docs/architecture.md, "Push order").
 */
export const PUSHED_AFTER: Partial<Record<CollectionName, readonly CollectionName[]>> = {
  filings: ['merchant', 'products', 'orders'],
  proformaEmails: ['merchant', 'buyers', 'orders'],
};

export interface DocTypes {
  merchant: MerchantDoc;
  products: ProductDoc;
  listings: ListingDoc;
  orders: OrderDoc;
  buyers: BuyerDoc;
  stock: StockDoc;
  shipments: ShipmentDoc;
  stockEvents: StockEventDoc;
  filings: FilingDoc;
  proformaEmails: ProformaEmailDoc;
  notices: NoticeDoc;
}

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}
