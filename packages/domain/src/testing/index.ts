/** Test data, one factory per document kind (`@tradewind/domain/testing`); never imported by app code. */
export * from './buyers.ts';
export * from './filings.ts';
export * from './merchants.ts';
export * from './orders.ts';
export * from './stock.ts';
