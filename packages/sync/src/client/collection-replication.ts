import { PlatformError } from '@tradewind/contract';
import { COLLECTIONS, schemaVersion, type CollectionName } from '@tradewind/domain';
import type { ReplicationPullOptions, RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { Observable } from 'rxjs';
import { EPOCH_CHANGED, type Checkpoint, type PullResponse, type ReplicatedDoc } from '../protocol.ts';
import { REVISIONS_PARAM } from '../revision.ts';
import { keepBaseOfFirstEdit } from './first-edit-base.ts';
import { firstPull } from './first-pull.ts';
import { replicatedView, createImageAttachmentCodec } from './image-attachments.ts';
import { prefetchingPages } from './page-prefetch.ts';
import type { MetaInstance } from './local-pages.ts';
import { createStalePulls } from './stale-pulls.ts';
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
  prefetchPulls: boolean;
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
  // Every call names the schema version it stores and asks for revisions (src/revision.ts).
  const query = (params: Record<string, string>) => new URLSearchParams({ ...params, schemaVersion: version, [REVISIONS_PARAM]: '1' });
  const fetchPage = (checkpoint: Checkpoint | null, batchSize: number) => {
    return transport.json<PullResponse>(`/api/sync/${name}/pull?${query({ checkpoint: JSON.stringify(checkpoint), batchSize: String(batchSize) })}`).catch((error: unknown) => {
      if (error instanceof PlatformError && error.code === EPOCH_CHANGED) options.onEpochChanged();
      throw error;
    });
  };
  const fetchReported = async (checkpoint: Checkpoint | null, batchSize: number) => {
    const page = await fetchPage(checkpoint, batchSize);
    options.onSuccess();
    return page;
  };
  const pullPage = options.prefetchPulls ? prefetchingPages(fetchReported) : fetchReported;
  const stale = createStalePulls();
  const incoming = (documents: ReplicatedDoc[]) => (images ? images.incoming(documents) : Promise.resolve(documents));
  const pull: ReplicationPullOptions<ReplicatedDoc, Checkpoint> = {
    batchSize: options.pullBatchSize,
    stream$: options.stream$,
    async handler(checkpoint, batchSize) {
      const page = await pullPage(checkpoint ?? null, batchSize);
      stale.received(page.documents);
      return { documents: await incoming(page.documents), checkpoint: page.checkpoint ?? checkpoint ?? undefined };
    },
  };
  const state = replicateRxCollection<ReplicatedDoc, Checkpoint>({
    collection: stale.guarded(images ? replicatedView(collection) : collection) as unknown as RxCollection<ReplicatedDoc>,
    replicationIdentifier: options.replicationIdentifier,
    live: true,
    retryTime: options.retryMs,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
    autoStart: false,
    pull,
    push: readOnly
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
            const sent = stale.sending();
            const conflicts = await transport.json<ReplicatedDoc[]>(`/api/sync/${name}/push?${query({})}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(images ? await images.outgoing(rows) : rows),
            });
            options.onSuccess();
            for (const row of rows) options.carriedAssumedStates.delete(row.newDocumentState.id);
            stale.received(conflicts);
            const conflicted = new Set(conflicts.map((doc) => doc.id));
            stale.answered(
              sent,
              rows.map((row) => row.newDocumentState.id).filter((id) => !conflicted.has(id)),
              conflicts,
            );
            // RxDB keeps master states with their attachments: conflicts come back like pulled documents.
            return incoming(conflicts);
          },
        },
  });
  if (!readOnly)
    keepBaseOfFirstEdit(collection, {
      replicationIdentifier: options.replicationIdentifier,
      meta: () => state.metaInstance as unknown as MetaInstance | undefined,
      carried: options.carriedAssumedStates,
    });
  void (async () => {
    const written = options.prefetchPulls
      ? await firstPull({ collection, replicationIdentifier: options.replicationIdentifier, fetchPage: fetchReported, batchSize: options.pullBatchSize, incoming, cancelled: () => state.isStopped() })
      : null;
    // RxDB reads these when it starts, and only for a replication with no checkpoints yet.
    if (written) {
      pull.initialCheckpoint = written.pull;
      if (state.push) state.push.initialCheckpoint = written.push;
    }
    if (!state.isStopped()) await state.start();
  })().catch(() => {});
  return state;
}
