import { imageAttachmentStubs, type ProductImage } from '@tradewind/domain';
import type { RxCollection, RxReplicationWriteToMasterRow } from 'rxdb';
import type { ReplicatedDoc } from '../protocol.ts';
import { toPlatformError, type Transport } from './transport.ts';
import { overridden } from './overridden.ts';

type Attachments = Record<string, { digest: string; length: number; type: string; data?: Blob }>;
type WithAttachments = ReplicatedDoc & { _attachments?: Attachments };

/**
 * Image bytes beside the replication (docs/architecture.md, "Catalogue and compliance"). On the
 * device they are RxDB attachments; on the wire documents never carry `_attachments`:
 * - push: bytes RxDB hands over for new attachments are uploaded to `/api/images/:digest` first,
 *   then the documents go without them (the platform refuses images it holds no bytes for);
 * - pull: the attachments a document must have follow from its `images` field; bytes this device
 *   lacks are fetched, so RxDB stores them and the catalogue shows them with no network later.
 *   Push conflicts are master states too and come back the same way (RxDB expects them whole).
 */
export interface ImageAttachmentCodec {
  outgoing(rows: RxReplicationWriteToMasterRow<ReplicatedDoc>[]): Promise<RxReplicationWriteToMasterRow<ReplicatedDoc>[]>;
  incoming(documents: ReplicatedDoc[]): Promise<ReplicatedDoc[]>;
}

/** What reads of bytes this device does not hold give (replicatedView), compared by identity. */
const GONE = new Blob([]);
const MISSING = new Blob([]);

/**
 * `collection` as RxDB's replication of it should see it. To push a state RxDB first reads the
 * bytes of each attachment the state has and its base lacks, and a failed read drops the whole
 * push batch for good (replication.ts, droppedWork). A state pushed late asks for bytes the
 * storage has dropped since: a tombstone (bytes go with the document) or a state from before a
 * picture was removed here. Such bytes read as GONE, and `outgoing` leaves their pictures out.
 * Bytes the current document still names but the storage lacks (a database written before
 * `incoming` stopped taking a tombstone's names for bytes) read as MISSING: nothing is uploaded
 * and the picture stays, so the platform's copy is kept.
 *
 * And a state written back over a tombstone (a delete the platform refused) gets its bytes
 * stored: the tombstone still names its attachments, so RxDB's storage would take the bytes for
 * already there and keep none of them. Its writes go as over a document that names none.
 */
export function replicatedView(collection: RxCollection): RxCollection {
  const storage = collection.storageInstance;
  async function getAttachmentData(documentId: string, attachmentId: string, digest: string): Promise<Blob> {
    try {
      return await storage.getAttachmentData(documentId, attachmentId, digest);
    } catch {
      const [current] = await storage.findDocumentsById([documentId], true);
      const named = current && !current._deleted && (current as unknown as WithAttachments)._attachments?.[attachmentId]?.digest === digest;
      return named ? MISSING : GONE;
    }
  }
  const bulkWrite: typeof storage.bulkWrite = (rows, context) =>
    storage.bulkWrite(
      rows.map((row) => (row.previous?._deleted && !row.document._deleted ? { ...row, previous: { ...row.previous, _attachments: {} } } : row)),
      context,
    );
  const readingGone = overridden(
    storage,
    new Map<string, unknown>([
      ['getAttachmentData', getAttachmentData],
      ['bulkWrite', bulkWrite],
    ]),
  );
  return overridden(collection, new Map([['storageInstance', readingGone]]));
}

/** The pushed state without the pictures whose bytes are gone here (the state after it no longer lists them). */
function withoutGonePictures(doc: WithAttachments): WithAttachments {
  const gone = new Set(
    Object.entries(doc._attachments ?? {})
      .filter(([, attachment]) => attachment.data === GONE)
      .map(([id]) => id),
  );
  // A tombstone keeps its last live state as it was (the platform refuses it changed).
  if (gone.size === 0 || doc._deleted || !Array.isArray(doc.images)) return doc;
  const images = (doc.images as ProductImage[]).filter((image) => !Object.keys(imageAttachmentStubs([image])).some((id) => gone.has(id)));
  return { ...doc, images };
}

const withoutAttachments = <T extends ReplicatedDoc | undefined>(doc: T): T => {
  if (!doc) return doc;
  const { _attachments, ...rest } = doc as WithAttachments;
  return rest as T;
};

export function createImageAttachmentCodec(transport: Transport, collection: RxCollection): ImageAttachmentCodec {
  const uploaded = new Set<string>();

  async function upload(digest: string, type: string, data: Blob): Promise<void> {
    if (uploaded.has(digest)) return;
    const response = await transport.fetch(`/api/images/${digest}`, { method: 'POST', headers: { 'content-type': type }, body: data });
    if (!response.ok) throw await toPlatformError(response);
    uploaded.add(digest);
  }

  async function download(digest: string): Promise<Blob | null> {
    const response = await transport.fetch(`/api/images/${digest}`);
    if (response.status === 404) return null;
    if (!response.ok) throw await toPlatformError(response);
    return response.blob();
  }

  return {
    async outgoing(rows) {
      for (const row of rows) {
        // A tombstone's pictures go nowhere: the platform keeps no bytes for deleted products.
        if (row.newDocumentState._deleted) continue;
        for (const attachment of Object.values((row.newDocumentState as WithAttachments)._attachments ?? {})) {
          if (attachment.data && attachment.data !== GONE && attachment.data !== MISSING) await upload(attachment.digest, attachment.type, attachment.data);
        }
      }
      return rows.map((row) => ({
        ...row,
        newDocumentState: withoutAttachments(withoutGonePictures(row.newDocumentState)),
        ...(row.assumedMasterState ? { assumedMasterState: withoutAttachments(row.assumedMasterState) } : {}),
      }));
    },

    async incoming(documents) {
      const local = new Map<string, Attachments>();
      // Only documents with images can reuse local bytes; a large first pull of plain ones skips the read.
      const withImages = documents.filter((doc) => !doc._deleted && Array.isArray(doc.images) && doc.images.length > 0);
      const stored =
        withImages.length > 0
          ? await collection.storageInstance.findDocumentsById(
              withImages.map((doc) => doc.id),
              true,
            )
          : [];
      // A tombstone still names the bytes the storage dropped with it: they are not held.
      for (const doc of stored) if (!doc._deleted) local.set(doc.id as string, (doc as unknown as WithAttachments)._attachments ?? {});
      return Promise.all(
        documents.map(async (doc) => {
          if (doc._deleted) return { ...doc, _attachments: {} };
          const have = local.get(doc.id) ?? {};
          const attachments: Attachments = {};
          for (const [id, stub] of Object.entries(imageAttachmentStubs(doc.images as ProductImage[] | undefined))) {
            if (have[id]?.digest === stub.digest) attachments[id] = stub;
            else {
              // Bytes the platform lost would otherwise stop the pull for good: show no picture instead.
              const data = await download(stub.digest);
              if (data) attachments[id] = { ...stub, data };
            }
          }
          return { ...doc, _attachments: attachments };
        }),
      );
    },
  };
}
