export * from './parse.ts';
export * from './replication.ts';
export * from './schemas.ts';
export * from './store.ts';
export * from './write-rules.ts';
export type { Checkpoint, PullResponse, PushRow, ReplicatedDoc } from '../protocol.ts';
