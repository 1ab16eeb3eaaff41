import { PlatformError } from '@tradewind/contract';
import { COLLECTIONS, schemaVersion, type CollectionName } from '@tradewind/domain';
import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { BehaviorSubject, combineLatest, Subject } from 'rxjs';
import type { Checkpoint, PullResponse, ReplicatedDoc } from '../protocol.ts';
import { openChangeStream } from './change-stream.ts';
import { createImageAttachmentCodec } from './image-attachments.ts';
import type { Transport } from './transport.ts';

export interface SyncStatus {
  /** The live change stream from the platform is connected. */
  connected: boolean;
  /** A pull or push is running (the first full pull can take a while). */
  syncing: boolean;
  /** Local changes not yet accepted by the platform, per collection. */
  pending: Partial<Record<CollectionName, number>>;
  lastSyncAt: string | null;
  /** Platform error code or 'network' of the last failed exchange; null after a success. */
  error: string | null;
}

export interface SyncEngine {
  status$: BehaviorSubject<SyncStatus>;
  /** Pull everything that changed and reconnect the live stream now. */
  syncNow(): void;
  /** Resolves when every collection finished its first pull and push. */
  awaitInSync(): Promise<void>;
  stop(): Promise<void>;
}

export interface SyncEngineOptions {
  transport: Transport;
  collections: Partial<Record<CollectionName, RxCollection>>;
  /** Identifies this device's replication state (changing it starts from scratch). */
  identifier: string;
  /** Safety-net full re-sync period; the live stream normally makes it unnecessary. */
  resyncEveryMs?: number;
  retryMs?: number;
  pullBatchSize?: number;
  pushBatchSize?: number;
}

const errorCode = (error: unknown) => (error instanceof PlatformError ? error.code : 'network');

/** One RxDB replication per collection against the platform (docs/architecture.md, Replication). */
export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { transport, identifier, resyncEveryMs = 60_000, retryMs = 2_000, pullBatchSize = 500, pushBatchSize = 100 } = options;
  const status$ = new BehaviorSubject<SyncStatus>({ connected: false, syncing: false, pending: {}, lastSyncAt: null, error: null });
  const update = (patch: Partial<SyncStatus>) => status$.next({ ...status$.value, ...patch });
  const succeeded = () => update({ lastSyncAt: new Date().toISOString(), error: null });
  const resyncSignals = new Map<CollectionName, Subject<RxReplicationPullStreamItem<ReplicatedDoc, Checkpoint>>>();
  const resync = (name?: string) => {
    for (const [collection, signal] of resyncSignals) if (!name || name === collection) signal.next('RESYNC');
  };

  const states: RxReplicationState<ReplicatedDoc, Checkpoint>[] = [];
  for (const [name, collection] of Object.entries(options.collections) as [CollectionName, RxCollection][]) {
    const readOnly = COLLECTIONS[name].serverOwned === 'all';
    // The platform refuses documents of another shape (docs/architecture.md, "Schema versions").
    const version = String(schemaVersion(name));
    const setPending = (count: number) => update({ pending: { ...status$.value.pending, [name]: count } });
    const resync$ = new Subject<RxReplicationPullStreamItem<ReplicatedDoc, Checkpoint>>();
    const images = 'attachments' in COLLECTIONS[name].schema ? createImageAttachmentCodec(transport, collection) : null;
    resyncSignals.set(name, resync$);
    const state = replicateRxCollection<ReplicatedDoc, Checkpoint>({
      collection: collection as unknown as RxCollection<ReplicatedDoc>,
      replicationIdentifier: `${identifier}/${name}`,
      live: true,
      retryTime: retryMs,
      waitForLeadership: false,
      toggleOnDocumentVisible: false,
      pull: {
        batchSize: pullBatchSize,
        stream$: resync$.asObservable(),
        async handler(checkpoint, batchSize) {
          const query = new URLSearchParams({ checkpoint: JSON.stringify(checkpoint ?? null), batchSize: String(batchSize), schemaVersion: version });
          const page = await transport.json<PullResponse>(`/api/sync/${name}/pull?${query}`);
          succeeded();
          const documents = images ? await images.incoming(page.documents) : page.documents;
          return { documents, checkpoint: page.checkpoint ?? checkpoint ?? undefined };
        },
      },
      push: readOnly
        ? undefined
        : {
            batchSize: pushBatchSize,
            async handler(rows) {
              setPending(rows.length);
              const conflicts = await transport.json<ReplicatedDoc[]>(`/api/sync/${name}/push?schemaVersion=${version}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(images ? await images.outgoing(rows) : rows),
              });
              setPending(0);
              succeeded();
              // RxDB keeps master states with their attachments: conflicts come back like pulled documents.
              return images ? images.incoming(conflicts) : conflicts;
            },
          },
    });
    state.error$.subscribe((error) => update({ error: errorCode((error as { parameters?: { errors?: unknown[] } }).parameters?.errors?.[0] ?? error) }));
    states.push(state);
  }

  const activity = combineLatest(states.map((state) => state.active$)).subscribe((active) => update({ syncing: active.some(Boolean) }));

  const stream = openChangeStream(transport, {
    onOpen: () => {
      update({ connected: true });
      resync();
    },
    onChange: (event) => resync(event.collection),
    onDown: (error) => update({ connected: false, error: errorCode(error) }),
  });
  const safetyNet = setInterval(() => resync(), resyncEveryMs);

  return {
    status$,
    syncNow() {
      stream.reconnectNow();
      resync();
    },
    async awaitInSync() {
      await Promise.all(states.map((state) => state.awaitInSync()));
    },
    async stop() {
      clearInterval(safetyNet);
      activity.unsubscribe();
      stream.close();
      await Promise.all(states.map((state) => state.cancel()));
    },
  };
}
