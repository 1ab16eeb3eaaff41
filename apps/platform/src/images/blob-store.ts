import type { Database } from '../db/database.ts';

export interface ImageBlob {
  contentType: string;
  data: Buffer;
}

/** Image bytes per tenant, addressed by their SHA-256: immutable, so writes are idempotent. */
export interface ImageBlobStore {
  put(tenantId: string, digest: string, contentType: string, data: Buffer): Promise<void>;
  get(tenantId: string, digest: string): Promise<ImageBlob | null>;
  /** The digests of these that the tenant has not uploaded. */
  missing(tenantId: string, digests: readonly string[]): Promise<string[]>;
  /** Bytes the tenant's images take. */
  usage(tenantId: string): Promise<number>;
}

export function createImageBlobStore(db: Database): ImageBlobStore {
  return {
    async put(tenantId, digest, contentType, data) {
      await db.query(
        `INSERT INTO image_blobs (tenant_id, digest, content_type, length, data) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, digest) DO NOTHING`,
        [tenantId, digest, contentType, data.length, data],
      );
    },
    async get(tenantId, digest) {
      const [row] = await db.query<{ content_type: string; data: Buffer | Uint8Array }>('SELECT content_type, data FROM image_blobs WHERE tenant_id = $1 AND digest = $2', [tenantId, digest]);
      return row ? { contentType: row.content_type, data: Buffer.from(row.data) } : null;
    },
    async missing(tenantId, digests) {
      if (digests.length === 0) return [];
      const rows = await db.query<{ digest: string }>('SELECT digest FROM image_blobs WHERE tenant_id = $1 AND digest IN (SELECT jsonb_array_elements_text($2::jsonb))', [
        tenantId,
        JSON.stringify(digests),
      ]);
      const stored = new Set(rows.map((row) => row.digest));
      return [...new Set(digests)].filter((digest) => !stored.has(digest));
    },
    async usage(tenantId) {
      const [row] = await db.query<{ bytes: string }>('SELECT COALESCE(sum(length), 0)::text AS bytes FROM image_blobs WHERE tenant_id = $1', [tenantId]);
      return Number(row?.bytes ?? 0);
    },
  };
}
