/**
 * The wire protocol between a device and the platform (docs/architecture.md, Platform contract). Both sides import these types
 * so they cannot drift.
 */

/** A replicated document as it travels: its fields plus the soft-delete flag. */
export type ReplicatedDoc = { id: string; _deleted: boolean } & Record<string, unknown>;

/**
 * Pull position: the platform's change cursor. `tx` is the id of the transaction that wrote the
 * last document handed out (a 64-bit number as a decimal string), `id` breaks ties inside it.
 */
export interface Checkpoint {
  tx: string;
  id: string;
}

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
