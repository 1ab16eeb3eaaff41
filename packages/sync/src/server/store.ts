import type { CollectionName } from '@tradewind/domain';
import type { Checkpoint, PullResponse, ReplicatedDoc } from '../protocol.ts';

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

/** One tenant's write transaction: reads lock the rows until commit. */
export interface SyncTransaction {
  readForUpdate(collection: CollectionName, ids: string[]): Promise<Map<string, ReplicatedDoc>>;
  /**
   * Which of `values` of `field` documents of the tenant already hold (value → document id),
   * deleted ones included. Serialises the tenant's writers of that field until commit, so two
   * concurrent pushes cannot both take one value.
   */
  takenValues(collection: CollectionName, field: string, values: string[]): Promise<Map<string, string>>;
  write(collection: CollectionName, docs: ReplicatedDoc[]): Promise<void>;
  audit(entries: AuditEntry[]): Promise<void>;
}

export interface ChangeNotification {
  tenantId: string;
  collection: CollectionName;
}

/**
 * The storage port of the replication core. Implementations must hand out changes in cursor order
 * without ever skipping a committed change, even when transactions commit out of order, and must
 * announce every committed write through `onChange` (across processes where there are several).
 */
export interface SyncStore {
  pull(tenantId: string, collection: CollectionName, checkpoint: Checkpoint | null, limit: number): Promise<PullResponse>;
  transaction<T>(tenantId: string, work: (tx: SyncTransaction) => Promise<T>): Promise<T>;
  onChange(listener: (change: ChangeNotification) => void): () => void;
}
