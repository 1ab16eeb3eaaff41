export * from './document-language.ts';
export * from './duplicates.ts';
