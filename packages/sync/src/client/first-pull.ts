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
    for (;;) {
      if (options.cancelled()) break;
      const page = await options.fetchPage(pulled, options.batchSize);
      if (!page.checkpoint) break;
      const lwt = now();
      const ids = await write(await options.incoming(page.documents), platformRevisionOf(page.checkpoint), lwt);
      if (ids.length > 0) written = { id: ids.reduce((max, id) => (id > max ? id : max)), lwt };
      pulled = page.checkpoint;
      if (page.documents.length < options.batchSize) break;
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

  /** Writes a page; returns the ids written. Tombstones only replace what an earlier page wrote. */
  async function write(documents: ReplicatedDoc[], platformRevision: string, lwt: number): Promise<string[]> {
    const tombstones = documents.filter((doc) => doc._deleted).map((doc) => doc.id);
    const existing = new Map<string, Doc>();
    if (tombstones.length > 0) for (const doc of (await storage.findDocumentsById(tombstones, true)) as Doc[]) existing.set(String(doc[primary]), doc);
    const rowOf = (doc: ReplicatedDoc, previous: Doc | undefined): BulkWriteRow<Record<string, unknown>> => ({
      previous,
      document: {
        _attachments: {},
        ...doc,
        _rev: createRevision(hash, previous),
        _meta: { lwt, o: { _rev: previous ? getHeightOfRevision(previous._rev) + 1 : 1, hash }, platformRevision },
      } as Doc,
    });
    const byId = new Map(documents.map((doc) => [doc.id, doc]));
    let rows = documents.flatMap((doc) => (doc._deleted && !existing.has(doc.id) ? [] : [rowOf(doc, existing.get(doc.id))]));
    const ids: string[] = [];
    // A document handed out twice (changed on the platform during the pull) replaces this pull's
    // own copy; one edited here meanwhile is left to the replication (a local write).
    for (let round = 0; rows.length > 0 && round < 2; round++) {
      const result = await collection.database.lockedRun(() => storage.bulkWrite(rows, CONTEXT));
      if (result.error.some((error) => error.status !== 409)) throw new Error('first pull: storage refused a document');
      const refused = new Set(result.error.map((error) => error.documentId));
      for (const row of rows) if (!refused.has(String(row.document[primary]))) ids.push(String(row.document[primary]));
      rows = result.error.flatMap((error) => {
        const inDb = error.status === 409 ? (error.documentInDb as Doc) : undefined;
        const doc = byId.get(error.documentId);
        return inDb && doc && ours(inDb) ? [rowOf(doc, inDb)] : [];
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
