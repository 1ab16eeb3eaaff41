export * from './model.ts';
export * from './texts.ts';
