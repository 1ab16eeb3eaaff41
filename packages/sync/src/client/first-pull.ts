import {
  createRevision,
  getChangedDocumentsSince,
  getHeightOfRevision,
  now,
  type BulkWriteRow,
  type RxCollection,
  type RxDocumentData,
  type RxStorageDefaultCheckpoint,
  type RxStorageInstance,
  type WrappedRxStorageInstance,
} from 'rxdb';
import { filter } from 'rxjs';
import type { Checkpoint, PullResponse, ReplicatedDoc } from '../protocol.ts';
import { directDexieInsert } from './first-pull-dexie.ts';
import { fetchedAhead } from './pages-ahead.ts';

/**
 * A fresh device's first pull, written straight into storage (docs/architecture.md, "First
 * sync"). RxDB's downstream writes every pulled document twice: into the collection and, as its
 * assumed master state, into the replication's meta storage. Into an empty collection this writes
 * each document once, marked the way RxDB's downstream marks what it wrote (`_meta.o`, so a later
 * change from the platform still lands) and with the platform revision it came from
 * (`_meta.platformRevision`); the assumed master state is written only when the document is first
 * edited here (first-edit-base.ts). The replication then starts with both checkpoints past what was
 * written.
 */
export interface FirstPull {
  /** Where the replication's downstream continues. */
  pull: Checkpoint;
  /** Where its upstream starts: past the documents written here (a local write meanwhile is written again after them). */
  push: RxStorageDefaultCheckpoint;
}

export interface FirstPullOptions {
  collection: RxCollection;
  /** The replication's identifier, as RxDB's downstream uses it to mark its writes. */
  replicationIdentifier: string;
  fetchPage(checkpoint: Checkpoint | null, batchSize: number): Promise<PullResponse>;
  batchSize: number;
  /** Prepares pulled documents as the replication's pull handler does (image attachments). */
  incoming(documents: ReplicatedDoc[]): Promise<ReplicatedDoc[]>;
  /** Stop between pages (the replication was cancelled). */
  cancelled(): boolean;
}

const CONTEXT = 'tradewind-first-pull';

export type PulledMeta = { lwt: number; o?: { _rev: number; hash: string }; platformRevision?: string } & Record<string, unknown>;
export type PulledDoc = RxDocumentData<Record<string, unknown>> & { _meta: PulledMeta };
type Page = { documents: ReplicatedDoc[]; checkpoint: Checkpoint };

/**
 * Fetching and writing overlap: up to PAGES_AHEAD pages are fetched ahead of the writes, and a
 * write waits for WRITE_AT_ONCE of them and takes every page that arrived, in one storage
 * transaction. On IndexedDB a transaction of 1,000 documents costs about a quarter more a
 * document than one of all of them (docs/scaling.md, "First sync").
 */
const PAGES_AHEAD = 8;
const WRITE_AT_ONCE = 4;

/** The identifier RxDB's replication protocol runs under (`rxdb/plugins/replication`). */
const replicationInput = (replicationIdentifier: string) => `rxdbreplication${replicationIdentifier}`;

/** The hash RxDB's downstream puts in `_meta.o` of what it wrote for this replication. */
export const downstreamHash = (collection: RxCollection, replicationIdentifier: string) => collection.database.hashFunction(replicationInput(replicationIdentifier));

/** The document is as RxDB's downstream (or a first pull) wrote it: nothing changed it here since. */
export const writtenByDownstream = (doc: PulledDoc, hash: string) => doc._meta.o?.hash === hash && doc._meta.o._rev === getHeightOfRevision(doc._rev);

/**
 * Pulls every page into an empty collection. Returns null when the collection holds documents
 * (the replication does the work) or nothing was written; stops with what it wrote so far when a
 * page fails or the replication is cancelled, and the replication continues from there.
 */
