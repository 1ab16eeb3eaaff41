/**
 * Product images live on the device as RxDB attachments of the product document: a thumbnail for
 * lists and an original for detail views and channels. The document's `images` field is the truth
 * (order, sizes, digests); the attachments carry the bytes.
 */
export const MAX_PRODUCT_IMAGES = 9;
export const MAX_THUMBNAIL_BYTES = 100 * 1024;
export const MAX_ORIGINAL_BYTES = 2 * 1024 * 1024;
export const THUMBNAIL_EDGE_PX = 320;
export const ORIGINAL_EDGE_PX = 2000;
export const IMAGE_TYPES = ['image/jpeg', 'image/webp', 'image/png'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** What the bytes are, by their signature: a declared type is never trusted on its own. */
export function sniffFileType(bytes: Uint8Array): ImageType | 'application/pdf' | null {
  return startsWith(bytes, ascii('%PDF-')) ? 'application/pdf' : sniffImageType(bytes);
}

/** Which image the bytes are, by their signature. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** RxDB's attachment digest: hex SHA-256 of the bytes. */
export const DIGEST_PATTERN = '^[0-9a-f]{64}$';

export interface StoredBlob {
  digest: string;
  length: number;
}

export interface ProductImage {
  id: string;
  type: ImageType;
  width: number;
  height: number;
  thumb: StoredBlob;
  original: StoredBlob;
}

export type ImageVariant = 'thumb' | 'original';

export function attachmentId(imageId: string, variant: ImageVariant): string {
  return `${imageId}.${variant}`;
}

export interface AttachmentStub {
  digest: string;
  length: number;
  type: string;
}

/** The attachments a document with these images must have, as RxDB describes them. */
export function imageAttachmentStubs(images: readonly ProductImage[] | undefined): Record<string, AttachmentStub> {
  const stubs: Record<string, AttachmentStub> = {};
  for (const image of images ?? []) {
    stubs[attachmentId(image.id, 'thumb')] = { ...image.thumb, type: image.type };
    stubs[attachmentId(image.id, 'original')] = { ...image.original, type: image.type };
  }
  return stubs;
}

/** Why these images cannot be stored, or null. */
export function imagesProblem(images: readonly ProductImage[]): string | null {
  if (images.length > MAX_PRODUCT_IMAGES) return `more than ${MAX_PRODUCT_IMAGES} images`;
  if (new Set(images.map((image) => image.id)).size !== images.length) return 'duplicate image id';
  for (const image of images) {
    if (image.thumb.length > MAX_THUMBNAIL_BYTES) return `image ${image.id}: thumbnail over ${MAX_THUMBNAIL_BYTES} bytes`;
    if (image.original.length > MAX_ORIGINAL_BYTES) return `image ${image.id}: original over ${MAX_ORIGINAL_BYTES} bytes`;
  }
  return null;
}

const blobSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['digest', 'length'],
  properties: { digest: { type: 'string', pattern: DIGEST_PATTERN }, length: { type: 'integer', minimum: 1, maximum: MAX_ORIGINAL_BYTES } },
} as const;

export const productImagesSchema = {
  type: 'array',
  maxItems: MAX_PRODUCT_IMAGES,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'width', 'height', 'thumb', 'original'],
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,40}$' },
      type: { type: 'string', enum: IMAGE_TYPES },
      width: { type: 'integer', minimum: 1, maximum: 20000 },
      height: { type: 'integer', minimum: 1, maximum: 20000 },
      thumb: blobSchema,
      original: blobSchema,
    },
  },
} as const;
