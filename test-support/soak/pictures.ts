/**
 * Product pictures on a simulated device, as the app adds and removes them
 * (apps/client/src/features/catalogue/images.ts): the bytes as RxDB attachments, then the image in
 * the product's `images` list (a keyed array), so the soak drives attachments and keyed-array
 * merges through its faults too.
 */
import { createHash } from 'node:crypto';
import { attachmentId, type ProductImage } from '@tradewind/domain';
import type { RxCollection, RxDocument } from 'rxdb';

// The smallest valid PNG: 1×1, one transparent pixel. One picture for all: the platform holds its
// bytes once, and each image is told apart by its id.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const PNG_BLOB = { digest: createHash('sha256').update(PNG).digest('hex'), length: PNG.length };
const VARIANTS = ['thumb', 'original'] as const;

/** At most this many per product, well inside the platform's limit, so concurrent adds are never refused. */
export const MAX_SOAK_PICTURES = 2;

type Product = RxDocument<{ id: string; images?: ProductImage[]; updatedAt: string }>;

const imagesOf = (doc: Product): ProductImage[] => (doc.get('images') as ProductImage[] | undefined) ?? [];

/** Adds picture `imageId`; false when the product is gone or already has enough. */
export async function addPicture(products: RxCollection, id: string, imageId: string, now: string): Promise<boolean> {
  const doc = (await products.findOne(id).exec()) as Product | null;
  if (!doc || imagesOf(doc).length >= MAX_SOAK_PICTURES) return false;
  await doc.putAttachments(VARIANTS.map((variant) => ({ id: attachmentId(imageId, variant), data: new Blob([PNG], { type: 'image/png' }), type: 'image/png' })));
  const image: ProductImage = { id: imageId, type: 'image/png', width: 1, height: 1, thumb: PNG_BLOB, original: PNG_BLOB };
  await doc.getLatest().incrementalModify((data) => ({ ...data, images: [...(data.images ?? []), image], updatedAt: now }));
  return true;
}

/** Removes picture `imageId` from the list, then its bytes; false when the product does not list it. */
export async function removePicture(products: RxCollection, id: string, imageId: string, now: string): Promise<boolean> {
  const doc = (await products.findOne(id).exec()) as Product | null;
  if (!doc || !imagesOf(doc).some((image) => image.id === imageId)) return false;
  const updated = await doc.incrementalModify((data) => ({ ...data, images: (data.images ?? []).filter((image) => image.id !== imageId), updatedAt: now }));
  for (const variant of VARIANTS) await updated.getLatest().getAttachment(attachmentId(imageId, variant))?.remove();
  return true;
}

/** The pictures a product lists whose bytes this device does not hold (an attachment may name bytes the storage lacks). */
export async function missingPictureBytes(doc: Product): Promise<string[]> {
  const missing: string[] = [];
  for (const image of imagesOf(doc)) {
    for (const variant of VARIANTS) {
      const attachment = doc.getAttachment(attachmentId(image.id, variant));
      const held =
        attachment?.digest === image[variant].digest &&
        (await attachment.getData().then(
          (data) => data.size === image[variant].length,
          () => false,
        ));
      if (!held) missing.push(`${image.id}.${variant}`);
    }
  }
  return missing;
}
