export * from './vocabulary.ts';
export * from './declaration-stage.ts';
