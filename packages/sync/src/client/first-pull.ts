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
import { platformRevisionOf, type Checkpoint, type PullResponse, type ReplicatedDoc } from '../protocol.ts';

/**
 * A fresh device's first pull, written straight into storage (docs/architecture.md, "First
 * sync"). RxDB's downstream writes every pulled document twice: into the collection and, as its
 * assumed master state, into the replication's meta storage. Into an empty collection this writes
 * each live document once, marked the way RxDB's downstream marks what it wrote (`_meta.o`, so a
 * later change from the platform still lands) and with the platform revision it came from
 * (`_meta.platformRevision`, so a later edit is pushed with a base). The replication then starts
 * with both checkpoints past what was written.
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

type Meta = { lwt: number; o?: { _rev: number; hash: string }; platformRevision?: string };
type Doc = RxDocumentData<Record<string, unknown>> & { _meta: Meta };
type Page = { documents: ReplicatedDoc[]; checkpoint: Checkpoint };

/**
 * Fetching and writing overlap: up to PAGES_AHEAD pages are fetched ahead of the writes, and a
 * write waits for WRITE_AT_ONCE of them and takes every page that arrived, in one storage
 * transaction. On IndexedDB a transaction of 1,000 documents costs about a quarter more a
 * document than one of all of them (docs/scaling.md, "First sync").
 */
const PAGES_AHEAD = 8;
const WRITE_AT_ONCE = 4;

