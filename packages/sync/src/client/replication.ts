import { PlatformError } from '@tradewind/contract';
import { PUSHED_AFTER, type CollectionName } from '@tradewind/domain';
import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { BehaviorSubject, debounceTime, distinctUntilChanged, filter, firstValueFrom, from, map, merge, of, Subject, switchMap, type Observable, type Subscription } from 'rxjs';
import { EPOCH_CHANGED, MAX_PULL_BATCH, type Checkpoint, type ReplicatedDoc } from '../protocol.ts';
import { openChangeStream } from './change-stream.ts';
import { replicateCollection, type CollectionReplication } from './collection-replication.ts';
import type { Transport } from './transport.ts';
import type { MetaInstance } from './local-pages.ts';
import { restartBackoff } from './restart-backoff.ts';
import { assumedStates, countUnaccepted } from './unaccepted-count.ts';

export interface SyncStatus {
  /** The live change stream from the platform is connected. */
  connected: boolean;
  /** A pull or push is running, or a collection has not finished its first full pull (which can take a while). */
  syncing: boolean;
  /** Local documents the platform has not accepted yet, per collection (from RxDB's replication state). */
  pending: Partial<Record<CollectionName, number>>;
  lastSyncAt: string | null;
  /** Platform error code or 'network' of the last failed exchange; null after a success. */
  error: string | null;
}

export interface SyncEngine {
  status$: BehaviorSubject<SyncStatus>;
  /** Local documents the platform has not accepted yet, all collections together. */
  pending$: Observable<number>;
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
  /** A live stream silent this long is taken for half-open and reopened (default STREAM_SILENCE_MS). */
  streamSilenceMs?: number;
  pullBatchSize?: number;
  /**
   * Fetch pages ahead while the current one is stored, and write a fresh device's first pull straight
   * into storage (first-pull.ts) — default true; false measures RxDB's own replication.
   */
  prefetchPulls?: boolean;
  pushBatchSize?: number;
}

interface Running {
  state: CollectionReplication;
  subscriptions: Subscription[];
}

/**
 * RxDB's upstream queue chains every push of the collection's local changes (the initial one and
 * each later write); once awaiting it finds no newer link, everything written so far went out.
 */
async function upstreamIdle(state: CollectionReplication): Promise<void> {
  // A replication that could not start (its error is on error$) or was cancelled sends nothing to wait for.
  const failed = state.error$.pipe(filter((error) => (error as { code?: string }).code === 'RC_START'));
  await Promise.race([state.startPromise, firstValueFrom(merge(state.canceled$.pipe(filter(Boolean)), failed), { defaultValue: null })]);
  if (!state.internalReplicationState) return;
  const queue = state.internalReplicationState.streamQueue;
  for (let up = queue.up; ; up = queue.up) {
    await up;
    if (up === queue.up) return;
  }
}

/**
 * RxDB retries a failed pull or push itself (the failures are the error's `errors`), and a
 * replication that could not start says so (RC_START). Any other error broke off RxDB's own work on
 * a batch — storing pulled documents, reading a picture's bytes for a push (gone when the picture
 * was removed here meanwhile) — and RxDB drops that batch for good, while later batches move its
 * checkpoint past it: those documents would wait unseen, not even counted as waiting. The
 * collection then starts over (restartFromScratch), which pushes every local document again.
 */
function droppedWork(error: unknown): boolean {
  const { code, parameters } = error as { code?: string; parameters?: { errors?: unknown } };
  return code !== 'RC_START' && !Array.isArray(parameters?.errors);
}

const errorCode = (error: unknown) => (error instanceof PlatformError ? error.code : 'network');
/** Writes settle in RxDB's meta storage shortly after the replication reports them. */
const RECOUNT_AFTER_MS = 50;

