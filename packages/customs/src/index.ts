// China Customs cross-border e-commerce messages (CEB, 2022-05 edition): pure code. Signing needs
// node:crypto (`@tradewind/customs/signing`) and the XSD validator reads its schema files
// (`@tradewind/customs/xsd`), so both live at their own entry points and the device bundle stays pure.
export * from './codes/index.ts';
export * from './envelope/index.ts';
export * from './filing/index.ts';
export * from './messages/index.ts';
export * from './precheck/index.ts';
export * from './receipts/index.ts';
