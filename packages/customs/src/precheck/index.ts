export * from './field-checks.ts';
export * from './input-checks.ts';
export * from './issue.ts';
export * from './messages.ts';
export * from './precheck.ts';
export * from './totals.ts';
