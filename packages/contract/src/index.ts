export * from './bridge.ts';
export * from './endpoints.ts';
export * from './errors.ts';
export type { RefusalReason } from '@tradewind/domain';
export * from './csp.ts';
export * from './park.ts';
export * from './park-console.ts';
