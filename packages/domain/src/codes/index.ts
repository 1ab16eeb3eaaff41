export * from './uscc.ts';
export * from './trade-mode.ts';
