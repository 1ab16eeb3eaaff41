import type { CollectionName } from '@tradewind/domain';
import type { Cursor, ReplicatedDoc } from '../protocol.ts';

export interface AuditEntry {
  userId: string;
  deviceId: string;
  collection: CollectionName;
  documentId: string;
  action: 'create' | 'update' | 'delete' | 'refused';
  /** Names of the fields that changed (never their values). */
  fields: string[];
  reason?: string;
}

/** Where a stored document's state came from, per field (docs/architecture.md, "Conflict handler"). */
export interface StoredRevision {
  /** The transaction that wrote the stored state. */
  tx: string;
  /**
   * Field (or `_deleted`, or `<field>[<id>]` for an element of a keyed array) → the transaction
   * that last changed it; one not named has not changed since the document was made. `*`: the
   * transaction after which this is complete, on documents stored before element revisions.
   */
  fields: Record<string, string>;
  /** Device → the transaction of its last accepted push of this document. */
  devices: Record<string, string>;
}

export interface RevisedDoc {
  doc: ReplicatedDoc;
  revision: StoredRevision;
}

/** One tenant's write transaction: reads lock the rows until commit. */
export interface SyncTransaction {
  readForUpdate(collection: CollectionName, ids: string[]): Promise<Map<string, ReplicatedDoc>>;
  /** `readForUpdate`, with each stored document's revision (what a push judges its base by). */
  readRevisedForUpdate(collection: CollectionName, ids: string[]): Promise<Map<string, RevisedDoc>>;
  /**
   * Which of `values` of `field` documents of the tenant already hold (value → document id),
   * deleted ones included. Serialises the tenant's writers of that field until commit, so two
   * concurrent pushes cannot both take one value.
   */
  takenValues(collection: CollectionName, field: string, values: string[]): Promise<Map<string, string>>;
  /**
   * `origin`: the device that sent exactly these states (a push). It already holds them, so the
   * change announcement does not make it pull them back.
   */
  write(collection: CollectionName, docs: ReplicatedDoc[], origin?: string): Promise<void>;
  audit(entries: AuditEntry[]): Promise<void>;
}

/** A page of changes after a cursor; `cursor` is where the next page starts. */
export interface CursorPage {
  documents: ReplicatedDoc[];
  /** `txs[i]`: the transaction that wrote `documents[i]`. */
  txs: string[];
  cursor: Cursor | null;
}

export interface ChangeNotification {
  tenantId: string;
  collection: CollectionName;
  /** The writing transaction's id (decimal xid8): pulls hand the change out once it is below every running transaction. */
  tx: string;
  /** The device whose push made every write of this collection in the transaction; absent for other writers. */
  origin?: string;
}

/**
 * The storage port of the replication core. Implementations must hand out changes in cursor order
 * without ever skipping a committed change, even when transactions commit out of order, and must
 * announce every committed write through `onChange` (across processes where there are several),
 * and only once a pull can see it.
 */
export interface SyncStore {
  pull(tenantId: string, collection: CollectionName, cursor: Cursor | null, limit: number): Promise<CursorPage>;
  transaction<T>(tenantId: string, work: (tx: SyncTransaction) => Promise<T>): Promise<T>;
  onChange(listener: (change: ChangeNotification) => void): () => void;
}
