export * from './code-lists.ts';
export * from './lookups.ts';