export async function firstPull(options: FirstPullOptions): Promise<FirstPull | null> {
  const { collection } = options;
  const wrapped = collection.storageInstance as WrappedRxStorageInstance<Record<string, unknown>, unknown, unknown>;
  // RxDB's collection layer stamps its own `_meta` on every insert; below it, the marks stay.
  const storage = wrapped.originalStorageInstance as RxStorageInstance<Record<string, unknown>, unknown, unknown>;
  const directInsert = directDexieInsert(storage, collection.schema.jsonSchema as never);
  const primary = collection.schema.primaryPath as string;
  const identifier = replicationInput(options.replicationIdentifier);
  const hash = await collection.database.hashFunction(identifier);

  // Local writes meanwhile (a product made during the first sync) are watched from before the
  // collection is found empty, and written again after the pull so the upstream sends them.
  const localWrites = new Set<string>();
  const watching = wrapped
    .changeStream()
    .pipe(filter((bulk) => bulk.context !== CONTEXT))
    .subscribe((bulk) => bulk.events.forEach((event) => localWrites.add(event.documentId)));

  const written = new Set<string>();
  let writtenUpTo = now();
  let pulled: Checkpoint | null = null;
  let newest: RxStorageDefaultCheckpoint | null = null;
  try {
    if ((await getChangedDocumentsSince(wrapped, 1)).documents.length > 0) return null;
    const pages = fetchedAhead<Page>(async (previous) => {
      if (options.cancelled() || (previous && previous.documents.length < options.batchSize)) return null;
      const page = await options.fetchPage(previous?.checkpoint ?? null, options.batchSize);
      return page.checkpoint ? { documents: await options.incoming(page.documents), checkpoint: page.checkpoint } : null;
    }, PAGES_AHEAD);
    for (let taken = await pages.take(WRITE_AT_ONCE); taken.length > 0 && !options.cancelled(); taken = await pages.take(WRITE_AT_ONCE)) {
      const lwt = now();
      const ids = await write(taken, lwt);
      if (ids.length > 0) newest = { id: ids.reduce((max, id) => (id > max ? id : max)), lwt };
      writtenUpTo = lwt;
      pulled = taken.at(-1)!.checkpoint;
    }
  } catch {
    // The replication continues from what was written.
  } finally {
    watching.unsubscribe();
  }
  if (!pulled || !newest) return null;
  try {
    await writeAgain([...localWrites]);
  } catch {
    return null; // the replication then compares everything itself
  }
  return { pull: pulled, push: newest };

  /** Writes pages at once; returns the ids written. A tombstone only replaces what an earlier write of this pull wrote. */
  async function write(pages: Page[], lwt: number): Promise<string[]> {
    // A document handed out twice (changed on the platform during the pull): its last state counts.
    const latest = new Map<string, ReplicatedDoc>();
    for (const page of pages) for (const doc of page.documents) latest.set(doc.id, doc);
    const rowOf = (doc: ReplicatedDoc, previous: PulledDoc | undefined): BulkWriteRow<Record<string, unknown>> => {
      const height = previous ? getHeightOfRevision(previous._rev) + 1 : 1;
      // As RxDB's downstream marks a state with a master revision: its upstream then takes the
      // document for unchanged since it was pulled, even when it compares a copy it read before
      // a newer pulled state with that newer state (after a start-over; PGlite soak seed 95).
      const pulledHeight = typeof doc._rev === 'string' ? { [identifier]: height, platformRevision: doc._rev } : {};
      return {
        previous,
        document: { _attachments: {}, ...doc, _rev: createRevision(hash, previous), _meta: { lwt, o: { _rev: height, hash }, ...pulledHeight } } as PulledDoc,
      };
    };
    const ids: string[] = [];
    const isNew = (doc: ReplicatedDoc) => !doc._deleted && !written.has(doc.id);
    const direct = [...latest.values()].filter((doc) => isNew(doc) && Object.keys((doc._attachments as object | undefined) ?? {}).length === 0);
    if (
      directInsert &&
      direct.length > 0 &&
      (await directInsert(
        direct.map((doc) => rowOf(doc, undefined).document),
        writtenUpTo,
        CONTEXT,
      ))
    ) {
      for (const doc of direct) {
        ids.push(doc.id);
        latest.delete(doc.id);
      }
    }
    const replacing = [...latest.values()].filter((doc) => written.has(doc.id)).map((doc) => doc.id);
    const existing = new Map<string, PulledDoc>();
    for (const doc of replacing.length > 0 ? ((await storage.findDocumentsById(replacing, true)) as PulledDoc[]) : []) existing.set(String(doc[primary]), doc);
    // An earlier write's copy is replaced; a document edited here meanwhile is left to the
    // replication (a local write).
    const replaceable = (doc: ReplicatedDoc) => {
      const previous = existing.get(doc.id);
      return previous ? writtenByDownstream(previous, hash) : !doc._deleted && !written.has(doc.id);
    };
    let rows = [...latest.values()].filter(replaceable).map((doc) => rowOf(doc, existing.get(doc.id)));
    // A document written here meanwhile under the same id (409) is replaced only if it is still as a pull wrote it.
    for (let round = 0; rows.length > 0 && round < 2; round++) {
      const result = await collection.database.lockedRun(() => storage.bulkWrite(rows, CONTEXT));
      if (result.error.some((error) => error.status !== 409)) throw new Error('first pull: storage refused a document');
      const refused = new Set(result.error.map((error) => error.documentId));
      for (const row of rows) if (!refused.has(String(row.document[primary]))) ids.push(String(row.document[primary]));
      rows = result.error.flatMap((error) => {
        const inDb = error.status === 409 ? (error.documentInDb as PulledDoc) : undefined;
        const doc = latest.get(error.documentId);
        return inDb && doc && writtenByDownstream(inDb, hash) ? [rowOf(doc, inDb)] : [];
      });
    }
    for (const id of ids) written.add(id);
    return ids;
  }

  /** Local writes get a write time after the pull's, so the upstream (starting past the pull) sends them. */
  async function writeAgain(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const docs = (await wrapped.findDocumentsById(ids, true)) as PulledDoc[];
    const result = await wrapped.bulkWrite(
      docs.map((doc) => ({ previous: doc, document: doc })),
      CONTEXT,
    );
    // A conflict here is a newer local write: it is past the pull already.
    if (result.error.some((error) => error.status !== 409)) throw new Error('first pull: a local write could not be written again');
  }
}
