export * from './buckets.ts';
export * from './cover.ts';
export * from './projection.ts';
export * from './reconciliation.ts';
export * from './replenishment.ts';
export * from './shipment.ts';
export * from './velocity.ts';
export * from './overview.ts';
