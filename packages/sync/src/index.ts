export * from './conflict-handler.ts';
export * from './conflict-path.ts';
export * from './merge.ts';
export * from './protocol.ts';
export * from './revision.ts';
