export * from './conflict-handler.ts';
export * from './merge.ts';
export * from './protocol.ts';
