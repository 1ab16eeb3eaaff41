import { imageAttachmentStubs, type ProductImage } from '@tradewind/domain';
import type { RxCollection, RxReplicationWriteToMasterRow } from 'rxdb';
import type { ReplicatedDoc } from '../protocol.ts';
import { toPlatformError, type Transport } from './transport.ts';

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
        for (const attachment of Object.values((row.newDocumentState as WithAttachments)._attachments ?? {})) {
          if (attachment.data) await upload(attachment.digest, attachment.type, attachment.data);
        }
      }
      return rows.map((row) => ({
        ...row,
        newDocumentState: withoutAttachments(row.newDocumentState),
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
      for (const doc of stored) local.set(doc.id as string, (doc as unknown as WithAttachments)._attachments ?? {});
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
