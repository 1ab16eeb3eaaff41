export * from './batch.ts';
export * from './customs-status.ts';
export * from './filing-inputs.ts';
export * from './precheck-filing.ts';
export * from './default-declaration.ts';
