export * from './conditions.ts';
export * from './evaluate.ts';
export * from './evidence.ts';
export * from './evidence-entry.ts';
export * from './facts.ts';
export * from './publish.ts';
export * from './rules.ts';
export * from './listing-status.ts';
