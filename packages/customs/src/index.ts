// China Customs cross-border e-commerce messages (CEB, 2022-05 edition): pure code, no I/O beyond reading its schemas.
// Signing needs node:crypto and lives at `@tradewind/customs/signing`, so the device bundle stays pure.
export * from './envelope/index.ts';
export * from './receipts/index.ts';
