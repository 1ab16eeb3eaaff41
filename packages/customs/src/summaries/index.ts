export * from './released-inventories.ts';
export * from './summary-period.ts';
