import { PlatformError } from '@tradewind/contract';
import { COLLECTIONS, schemaVersion, type CollectionName } from '@tradewind/domain';
import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { ReplicationPullOptions, ReplicationPushOptions } from 'rxdb';
import type { Observable } from 'rxjs';
import { EPOCH_CHANGED, type Checkpoint, type PullResponse, type PushRow, type ReplicatedDoc } from '../protocol.ts';
import { firstPull, platformRevisionIn } from './first-pull.ts';
import { createImageAttachmentCodec } from './image-attachments.ts';
import { prefetchingPages } from './page-prefetch.ts';
import type { Transport } from './transport.ts';

export type CollectionReplication = RxReplicationState<ReplicatedDoc, Checkpoint>;

export interface CollectionReplicationOptions {
  name: CollectionName;
  collection: RxCollection;
  transport: Transport;
  replicationIdentifier: string;
  stream$: Observable<RxReplicationPullStreamItem<ReplicatedDoc, Checkpoint>>;
  retryMs: number;
  pullBatchSize: number;
  pushBatchSize: number;
  /** A pull or push went through. */
  onSuccess(): void;
  /** The platform answered that this checkpoint belongs to another platform database or epoch. */
  onEpochChanged(): void;
  /** Assumed master states from before a start-over, by document id; used up as they are pushed. */
  carriedAssumedStates: Map<string, unknown>;
  /** Waits for what must reach the platform before this collection's changes (PUSHED_AFTER). */
  beforePush(): Promise<void>;
}

/** One collection's RxDB replication against the platform's pull and push endpoints (docs/architecture.md, Replication). */
export function replicateCollection(options: CollectionReplicationOptions): CollectionReplication {
  const { name, collection, transport } = options;
  const readOnly = COLLECTIONS[name].serverOwned === 'all';
  // The platform refuses documents of another shape (docs/architecture.md, "Schema versions").
  const version = String(schemaVersion(name));
  const images = 'attachments' in COLLECTIONS[name].schema ? createImageAttachmentCodec(transport, collection) : null;
  const fetchPage = (checkpoint: Checkpoint | null, batchSize: number) => {
    const query = new URLSearchParams({ checkpoint: JSON.stringify(checkpoint), batchSize: String(batchSize), schemaVersion: version });
    return transport.json<PullResponse>(`/api/sync/${name}/pull?${query}`).catch((error: unknown) => {
      if (error instanceof PlatformError && error.code === EPOCH_CHANGED) options.onEpochChanged();
      throw error;
    });
  };
  const reported =
    (fetch: typeof fetchPage): typeof fetchPage =>
    async (checkpoint, batchSize) => {
      const page = await fetch(checkpoint, batchSize);
      options.onSuccess();
      return page;
    };
  const pullPage = reported(prefetchingPages(fetchPage));
  const incoming = (documents: ReplicatedDoc[]) => (images ? images.incoming(documents) : Promise.resolve(documents));
  const pull: ReplicationPullOptions<ReplicatedDoc, Checkpoint> = {
    batchSize: options.pullBatchSize,
    stream$: options.stream$,
    async handler(checkpoint, batchSize) {
      const page = await pullPage(checkpoint ?? null, batchSize);
      return { documents: await incoming(page.documents), checkpoint: page.checkpoint ?? checkpoint ?? undefined };
    },
  };
  const push: ReplicationPushOptions<ReplicatedDoc> | undefined = readOnly
    ? undefined
    : {
        batchSize: options.pushBatchSize,
        async handler(rows) {
          await options.beforePush();
          // In place: RxDB resolves a conflict with this same row, so the merge gets the base too.
          for (const row of rows) {
            const carried = options.carriedAssumedStates.get(row.newDocumentState.id);
            if (!row.assumedMasterState && carried) row.assumedMasterState = carried as ReplicatedDoc;
          }
          const sent = await withPlatformRevisions(collection, images ? await images.outgoing(rows) : rows);
          const conflicts = await transport.json<ReplicatedDoc[]>(`/api/sync/${name}/push?schemaVersion=${version}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(sent),
          });
          options.onSuccess();
          for (const row of rows) options.carriedAssumedStates.delete(row.newDocumentState.id);
          // RxDB keeps master states with their attachments: conflicts come back like pulled documents.
          return incoming(conflicts);
        },
      };
  const state = replicateRxCollection<ReplicatedDoc, Checkpoint>({
    collection: collection as unknown as RxCollection<ReplicatedDoc>,
    replicationIdentifier: options.replicationIdentifier,
    live: true,
    retryTime: options.retryMs,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
    autoStart: false,
    pull,
    push,
  });
  void (async () => {
    const written = await firstPull({
      collection,
      replicationIdentifier: options.replicationIdentifier,
      // It fetches ahead itself.
      fetchPage: reported(fetchPage),
      batchSize: options.pullBatchSize,
      incoming,
      cancelled: () => state.isStopped(),
    }).catch(() => null);
    // RxDB reads these when it starts, and only for a replication with no checkpoints yet.
    if (written) {
      pull.initialCheckpoint = written.pull;
      if (push) push.initialCheckpoint = written.push;
    }
    if (!state.isStopped()) await state.start();
  })();
  return state;
}

/** Rows of documents a first pull wrote carry the platform revision they came from (they have no assumed master state). */
async function withPlatformRevisions(collection: RxCollection, rows: PushRow[]): Promise<PushRow[]> {
  const unbased = rows.filter((row) => !row.assumedMasterState).map((row) => row.newDocumentState.id);
  if (unbased.length === 0) return rows;
  const revisions = new Map<string, string>();
  for (const doc of await collection.storageInstance.findDocumentsById(unbased, true)) {
    const revision = platformRevisionIn(doc as never);
    if (revision) revisions.set(String((doc as { id: unknown }).id), revision);
  }
  return rows.map((row) => {
    const platformRevision = row.assumedMasterState ? undefined : revisions.get(row.newDocumentState.id);
    return platformRevision ? { ...row, platformRevision } : row;
  });
}
