export * from './document-language.ts';
export * from './duplicates.ts';
export * from './countries.ts';
