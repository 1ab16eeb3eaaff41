export * from './collections/index.ts';
export * from './ids.ts';
export * from './money.ts';
export * from './validate.ts';
