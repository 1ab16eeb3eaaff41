/**
 * The wire protocol between a device and the platform (docs/architecture.md, Platform contract). Both sides import these types
 * so they cannot drift.
 */

/** A replicated document as it travels: its fields plus the soft-delete flag. */
export type ReplicatedDoc = { id: string; _deleted: boolean } & Record<string, unknown>;

/**
 * Position in the platform's change order. `tx` is the id of the transaction that wrote the last
 * document handed out (a 64-bit number as a decimal string), `id` breaks ties inside it.
 */
export interface Cursor {
  tx: string;
  id: string;
}

/**
 * Which platform database (`platform`) and which run of its transaction ids (`epoch`) a cursor
 * belongs to: a cursor of another epoch may point past ids the platform hands out again.
 */
export interface SyncEpoch {
  platform: string;
  epoch: string;
}

/** Pull position: the cursor and its epoch. */
export type Checkpoint = Cursor & SyncEpoch;

/** The answer (409) to a pull from a checkpoint of another platform or epoch: sync again from the start. */
export const EPOCH_CHANGED = 'sync_epoch_changed';

export interface PullResponse {
  documents: ReplicatedDoc[];
  checkpoint: Checkpoint | null;
}

export interface PushRow {
  assumedMasterState?: ReplicatedDoc;
  newDocumentState: ReplicatedDoc;
}

/** Server-sent event telling a device that a collection changed and should be pulled. */
export interface ChangeEvent {
  collection: string;
}

export const SYNC_STREAM_EVENT = 'change';
export const MAX_PULL_BATCH = 1000;
export const MAX_PUSH_ROWS = 500;