/** One RxDB replication per collection against the platform (docs/architecture.md, Replication). */
export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { transport, identifier, resyncEveryMs = 60_000, retryMs = 2_000, pullBatchSize = MAX_PULL_BATCH, pushBatchSize = 100 } = options;
  const collections = Object.entries(options.collections) as [CollectionName, RxCollection][];
  const status$ = new BehaviorSubject<SyncStatus>({ connected: false, syncing: true, pending: {}, lastSyncAt: null, error: null });
  const update = (patch: Partial<SyncStatus>) => status$.next({ ...status$.value, ...patch });
  const succeeded = () => update({ lastSyncAt: new Date().toISOString(), error: null });
  const resyncSignals = new Map<CollectionName, Subject<RxReplicationPullStreamItem<ReplicatedDoc, Checkpoint>>>();
  const resync = (name?: string) => {
    for (const [collection, signal] of resyncSignals) if (!name || name === collection) signal.next('RESYNC');
  };
  const running = new Map<CollectionName, Running>();
  const restarts = new Map<CollectionName, Promise<void>>();
  const active = new Map<CollectionName, boolean>();
  // Between one collection's pulls and the next one's start every replication can be idle: "all
  // synced" then would send a phone offline to the fair without its merchant profile.
  const firstSyncDone = new WeakSet<CollectionReplication>();
  const reportSyncing = () => update({ syncing: [...active.values()].some(Boolean) || [...running.values()].some(({ state }) => !firstSyncDone.has(state)) });
  const restarted = new Subject<void>();
  const droppedWorkDelays = new Map(collections.map(([name]) => [name, restartBackoff(retryMs)]));
  let stopped = false;
  let onStop = () => {};
  const stopping = new Promise<void>((resolve) => (onStop = resolve));

  function start(name: CollectionName, collection: RxCollection, carried = new Map<string, unknown>()): void {
    const state = replicateCollection({
      name,
      collection,
      transport,
      replicationIdentifier: `${identifier}/${name}`,
      stream$: resyncSignals.get(name)!.asObservable(),
      retryMs,
      pullBatchSize,
      prefetchPulls: options.prefetchPulls ?? true,
      pushBatchSize,
      onSuccess: succeeded,
      // The epoch is the platform's: every collection starts over, so none pushes ahead of what it
      // names. A replication already replaced answers late for a platform already dealt with.
      onEpochChanged: () => running.get(name)?.state === state && restartAllFromScratch(),
      carriedAssumedStates: carried,
      beforePush: () => pushedSoFar(PUSHED_AFTER[name] ?? []),
    });
    // A replication that could not start reports its error on error$.
    state.awaitInitialReplication().then(
      () => {
        firstSyncDone.add(state);
        reportSyncing();
      },
      () => {},
    );
    const pending = merge(of(null), collection.$, state.active$).pipe(
      debounceTime(RECOUNT_AFTER_MS),
      // Before RxDB opened its meta storage there is nothing to count against yet.
      switchMap(() => (state.metaInstance ? from(countUnaccepted(collection, state.metaInstance as unknown as MetaInstance)) : of(null))),
    );
    running.set(name, {
      state,
      subscriptions: [
        state.error$.subscribe((error) => {
          // A restart already under way takes this error too, without another step of the backoff.
          if (droppedWork(error) && running.get(name)?.state === state && !restarts.has(name)) void restartFromScratch(name, collection, droppedWorkDelays.get(name)!());
          const code = errorCode((error as { parameters?: { errors?: unknown[] } }).parameters?.errors?.[0] ?? error);
          // Not a failure the user should see: the collection is starting over.
          if (code !== EPOCH_CHANGED) update({ error: code });
        }),
        state.active$.subscribe((isActive) => {
          active.set(name, isActive);
          reportSyncing();
        }),
        pending.subscribe({
          next: (count) => count !== null && update({ pending: { ...status$.value.pending, [name]: count } }),
          error: () => {},
        }),
      ],
    });
    reportSyncing();
  }

  /**
   * The platform was restored, recreated or lost its last writes, or RxDB dropped a batch of its
   * own work (droppedWork; then after `delayMs`): forget everything RxDB knows about it
   * (checkpoints and assumed master states) and start this collection again. Every local document
   * is then pushed again — whatever the platform lost comes back, what it kept is a no-op
   * — with the assumed state it had before (carried in memory), so a platform that still holds
   * that state takes the device's edit and one that holds another gives a three-way merge. After a
   * reload half-way the carried states are gone; the merge without a base then keeps the
   * platform's values and records the device's as conflicts: nothing is overwritten unseen.
   */
  function restartFromScratch(name: CollectionName, collection: RxCollection, delayMs = 0): Promise<void> {
    const current = restarts.get(name);
    if (current) return current;
    const restart = (async () => {
      if (delayMs > 0) await Promise.race([new Promise((resolve) => setTimeout(resolve, delayMs)), stopping]);
      const old = running.get(name)!;
      old.subscriptions.forEach((subscription) => subscription.unsubscribe());
      running.delete(name);
      const carried = old.state.metaInstance ? await assumedStates(collection, old.state.metaInstance as unknown as MetaInstance) : new Map<string, unknown>();
      await old.state.remove();
      if (!stopped) start(name, collection, carried);
    })().finally(() => restarts.delete(name));
    restarts.set(name, restart);
    restarted.next();
    return restart;
  }

  function restartAllFromScratch(): void {
    for (const [name, collection] of collections) void restartFromScratch(name, collection);
  }

  /**
   * Resolves once these collections sent every local change they had seen, by the replication
   * running when it resolves: a replication removed or cancelled meanwhile drains without pushing,
   * so its successor is waited for, and a stopped engine sends nothing more (the push fails and
   * RxDB, stopped, does not retry it).
   */
  async function pushedSoFar(names: readonly CollectionName[]): Promise<void> {
    for (const name of names) {
      for (;;) {
        await restarts.get(name);
        if (stopped) throw new Error('sync stopped');
        const state = running.get(name)?.state;
        if (!state) break;
        await upstreamIdle(state);
        if (!stopped && !restarts.has(name) && running.get(name)?.state === state) break;
      }
    }
    if (stopped) throw new Error('sync stopped');
  }

  for (const [name, collection] of collections) {
    resyncSignals.set(name, new Subject());
    start(name, collection);
  }

  const stream = openChangeStream(
    transport,
    {
      onOpen: () => {
        update({ connected: true });
        resync();
      },
      onChange: (event) => resync(event.collection),
      onDown: (error) => update({ connected: false, error: errorCode(error) }),
    },
    options.streamSilenceMs,
  );
  const safetyNet = setInterval(() => resync(), resyncEveryMs);

  return {
    status$,
    pending$: status$.pipe(
      map((status) => Object.values(status.pending).reduce((sum, count) => sum + count, 0)),
      distinctUntilChanged(),
    ),
    syncNow() {
      stream.reconnectNow();
      resync();
    },
    async awaitInSync() {
      // A collection restarted from scratch meanwhile has to get in sync again.
      for (;;) {
        await Promise.all(restarts.values());
        const states = [...running.values()].map((entry) => entry.state);
        // A removed replication never gets in sync: wait for its successor instead.
        const inSync = await Promise.race([Promise.all(states.map((state) => state.awaitInSync())).then(() => true), firstValueFrom(restarted).then(() => false)]);
        if (inSync && restarts.size === 0) return;
      }
    },
    async stop() {
      stopped = true;
      onStop();
      clearInterval(safetyNet);
      stream.close();
      await Promise.all(restarts.values());
      for (const entry of running.values()) entry.subscriptions.forEach((subscription) => subscription.unsubscribe());
      await Promise.all([...running.values()].map((entry) => entry.state.cancel()));
    },
  };
}
