export * from './parse.ts';
export * from './replication.ts';
export * from './schemas.ts';
export * from './store.ts';
export * from './write-rules.ts';
export type { Checkpoint, Cursor, PullResponse, PushRow, ReplicatedDoc, SyncEpoch } from '../protocol.ts';
export { EPOCH_CHANGED } from '../protocol.ts';
