import { createHash } from 'node:crypto';
import { PlatformError, type ErrorCode, type ImageUploadResponse } from '@tradewind/contract';
import { hasMerchantData, IMAGE_TYPES, MAX_ORIGINAL_BYTES, sniffImageType, type ProductImage } from '@tradewind/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Authenticate } from '../auth/routes.ts';
import { perMinute } from '../rate-limit.ts';
import type { ImageBlobStore } from './blob-store.ts';

/** The digest names the bytes: their hex SHA-256. */
export const digestParams = { type: 'object', required: ['digest'], properties: { digest: { type: 'string', pattern: '^[0-9a-f]{64}$' } } } as const;
export const badDigest = () => new PlatformError(400, 'bad_digest', 'The digest is the hex SHA-256 of the bytes');
const noSuchImage = () => new PlatformError(404, 'not_found', 'No such image');
/** What one merchant's pictures may take on the platform (thumbnails and originals). */
export const IMAGE_QUOTA_BYTES = 2 * 1024 ** 3;
/** Room for a catalogue import with pictures from one device, not for a flood. */
const UPLOADS_PER_MINUTE_PER_DEVICE = 600;

/** What an upload route takes, and the error codes it answers with when the bytes are not that. */
export interface UploadKind {
  types: readonly string[];
  sniff: (bytes: Uint8Array) => string | null;
  /** 415 codes: a content type it does not take; bytes that are not the declared type. */
  unsupported: ErrorCode;
  mismatch: ErrorCode;
}

const IMAGE_UPLOAD: UploadKind = { types: IMAGE_TYPES, sniff: sniffImageType, unsupported: 'unsupported_image', mismatch: 'not_an_image' };

/** The uploaded file's content type once its type, bytes and digest agree; else the error saying which does not. */
export function checkedUpload(request: FastifyRequest, digest: string, kind: UploadKind): { contentType: string; bytes: Buffer } {
  const contentType = String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  if (!kind.types.includes(contentType) || !Buffer.isBuffer(request.body)) throw new PlatformError(415, kind.unsupported, `Send ${kind.types.join(', ')}`);
  if (kind.sniff(request.body) !== contentType) throw new PlatformError(415, kind.mismatch, `The bytes are not ${contentType}`);
  if (createHash('sha256').update(request.body).digest('hex') !== digest) throw new PlatformError(400, 'digest_mismatch', 'The bytes do not match the digest');
  return { contentType, bytes: request.body };
}

/** Images referenced by the product documents of a push body (devices upload the bytes first). */
function referencedDigests(body: unknown): string[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((row: { newDocumentState?: { images?: ProductImage[]; _deleted?: boolean } }) => {
    const doc = row?.newDocumentState;
    if (!doc || doc._deleted || !Array.isArray(doc.images)) return [];
    return doc.images.flatMap((image) => [image?.thumb?.digest, image?.original?.digest]).filter((digest): digest is string => typeof digest === 'string');
  });
}

/**
 * Product image bytes (docs/architecture.md, Catalogue and compliance: documents replicate, bytes travel beside them).
 * `POST /api/images/:digest` stores bytes whose SHA-256 is the digest; `GET` returns them. A push of
 * products whose images the platform does not hold is answered 409, before anything is written, so
 * no device ever pulls a document whose images cannot be fetched.
 */
export function registerImageRoutes(app: FastifyInstance, authenticate: Authenticate, blobs: ImageBlobStore): void {
  const tenantOf = (request: FastifyRequest) => request.caller!.tenantId!;

  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/api/sync/:collection/push' || (request.params as { collection?: string }).collection !== 'products') return;
    const tenantId = request.caller?.tenantId;
    if (!tenantId) return;
    const missing = await blobs.missing(tenantId, referencedDigests(request.body));
    if (missing.length > 0) throw new PlatformError(409, 'missing_image_data', `Upload image bytes first: ${missing.slice(0, 3).join(', ')}`);
  });

  const uploadLimit = perMinute(UPLOADS_PER_MINUTE_PER_DEVICE, (request) => request.caller!.deviceId, 'rate_limited', 'Too many image uploads from this device');

  app.register(async (images) => {
    images.addHook('onRequest', async (request) => {
      const caller = await authenticate(request);
      if (!caller.tenantId || !hasMerchantData(caller.role)) throw new PlatformError(403, 'no_tenant', 'This account has no merchant data');
    });
    images.addContentTypeParser([...IMAGE_TYPES], { parseAs: 'buffer', bodyLimit: MAX_ORIGINAL_BYTES }, (_request, body, done) => done(null, body));

    images.post<{ Params: { digest: string } }>('/api/images/:digest', { schema: { params: digestParams }, schemaErrorFormatter: badDigest, config: uploadLimit }, async (request, reply) => {
      const tenantId = tenantOf(request);
      const { digest } = request.params;
      const { contentType, bytes } = checkedUpload(request, digest, IMAGE_UPLOAD);
      if ((await blobs.missing(tenantId, [digest])).length === 0) return reply.status(201).send({ digest, length: bytes.length } satisfies ImageUploadResponse);
      const used = await blobs.usage(tenantId);
      if (used + bytes.length > IMAGE_QUOTA_BYTES) {
        throw new PlatformError(
          413,
          'image_quota',
          `This merchant's pictures take ${Math.round(used / 1024 ** 2)} MB of ${IMAGE_QUOTA_BYTES / 1024 ** 3} GB; remove unused pictures or ask the park for more room`,
        );
      }
      await blobs.put(tenantId, digest, contentType, bytes);
      return reply.status(201).send({ digest, length: bytes.length } satisfies ImageUploadResponse);
    });

    images.get<{ Params: { digest: string } }>('/api/images/:digest', { schema: { params: digestParams }, schemaErrorFormatter: noSuchImage }, async (request, reply) => {
      const blob = await blobs.get(tenantOf(request), request.params.digest);
      if (!blob) throw noSuchImage();
      return reply.header('content-type', blob.contentType).header('cache-control', 'private, max-age=31536000, immutable').send(blob.data);
    });
  });
}