/** The platform revision a document holds when a first pull wrote it (kept through local edits). */
export const platformRevisionIn = (doc: { _meta?: { platformRevision?: unknown } } | undefined): string | undefined =>
  typeof doc?._meta?.platformRevision === 'string' ? doc._meta.platformRevision : undefined;

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
  const primary = collection.schema.primaryPath as string;
  const hash = await collection.database.hashFunction(`rxdbreplication${options.replicationIdentifier}`);
  const ours = (doc: Doc) => doc._meta.o?.hash === hash && doc._meta.o._rev === getHeightOfRevision(doc._rev);

  // Local writes meanwhile (a product made during the first sync) are watched from before the
  // collection is found empty, and written again after the pull so the upstream sends them.
  const localWrites = new Set<string>();
  const watching = wrapped
    .changeStream()
    .pipe(filter((bulk) => bulk.context !== CONTEXT))
    .subscribe((bulk) => bulk.events.forEach((event) => localWrites.add(event.documentId)));

  let pulled: Checkpoint | null = null;
  let written: RxStorageDefaultCheckpoint | null = null;
  try {
    if ((await getChangedDocumentsSince(wrapped, 1)).documents.length > 0) return null;
    const pages = fetchedAhead<Page>(async (previous) => {
      if (options.cancelled() || (previous && previous.documents.length < options.batchSize)) return null;
      const page = await options.fetchPage(previous?.checkpoint ?? null, options.batchSize);
      return page.checkpoint ? { documents: await options.incoming(page.documents), checkpoint: page.checkpoint } : null;
    });
    for (let taken = await pages.take(WRITE_AT_ONCE); taken.length > 0 && !options.cancelled(); taken = await pages.take(WRITE_AT_ONCE)) {
      const lwt = now();
      const ids = await write(taken, lwt);
      if (ids.length > 0) written = { id: ids.reduce((max, id) => (id > max ? id : max)), lwt };
      pulled = taken.at(-1)!.checkpoint;
    }
  } catch {
    // The replication continues from what was written.
  } finally {
    watching.unsubscribe();
  }
  if (!pulled || !written) return null;
  try {
    await writeAgain([...localWrites]);
  } catch {
    return null; // the replication then compares everything itself
  }
  return { pull: pulled, push: written };

  /** Writes pages at once; returns the ids written. Tombstones only replace what an earlier write wrote. */
  async function write(pages: Page[], lwt: number): Promise<string[]> {
    // A document handed out twice (changed on the platform during the pull): its last state counts.
    const latest = new Map<string, { doc: ReplicatedDoc; platformRevision: string }>();
    for (const page of pages) for (const doc of page.documents) latest.set(doc.id, { doc, platformRevision: platformRevisionOf(page.checkpoint) });
    const tombstones = [...latest.values()].filter(({ doc }) => doc._deleted).map(({ doc }) => doc.id);
    const existing = new Map<string, Doc>();
    if (tombstones.length > 0) for (const doc of (await storage.findDocumentsById(tombstones, true)) as Doc[]) existing.set(String(doc[primary]), doc);
    const rowOf = ({ doc, platformRevision }: { doc: ReplicatedDoc; platformRevision: string }, previous: Doc | undefined): BulkWriteRow<Record<string, unknown>> => ({
      previous,
      document: {
        _attachments: {},
        ...doc,
        _rev: createRevision(hash, previous),
        _meta: { lwt, o: { _rev: previous ? getHeightOfRevision(previous._rev) + 1 : 1, hash }, platformRevision },
      } as Doc,
    });
    let rows = [...latest.values()].flatMap((entry) => (entry.doc._deleted && !existing.has(entry.doc.id) ? [] : [rowOf(entry, existing.get(entry.doc.id))]));
    const ids: string[] = [];
    // An earlier write's copy is replaced; a document edited here meanwhile is left to the
    // replication (a local write).
    for (let round = 0; rows.length > 0 && round < 2; round++) {
      const result = await collection.database.lockedRun(() => storage.bulkWrite(rows, CONTEXT));
      if (result.error.some((error) => error.status !== 409)) throw new Error('first pull: storage refused a document');
      const refused = new Set(result.error.map((error) => error.documentId));
      for (const row of rows) if (!refused.has(String(row.document[primary]))) ids.push(String(row.document[primary]));
      rows = result.error.flatMap((error) => {
        const inDb = error.status === 409 ? (error.documentInDb as Doc) : undefined;
        const entry = latest.get(error.documentId);
        return inDb && entry && ours(inDb) ? [rowOf(entry, inDb)] : [];
      });
    }
    return ids;
  }

  /** Local writes get a write time after the pull's, so the upstream (starting past the pull) sends them. */
  async function writeAgain(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const docs = (await wrapped.findDocumentsById(ids, true)) as Doc[];
    const result = await wrapped.bulkWrite(
      docs.map((doc) => ({ previous: doc, document: doc })),
      CONTEXT,
    );
    // A conflict here is a newer local write: it is past the pull already.
    if (result.error.some((error) => error.status !== 409)) throw new Error('first pull: a local write could not be written again');
  }
}

/**
 * Runs `fetchAfter` back to back (each call gets the previous result; null ends), at most
 * PAGES_AHEAD results ahead of the reader. `take(n)` hands out every result arrived so far once
 * there are `n` (or no more will come); [] once done. A failure is thrown by the `take` after the
 * results before it.
 */
function fetchedAhead<T>(fetchAfter: (previous: T | null) => Promise<T | null>): { take(atLeast: number): Promise<T[]> } {
  const arrived: T[] = [];
  let done = false;
  let failure: { error: unknown } | undefined;
  let wakeReader = () => {};
  let wakeFetcher = () => {};
  void (async () => {
    try {
      for (let previous: T | null = null; ;) {
        while (arrived.length >= PAGES_AHEAD) await new Promise<void>((resolve) => (wakeFetcher = resolve));
        const result: T | null = await fetchAfter(previous);
        if (result === null) break;
        arrived.push(result);
        wakeReader();
        previous = result;
      }
    } catch (error) {
      failure = { error };
    }
    done = true;
    wakeReader();
  })();
  return {
    async take(atLeast) {
      while (arrived.length < atLeast && !done) await new Promise<void>((resolve) => (wakeReader = resolve));
      if (arrived.length === 0 && failure) throw failure.error;
      const taken = arrived.splice(0);
      wakeFetcher();
      return taken;
    },
  };
}
