export * from './day-summary.ts';
export * from './lifecycle.ts';
export * from './lines.ts';
export * from './order-number.ts';
export * from './payments.ts';
export * from './pricing.ts';
export * from './product-lookup.ts';
export * from './totals.ts';
