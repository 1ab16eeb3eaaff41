export * from './access/index.ts';
export * from './codes/index.ts';
export * from './collections/index.ts';
export * from './ids.ts';
export * from './json.ts';
export * from './money.ts';
export * from './rules/index.ts';
export * from './validate.ts';
