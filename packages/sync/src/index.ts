export * from './conflict-handler.ts';
export * from './json.ts';
export * from './merge.ts';
export * from './protocol.ts';
