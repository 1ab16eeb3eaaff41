export * from './delimited.ts';
export * from './import.ts';
export * from './reports.ts';
