export * from './validator.ts';
