// China Customs cross-border e-commerce messages (CEB, 2022-05 edition): pure code. The XSD validator
// reads its schema files from disk and lives at `@tradewind/customs/xsd` so the device bundle stays pure.
export * from './codes/index.ts';
export * from './messages/index.ts';
export * from './precheck/index.ts';
