export * from './change-stream.ts';
export * from './replication.ts';
export * from './transport.ts';
